//! The eight services of order No. 34/қе as typed data.
//!
//! One file per service holds its data; `common` holds what several share word for word.
//! Every item carries the [`Citation`] of the clause it comes from.
mod common;
mod crypto_dev_licence;
mod crypto_import_export;
mod crypto_notification;
mod crypto_sale_permit;
mod leak_channels_licence;
mod stm_import_export;
mod stm_licence;
mod technical_study;
mod types;

pub use types::*;

/// All services in the order of the Rules (order No. 34/қе, paragraph 1).
pub static SERVICES: [&Service; 8] = [
    &stm_licence::SERVICE,
    &crypto_dev_licence::SERVICE,
    &leak_channels_licence::SERVICE,
    &stm_import_export::SERVICE,
    &crypto_import_export::SERVICE,
    &technical_study::SERVICE,
    &crypto_notification::SERVICE,
    &crypto_sale_permit::SERVICE,
];

pub fn service(id: ServiceId) -> &'static Service {
    SERVICES[id as usize]
}

/// The service with this stable id (`stm-licence`, …), if any.
pub fn service_by_slug(slug: &str) -> Option<&'static Service> {
    SERVICES.iter().copied().find(|s| s.id.slug() == slug)
}

#[cfg(test)]
mod tests;
