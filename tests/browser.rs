//! Browser tests: the app mounted into a real DOM in headless Chromium.
#![cfg(target_arch = "wasm32")]
use knb_assistant::domain::catalogue::SERVICES;
use knb_assistant::ui::route::Route;
use knb_assistant::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div can be created");
    gloo::utils::body().append_child(&root).expect("the div can be attached");
    root
}

fn input(root: &web_sys::Element, id: &str) -> HtmlInputElement {
    root.query_selector(&format!("#{id}")).ok().flatten().and_then(|e| e.dyn_into().ok()).unwrap_or_else(|| panic!("#{id} is there"))
}

fn fire(target: &web_sys::EventTarget, kind: &str, bubbles: bool) {
    let init = EventInit::new();
    init.set_bubbles(bubbles);
    let event = Event::new_with_event_init_dict(kind, &init).expect("an event");
    target.dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_every_service() {
    let root = mount_root();
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { route: Some(Route::Home), ..AppProps::default() }).render();
    yew::scheduler::flush().await;
    let cards = root.query_selector_all(".service-card").expect("valid selector");
    assert_eq!(cards.length(), 8);
    let text = root.text_content().unwrap_or_default();
    for s in SERVICES {
        assert!(text.contains(s.name), "missing {}", s.name);
    }
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_field_shows_its_error_after_leaving_it_and_clears_when_fixed() {
    let root = mount_root();
    let route = Route::Form(knb_assistant::domain::catalogue::ServiceId::TechnicalStudy, 3);
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { route: Some(route), ..AppProps::default() }).render();
    yew::scheduler::flush().await;

    let email = input(&root, "f-email");
    email.set_value("not an address");
    fire(&email, "input", true);
    yew::scheduler::flush().await;
    assert!(root.query_selector("#f-email-error").unwrap().is_none(), "no error while typing");

    fire(&email, "blur", false);
    yew::scheduler::flush().await;
    let error = root.query_selector("#f-email-error").unwrap().expect("an error after leaving the field");
    assert!(error.text_content().unwrap_or_default().contains("name@example.kz"));
    assert_eq!(input(&root, "f-email").get_attribute("aria-invalid").as_deref(), Some("true"));

    let email = input(&root, "f-email");
    email.set_value("office@example.kz");
    fire(&email, "input", true);
    yew::scheduler::flush().await;
    assert!(root.query_selector("#f-email-error").unwrap().is_none(), "fixed");
    handle.destroy();
}
