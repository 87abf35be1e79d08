//! Browser tests: the app mounted into a real DOM in headless Chromium.
#![cfg(target_arch = "wasm32")]
use knb_assistant::domain::catalogue::SERVICES;
use knb_assistant::ui::App;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div can be created");
    gloo::utils::body().append_child(&root).expect("the div can be attached");
    root
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_every_service() {
    let root = mount_root();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let cards = root.query_selector_all(".service-card").expect("valid selector");
    assert_eq!(cards.length(), 8);
    let text = root.text_content().unwrap_or_default();
    for s in SERVICES {
        assert!(text.contains(s.name), "missing {}", s.name);
    }
    let heading = root.query_selector("h1").expect("valid selector").expect("a main heading");
    assert!(!heading.text_content().unwrap_or_default().is_empty());
    handle.destroy();
}
