//! Component render tests with Yew's server renderer: each screen from the data.
use knb_assistant::domain::catalogue::{ServiceId, SERVICES};
use knb_assistant::ui::route::Route;
use knb_assistant::ui::{App, AppProps};

async fn render(route: Route) -> String {
    yew::ServerRenderer::<App>::with_props(move || AppProps { route: Some(route), ..AppProps::default() }).hydratable(false).render().await
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

mod printed {
    //! Each service's printed annexes against the seed's wording, with the values in place.
    use super::*;
    use knb_assistant::domain::catalogue::{Action, ApplicantKind};
    use knb_assistant::domain::examples::complete;
    use knb_assistant::store::{Entry, Library};
    use std::rc::Rc;

    async fn render_with(route: Route, draft: knb_assistant::domain::draft::Draft) -> String {
        let id = draft.service.unwrap();
        let entry = Entry { id: "d-1".into(), name: "Example".into(), changed_at: String::new(), draft };
        let library = Rc::new(Library { entries: vec![entry], open: [(id, "d-1".to_string())].into_iter().collect() });
        yew::LocalServerRenderer::<App>::with_props(AppProps { route: Some(route), library: Some(library), ..AppProps::default() }).hydratable(false).render().await
    }

    fn variant_of(id: ServiceId) -> Vec<&'static str> {
        knb_assistant::domain::catalogue::service(id).variants.map(|v| vec![v.options[0].id]).unwrap_or_default()
    }

    #[tokio::test(flavor = "current_thread")]
    async fn every_service_prints_its_annexes_in_the_seeds_words() {
        for s in SERVICES {
            let mut draft = complete(s.id, Action::Issue, ApplicantKind::LegalEntity, &variant_of(s.id));
            draft.answers.insert("applicant-name".into(), "TOO Sample Trade".into());
            draft.answers.insert("email".into(), "office@sample.kz".into());
            let html = render_with(Route::Print(s.id), draft.clone()).await;
            for form in knb_assistant::domain::completeness::draft_forms(&draft) {
                assert!(html.contains(&format!("Annex {} to the Rules for provision of a public service", form.annex)), "{}", form.id());
                assert!(html.contains(form.title), "{}", form.id());
                if !form.request.is_empty() {
                    assert!(html.contains("National Security Committee of the Republic of Kazakhstan"), "{}: To …", form.id());
                    assert!(html.contains(form.request), "{}: request sentence", form.id());
                    assert!(html.contains("TOO Sample Trade"), "{}: from …", form.id());
                    assert!(html.contains("document(s) attached"), "{}", form.id());
                }
                if !form.confirmation.is_empty() {
                    assert!(html.contains("It is hereby confirmed that: "), "{}", form.id());
                    assert!(html.contains(&form.confirmation.replace('"', "&quot;")), "{}: confirmation", form.id());
                }
            }
            assert!(html.contains("Date of filling"), "{:?}", s.id);
            assert!(html.contains("office@sample.kz"), "{:?}: values in place", s.id);
            assert!(html.contains("Document inventory") && html.contains("Fee and timeline"), "{:?}", s.id);
        }
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_licence_request_names_the_chosen_subtypes() {
        let draft = complete(ServiceId::StmLicence, Action::Issue, ApplicantKind::Individual, &["repair-sale"]);
        let html = render_with(Route::Print(ServiceId::StmLicence), draft).await;
        assert!(html.contains("I ask to issue a license and (or) annex to the license to implement"));
        assert!(html.contains("Repair and sale of special technical means intended for operational-search activities"));
        assert!(html.contains("Application of an individual to obtain a license"));
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_read_back_numbers_every_answer_and_shows_the_code() {
        let draft = complete(ServiceId::TechnicalStudy, Action::Issue, ApplicantKind::Individual, &[]);
        let code = knb_assistant::store::digest(&draft);
        let html = render_with(Route::ReadBack(ServiceId::TechnicalStudy), draft).await;
        assert!(html.contains(&code));
        assert!(html.contains("<ol class=\"read-back\">"));
        assert!(html.contains("An individual (including an individual entrepreneur)"));
        assert!(html.matches("<li>").count() > 15);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_reference_card_has_the_contact_centre_and_hours() {
        let html = render(Route::Card(ServiceId::CryptoSalePermit)).await;
        assert!(html.contains("8 (7172) 76-49-49"));
        assert!(html.contains("09:00–19:00"));
        assert!(html.contains("9 MCI"));
    }
}
