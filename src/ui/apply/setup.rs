//! Who applies, for what, and which variant; a change that drops answers is previewed first.
use std::rc::Rc;
use crate::domain::catalogue::{service, Action as ServiceAction, ApplicantKind};
use crate::domain::draft::Draft;
use crate::domain::setup::impact;
use crate::messages::{text, Lang, Msg};
use crate::ui::state::{Action, SetupChange};
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Rc<Draft>,
    pub pending: Option<Draft>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

struct Choice {
    id: String,
    label: &'static str,
    checked: bool,
    change: SetupChange,
}

fn group(name: &str, legend: &str, multiple: bool, choices: Vec<Choice>, id: crate::domain::catalogue::ServiceId, dispatch: &Callback<Action>, lang: Lang) -> Html {
    let kind = if multiple { "checkbox" } else { "radio" };
    html! {
        <fieldset class="choices">
            <legend>{ legend }</legend>
            { for choices.into_iter().map(|c| {
                let input_id = format!("{name}-{}", c.id);
                let dispatch = dispatch.clone();
                let change = c.change.clone();
                let onchange = Callback::from(move |_: Event| dispatch.emit(Action::Setup(id, change.clone())));
                html! {
                    <div class="choice">
                        <input type={kind} id={input_id.clone()} name={name.to_owned()} checked={c.checked} {onchange} />
                        <label for={input_id}>{ tr(c.label, lang) }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

fn list(title: &str, items: &[&'static str], lang: Lang) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3>{ title }</h3>
            <ul>{ for items.iter().map(|i| html! { <li>{ tr(i, lang) }</li> }) }</ul>
        </>
    }
}

#[function_component(Setup)]
pub fn setup(props: &Props) -> Html {
    let Props { draft, pending, lang, dispatch } = props;
    let lang = *lang;
    let Some(id) = draft.service else { return html! {} };
    let svc = service(id);
    let kinds = vec![
        Choice { id: "legal-entity".into(), label: text(Msg::LegalEntity, lang), checked: draft.kind == ApplicantKind::LegalEntity, change: SetupChange::Kind(ApplicantKind::LegalEntity) },
        Choice { id: "individual".into(), label: text(Msg::Individual, lang), checked: draft.kind == ApplicantKind::Individual, change: SetupChange::Kind(ApplicantKind::Individual) },
    ];
    let actions = vec![
        Choice { id: "issue".into(), label: text(Msg::ActionIssue, lang), checked: draft.action == ServiceAction::Issue, change: SetupChange::Action(ServiceAction::Issue) },
        Choice { id: "reissue".into(), label: text(Msg::ActionReissue, lang), checked: draft.action == ServiceAction::Reissue, change: SetupChange::Action(ServiceAction::Reissue) },
    ];
    let preview = pending.as_ref().map(|after| {
        let i = impact(draft, after);
        let confirm = {
            let dispatch = dispatch.clone();
            Callback::from(move |_| dispatch.emit(Action::ConfirmSetup))
        };
        let cancel = {
            let dispatch = dispatch.clone();
            Callback::from(move |_| dispatch.emit(Action::CancelSetup))
        };
        html! {
            <section class="impact" role="region" aria-labelledby="impact-heading">
                <h2 id="impact-heading">{ text(Msg::ChangeImpactHeading, lang) }</h2>
                { list(text(Msg::NoLongerApply, lang), &i.not_applicable, lang) }
                { list(text(Msg::AttachmentsNoLongerApply, lang), &i.attachments_not_applicable, lang) }
                { list(text(Msg::CarriedOver, lang), &i.carried, lang) }
                { list(text(Msg::NewQuestions, lang), &i.new_questions, lang) }
                { list(text(Msg::NewDocuments, lang), &i.new_documents, lang) }
                <p>
                    <button type="button" class="button" onclick={confirm}>{ text(Msg::ApplyChange, lang) }</button>
                    { " " }
                    <button type="button" class="button secondary" onclick={cancel}>{ text(Msg::KeepCurrent, lang) }</button>
                </p>
            </section>
        }
    });
    let variants = svc.variants.map(|spec| {
        let choices = spec
            .options
            .iter()
            .map(|o| Choice {
                id: o.id.to_owned(),
                label: tr(o.label, lang),
                checked: draft.variants.iter().any(|v| v == o.id),
                change: if spec.multiple { SetupChange::ToggleVariant(o.id.to_owned()) } else { SetupChange::ChooseVariant(o.id.to_owned()) },
            })
            .collect();
        group("variant", tr(spec.question, lang), spec.multiple, choices, id, dispatch, lang)
    });
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ text(Msg::StepSetup, lang) }</h1>
            <p class="lead">{ tr(svc.name, lang) }</p>
            { for preview }
            { group("kind", text(Msg::ApplicantKindLegend, lang), false, kinds, id, dispatch, lang) }
            if svc.actions.len() > 1 {
                { group("action", text(Msg::ActionLegend, lang), false, actions, id, dispatch, lang) }
            }
            { variants }
        </>
    }
}
