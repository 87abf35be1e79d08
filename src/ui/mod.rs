//! The Yew interface: components take props and emit callbacks; all state lives in one reducer
//! (`state`), addresses in `route`. No rule is decided here: the domain is asked.
mod app;
mod apply;
mod browser;
mod format;
pub mod route;
mod screens;
mod service_card;
pub mod state;
pub(crate) mod storage;

pub use app::{App, AppProps};
pub use state::Mode;
