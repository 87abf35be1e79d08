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

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus(id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(el) = gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
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

/// Goes to `route` through the address bar, so history and the back button see it.
pub fn go(route: super::route::Route) {
    #[cfg(target_arch = "wasm32")]
    let _ = gloo::utils::window().location().set_hash(&route.path());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = route;
}
