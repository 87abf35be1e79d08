//! What a host page can call from JavaScript: the estimate API, `mount` / `unmount` of the
//! assistant into one of its elements, and the recovery screen shown if the app ever panics.
use wasm_bindgen::prelude::*;

/// The engine's estimate API: a JSON request string in, a JSON result string out
/// (`{"error": {"code", "message"}}` for bad input). See README "Estimate API".
#[wasm_bindgen]
pub fn estimate(request: &str) -> String {
    crate::domain::estimate::estimate(request)
}

/// The interface's stylesheet, adopted by each embedded instance's shadow root (an adopted
/// sheet needs no inline style, so a strict CSP allows it).
#[cfg(target_arch = "wasm32")]
const STYLES: &str = include_str!("../styles/app.css");

/// A mounted assistant; `unmount()` removes it and leaves the host element empty.
#[wasm_bindgen]
pub struct Instance {
    #[cfg(target_arch = "wasm32")]
    handle: Option<yew::AppHandle<crate::ui::App>>,
    #[cfg(target_arch = "wasm32")]
    container: web_sys::Element,
}

#[wasm_bindgen]
impl Instance {
    pub fn unmount(&mut self) {
        #[cfg(target_arch = "wasm32")]
        {
            if let Some(handle) = self.handle.take() {
                handle.destroy();
            }
            self.container.remove();
            panic_screen::forget(&self.container);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn option(options: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(options, &JsValue::from_str(name)).ok().and_then(|v| v.as_string()).filter(|s| !s.trim().is_empty())
}

/// Mounts the assistant into `element` (inside a shadow root of its own, so the host's styles
/// and ours stay apart and two instances never share element ids). `options`:
/// `service` (a service id: open its overview), `lang` (`"en"`), `storageKey` (where drafts are
/// kept; give each instance its own), `mode` (`"applicant"` or `"helpdesk"`).
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> Result<Instance, JsValue> {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::domain::catalogue::service_by_slug;
        use crate::ui::route::Route;
        use crate::ui::{App, AppProps, Mode};
        use wasm_bindgen::JsCast;

        let lang = match option(&options, "lang") {
            None => None,
            Some(code) => Some(crate::messages::Lang::from_code(&code).ok_or_else(|| JsValue::from_str(&format!("lang {code:?} is not available; use \"en\" or \"ru\"")))?),
        };
        let route = match option(&options, "service") {
            Some(slug) => Some(Route::Service(service_by_slug(&slug).ok_or_else(|| JsValue::from_str(&format!("no service with id {slug:?}")))?.id)),
            None => Some(Route::Home),
        };
        let mode = match option(&options, "mode").as_deref() {
            None | Some("applicant") => Mode::Applicant,
            Some("helpdesk") => Mode::Helpdesk,
            Some(other) => return Err(JsValue::from_str(&format!("mode must be \"applicant\" or \"helpdesk\", got {other:?}"))),
        };
        let storage_key = option(&options, "storageKey").unwrap_or_else(|| crate::ui::storage::DEFAULT_KEY.to_owned());

        let shadow = match element.shadow_root() {
            Some(shadow) => shadow,
            None => element.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
        };
        let sheet = web_sys::CssStyleSheet::new()?;
        sheet.replace_sync(STYLES)?;
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        let container = gloo::utils::document().create_element("div")?;
        shadow.append_child(&container)?;
        panic_screen::remember(&container, &storage_key);
        install_panic_screen(None);

        let props = AppProps { route, storage_key: storage_key.into(), library: None, embedded: true, host: Some(element.clone()), mode, lang };
        let handle = yew::Renderer::<App>::with_root_and_props(container.clone().dyn_into()?, props).render();
        Ok(Instance { handle: Some(handle), container })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (element, options);
        Err(JsValue::NULL)
    }
}

/// Shows a recovery screen instead of a dead page if the app panics: the drafts saved at every
/// change stay in the browser, and the screen offers them as a file and a way to reload.
pub fn install_panic_screen(standalone_key: Option<&str>) {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(key) = standalone_key {
            if let Some(root) = gloo::utils::document().get_element_by_id("knb-app") {
                panic_screen::remember(&root, key);
            }
        }
        panic_screen::install();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = standalone_key;
}

#[cfg(target_arch = "wasm32")]
mod panic_screen {
    use crate::messages::{text, Lang, Msg};
    use std::cell::RefCell;
    use wasm_bindgen::JsCast;

    thread_local! {
        /// Every mounted root with the storage key of its drafts.
        static ROOTS: RefCell<Vec<(web_sys::Element, String)>> = const { RefCell::new(Vec::new()) };
        static INSTALLED: RefCell<bool> = const { RefCell::new(false) };
    }

    pub fn remember(root: &web_sys::Element, key: &str) {
        ROOTS.with(|r| r.borrow_mut().push((root.clone(), key.to_owned())));
    }

    pub fn forget(root: &web_sys::Element) {
        ROOTS.with(|r| r.borrow_mut().retain(|(e, _)| e != root));
    }

    pub fn install() {
        if INSTALLED.with(|i| i.replace(true)) {
            return;
        }
        // Through Yew, which otherwise puts its own hook in place when an app renders.
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("The assistant stopped: {info}").into());
            let roots = ROOTS.with(|r| r.borrow().clone());
            for (root, key) in roots {
                show(&root, &key);
            }
        }));
    }

    fn element(tag: &str, text: &str) -> Option<web_sys::Element> {
        let el = gloo::utils::document().create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    }

    /// Built from plain DOM nodes and text, so it works after the app is gone.
    fn show(root: &web_sys::Element, key: &str) {
        let storage = gloo::utils::window().local_storage().ok().flatten();
        let stored = storage.as_ref().and_then(|s| s.get_item(key).ok().flatten());
        let lang = storage.and_then(|s| s.get_item(&format!("{key}.lang")).ok().flatten()).and_then(|c| Lang::from_code(&c)).unwrap_or_default();
        let screen = gloo::utils::document().create_element("div").ok();
        let Some(screen) = screen else { return };
        let _ = screen.set_attribute("class", "recovery");
        let _ = screen.set_attribute("role", "alert");
        let parts = [
            element("h1", text(Msg::RecoveryTitle, lang)),
            element("p", text(Msg::RecoveryText, lang)),
        ];
        for part in parts.into_iter().flatten() {
            let _ = screen.append_child(&part);
        }
        if let Some(saved) = stored {
            let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&saved));
            let options = web_sys::BlobPropertyBag::new();
            options.set_type("application/json");
            let url = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok().and_then(|b| web_sys::Url::create_object_url_with_blob(&b).ok());
            if let (Some(url), Some(link)) = (url, element("a", text(Msg::RecoveryExport, lang))) {
                let _ = link.set_attribute("href", &url);
                let _ = link.set_attribute("download", "knb-drafts-backup.json");
                let _ = link.set_attribute("class", "button");
                if let Some(p) = element("p", "") {
                    let _ = p.append_child(&link);
                    let _ = screen.append_child(&p);
                }
            }
        }
        if let (Some(p), Some(reload)) = (element("p", ""), element("a", text(Msg::RecoveryReload, lang))) {
            let href = gloo::utils::window().location().href().unwrap_or_default();
            let _ = reload.set_attribute("href", &href);
            let _ = p.append_child(&reload);
            let _ = screen.append_child(&p);
        }
        if let Ok(app) = root.clone().dyn_into::<web_sys::HtmlElement>() {
            app.set_text_content(None);
            let _ = app.append_child(&screen);
        }
    }
}
