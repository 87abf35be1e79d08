//! Several named drafts side by side: open, rename, duplicate, delete (with undo), export,
//! and import from a file.
use crate::domain::catalogue::{service, ApplicantKind};
use crate::domain::completeness::check;
use crate::messages::{fill, text, Lang, Msg};
use crate::store::{export_entry, Entry};
use crate::ui::browser;
use crate::ui::route::Route;
use crate::ui::state::{Action, Saved};
use chrono::NaiveDate;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub drafts: Vec<Saved>,
    pub deleted: Option<String>,
    pub import_message: Option<String>,
    pub today: NaiveDate,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The file a draft is exported to.
pub fn export(saved: &Saved) {
    let entry = Entry { id: saved.id.clone(), name: saved.name.clone(), changed_at: saved.changed_at.clone(), draft: (*saved.draft).clone() };
    let slug = saved.draft.service.map(|s| s.slug()).unwrap_or("draft");
    browser::download(&format!("knb-draft-{slug}-{}.json", saved.id), &export_entry(&entry));
}

/// Reads a chosen or dropped file and imports it, or says why not.
#[cfg(target_arch = "wasm32")]
pub fn import_file(file: web_sys::File, lang: Lang, dispatch: Callback<Action>) {
    use crate::store::{import_entry, LoadError};
    yew::platform::spawn_local(async move {
        let message = match browser::read_text(file).await {
            Err(()) => text(Msg::ImportUnreadable, lang).to_owned(),
            Ok((content, size)) => match import_entry(&content, size, "Imported draft", &browser::now_rfc3339()) {
                Ok(entry) => {
                    let name = entry.name.clone();
                    dispatch.emit(Action::Import(entry));
                    fill(text(Msg::Imported, lang), &[("name", &name)])
                }
                Err(LoadError::Damaged) => text(Msg::ImportDamaged, lang).to_owned(),
                Err(LoadError::NotADraft) => text(Msg::ImportNotADraft, lang).to_owned(),
                Err(LoadError::Newer { format }) => fill(text(Msg::ImportNewer, lang), &[("n", &format.to_string())]),
                Err(LoadError::TooLarge) => text(Msg::ImportTooLarge, lang).to_owned(),
            },
        };
        dispatch.emit(Action::ImportMessage(Some(message)));
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn import_file(_file: web_sys::File, _lang: Lang, _dispatch: Callback<Action>) {}

#[derive(Properties, PartialEq)]
struct RowProps {
    saved: Saved,
    today: NaiveDate,
    lang: Lang,
    dispatch: Callback<Action>,
}

#[function_component(DraftRow)]
fn draft_row(props: &RowProps) -> Html {
    let RowProps { saved, today, lang, dispatch } = props;
    let lang = *lang;
    let renaming = use_state(|| false);
    let Some(id) = saved.draft.service else { return html! {} };
    let verdict = check(&saved.draft, *today);
    let applicant = saved.draft.answer("applicant-name").filter(|n| !n.trim().is_empty()).map(str::to_owned).unwrap_or_else(|| {
        text(if saved.draft.kind == ApplicantKind::LegalEntity { Msg::ForLegalEntity } else { Msg::ForIndividual }, lang).to_owned()
    });
    let act = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    };
    let open = {
        let dispatch = dispatch.clone();
        let draft_id = saved.id.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::OpenDraft(draft_id.clone()));
            dispatch.emit(Action::Go(Route::Setup(id)));
        })
    };
    let export_click = {
        let saved = saved.clone();
        Callback::from(move |_: MouseEvent| export(&saved))
    };
    let name_input = use_node_ref();
    let rename_form = (*renaming).then(|| {
        let input_id = format!("rename-{}", saved.id);
        let save = {
            let dispatch = dispatch.clone();
            let renaming = renaming.clone();
            let name_input = name_input.clone();
            let draft_id = saved.id.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                if let Some(input) = name_input.cast::<HtmlInputElement>() {
                    let name = input.value().trim().to_owned();
                    if !name.is_empty() {
                        dispatch.emit(Action::RenameDraft { id: draft_id.clone(), name });
                    }
                }
                renaming.set(false);
            })
        };
        html! {
            <form class="rename" onsubmit={save}>
                <label for={input_id.clone()}>{ fill(text(Msg::NewName, lang), &[("name", &saved.name)]) }</label>
                <input id={input_id} type="text" value={saved.name.clone()} ref={name_input.clone()} />
                <button type="submit" class="button secondary">{ text(Msg::SaveName, lang) }</button>
            </form>
        }
    });
    let start_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_: MouseEvent| renaming.set(true))
    };
    let changed = saved.changed_at.get(..16).unwrap_or(&saved.changed_at).replace('T', " ");
    html! {
        <tr>
            <th scope="row">{ &saved.name }{ for rename_form }</th>
            <td>{ crate::ui::format::tr(service(id).short_name, lang) }</td>
            <td>{ applicant }</td>
            <td>{ changed }{ " UTC" }</td>
            <td>{ if verdict.ready() { text(Msg::StatusReady, lang).to_owned() } else { fill(text(Msg::StatusNotReady, lang), &[("n", &verdict.findings.len().to_string())]) } }</td>
            <td class="row-actions">
                <button type="button" onclick={open} aria-label={format!("{}: {}", text(Msg::OpenDraft, lang), saved.name)}>{ text(Msg::OpenDraft, lang) }</button>
                <button type="button" onclick={start_rename} aria-label={format!("{}: {}", text(Msg::RenameDraft, lang), saved.name)}>{ text(Msg::RenameDraft, lang) }</button>
                <button type="button" onclick={act(Action::DuplicateDraft(saved.id.clone()))} aria-label={format!("{}: {}", text(Msg::DuplicateDraft, lang), saved.name)}>{ text(Msg::DuplicateDraft, lang) }</button>
                <button type="button" onclick={export_click} aria-label={format!("{}: {}", text(Msg::ExportDraft, lang), saved.name)}>{ text(Msg::ExportDraft, lang) }</button>
                <button type="button" onclick={act(Action::DeleteDraft(saved.id.clone()))} aria-label={format!("{}: {}", text(Msg::DeleteDraft, lang), saved.name)}>{ text(Msg::DeleteDraft, lang) }</button>
            </td>
        </tr>
    }
}

#[function_component(Drafts)]
pub fn drafts(props: &Props) -> Html {
    let Props { drafts, deleted, import_message, today, lang, dispatch } = props;
    let lang = *lang;
    let undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::UndoDelete))
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                import_file(file, lang, dispatch.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                import_file(file, lang, dispatch.clone());
            }
        })
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ text(Msg::DraftsHeading, lang) }</h1>
            <p>{ text(Msg::DraftsIntro, lang) }</p>
            if let Some(name) = deleted {
                <p class="notice" role="status">{ fill(text(Msg::DraftDeleted, lang), &[("name", name)]) }{ " " }<button type="button" class="button secondary" onclick={undo}>{ text(Msg::Undo, lang) }</button></p>
            }
            if drafts.is_empty() {
                <p>{ text(Msg::NoDrafts, lang) }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-label={text(Msg::DraftsHeading, lang)}>
                    <table class="drafts">
                        <thead>
                            <tr>
                                <th scope="col">{ text(Msg::DraftName, lang) }</th>
                                <th scope="col">{ text(Msg::DraftService, lang) }</th>
                                <th scope="col">{ text(Msg::DraftApplicant, lang) }</th>
                                <th scope="col">{ text(Msg::DraftChanged, lang) }</th>
                                <th scope="col">{ text(Msg::DraftStatus, lang) }</th>
                                <th scope="col">{ text(Msg::DraftActions, lang) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for drafts.iter().map(|s| html! { <DraftRow key={s.id.clone()} saved={s.clone()} today={*today} {lang} dispatch={dispatch.clone()} /> }) }
                        </tbody>
                    </table>
                </div>
            }
            <section aria-labelledby="import-heading">
                <h2 id="import-heading">{ text(Msg::ImportHeading, lang) }</h2>
                <div class="drop-zone" ondrop={on_drop} ondragover={Callback::from(|e: DragEvent| e.prevent_default())}>
                    <label for="import-file">{ text(Msg::ImportLabel, lang) }</label>
                    <input id="import-file" type="file" accept=".json,application/json" onchange={on_file} />
                    <span class="drop-hint" aria-hidden="true">{ text(Msg::DropHere, lang) }</span>
                </div>
                <p class="status" role="status" id="import-status">{ import_message.clone().unwrap_or_default() }</p>
            </section>
        </>
    }
}
