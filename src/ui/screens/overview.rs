//! A service at a glance: who may apply, term and fee, timeline, forms, documents, refusal
//! grounds, appeals and the contact centre, each with its clause.
use crate::domain::catalogue::{Action, ApplicantKind, Applies, DocCondition, Length, Service, CONTACT_CENTRE_PHONE};
use crate::domain::forms::all as all_forms;
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::format;
use crate::ui::route::Route;
use crate::ui::service_card::TermsTable;
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub service: &'static Service,
    pub lang: Lang,
}

pub fn condition(c: DocCondition) -> Msg {
    match c {
        DocCondition::Required => Msg::CondRequired,
        DocCondition::UnlessPaidViaGateway => Msg::CondUnlessPaidViaGateway,
        DocCondition::IfAny => Msg::CondIfAny,
        DocCondition::Optional => Msg::CondOptional,
        DocCondition::IfForeignLanguage => Msg::CondIfForeignLanguage,
        DocCondition::OnRequest => Msg::CondOnRequest,
        DocCondition::UnlessInStateSystems => Msg::CondUnlessInStateSystems,
    }
}

/// "(legal entity, issue)" for a document or form that applies to some applicants only.
pub fn applies_to(applies: Applies, service: &Service, lang: Lang) -> String {
    let mut parts: Vec<&str> = vec![];
    match applies.kind {
        Some(ApplicantKind::LegalEntity) => parts.push(text(Msg::ForLegalEntity, lang)),
        Some(ApplicantKind::Individual) => parts.push(text(Msg::ForIndividual, lang)),
        None => {}
    }
    if service.actions.len() > 1 {
        match applies.action {
            Some(Action::Issue) => parts.push(text(Msg::ForIssue, lang)),
            Some(Action::Reissue) => parts.push(text(Msg::ForReissue, lang)),
            None => {}
        }
    }
    if let Some(v) = applies.variant.and_then(|v| service.variants.and_then(|spec| spec.options.iter().find(|o| o.id == v))) {
        parts.push(tr(v.label, lang));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

pub fn length(l: Length, lang: Lang) -> String {
    match l {
        Length::CalendarDays(n) => format::calendar_days(n, lang),
        Length::WorkingDays(n) => format::working_days(n, lang),
    }
}

#[function_component(Overview)]
pub fn overview(props: &Props) -> Html {
    let Props { service, lang, .. } = *props;
    let cite = |c: crate::domain::citation::Citation| html! { <span class="cite">{ crate::ui::format::citation(c, lang) }</span> };
    let timeline = service.actions.iter().map(|a| {
        let heading = match a.action {
            Action::Issue => text(Msg::OnIssue, lang),
            Action::Reissue => text(Msg::OnReissue, lang),
        };
        html! {
            <div class="timeline-preview">
                <h3>{ heading }{ ": " }{ format::working_days(a.term.working_days, lang) }</h3>
                <ol>
                    { for a.term.stages.iter().map(|s| html! {
                        <li>{ fill(text(Msg::StageByDay, lang), &[("n", &s.by_working_day.to_string()), ("name", tr(s.name, lang))]) }{ cite(s.cite) }</li>
                    }) }
                </ol>
                { for a.term.pauses.iter().map(|p| html! {
                    <p>{ fill(text(Msg::PauseNotCounted, lang), &[("name", tr(p.name, lang)), ("length", &length(p.length, lang))]) }{ cite(p.cite) }</p>
                }) }
                <p>
                    { fill(text(Msg::HearingRule, lang), &[("notice", &a.term.hearing.notice_before_end.to_string()), ("held", &a.term.hearing.held_within.to_string())]) }
                    { for a.term.hearing.extends_term_by.map(|n| html! { <>{ " " }{ fill(text(Msg::HearingExtends, lang), &[("n", &n.to_string())]) }</> }) }
                    { cite(a.term.hearing.cite) }
                </p>
            </div>
        }
    });
    let forms = all_forms().filter(|f| f.service == service.id).map(|f| {
        html! { <li>{ format!("{}: {}", fill(text(Msg::AnnexN, lang), &[("n", &f.annex.to_string())]), tr(f.title, lang)) }{ applies_to(f.applies, service, lang) }</li> }
    });
    let documents = service.documents.iter().filter(|d| d.form_annex.is_none()).map(|d| {
        html! { <li>{ tr(d.name, lang) }{ applies_to(d.applies, service, lang) }<span class="condition">{ text(condition(d.condition), lang) }</span>{ cite(d.cite) }</li> }
    });
    let refusals = service.refusal_grounds.iter().map(|r| html! { <li>{ tr(r.text, lang) }{ cite(r.cite) }</li> });
    let appeals = service.appeals.iter().map(|a| {
        html! {
            <li>
                <strong>{ tr(a.body, lang) }</strong>{ ": " }{ tr(a.text, lang) }
                { cite(a.cite) }
            </li>
        }
    });
    html! {
        <article class="overview">
            <p class="breadcrumb"><a href={Route::Home.href()}>{ text(Msg::BackToServices, lang) }</a></p>
            <h1 id="page-heading" tabindex="-1">{ tr(service.name, lang) }</h1>
            <p class="cite">{ crate::ui::format::citation(service.name_cite, lang) }</p>
            <p><a class="button" href={Route::Setup(service.id).href()}>{ text(Msg::StartApplication, lang) }</a></p>
            <h2>{ text(Msg::WhoMayApply, lang) }</h2>
            <p>{ tr(service.recipients, lang) }{ cite(service.recipients_cite) }</p>
            if let Some(v) = service.variants {
                <p>{ tr(v.question, lang) }</p>
                <ul>{ for v.options.iter().map(|o| html! { <li>{ tr(o.label, lang) }</li> }) }</ul>
            }
            <h2>{ text(Msg::Term, lang) }{ " / " }{ text(Msg::Fee, lang) }</h2>
            <TermsTable {service} {lang} />
            if let Some(r) = service.reissue {
                <p>{ fill(text(Msg::ReissueWindow, lang), &[("n", &r.window_calendar_days.to_string())]) }{ cite(r.window_cite) }</p>
            }
            <h2>{ text(Msg::TimelinePreview, lang) }</h2>
            { for timeline }
            <h2>{ text(Msg::WhatYouNeed, lang) }</h2>
            <h3>{ text(Msg::FormsToFill, lang) }</h3>
            <ul>{ for forms }</ul>
            <h3>{ text(Msg::DocumentsToAttach, lang) }</h3>
            <ul class="documents">{ for documents }</ul>
            <h2>{ text(Msg::ResultHeading, lang) }</h2>
            <p>{ tr(service.result, lang) }{ cite(service.result_cite) }</p>
            <h2>{ text(Msg::RefusalGroundsHeading, lang) }</h2>
            <ul>{ for refusals }</ul>
            <h2>{ text(Msg::OtherRequirements, lang) }</h2>
            <ul>{ for service.other_requirements.iter().map(|r| html! { <li>{ tr(r.text, lang) }{ cite(r.cite) }</li> }) }</ul>
            <h2>{ text(Msg::AppealsHeading, lang) }</h2>
            <ul>{ for appeals }</ul>
            <p>{ fill(text(Msg::ContactCentre, lang), &[("phone", CONTACT_CENTRE_PHONE)]) }</p>
            <p><a class="button" href={Route::Setup(service.id).href()}>{ text(Msg::StartApplication, lang) }</a></p>
        </article>
    }
}
