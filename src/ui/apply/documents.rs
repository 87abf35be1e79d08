//! The document checklist of this service, action, applicant kind and variant: each item with
//! its clause and condition; files attached by picker or drag and drop stay in the browser.
use std::rc::Rc;
use crate::domain::catalogue::{DocCondition, DocumentSpec, ServiceId};
use crate::domain::completeness::{checklist, DocumentState};
use crate::domain::draft::Draft;
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::format;
use crate::ui::route::Route;
use crate::ui::screens::overview::condition;
use crate::ui::state::Action;
use web_sys::HtmlInputElement;
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Rc<Draft>,
    pub verified: std::collections::BTreeSet<String>,
    pub notice: Option<String>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Describes each file and records it, or explains why it was refused.
#[cfg(target_arch = "wasm32")]
fn attach_files(files: Vec<web_sys::File>, doc: &'static DocumentSpec, service: ServiceId, listed: Vec<(String, String)>, lang: Lang, dispatch: Callback<Action>) {
    for file in files {
        let listed = listed.clone();
        let dispatch = dispatch.clone();
        yew::platform::spawn_local(async move {
            let name = file.name();
            let lower = name.to_lowercase();
            if file.size() == 0.0 {
                dispatch.emit(Action::Notice(Some(fill(text(Msg::EmptyFileRefused, lang), &[("name", &name)]))));
                return;
            }
            if !doc.extensions.is_empty() && !doc.extensions.iter().any(|e| lower.ends_with(e)) {
                dispatch.emit(Action::Notice(Some(fill(text(Msg::WrongTypeRefused, lang), &[("name", &name), ("types", &doc.extensions.join(", "))]))));
                return;
            }
            match crate::ui::browser::describe_file(file).await {
                Ok((name, size, mime, sha256)) => {
                    let differs = listed.iter().any(|(n, d)| *n == name && *d != sha256);
                    dispatch.emit(Action::Notice(differs.then(|| fill(text(Msg::AttachmentDiffers, lang), &[("name", &name)]))));
                    dispatch.emit(Action::Attach { service, attachment: crate::domain::draft::Attachment { document: doc.id.to_owned(), name, size, mime, sha256 } });
                }
                Err(name) => dispatch.emit(Action::Notice(Some(fill(text(Msg::FileReadFailed, lang), &[("name", &name)])))),
            }
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn attach_files(_files: Vec<web_sys::File>, _doc: &'static DocumentSpec, _service: ServiceId, _listed: Vec<(String, String)>, _lang: Lang, _dispatch: Callback<Action>) {}

fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return vec![] };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[function_component(Documents)]
pub fn documents(props: &Props) -> Html {
    let Props { draft, verified, notice, lang, dispatch } = props;
    let lang = *lang;
    let Some(id) = draft.service else { return html! {} };
    let items = checklist(draft).into_iter().map(|(doc, state)| {
        let input_id = format!("file-{}", doc.id);
        let listed: Vec<(String, String)> = draft.attachments_for(doc.id).map(|a| (a.name.clone(), a.sha256.clone())).collect();
        let on_files = {
            let dispatch = dispatch.clone();
            let listed = listed.clone();
            Callback::from(move |e: Event| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                attach_files(file_list(input.files()), doc, id, listed.clone(), lang, dispatch.clone());
                input.set_value("");
            })
        };
        let on_drop = {
            let dispatch = dispatch.clone();
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                attach_files(file_list(e.data_transfer().and_then(|d| d.files())), doc, id, listed.clone(), lang, dispatch.clone());
            })
        };
        let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
        let attached = draft.attachments.iter().enumerate().filter(|(_, a)| a.document == doc.id).map(|(index, a)| {
            let remove = {
                let dispatch = dispatch.clone();
                Callback::from(move |_| dispatch.emit(Action::RemoveAttachment { service: id, index }))
            };
            html! {
                <li>
                    <span class="file-name">{ &a.name }</span>{ format!(" — {}, SHA-256 {}… ({})", format::size(a.size), a.sha256.get(..12).unwrap_or(&a.sha256), text(if verified.contains(&a.sha256) { Msg::AttachmentVerified } else { Msg::AttachmentListedOnly }, lang)) }
                    { " " }
                    <button type="button" onclick={remove}>{ fill(text(Msg::RemoveFile, lang), &[("name", &a.name)]) }</button>
                </li>
            }
        });
        let waiver = matches!(doc.condition, DocCondition::UnlessPaidViaGateway | DocCondition::UnlessInStateSystems).then(|| {
            let label = if doc.condition == DocCondition::UnlessPaidViaGateway { Msg::PaidViaGateway } else { Msg::InStateSystems };
            let waiver_id = format!("waive-{}", doc.id);
            let onchange = {
                let dispatch = dispatch.clone();
                Callback::from(move |e: Event| {
                    let waived = e.target_unchecked_into::<HtmlInputElement>().checked();
                    dispatch.emit(Action::Waive { service: id, document: doc.id.to_owned(), waived });
                })
            };
            html! {
                <div class="choice">
                    <input type="checkbox" id={waiver_id.clone()} checked={draft.waived.contains(doc.id)} {onchange} />
                    <label for={waiver_id}>{ text(label, lang) }</label>
                </div>
            }
        });
        let state_class = match state {
            DocumentState::Missing => "state missing",
            DocumentState::Attached | DocumentState::Form => "state done",
            _ => "state",
        };
        html! {
            <li class="document">
                <h2>{ tr(doc.name, lang) }</h2>
                <p><span class={state_class}>{ text(format::document_state(state), lang) }</span>{ " · " }{ text(condition(doc.condition), lang) }<span class="cite">{ crate::ui::format::citation(doc.cite, lang) }</span></p>
                if let Some(annex) = doc.form_annex {
                    <p><a href={Route::Form(id, annex).href()}>{ fill(text(Msg::AnnexN, lang), &[("n", &annex.to_string())]) }</a></p>
                } else {
                    <ul class="files">{ for attached }</ul>
                    { for waiver }
                    <div class="drop-zone" ondrop={on_drop} ondragover={on_drag_over}>
                        <label for={input_id.clone()}>{ fill(text(Msg::AttachFile, lang), &[("document", tr(doc.name, lang))]) }</label>
                        <input type="file" id={input_id} multiple=true accept={(!doc.extensions.is_empty()).then(|| doc.extensions.join(","))} onchange={on_files} />
                        <span class="drop-hint" aria-hidden="true">{ text(Msg::DropHere, lang) }</span>
                    </div>
                }
            </li>
        }
    });
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ text(Msg::StepDocuments, lang) }</h1>
            <p>{ text(Msg::DocumentsIntro, lang) }</p>
            <p class="notice" role="status">{ notice.clone().unwrap_or_default() }</p>
            <ul class="document-list">{ for items }</ul>
        </>
    }
}
