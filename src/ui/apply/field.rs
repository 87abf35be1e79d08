//! One control for one field, chosen by its kind, with label, help, error and hint.
use crate::domain::forms::{Field, FieldKind};
use crate::domain::validators::EAEU_MEMBERS;
use crate::messages::{text, Lang, Msg};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub field: &'static Field,
    /// The element id; labels and the error summary point at it.
    pub id: AttrValue,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    pub hint: Option<AttrValue>,
    pub lang: Lang,
    pub on_change: Callback<String>,
    pub on_blur: Callback<()>,
}

fn input_type(kind: FieldKind) -> (&'static str, Option<&'static str>, Option<&'static str>) {
    // (type, inputmode, autocomplete)
    match kind {
        FieldKind::Email => ("email", None, Some("email")),
        FieldKind::Phone => ("tel", Some("tel"), Some("tel")),
        FieldKind::Iin | FieldKind::Bin | FieldKind::IinOrBin | FieldKind::Quantity | FieldKind::CommodityCode => ("text", Some("numeric"), Some("off")),
        FieldKind::Date | FieldKind::PastDate => ("date", None, None),
        _ => ("text", None, None),
    }
}

#[function_component(FieldControl)]
pub fn field_control(props: &Props) -> Html {
    let Props { field, id, value, error, hint, lang, on_change, on_blur } = props.clone();
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described: Vec<String> = [
        (!tr(field.help, lang).is_empty()).then(|| help_id.clone()),
        error.is_some().then(|| error_id.clone()),
        hint.is_some().then(|| hint_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = error.is_some().then_some("true");
    let optional = (!field.required && field.kind != FieldKind::Checkbox).then(|| html! { <span class="optional">{ " " }{ text(Msg::Optional, lang) }</span> });
    let blur = Callback::from(move |_: FocusEvent| on_blur.emit(()));

    let help = (!tr(field.help, lang).is_empty()).then(|| html! { <p id={help_id.clone()} class="help">{ tr(field.help, lang) }</p> });
    let error_html = error.clone().map(|e| html! { <p id={error_id.clone()} class="error-message"><span class="visually-hidden">{ text(Msg::ErrorPrefix, lang) }{ " " }</span>{ e }</p> });
    let hint_html = hint.clone().map(|h| html! { <p id={hint_id.clone()} class="hint" role="note">{ h }</p> });

    let control = match field.kind {
        FieldKind::LongText => {
            let on_change = on_change.clone();
            let oninput = Callback::from(move |e: InputEvent| on_change.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
            html! { <textarea id={id.clone()} rows="3" value={value.clone()} {oninput} onblur={blur.clone()} aria-describedby={described.clone()} aria-invalid={invalid} required={field.required} /> }
        }
        FieldKind::EaeuCountry => {
            let on_change = on_change.clone();
            let onchange = Callback::from(move |e: Event| on_change.emit(e.target_unchecked_into::<HtmlSelectElement>().value()));
            html! {
                <select id={id.clone()} {onchange} onblur={blur.clone()} aria-describedby={described.clone()} aria-invalid={invalid} required={field.required}>
                    <option value="" selected={value.is_empty()}>{ "—" }</option>
                    { for EAEU_MEMBERS.iter().map(|m| html! { <option value={*m} selected={value.as_str() == *m}>{ tr(m, lang) }</option> }) }
                </select>
            }
        }
        FieldKind::Choice(choices) | FieldKind::MultiChoice(choices) => {
            let multiple = matches!(field.kind, FieldKind::MultiChoice(_));
            let picked: Vec<String> = value.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
            return html! {
                <div class={classes!("field", error.is_some().then_some("has-error"))}>
                    <fieldset class="choices" aria-describedby={described.clone()}>
                        <legend>{ tr(field.label, lang) }{ optional }</legend>
                        { for help }
                        { for error_html }
                        { for choices.iter().map(|c| {
                            let input_id = format!("{id}-{}", c.id);
                            let checked = picked.iter().any(|p| p == c.id);
                            let on_change = on_change.clone();
                            let picked = picked.clone();
                            let onchange = Callback::from(move |_: Event| {
                                if multiple {
                                    let mut next: Vec<String> = picked.iter().filter(|p| p.as_str() != c.id).cloned().collect();
                                    if !checked {
                                        next.push(c.id.to_owned());
                                    }
                                    on_change.emit(next.join(","));
                                } else {
                                    on_change.emit(c.id.to_owned());
                                }
                            });
                            html! {
                                <div class="choice">
                                    <input type={if multiple { "checkbox" } else { "radio" }} id={input_id.clone()} name={id.to_string()} {checked} {onchange} onblur={blur.clone()} />
                                    <label for={input_id}>{ tr(c.label, lang) }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                </div>
            };
        }
        FieldKind::Checkbox => {
            let checked = value.as_str() == "true";
            let on_change = on_change.clone();
            let onchange = Callback::from(move |e: Event| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().checked().to_string()));
            return html! {
                <div class={classes!("field", "choice", error.is_some().then_some("has-error"))}>
                    { for error_html }
                    <input type="checkbox" id={id.clone()} {checked} {onchange} onblur={blur} aria-describedby={described} aria-invalid={invalid} />
                    <label for={id.clone()}>{ tr(field.label, lang) }</label>
                    { for help }
                </div>
            };
        }
        kind => {
            let (input_type, inputmode, autocomplete) = input_type(kind);
            let on_change = on_change.clone();
            let oninput = Callback::from(move |e: InputEvent| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
            html! {
                <input id={id.clone()} type={input_type} {inputmode} {autocomplete} value={value.clone()} {oninput} onblur={blur.clone()}
                    aria-describedby={described.clone()} aria-invalid={invalid} required={field.required} />
            }
        }
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>{ tr(field.label, lang) }{ optional }</label>
            { for help }
            { for error_html }
            { control }
            { for hint_html }
        </div>
    }
}
