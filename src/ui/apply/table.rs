//! Rows of goods, specialists or algorithms: add, remove, duplicate, reorder, paste from a
//! spreadsheet. Each row is its own component, so typing in one row repaints only that row.
use crate::domain::catalogue::{ApplicantKind, ServiceId};
use crate::domain::completeness::field_problem;
use crate::domain::draft::SharedRow;
use crate::domain::forms::paste::{parse_rows, LineReport, RowOutcome};
use crate::domain::forms::validate::Context;
use crate::domain::forms::{FieldKind, Table};
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::format;
use crate::ui::state::Action;
use chrono::NaiveDate;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub table: &'static Table,
    pub rows: Vec<SharedRow>,
    pub service: ServiceId,
    pub kind: ApplicantKind,
    pub today: NaiveDate,
    pub show_errors: bool,
    pub report: Option<Vec<LineReport>>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[derive(Properties, PartialEq)]
struct RowProps {
    table: &'static Table,
    index: usize,
    count: usize,
    row: SharedRow,
    service: ServiceId,
    ctx_kind: ApplicantKind,
    today: NaiveDate,
    show_errors: bool,
    lang: Lang,
    dispatch: Callback<Action>,
}

fn input_type(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Date | FieldKind::PastDate => "date",
        _ => "text",
    }
}

#[function_component(TableRow)]
fn table_row(props: &RowProps) -> Html {
    let RowProps { table, index, count, row, service, ctx_kind, today, show_errors, lang, dispatch } = props;
    let (index, lang) = (*index, *lang);
    let ctx = Context { kind: *ctx_kind, today: *today };
    let row_name = fill(text(Msg::RowNumber, lang), &[("label", tr(table.row_label, lang)), ("n", &(index + 1).to_string())]);
    let op = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    };
    let t = table.id.to_owned();
    let cells = table.columns.iter().map(|column| {
        let id = format!("c-{}-{index}-{}", table.id, column.id);
        let value = row.get(column.id).cloned().unwrap_or_default();
        let problem = (*show_errors).then(|| field_problem(column, Some(&value), ctx)).flatten();
        let error_id = format!("{id}-error");
        let oninput = {
            let dispatch = dispatch.clone();
            let (table, column) = (table.id.to_owned(), column.id.to_owned());
            let service = *service;
            Callback::from(move |e: InputEvent| {
                let value = e.target_unchecked_into::<HtmlInputElement>().value();
                dispatch.emit(Action::SetCell { service, table: table.clone(), row: index, column: column.clone(), value });
            })
        };
        html! {
            <td class={classes!(problem.is_some().then_some("has-error"))}>
                <label class="visually-hidden" for={id.clone()}>{ format!("{}, {row_name}", tr(column.label, lang)) }</label>
                <input id={id.clone()} type={input_type(column.kind)} value={value} {oninput}
                    aria-invalid={problem.map(|_| "true")} aria-describedby={problem.map(|_| error_id.clone())} />
                { for problem.map(|p| html! { <span id={error_id} class="error-message">{ text(format::problem(p), lang) }</span> }) }
            </td>
        }
    });
    html! {
        <tr>
            <th scope="row">{ index + 1 }</th>
            { for cells }
            <td class="row-actions">
                <button type="button" onclick={op(Action::DuplicateRow { service: *service, table: t.clone(), row: index })} aria-label={format!("{}: {row_name}", text(Msg::DuplicateRow, lang))}>{ text(Msg::DuplicateRow, lang) }</button>
                <button type="button" disabled={index == 0} onclick={op(Action::MoveRow { service: *service, table: t.clone(), row: index, up: true })} aria-label={format!("{}: {row_name}", text(Msg::MoveUp, lang))}>{ "↑" }</button>
                <button type="button" disabled={index + 1 >= *count} onclick={op(Action::MoveRow { service: *service, table: t.clone(), row: index, up: false })} aria-label={format!("{}: {row_name}", text(Msg::MoveDown, lang))}>{ "↓" }</button>
                <button type="button" onclick={op(Action::RemoveRow { service: *service, table: t, row: index })} aria-label={format!("{}: {row_name}", text(Msg::RemoveRow, lang))}>{ text(Msg::RemoveRow, lang) }</button>
            </td>
        </tr>
    }
}

#[function_component(TableEditor)]
pub fn table_editor(props: &Props) -> Html {
    let Props { table, rows, service, kind, today, show_errors, report, lang, dispatch } = props;
    let lang = *lang;
    let paste = use_node_ref();
    let add = {
        let dispatch = dispatch.clone();
        let (service, table) = (*service, table.id.to_owned());
        Callback::from(move |_| dispatch.emit(Action::AddRow { service, table: table.clone() }))
    };
    let on_paste = {
        let dispatch = dispatch.clone();
        let paste = paste.clone();
        let (service, t, ctx) = (*service, *table, Context { kind: *kind, today: *today });
        Callback::from(move |_| {
            if let Some(area) = paste.cast::<HtmlTextAreaElement>() {
                let (rows, report) = parse_rows(t, &area.value(), ctx);
                area.set_value("");
                dispatch.emit(Action::PasteRows { service, table: t.id.to_owned(), rows, report });
            }
        })
    };
    let report_lines = report.as_ref().map(|lines| {
        html! {
            <ul class="paste-report">
                { for lines.iter().map(|l| {
                    let line = l.line.to_string();
                    let message = match &l.outcome {
                        RowOutcome::Added => fill(text(Msg::PasteAdded, lang), &[("line", &line)]),
                        RowOutcome::WrongCellCount { found, expected } => fill(text(Msg::PasteWrongCount, lang), &[("line", &line), ("found", &found.to_string()), ("expected", &expected.to_string())]),
                        RowOutcome::InvalidCells(cells) => {
                            let problems: Vec<String> = cells.iter().map(|(label, why)| format!("{label}: {}", text(format::invalid(*why), lang))).collect();
                            fill(text(Msg::PasteInvalid, lang), &[("line", &line), ("problems", &problems.join("; "))])
                        }
                    };
                    html! { <li class={classes!((l.outcome != RowOutcome::Added).then_some("rejected"))}>{ message }</li> }
                }) }
            </ul>
        }
    });
    let paste_id = format!("paste-{}", table.id);
    html! {
        <div class="table-editor" id={format!("t-{}", table.id)} tabindex="-1">
            <h3>{ tr(table.title, lang) }</h3>
            <p class="status" role="status">{ fill(text(Msg::RowsCount, lang), &[("n", &rows.len().to_string())]) }</p>
            // Wide tables scroll sideways; the region takes focus so the keyboard can scroll it.
            <div class="table-scroll" tabindex="0" role="region" aria-label={tr(table.title, lang)}>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ "№" }</th>
                            { for table.columns.iter().map(|c| html! { <th scope="col">{ tr(c.label, lang) }{ (!c.required).then(|| format!(" {}", text(Msg::Optional, lang))) }</th> }) }
                            <th scope="col"><span class="visually-hidden">{ text(Msg::RemoveRow, lang) }</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().enumerate().map(|(index, row)| html! {
                            <TableRow key={index} {table} {index} count={rows.len()} row={row.clone()} service={*service} ctx_kind={*kind} today={*today} show_errors={*show_errors} {lang} dispatch={dispatch.clone()} />
                        }) }
                    </tbody>
                </table>
            </div>
            if rows.is_empty() {
                <p>{ text(Msg::NoRowsYet, lang) }</p>
            }
            <p><button type="button" class="button secondary" onclick={add}>{ text(Msg::AddRow, lang) }</button></p>
            <div class="paste">
                <label for={paste_id.clone()}>{ text(Msg::PasteLabel, lang) }</label>
                <textarea id={paste_id} rows="3" ref={paste} />
                <p><button type="button" class="button secondary" onclick={on_paste}>{ text(Msg::PasteButton, lang) }</button></p>
                { for report_lines }
            </div>
        </div>
    }
}
