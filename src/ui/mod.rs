//! The Yew interface: components take props and emit callbacks; state lives in the app root.
mod app;
mod format;
mod service_card;

pub use app::App;
