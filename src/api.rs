//! What a host page can call from JavaScript.
use wasm_bindgen::prelude::wasm_bindgen;

/// The engine's estimate API: a JSON request string in, a JSON result string out
/// (`{"error": {"code", "message"}}` for bad input). See README "Estimate API".
#[wasm_bindgen]
pub fn estimate(request: &str) -> String {
    crate::domain::estimate::estimate(request)
}
