//! The applicant's assistant for the eight KNB public services.
//!
//! `domain` is the pure rules engine (no yew, no web-sys); `ui` renders it; `messages` holds
//! the interface's words.
pub mod api;
pub mod domain;
pub mod i18n;
pub mod messages;
pub mod store;
pub mod ui;
