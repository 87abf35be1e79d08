//! One annex form, rendered from its data: sections, fields, tables, and an error summary.
use std::rc::Rc;
use super::field::FieldControl;
use super::table::TableEditor;
use crate::domain::completeness::{field_problem, field_shown, shown_sections};
use crate::domain::draft::Draft;
use crate::domain::forms::paste::LineReport;
use crate::domain::forms::validate::{check, is_given, Context};
use crate::domain::forms::FormSpec;
use crate::messages::{text, Lang, Msg};
use crate::ui::browser;
use crate::ui::format;
use crate::ui::state::Action;
use chrono::NaiveDate;
use std::collections::BTreeSet;
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub form: &'static FormSpec,
    pub draft: Rc<Draft>,
    pub touched: BTreeSet<String>,
    pub show_all_errors: bool,
    pub paste_report: Option<(String, Vec<LineReport>)>,
    pub today: NaiveDate,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

pub fn field_element_id(field: &str) -> String {
    format!("f-{field}")
}

#[function_component(FormStep)]
pub fn form_step(props: &Props) -> Html {
    let Props { form, draft, touched, show_all_errors, paste_report, today, lang, dispatch } = props;
    let (lang, show_all) = (*lang, *show_all_errors);
    let Some(id) = draft.service else { return html! {} };
    let ctx = Context { kind: draft.kind, today: *today };

    // Every problem of the shown fields and tables, for the summary and the fields.
    let mut summary: Vec<(String, String)> = Vec::new();
    let sections = shown_sections(form, draft).map(|section| {
        let fields = section.fields.iter().filter(|f| field_shown(f, draft)).map(|field| {
            let raw = draft.answer(field.id).unwrap_or("");
            let problem = field_problem(field, Some(raw), ctx);
            let visible = show_all || touched.contains(field.id);
            if let (Some(p), true) = (problem, show_all) {
                summary.push((field_element_id(field.id), format!("{}: {}", tr(field.label, lang), text(format::problem(p), lang))));
            }
            let error = problem.filter(|_| visible).map(|p| AttrValue::from(text(format::problem(p), lang)));
            let hint = (visible && is_given(field.kind, raw))
                .then(|| check(field.kind, raw, ctx).ok())
                .flatten()
                .and_then(|a| a.hints.first().map(|h| AttrValue::from(text(format::hint(*h), lang))));
            let on_change = {
                let dispatch = dispatch.clone();
                let field_id = field.id.to_owned();
                Callback::from(move |value: String| dispatch.emit(Action::SetAnswer { service: id, field: field_id.clone(), value }))
            };
            let on_blur = {
                let dispatch = dispatch.clone();
                let field_id = field.id.to_owned();
                Callback::from(move |_| dispatch.emit(Action::Touch(field_id.clone())))
            };
            html! {
                <FieldControl key={field.id} {field} id={AttrValue::from(field_element_id(field.id))} value={AttrValue::from(raw.to_owned())} {error} {hint} {lang} {on_change} {on_blur} />
            }
        });
        let fields: Vec<Html> = fields.collect();
        let table = section.table.map(|t| {
            let report = paste_report.as_ref().filter(|(table, _)| table == t.id).map(|(_, r)| r.clone());
            if show_all {
                if let Some(first) = crate::domain::completeness::check(draft, *today).findings.iter().find(|f| matches!(f.place, crate::domain::completeness::Place::Table { table, .. } | crate::domain::completeness::Place::Cell { table, .. } if table == t.id)) {
                    summary.push((format!("t-{}", t.id), format!("{}: {}", tr(first.label, lang), text(format::problem(first.problem), lang))));
                }
            }
            html! { <TableEditor table={t} rows={draft.rows(t.id).to_vec()} service={id} kind={draft.kind} today={*today} show_errors={show_all} {report} {lang} dispatch={dispatch.clone()} /> }
        });
        html! {
            <section class="form-section" aria-labelledby={format!("s-{}", section.id)}>
                <h2 id={format!("s-{}", section.id)}>{ tr(section.title, lang) }</h2>
                { for fields }
                { for table }
                { for section.note.map(|n| html! { <p class="note">{ n }</p> }) }
            </section>
        }
    });
    let sections: Vec<Html> = sections.collect();

    let check_form = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            dispatch.emit(Action::ShowAllErrors);
            browser::focus(browser::event_node(&e), "error-summary");
        })
    };
    let error_summary = if show_all && !summary.is_empty() {
        html! {
            <div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{ text(Msg::ErrorSummaryTitle, lang) }</h2>
                <ul>
                    { for summary.iter().map(|(target, message)| {
                        let href = format!("#{target}");
                        let target = target.clone();
                        let onclick = Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            browser::focus(browser::event_node(&e), &target);
                        });
                        html! { <li><a {href} {onclick}>{ message }</a></li> }
                    }) }
                </ul>
            </div>
        }
    } else if show_all {
        html! { <p id="error-summary" class="success" role="status" tabindex="-1">{ text(Msg::FormIsComplete, lang) }</p> }
    } else {
        html! {}
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ tr(form.title, lang) }</h1>
            <p class="cite">{ crate::ui::format::citation(form.citation(), lang) }</p>
            { error_summary }
            if !tr(form.request, lang).is_empty() {
                <p class="request">{ tr(form.request, lang) }</p>
            }
            { for sections }
            if !tr(form.confirmation, lang).is_empty() {
                <p class="confirmation-text">{ text(Msg::HerebyConfirmed, lang) }{ " " }{ tr(form.confirmation, lang) }</p>
            }
            <p><button type="button" class="button secondary" onclick={check_form}>{ text(Msg::CheckThisForm, lang) }</button></p>
        </>
    }
}
