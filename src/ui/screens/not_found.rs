use crate::messages::{text, Lang, Msg};
use crate::ui::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(NotFound)]
pub fn not_found(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ text(Msg::NotFoundHeading, lang) }</h1>
            <p>{ text(Msg::NotFoundText, lang) }</p>
            <p><a href={Route::Home.href()}>{ text(Msg::BackToServices, lang) }</a></p>
        </>
    }
}
