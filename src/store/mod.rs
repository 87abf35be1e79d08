//! Keeping drafts: the library of named drafts as it is stored and exported, its versions and
//! migrations, and the short digest a caller and a help-desk agent compare. Pure: the browser
//! storage itself is in `ui::storage`.
use crate::domain::draft::Draft;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The version of the stored and exported layout.
/// 1: a bare `Draft` (the layout of the first release, before drafts had names).
/// 2: an envelope with the app's marker, the draft's name and time of last change.
pub const FORMAT: u32 = 2;
pub const APP_MARKER: &str = "knb-assistant";
/// Larger files are refused before they are read: a real draft is a few kilobytes.
pub const MAX_IMPORT_BYTES: u64 = 2 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub name: String,
    /// RFC 3339 instant of the last change.
    pub changed_at: String,
    pub draft: Draft,
}

/// Every draft of this browser (for one storage key), and which one is open per service.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    pub entries: Vec<Entry>,
    #[serde(default)]
    pub open: std::collections::BTreeMap<crate::domain::catalogue::ServiceId, String>,
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    app: String,
    format: u32,
    #[serde(flatten)]
    body: T,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or JSON of the wrong shape.
    Damaged,
    /// Valid JSON that is not a draft of this app.
    NotADraft,
    /// Made by a newer version of the app.
    Newer { format: u32 },
    TooLarge,
}

pub fn encode_library(library: &Library) -> String {
    serde_json::to_string(&Envelope { app: APP_MARKER.into(), format: FORMAT, body: library }).unwrap_or_default()
}

pub fn decode_library(text: &str) -> Result<Library, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::Damaged)?;
    // The first release kept one bare draft (format 1) under the key.
    if is_format_1(&value) {
        let draft: Draft = serde_json::from_value(value).map_err(|_| LoadError::Damaged)?;
        let service = draft.service.ok_or(LoadError::Damaged)?;
        let entry = Entry { id: "d-1".into(), name: crate::domain::catalogue::service(service).short_name.into(), changed_at: String::new(), draft: migrate_draft(draft) };
        return Ok(Library { open: [(service, entry.id.clone())].into_iter().collect(), entries: vec![entry] });
    }
    let format = check_envelope(&value)?;
    match format {
        FORMAT => serde_json::from_value::<Envelope<Library>>(value).map(|e| e.body).map_err(|_| LoadError::Damaged),
        _ => Err(LoadError::Damaged),
    }
}

/// One draft as a file to keep or hand over: attachment contents are never in it, only their
/// names, sizes and digests.
pub fn export_entry(entry: &Entry) -> String {
    serde_json::to_string_pretty(&Envelope { app: APP_MARKER.into(), format: FORMAT, body: entry }).unwrap_or_default()
}

/// Reads an exported draft of any known format; `fallback_name` names a format-1 draft.
pub fn import_entry(text: &str, size: u64, fallback_name: &str, now: &str) -> Result<Entry, LoadError> {
    if size > MAX_IMPORT_BYTES || text.len() as u64 > MAX_IMPORT_BYTES {
        return Err(LoadError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::Damaged)?;
    if is_format_1(&value) {
        let draft: Draft = serde_json::from_value(value).map_err(|_| LoadError::Damaged)?;
        return Ok(Entry { id: String::new(), name: fallback_name.to_owned(), changed_at: now.to_owned(), draft: migrate_draft(draft) });
    }
    match check_envelope(&value)? {
        FORMAT => serde_json::from_value::<Envelope<Entry>>(value).map(|e| Entry { draft: migrate_draft(e.body.draft), ..e.body }).map_err(|_| LoadError::Damaged),
        _ => Err(LoadError::Damaged),
    }
}

/// Format 1 was a bare draft with its own `format: 1` and no envelope.
fn is_format_1(value: &Value) -> bool {
    value.get("app").is_none() && value.get("format").and_then(Value::as_u64) == Some(1) && value.get("answers").is_some()
}

/// Brings a draft's own layout up to date (`Draft::format`).
fn migrate_draft(mut draft: Draft) -> Draft {
    draft.format = crate::domain::draft::DRAFT_FORMAT;
    draft
}

fn check_envelope(value: &Value) -> Result<u32, LoadError> {
    if value.get("app").and_then(Value::as_str) != Some(APP_MARKER) {
        return Err(LoadError::NotADraft);
    }
    let format = value.get("format").and_then(Value::as_u64).ok_or(LoadError::Damaged)?;
    let format = u32::try_from(format).map_err(|_| LoadError::Damaged)?;
    if format > FORMAT {
        return Err(LoadError::Newer { format });
    }
    Ok(format)
}

/// Eight characters of a SHA-256 over the draft's canonical JSON (maps are ordered, so the same
/// answers always give the same text): enough for two people to confirm they see the same draft.
pub fn digest(draft: &Draft) -> String {
    let canonical = serde_json::to_string(draft).unwrap_or_default();
    let hash = Sha256::digest(canonical.as_bytes());
    hash.iter().take(4).map(|b| format!("{b:02X}")).collect()
}

#[cfg(test)]
mod tests;
