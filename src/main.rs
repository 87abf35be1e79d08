fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<knb_assistant::ui::App>::new().render();
}
