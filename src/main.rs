fn main() {
    // The standalone page has a mount point; a host page that embeds the app calls `mount`.
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = gloo::utils::document().get_element_by_id("knb-app") {
        knb_assistant::api::install_panic_screen(Some("knb-assistant"));
        yew::Renderer::<knb_assistant::ui::App>::with_root(root).render();
    }
}
