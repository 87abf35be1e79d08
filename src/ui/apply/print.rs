//! The filled annexes in the official layout and wording of the seed ("To … from … I ask to …",
//! tables, the confirmation paragraph, signature and date lines), the document inventory and
//! the fee and timeline page; the print stylesheet turns it into clean pages.
use super::review::display_value;
use crate::domain::catalogue::{service, Service};
use crate::domain::completeness::{checklist, draft_forms, field_shown, shown_sections};
use crate::domain::draft::Draft;
use crate::domain::estimate::{estimate_for, EXPLANATION};
use crate::domain::forms::{FieldKind, FormSpec};
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::browser;
use crate::ui::format;
use chrono::{DateTime, NaiveDate, Utc};
use std::rc::Rc;
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Rc<Draft>,
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    pub lang: Lang,
}


/// The activity or goods the request names: the service, with its chosen subtypes or movement.
fn requested(svc: &Service, draft: &Draft, lang: Lang) -> String {
    let chosen: Vec<&str> = svc.variants.map(|v| v.options.iter().filter(|o| draft.variants.iter().any(|c| c == o.id)).map(|o| tr(o.label, lang)).collect()).unwrap_or_default();
    if chosen.is_empty() {
        tr(svc.name, lang).to_owned()
    } else {
        format!("{} — {}", tr(svc.name, lang), chosen.join("; "))
    }
}

fn applicant_line(draft: &Draft) -> String {
    ["applicant-name", "applicant-location", "applicant-bin", "applicant-iin", "applicant-id"]
        .iter()
        .filter_map(|f| draft.answer(f))
        .filter(|v| !v.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn printed_form(form: &'static FormSpec, draft: &Draft, attached: usize, today: NaiveDate, lang: Lang) -> Html {
    let svc = service(form.service);
    let sections = shown_sections(form, draft).map(|section| {
        let fields = section
            .fields
            .iter()
            .filter(|f| field_shown(f, draft) && f.kind != FieldKind::Checkbox && !f.id.starts_with("applicant-"))
            .map(|field| {
                let value = display_value(field, draft.answer(field.id).unwrap_or(""), lang);
                html! { <p class="printed-line"><span class="printed-label">{ tr(field.label, lang) }</span>{ " " }<span class="printed-value">{ if value.is_empty() { "_____".to_owned() } else { value } }</span></p> }
            });
        let table = section.table.map(|t| {
            html! {
                <table class="printed-table">
                    <thead><tr><th scope="col">{ "№" }</th>{ for t.columns.iter().map(|c| html! { <th scope="col">{ tr(c.label, lang) }</th> }) }</tr></thead>
                    <tbody>
                        { for draft.rows(t.id).iter().enumerate().map(|(i, r)| html! {
                            <tr><td>{ i + 1 }</td>{ for t.columns.iter().map(|c| html! { <td>{ r.get(c.id).cloned().unwrap_or_default() }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
            }
        });
        html! { <div class="printed-section">{ for fields }{ for table }</div> }
    });
    let is_application = !tr(form.request, lang).is_empty();
    html! {
        <section class="printed-form" aria-label={tr(form.title, lang)}>
            <p class="printed-annex">{ fill(text(Msg::PrintedAnnexHeader, lang), &[("n", &form.annex.to_string()), ("service", tr(svc.name, lang))]) }</p>
            <p class="printed-form-word">{ text(Msg::FormWord, lang) }</p>
            <h2>{ tr(form.title, lang) }</h2>
            if is_application {
                <p class="printed-line"><span class="printed-label">{ text(Msg::ToProvider, lang) }</span>{ " " }<span class="printed-value">{ text(Msg::Provider, lang) }</span></p>
                <p class="printed-line"><span class="printed-label">{ text(Msg::FromApplicant, lang) }</span>{ " " }<span class="printed-value">{ applicant_line(draft) }</span></p>
                <p class="printed-request">{ tr(form.request, lang) }{ " " }<strong>{ requested(svc, draft, lang) }</strong></p>
            }
            { for sections }
            if is_application {
                <p>{ fill(text(Msg::DocumentsAttachedCount, lang), &[("n", &attached.to_string())]) }</p>
            }
            if !tr(form.confirmation, lang).is_empty() {
                <p class="printed-confirmation">{ text(Msg::HerebyConfirmed, lang) }{ " " }{ tr(form.confirmation, lang) }</p>
            }
            if !tr(form.signatory, lang).is_empty() {
                <p class="printed-signature">
                    { tr(form.signatory, lang) }{ " _______________ " }{ text(Msg::Signature, lang) }{ " " }
                    { draft.answer("manager-name").or(draft.answer("authorized-person")).or(draft.answer("applicant-name")).unwrap_or("") }
                </p>
            }
            <p class="printed-date">{ text(Msg::DateOfFilling, lang) }{ ": " }{ today.format("%d.%m.%Y").to_string() }</p>
            <p class="cite">{ crate::ui::format::citation(form.citation(), lang) }</p>
        </section>
    }
}

#[function_component(PrintView)]
pub fn print_view(props: &Props) -> Html {
    let Props { draft, today, now, lang } = props;
    let lang = *lang;
    let Some(id) = draft.service else { return html! {} };
    let svc = service(id);
    let attached = draft.attachments.len();
    let forms = draft_forms(draft).into_iter().map(|f| printed_form(f, draft, attached, *today, lang));
    let inventory = checklist(draft).into_iter().map(|(doc, state)| {
        let files = draft.attachments_for(doc.id).map(|a| html! { <li>{ &a.name }{ format!(" — {}, {}, SHA-256 {}", format::size(a.size), a.mime, a.sha256) }</li> });
        html! {
            <tr>
                <td>{ tr(doc.name, lang) }<span class="cite">{ crate::ui::format::citation(doc.cite, lang) }</span></td>
                <td>{ text(format::document_state(state), lang) }</td>
                <td><ul>{ for files }</ul></td>
            </tr>
        }
    });
    let spec = svc.action(draft.action).or_else(|| svc.actions.first());
    let timeline = spec.map(|spec| {
        let submitted = draft.submit_at.as_deref().and_then(|s| DateTime::parse_from_rfc3339(s).ok()).map(|d| d.with_timezone(&Utc)).unwrap_or(*now);
        let paid_on = draft.paid_on.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        let out = estimate_for(svc, spec, submitted, paid_on, &[]);
        html! {
            <section class="printed-page" aria-labelledby="print-timeline">
                <h2 id="print-timeline">{ text(Msg::FeeAndTimelineHeading, lang) }</h2>
                <p>{ text(Msg::Fee, lang) }{ ": " }{ if out.fee.free { text(Msg::FreeOfCharge, lang).to_owned() } else { format!("{}{}", fill(text(Msg::Mci, lang), &[("n", &out.fee.mci)]), out.fee.tenge.map(|t| format!(" = {} ({})", format::tenge(t), out.fee.year)).unwrap_or_default()) } }</p>
                <p>{ text(Msg::RegisteredOn, lang) }{ ": " }{ format::date(out.registered_on, lang) }{ "; " }{ text(Msg::DecisionBy, lang) }{ ": " }{ format::date(out.decision_due, lang) }
                    { out.decision_due_worst_case.map(|w| format!(" ({}: {})", text(Msg::DecisionWorstCase, lang), format::date(w, lang))) }</p>
                <ol>{ for out.stages.iter().zip(spec.term.stages).map(|(s, stage)| html! { <li>{ format::date(s.due, lang) }{ " — " }{ tr(s.name, lang) }<span class="cite">{ format::citation(stage.cite, lang) }</span></li> }) }</ol>
                <p>{ tr(EXPLANATION, lang) }</p>
            </section>
        }
    });
    let print = Callback::from(|_| browser::print());
    html! {
        <div class="print-view">
            <h1 id="page-heading" tabindex="-1">{ text(Msg::PrintHeading, lang) }</h1>
            <p class="no-print"><button type="button" class="button" onclick={print}>{ text(Msg::PrintButton, lang) }</button></p>
            { for forms }
            <section class="printed-page" aria-labelledby="print-inventory">
                <h2 id="print-inventory">{ text(Msg::InventoryHeading, lang) }</h2>
                <table class="printed-table">
                    <thead><tr><th scope="col">{ text(Msg::DocumentsToAttach, lang) }</th><th scope="col">{ text(Msg::DraftStatus, lang) }</th><th scope="col">{ text(Msg::Files, lang) }</th></tr></thead>
                    <tbody>{ for inventory }</tbody>
                </table>
            </section>
            { for timeline }
        </div>
    }
}
