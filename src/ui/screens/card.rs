//! A help-desk reference card: term, fee, documents, refusal grounds, appeal routes, contact.
use crate::domain::catalogue::{Service, CONTACT_CENTRE_PHONE};
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::route::Route;
use crate::ui::screens::overview::{applies_to, condition};
use crate::ui::service_card::TermsTable;
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub service: &'static Service,
    pub lang: Lang,
}

#[function_component(Card)]
pub fn card(props: &Props) -> Html {
    let Props { service, lang } = *props;
    html! {
        <article class="card">
            <p class="breadcrumb"><a href={Route::Service(service.id).href()}>{ tr(service.short_name, lang) }</a></p>
            <h1 id="page-heading" tabindex="-1">{ text(Msg::ReferenceCard, lang) }{ ": " }{ tr(service.short_name, lang) }</h1>
            <p>{ tr(service.name, lang) }</p>
            <TermsTable {service} {lang} />
            <h2>{ text(Msg::DocumentsToAttach, lang) }</h2>
            <ol>{ for service.documents.iter().map(|d| html! { <li>{ tr(d.name, lang) }{ applies_to(d.applies, service, lang) }{ " — " }{ text(condition(d.condition), lang) }<span class="cite">{ crate::ui::format::citation(d.cite, lang) }</span></li> }) }</ol>
            <h2>{ text(Msg::RefusalGroundsHeading, lang) }</h2>
            <ol>{ for service.refusal_grounds.iter().map(|r| html! { <li>{ tr(r.text, lang) }<span class="cite">{ crate::ui::format::citation(r.cite, lang) }</span></li> }) }</ol>
            <h2>{ text(Msg::AppealsHeading, lang) }</h2>
            <ol>{ for service.appeals.iter().map(|a| html! { <li><strong>{ tr(a.body, lang) }</strong>{ ": " }{ tr(a.text, lang) }<span class="cite">{ crate::ui::format::citation(a.cite, lang) }</span></li> }) }</ol>
            <p><strong>{ fill(text(Msg::ContactCentre, lang), &[("phone", CONTACT_CENTRE_PHONE)]) }</strong></p>
            <p>{ text(Msg::ProviderHours, lang) }</p>
        </article>
    }
}
