//! The few things the interface asks of the browser, each with a native stand-in so that
//! components also render in native tests (Yew's server renderer).
use chrono::{DateTime, NaiveDate, Utc};

pub fn now_utc() -> DateTime<Utc> {
    #[cfg(target_arch = "wasm32")]
    let millis = js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    let millis = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// Today's date in Astana, whatever the device's time zone.
pub fn today_astana() -> NaiveDate {
    crate::domain::astana_time::astana_local(now_utc()).date()
}

pub fn current_hash() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window().location().hash().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Calls `on_change` with the new hash whenever it changes (back button, links).
#[cfg(target_arch = "wasm32")]
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| on_change(current_hash()))
}

/// Moves keyboard focus to the element with this id in the same document or shadow root as
/// `near` (an embedded app lives in a shadow root of its own), if it exists.
pub fn focus(near: Option<web_sys::Node>, id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let in_shadow = near.map(|n| n.get_root_node()).and_then(|root| root.dyn_into::<web_sys::ShadowRoot>().ok());
        let found = match in_shadow {
            Some(shadow) => shadow.get_element_by_id(id),
            None => gloo::utils::document().get_element_by_id(id),
        };
        if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (near, id);
}

/// The node an event came from, to find its document or shadow root.
pub fn event_node(e: &web_sys::Event) -> Option<web_sys::Node> {
    use wasm_bindgen::JsCast;
    e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok())
}

/// A file's description: name, size, type and hex SHA-256 (Web Crypto), contents never kept.
#[cfg(target_arch = "wasm32")]
pub async fn describe_file(file: web_sys::File) -> Result<(String, u64, String, String), String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let name = file.name();
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| name.clone())?;
    let mut bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let subtle = gloo::utils::window().crypto().map_err(|_| name.clone())?.subtle();
    let promise = subtle.digest_with_str_and_u8_array("SHA-256", &mut bytes).map_err(|_| name.clone())?;
    let digest = JsFuture::from(promise).await.map_err(|_| name.clone())?;
    let digest = js_sys::Uint8Array::new(digest.unchecked_ref()).to_vec();
    let hex = digest.iter().map(|b| format!("{b:02x}")).collect();
    Ok((name, file.size() as u64, file.type_(), hex))
}

/// Goes to `route` through the address bar, so history and the back button see it
/// (standalone only: an embedded app never touches its host's address bar).
pub fn set_hash(route: super::route::Route) {
    #[cfg(target_arch = "wasm32")]
    let _ = gloo::utils::window().location().set_hash(&route.path());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = route;
}

/// Sets the page's `lang` attribute, so assistive technology reads it in that language.
pub fn set_document_lang(code: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = code;
}

/// Offers `text` as a file download; it is made in the page, nothing is sent anywhere.
pub fn download(file_name: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
        let document = gloo::utils::document();
        if let Some(link) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
            link.set_href(&url);
            link.set_download(file_name);
            let _ = gloo::utils::body().append_child(&link);
            link.click();
            link.remove();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (file_name, text);
}

/// The text of a file the person chose, with its size; `Err` when it cannot be read.
#[cfg(target_arch = "wasm32")]
pub async fn read_text(file: web_sys::File) -> Result<(String, u64), ()> {
    let size = file.size() as u64;
    if size > crate::store::MAX_IMPORT_BYTES {
        return Ok((String::new(), size));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| ())?;
    Ok((text.as_string().unwrap_or_default(), size))
}

/// Opens the browser's print dialog (where "Save as PDF" is).
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    let _ = gloo::utils::window().print();
}

/// The current instant as RFC 3339, for stamping changes.
pub fn now_rfc3339() -> String {
    now_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The `href` of the link a click landed on (the link itself or inside it), if any.
pub fn link_href(e: &web_sys::MouseEvent) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let element = e.target()?.dyn_into::<web_sys::Element>().ok()?;
        element.closest("a[href]").ok().flatten()?.get_attribute("href")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = e;
        None
    }
}

/// Sends a `CustomEvent` named `name` with `detail` (a JSON string) from `target`.
pub fn emit(target: &web_sys::Element, name: &str, detail: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&wasm_bindgen::JsValue::from_str(detail));
        init.set_bubbles(true);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = target.dispatch_event(&event);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (target, name, detail);
}
