//! Screens outside an application: the finder, a service's overview, not found.
pub mod finder;
pub mod not_found;
pub mod overview;
pub mod card;
pub mod drafts;
