//! Help-desk read-back: every question and its answer, numbered in order, with the draft code
//! both sides compare instead of reading every answer out.
use super::review::display_value;
use crate::domain::catalogue::{service, Action as ServiceAction, ApplicantKind};
use crate::domain::completeness::{checklist, draft_forms, field_shown, shown_sections};
use crate::domain::draft::Draft;
use crate::messages::{text, Lang, Msg};
use crate::store::digest;
use crate::ui::format;
use std::rc::Rc;
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Rc<Draft>,
    pub lang: Lang,
}

/// (question, answer) in the order a caller meets them.
pub fn questions_and_answers(draft: &Draft, lang: Lang) -> Vec<(String, String)> {
    let Some(id) = draft.service else { return vec![] };
    let svc = service(id);
    let mut out = vec![
        (text(Msg::DraftService, lang).to_owned(), tr(svc.name, lang).to_owned()),
        (
            text(Msg::ApplicantKindLegend, lang).to_owned(),
            text(if draft.kind == ApplicantKind::LegalEntity { Msg::LegalEntity } else { Msg::Individual }, lang).to_owned(),
        ),
    ];
    if svc.actions.len() > 1 {
        out.push((text(Msg::ActionLegend, lang).to_owned(), text(if draft.action == ServiceAction::Issue { Msg::ActionIssue } else { Msg::ActionReissue }, lang).to_owned()));
    }
    if let Some(spec) = svc.variants {
        let chosen: Vec<&str> = spec.options.iter().filter(|o| draft.variants.iter().any(|v| v == o.id)).map(|o| tr(o.label, lang)).collect();
        out.push((tr(spec.question, lang).to_owned(), chosen.join("; ")));
    }
    for form in draft_forms(draft) {
        for section in shown_sections(form, draft) {
            for field in section.fields.iter().filter(|f| field_shown(f, draft)) {
                out.push((tr(field.label, lang).to_owned(), display_value(field, draft.answer(field.id).unwrap_or(""), lang)));
            }
            if let Some(t) = section.table {
                for (i, row) in draft.rows(t.id).iter().enumerate() {
                    let cells: Vec<String> = t.columns.iter().map(|c| format!("{}: {}", tr(c.label, lang), row.get(c.id).cloned().unwrap_or_default())).collect();
                    out.push((format!("{} {}", tr(t.row_label, lang), i + 1), cells.join("; ")));
                }
            }
        }
    }
    for (doc, state) in checklist(draft) {
        out.push((tr(doc.name, lang).to_owned(), text(format::document_state(state), lang).to_owned()));
    }
    out
}

#[function_component(ReadBack)]
pub fn read_back(props: &Props) -> Html {
    let Props { draft, lang } = props;
    let lang = *lang;
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ text(Msg::ReadBackHeading, lang) }</h1>
            <p>{ text(Msg::ReadBackIntro, lang) }</p>
            <p class="draft-code">{ text(Msg::DraftCode, lang) }{ ": " }<strong>{ digest(draft) }</strong></p>
            <ol class="read-back">
                { for questions_and_answers(draft, lang).into_iter().map(|(q, a)| html! {
                    <li><span class="question-text">{ q }</span>{ " — " }<span class="answer-text">{ if a.is_empty() { text(Msg::NotAnswered, lang).to_owned() } else { a } }</span></li>
                }) }
            </ol>
        </>
    }
}
