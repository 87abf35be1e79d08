//! An application in progress: the steps, the current step, and the fee-and-dates panel.
mod documents;
mod field;
mod form_step;
mod print;
mod read_back;
mod review;
mod setup;
mod summary;
mod table;

use super::route::Route;
use super::state::{steps, AppState, Mode};
use crate::domain::catalogue::service;
use crate::domain::forms::form;
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<AppState>,
    pub lang: Lang,
    pub dispatch: Callback<super::state::Action>,
}

fn step_label(route: Route, lang: Lang) -> String {
    match route {
        Route::Setup(_) => text(Msg::StepSetup, lang).to_owned(),
        Route::Form(id, annex) => form(id, annex).map(|f| format!("{}: {}", fill(text(Msg::AnnexN, lang), &[("n", &annex.to_string())]), tr(f.title, lang))).unwrap_or_default(),
        Route::Documents(_) => text(Msg::StepDocuments, lang).to_owned(),
        Route::Review(_) => text(Msg::StepCheck, lang).to_owned(),
        Route::Print(_) => text(Msg::PrintForms, lang).to_owned(),
        Route::ReadBack(_) => text(Msg::ReadBackHeading, lang).to_owned(),
        Route::Home | Route::Service(_) | Route::Card(_) | Route::Drafts | Route::NotFound => String::new(),
    }
}

#[function_component(Apply)]
pub fn apply(props: &Props) -> Html {
    let state = &props.state;
    let lang = props.lang;
    let Some(id) = state.route.service() else { return html! {} };
    let draft = state.draft(id);
    let all_steps = steps(&draft);
    let stepper = all_steps.iter().map(|r| {
        let current = *r == state.route;
        html! {
            <li class={classes!(current.then_some("current"))}>
                <a href={r.href()} aria-current={current.then_some("step")}>{ step_label(*r, lang) }</a>
            </li>
        }
    });
    let dispatch = props.dispatch.clone();
    let step = match state.route {
        Route::Setup(_) => html! { <setup::Setup draft={draft.clone()} pending={state.pending.clone()} {lang} dispatch={dispatch.clone()} /> },
        Route::Form(_, annex) => match form(id, annex) {
            Some(f) => html! {
                <form_step::FormStep form={f} draft={draft.clone()} touched={state.touched.clone()} show_all_errors={state.show_all_errors}
                    paste_report={state.paste_report.clone()} today={state.today} {lang} dispatch={dispatch.clone()} />
            },
            None => html! {},
        },
        Route::Documents(_) => html! { <documents::Documents draft={draft.clone()} verified={state.verified.clone()} notice={state.notice.clone()} {lang} dispatch={dispatch.clone()} /> },
        Route::Review(_) => html! { <review::Review draft={draft.clone()} today={state.today} {lang} /> },
        Route::Print(_) => html! { <print::PrintView draft={draft.clone()} today={state.today} now={super::browser::now_utc()} {lang} /> },
        Route::ReadBack(_) => html! { <read_back::ReadBack draft={draft.clone()} {lang} /> },
        Route::Home | Route::Service(_) | Route::Card(_) | Route::Drafts | Route::NotFound => html! {},
    };
    let helpdesk = state.mode == Mode::Helpdesk;
    let mut extra = vec![Route::Print(id)];
    if helpdesk {
        extra.push(Route::ReadBack(id));
    }
    let extra_links = extra.into_iter().map(|r| {
        let current = r == state.route;
        html! { <li class={classes!(current.then_some("current"))}><a href={r.href()} aria-current={current.then_some("page")}>{ step_label(r, lang) }</a></li> }
    });
    let export = {
        let entry = state.open_entry(id).cloned();
        Callback::from(move |_| {
            if let Some(saved) = &entry {
                super::screens::drafts::export(saved);
            }
        })
    };
    let (previous, next) = super::state::neighbours(&draft, state.route);
    html! {
        <div class="apply">
            <p class="breadcrumb"><a href={Route::Service(id).href()}>{ tr(service(id).short_name, lang) }</a></p>
            <div class="apply-layout">
                <nav class="steps" aria-label={text(Msg::Steps, lang)}>
                    <ol>{ for stepper }</ol>
                    <ul class="extra-steps">{ for extra_links }</ul>
                    if state.open_entry(id).is_some() {
                        <p><button type="button" class="button secondary" onclick={export}>{ text(Msg::ExportThisDraft, lang) }</button></p>
                    }
                    if helpdesk {
                        <p class="draft-code">{ text(Msg::DraftCode, lang) }{ ": " }<strong>{ crate::store::digest(&draft) }</strong></p>
                    }
                </nav>
                <div class="step">
                    { step }
                    <p class="step-nav">
                        if let Some(p) = previous {
                            <a class="button secondary" href={p.href()}>{ text(Msg::Back, lang) }</a>
                        }
                        if let Some(n) = next {
                            <a class="button" href={n.href()}>{ text(Msg::Continue, lang) }</a>
                        }
                    </p>
                </div>
                <summary::Summary draft={draft} now={super::browser::now_utc()} {lang} dispatch={props.dispatch.clone()} />
            </div>
        </div>
    }
}
