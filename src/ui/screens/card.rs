//! A help-desk reference card: term, fee, documents, refusal grounds, appeal routes, contact.
use crate::domain::catalogue::{Service, CONTACT_CENTRE_PHONE};
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::route::Route;
use crate::ui::screens::overview::{applies_to, condition};
use crate::ui::service_card::TermsTable;
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
            <p class="breadcrumb"><a href={Route::Service(service.id).href()}>{ service.short_name }</a></p>
            <h1 id="page-heading" tabindex="-1">{ text(Msg::ReferenceCard, lang) }{ ": " }{ service.short_name }</h1>
            <p>{ service.name }</p>
            <TermsTable {service} {lang} />
            <h2>{ text(Msg::DocumentsToAttach, lang) }</h2>
            <ol>{ for service.documents.iter().map(|d| html! { <li>{ d.name }{ applies_to(d.applies, service, lang) }{ " — " }{ text(condition(d.condition), lang) }<span class="cite">{ d.cite.to_string() }</span></li> }) }</ol>
            <h2>{ text(Msg::RefusalGroundsHeading, lang) }</h2>
            <ol>{ for service.refusal_grounds.iter().map(|r| html! { <li>{ r.text }<span class="cite">{ r.cite.to_string() }</span></li> }) }</ol>
            <h2>{ text(Msg::AppealsHeading, lang) }</h2>
            <ol>{ for service.appeals.iter().map(|a| html! { <li><strong>{ a.body }</strong>{ ": " }{ a.text }<span class="cite">{ a.cite.to_string() }</span></li> }) }</ol>
            <p><strong>{ fill(text(Msg::ContactCentre, lang), &[("phone", CONTACT_CENTRE_PHONE)]) }</strong></p>
            <p>{ text(Msg::ProviderHours, lang) }</p>
        </article>
    }
}
