//! Component render tests with Yew's server renderer: the first screen from the catalogue.
use knb_assistant::domain::catalogue::SERVICES;
use knb_assistant::ui::App;

async fn render_app() -> String {
    yew::ServerRenderer::<App>::new().hydratable(false).render().await
}

#[tokio::test(flavor = "current_thread")]
async fn first_screen_lists_the_eight_services_with_term_and_fee() {
    let html = render_app().await;
    for s in SERVICES {
        assert!(html.contains(s.name), "missing {}", s.name);
    }
    // Rules 1: 15 / 3 working days, 20 / 2 MCI; Rules 2: 9 / 0.9 MCI; Rules 4: free.
    for needle in ["15 working days", "3 working days", "20 MCI", "2 MCI", "0.9 MCI", "9 MCI", "Free of charge", "8 working days", "5 working days"] {
        assert!(html.contains(needle), "missing {needle}");
    }
    assert!(html.contains("Rules 1, Annex 1, row 3, subparagraph 1)"), "term citation shown");
    assert_eq!(html.matches("class=\"service-card\"").count(), 8);
}
