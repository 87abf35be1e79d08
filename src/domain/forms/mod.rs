//! Every applicant-filled annex form of the eight services, as data (sections, fields, tables).
//! The result documents the provider issues (Annex 2 of Rules 4–6) are not forms to fill.
mod goods;
mod licences;
mod notification;
mod parts;
pub mod paste;
mod sale_permit;
mod types;
pub mod validate;

pub use types::*;

use crate::domain::catalogue::{service, Action, ApplicantKind, ServiceId};

/// All forms, in Rules and annex order.
pub fn all() -> impl Iterator<Item = &'static FormSpec> {
    licences::FORMS.iter().chain(goods::FORMS.iter()).chain(notification::FORMS.iter()).chain(sale_permit::FORMS.iter())
}

pub fn form(service: ServiceId, annex: u8) -> Option<&'static FormSpec> {
    all().find(|f| f.service == service && f.annex == annex)
}

/// The forms to fill for this choice, in the order of the service's document list.
pub fn forms_for(id: ServiceId, action: Action, kind: ApplicantKind, variants: &[String]) -> Vec<&'static FormSpec> {
    service(id)
        .documents
        .iter()
        .filter(|d| d.applies.matches(action, kind, variants))
        .filter_map(|d| d.form_annex.and_then(|annex| form(id, annex)))
        .filter(|f| f.applies.matches(action, kind, variants))
        .collect()
}

#[cfg(test)]
mod tests;
