//! The drafts in the browser's local storage, under one key (a namespace a host page may set).
use super::state::StorageProblem;
use crate::store::{decode_library, encode_library, Library};

pub const DEFAULT_KEY: &str = "knb-assistant";

#[cfg(target_arch = "wasm32")]
fn storage() -> Result<web_sys::Storage, StorageProblem> {
    gloo::utils::window().local_storage().ok().flatten().ok_or(StorageProblem::Unavailable)
}

/// What was kept under `key`: nothing, a library, or a problem (an unreadable entry is copied
/// aside under `key.unreadable` so that nothing is lost).
pub fn load(key: &str) -> Result<Option<Library>, StorageProblem> {
    #[cfg(target_arch = "wasm32")]
    {
        let store = storage()?;
        let Some(text) = store.get_item(key).map_err(|_| StorageProblem::Unavailable)? else { return Ok(None) };
        match decode_library(&text) {
            Ok(library) => Ok(Some(library)),
            Err(_) => {
                let _ = store.set_item(&format!("{key}.unreadable"), &text);
                Err(StorageProblem::Corrupted)
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (key, decode_library);
        Ok(None)
    }
}

/// The interface language chosen last time, kept beside the drafts.
pub fn load_lang(key: &str) -> Option<crate::messages::Lang> {
    #[cfg(target_arch = "wasm32")]
    {
        let code = storage().ok()?.get_item(&format!("{key}.lang")).ok()??;
        crate::messages::Lang::from_code(&code)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        None
    }
}

pub fn save_lang(key: &str, lang: crate::messages::Lang) {
    #[cfg(target_arch = "wasm32")]
    if let Ok(store) = storage() {
        let _ = store.set_item(&format!("{key}.lang"), lang.code());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, lang);
}

pub fn save(key: &str, library: &Library) -> Result<(), StorageProblem> {
    #[cfg(target_arch = "wasm32")]
    {
        let store = storage()?;
        // A failed write on an available storage is a full one (QuotaExceededError).
        store.set_item(key, &encode_library(library)).map_err(|_| StorageProblem::Full)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (key, library, encode_library);
        Ok(())
    }
}
