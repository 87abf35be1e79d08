//! The rules engine: pure data and functions, no yew, web-sys or gloo.
//!
//! Everything here compiles and is tested natively; the UI only renders it.
pub mod astana_time;
pub mod calendar;
pub mod catalogue;
pub mod completeness;
pub mod draft;
pub mod estimate;
pub mod examples;
pub mod fees;
pub mod finder;
pub mod forms;
pub mod schedule;
pub mod setup;
pub mod validators;
pub mod citation;
