//! The first screen: plain questions that lead to a service, and a search over all eight.
use crate::domain::catalogue::service;
use crate::domain::finder::{search, QUESTIONS};
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::route::Route;
use crate::ui::service_card::ServiceCard;
use crate::ui::state::Action;
use web_sys::HtmlInputElement;
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub search: String,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[function_component(Finder)]
pub fn finder(props: &Props) -> Html {
    let lang = props.lang;
    let questions = QUESTIONS.iter().map(|q| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_| {
            dispatch.emit(Action::Preset { service: q.service, action: q.action, variant: q.variant.map(str::to_owned) });
            dispatch.emit(Action::Go(Route::Service(q.service)));
        });
        html! {
            <li><button type="button" class="question" {onclick}>{ tr(q.text, lang) }</button></li>
        }
    });
    let oninput = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let query = e.target_unchecked_into::<HtmlInputElement>().value();
            // A test build can be made to fail on purpose, to check the recovery screen.
            #[cfg(feature = "test-panic")]
            assert_ne!(query, "__panic__", "deliberate panic (test-panic build)");
            dispatch.emit(Action::SetSearch(query))
        })
    };
    let found = search(&props.search);
    let status = if props.search.trim().is_empty() {
        String::new()
    } else if found.is_empty() {
        text(Msg::SearchNoResults, lang).to_owned()
    } else {
        fill(text(Msg::SearchResults, lang), &[("n", &found.len().to_string())])
    };
    html! {
        <>
            <h1 id="page-heading" tabindex="-1">{ text(Msg::FinderHeading, lang) }</h1>
            <p class="lead">{ text(Msg::AppIntro, lang) }</p>
            <p>{ text(Msg::FinderIntro, lang) }</p>
            <ul class="questions">{ for questions }</ul>
            <section aria-labelledby="services-heading">
                <h2 id="services-heading">{ text(Msg::ServicesHeading, lang) }</h2>
                <div class="search">
                    <label for="service-search">{ text(Msg::SearchLabel, lang) }</label>
                    <input id="service-search" type="search" value={props.search.clone()} {oninput} aria-describedby="search-status" />
                    <p id="search-status" role="status" class="status">{ status }</p>
                </div>
                <ol class="service-list">
                    { for found.iter().map(|id| html! { <ServiceCard key={id.slug()} service={service(*id)} {lang} /> }) }
                </ol>
            </section>
        </>
    }
}
