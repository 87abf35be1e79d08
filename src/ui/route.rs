//! Screens and their addresses (`#/…`), so every step has its own address and the back
//! button and a reload work.
use crate::domain::catalogue::{service_by_slug, ServiceId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Service(ServiceId),
    Setup(ServiceId),
    Form(ServiceId, u8),
    Documents(ServiceId),
    Review(ServiceId),
    /// The filled annexes in their official layout, the inventory and the timeline.
    Print(ServiceId),
    /// Help-desk read-back: every question and answer numbered.
    ReadBack(ServiceId),
    /// Help-desk reference card of a service.
    Card(ServiceId),
    Drafts,
    NotFound,
}

impl Route {
    pub fn path(self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Service(id) => format!("/service/{}", id.slug()),
            Route::Setup(id) => format!("/apply/{}/setup", id.slug()),
            Route::Form(id, annex) => format!("/apply/{}/annex-{annex}", id.slug()),
            Route::Documents(id) => format!("/apply/{}/documents", id.slug()),
            Route::Review(id) => format!("/apply/{}/check", id.slug()),
            Route::Print(id) => format!("/apply/{}/print", id.slug()),
            Route::ReadBack(id) => format!("/apply/{}/read-back", id.slug()),
            Route::Card(id) => format!("/service/{}/card", id.slug()),
            Route::Drafts => "/drafts".into(),
            Route::NotFound => "/not-found".into(),
        }
    }

    /// The `href` of a link to this screen.
    pub fn href(self) -> String {
        format!("#{}", self.path())
    }

    /// Parses a location hash (`#/apply/stm-licence/annex-2`) or a path.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let service = |slug: &str| service_by_slug(slug).map(|s| s.id);
        match parts.as_slice() {
            [] => Route::Home,
            ["drafts"] => Route::Drafts,
            ["service", slug] => service(slug).map_or(Route::NotFound, Route::Service),
            ["service", slug, "card"] => service(slug).map_or(Route::NotFound, Route::Card),
            ["apply", slug, step] => match (service(slug), *step) {
                (Some(id), "setup") => Route::Setup(id),
                (Some(id), "documents") => Route::Documents(id),
                (Some(id), "check") => Route::Review(id),
                (Some(id), "print") => Route::Print(id),
                (Some(id), "read-back") => Route::ReadBack(id),
                (Some(id), step) => step
                    .strip_prefix("annex-")
                    .and_then(|n| n.parse::<u8>().ok())
                    .filter(|n| crate::domain::forms::form(id, *n).is_some())
                    .map_or(Route::NotFound, |n| Route::Form(id, n)),
                (None, _) => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    pub fn service(self) -> Option<ServiceId> {
        match self {
            Route::Service(id) | Route::Setup(id) | Route::Form(id, _) | Route::Documents(id) | Route::Review(id) | Route::Print(id) | Route::ReadBack(id) | Route::Card(id) => Some(id),
            Route::Home | Route::Drafts | Route::NotFound => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_address() {
        let routes = [
            Route::Home,
            Route::Service(ServiceId::TechnicalStudy),
            Route::Setup(ServiceId::StmLicence),
            Route::Form(ServiceId::LeakChannelsLicence, 5),
            Route::Documents(ServiceId::CryptoNotification),
            Route::Review(ServiceId::CryptoSalePermit),
            Route::Print(ServiceId::StmImportExport),
            Route::ReadBack(ServiceId::StmLicence),
            Route::Card(ServiceId::TechnicalStudy),
            Route::Drafts,
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.href()), r, "{}", r.href());
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(Route::parse("#/service/nope"), Route::NotFound);
        assert_eq!(Route::parse("#/apply/stm-licence/annex-9"), Route::NotFound);
        assert_eq!(Route::parse("#/apply/stm-licence/annex-x"), Route::NotFound);
        assert_eq!(Route::parse("#/<script>"), Route::NotFound);
    }
}
