//! Component render tests with Yew's server renderer: each screen from the data.
use knb_assistant::domain::catalogue::{ServiceId, SERVICES};
use knb_assistant::ui::route::Route;
use knb_assistant::ui::{App, AppProps};

async fn render(route: Route) -> String {
    yew::ServerRenderer::<App>::with_props(move || AppProps { route: Some(route) }).hydratable(false).render().await
}

#[tokio::test(flavor = "current_thread")]
async fn first_screen_lists_the_eight_services_with_term_and_fee() {
    let html = render(Route::Home).await;
    for s in SERVICES {
        assert!(html.contains(s.name), "missing {}", s.name);
    }
    for needle in ["15 working days", "3 working days", "20 MCI", "2 MCI", "0.9 MCI", "Free of charge", "8 working days", "5 working days"] {
        assert!(html.contains(needle), "missing {needle}");
    }
    assert!(html.contains("Rules 1, Annex 1, row 3, subparagraph 1)"), "term citation shown");
    assert_eq!(html.matches("class=\"service-card\"").count(), 8);
    assert_eq!(html.matches("class=\"question\"").count(), 10);
}

#[tokio::test(flavor = "current_thread")]
async fn an_overview_shows_documents_refusal_grounds_and_appeals_with_clauses() {
    let html = render(Route::Service(ServiceId::CryptoNotification)).await;
    assert!(html.contains("The notification as an electronic document in *.xls format"));
    assert!(html.contains("Rules 7, Annex 1, row 8, subparagraph 3)"));
    assert!(html.contains("A negative conclusion of an expert examination, research or verification."));
    assert!(html.contains("considered within fifteen working days"));
    assert!(html.contains("8 (7172) 76-49-49"));
    assert!(html.contains("authority document, if the provider asks for it: up to 3 working days, not counted in the term"));
}

#[tokio::test(flavor = "current_thread")]
async fn every_form_renders_each_field_with_a_label() {
    for form in knb_assistant::domain::forms::all() {
        let html = render(Route::Form(form.service, form.annex)).await;
        for section in form.sections.iter().filter(|s| s.condition == knb_assistant::domain::forms::Condition::Always) {
            for field in section.fields.iter().filter(|f| f.condition == knb_assistant::domain::forms::Condition::Always) {
                let label = format!("for=\"f-{}\"", field.id);
                let legend = matches!(field.kind, knb_assistant::domain::forms::FieldKind::Choice(_) | knb_assistant::domain::forms::FieldKind::MultiChoice(_));
                assert!(legend || html.contains(&label), "{}: no label for {}", form.id(), field.id);
            }
        }
        assert!(html.contains("Fee and dates"), "{}", form.id());
    }
}

#[tokio::test(flavor = "current_thread")]
async fn documents_and_check_steps_name_what_is_missing() {
    let docs = render(Route::Documents(ServiceId::StmImportExport)).await;
    assert!(docs.contains("Attach a file for: Technical documentation for the special technical means"));
    assert!(docs.contains("Only if the provider asks for it"));
    let check = render(Route::Review(ServiceId::StmImportExport)).await;
    assert!(check.contains("Not ready"));
    assert!(check.contains("Rules 4, Annex 1, row 8, subparagraph 2)"));
}
