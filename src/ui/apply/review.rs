//! Every answer with a "change" link, then the completeness verdict and refusal risks.
use std::rc::Rc;
use crate::domain::completeness::{check, checklist, field_shown, shown_sections, Finding, Place, Risk};
use crate::domain::draft::Draft;
use crate::domain::forms::{Field, FieldKind};
use crate::domain::schedule::WindowState;
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::format;
use crate::ui::route::Route;
use chrono::NaiveDate;
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Rc<Draft>,
    pub today: NaiveDate,
    pub lang: Lang,
}

/// An answer as the person reads it: option labels instead of ids, "Yes" for a ticked box.
pub fn display_value(field: &Field, raw: &str, lang: Lang) -> String {
    match field.kind {
        FieldKind::Choice(choices) | FieldKind::MultiChoice(choices) => {
            raw.split(',').filter_map(|id| choices.iter().find(|c| c.id == id.trim())).map(|c| tr(c.label, lang)).collect::<Vec<_>>().join("; ")
        }
        FieldKind::Checkbox => text(if raw == "true" { Msg::Yes } else { Msg::No }, lang).to_owned(),
        FieldKind::EaeuCountry => crate::domain::validators::EAEU_MEMBERS.iter().find(|m| **m == raw.trim()).map_or_else(|| raw.trim().to_owned(), |m| tr(m, lang).to_owned()),
        _ => raw.trim().to_owned(),
    }
}

fn finding_route(f: &Finding, draft: &Draft) -> Option<Route> {
    let id = draft.service?;
    Some(match f.place {
        Place::Service | Place::Variant => Route::Setup(id),
        Place::Field { annex, .. } | Place::Table { annex, .. } | Place::Cell { annex, .. } => Route::Form(id, annex),
        Place::Document { .. } => Route::Documents(id),
    })
}

fn risk_text(r: &Risk, lang: Lang) -> Option<String> {
    Some(match r {
        Risk::FeeNotPaid { citation } => format!("{} ({})", text(Msg::RiskFeeNotPaid, lang), format::citation(*citation, lang)),
        Risk::MciUnknown { year } => fill(text(Msg::RiskMciUnknown, lang), &[("year", &year.to_string())]),
        Risk::ReissueWindow { deadline, state, citation } => {
            let date = format::date(*deadline, lang);
            let line = match state {
                WindowState::Open { days_left } => fill(text(Msg::RiskReissueOpen, lang), &[("date", &date), ("n", &days_left.to_string())]),
                WindowState::ClosingSoon { days_left } => fill(text(Msg::RiskReissueClosing, lang), &[("date", &date), ("n", &days_left.to_string())]),
                WindowState::Passed { .. } => fill(text(Msg::RiskReissuePassed, lang), &[("date", &date)]),
            };
            format!("{line} ({})", format::citation(*citation, lang))
        }
        Risk::Hint { hint, .. } => text(format::hint(*hint), lang).to_owned(),
    })
}

#[function_component(Review)]
pub fn review(props: &Props) -> Html {
    let Props { draft, today, lang } = props;
    let lang = *lang;
    let Some(id) = draft.service else { return html! {} };
    let verdict = check(draft, *today);
    let forms = crate::domain::completeness::draft_forms(draft).into_iter().map(|form| {
        let route = Route::Form(id, form.annex);
        let rows = shown_sections(form, draft).flat_map(|section| {
            let fields = section.fields.iter().filter(|f| field_shown(f, draft)).map(move |field| {
                let raw = draft.answer(field.id).unwrap_or("");
                let shown = display_value(field, raw, lang);
                html! {
                    <div class="answer">
                        <dt>{ tr(field.label, lang) }</dt>
                        <dd>{ if shown.is_empty() { text(Msg::NotAnswered, lang).to_owned() } else { shown } }</dd>
                        <dd class="change"><a href={route.href()}>{ text(Msg::Change, lang) }<span class="visually-hidden">{ format!(" {}", tr(field.label, lang)) }</span></a></dd>
                    </div>
                }
            });
            let table = section.table.map(|t| {
                let rows = draft.rows(t.id);
                html! {
                    <div class="answer">
                        <dt>{ tr(t.title, lang) }</dt>
                        <dd>
                            { fill(text(Msg::RowsCount, lang), &[("n", &rows.len().to_string())]) }
                            <ol>{ for rows.iter().take(20).map(|r| html! { <li>{ t.columns.iter().filter_map(|c| r.get(c.id)).filter(|v| !v.is_empty()).cloned().collect::<Vec<_>>().join(" · ") }</li> }) }</ol>
                        </dd>
                        <dd class="change"><a href={route.href()}>{ text(Msg::Change, lang) }<span class="visually-hidden">{ format!(" {}", tr(t.title, lang)) }</span></a></dd>
                    </div>
                }
            });
            fields.chain(table)
        });
        html! {
            <section aria-labelledby={format!("r-{}", form.annex)}>
                <h2 id={format!("r-{}", form.annex)}>{ format!("{}: {}", fill(text(Msg::AnnexN, lang), &[("n", &form.annex.to_string())]), tr(form.title, lang)) }</h2>
                <dl class="answers">{ for rows }</dl>
            </section>
        }
    });
    let docs = checklist(draft).into_iter().map(|(doc, state)| {
        let files: Vec<String> = draft.attachments_for(doc.id).map(|a| a.name.clone()).collect();
        html! { <li>{ tr(doc.name, lang) }{ ": " }{ text(format::document_state(state), lang) }{ (!files.is_empty()).then(|| format!(" ({})", files.join(", "))) }</li> }
    });
    let verdict_html = if verdict.ready() {
        html! { <div class="verdict ready" role="status"><p><strong>{ text(Msg::VerdictReady, lang) }</strong></p></div> }
    } else {
        html! {
            <div class="verdict not-ready" role="status">
                <p><strong>{ text(Msg::VerdictNotReady, lang) }</strong></p>
                <ul>
                    { for verdict.findings.iter().map(|f| html! {
                        <li>
                            { tr(f.label, lang) }{ ": " }{ text(format::problem(f.problem), lang) }
                            <span class="cite">{ crate::ui::format::citation(f.citation, lang) }</span>
                            { for finding_route(f, draft).map(|r| html! { <>{ " " }<a href={r.href()}>{ text(Msg::GoToProblem, lang) }<span class="visually-hidden">{ format!(": {}", tr(f.label, lang)) }</span></a></> }) }
                        </li>
                    }) }
                </ul>
            </div>
        }
    };
    let risks: Vec<String> = verdict.risks.iter().filter_map(|r| risk_text(r, lang)).collect();
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ text(Msg::ReviewHeading, lang) }</h1>
            { verdict_html }
            if !risks.is_empty() {
                <h2>{ text(Msg::RisksHeading, lang) }</h2>
                <ul class="risks">{ for risks.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
            }
            { for forms }
            <section aria-labelledby="r-documents">
                <h2 id="r-documents">{ text(Msg::StepDocuments, lang) }</h2>
                <ul>{ for docs }</ul>
                <p><a href={Route::Documents(id).href()}>{ text(Msg::Change, lang) }<span class="visually-hidden">{ format!(" {}", text(Msg::StepDocuments, lang)) }</span></a></p>
            </section>
        </>
    }
}
