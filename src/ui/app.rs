use super::apply::Apply;
use super::browser;
use super::route::Route;
use super::screens::{finder::Finder, not_found::NotFound, overview::Overview};
use super::state::{Action, AppState};
use crate::domain::catalogue::{service, CONTACT_CENTRE_PHONE};
use crate::messages::{fill, text, Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The screen to open at; by default the one in the address bar.
    #[prop_or_default]
    pub route: Option<Route>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.route;
    let state = use_reducer(move || {
        let mut s = AppState::new(browser::today_astana());
        s.route = initial.unwrap_or_else(|| Route::parse(&browser::current_hash()));
        s
    });
    let lang = Lang::En;
    // One stable callback, so memoised children (table rows) are not repainted for nothing.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a, _| dispatcher.dispatch(a))
    };

    #[cfg(target_arch = "wasm32")]
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_hash_change(move |hash| dispatch.emit(Action::Navigate(Route::parse(&hash))));
            move || drop(listener)
        });
    }

    // Move focus to the new screen's heading, but not on the first load.
    let first_render = use_mut_ref(|| true);
    use_effect_with(state.route, move |_| {
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            browser::focus("page-heading");
        }
    });

    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus("main");
    });

    let screen = match state.route {
        Route::Home => html! { <Finder search={state.search.clone()} {lang} dispatch={dispatch.clone()} /> },
        Route::Service(id) => html! { <Overview service={service(id)} {lang} /> },
        Route::Setup(_) | Route::Form(..) | Route::Documents(_) | Route::Review(_) => html! { <Apply state={state.clone()} {lang} dispatch={dispatch.clone()} /> },
        Route::NotFound => html! { <NotFound {lang} /> },
    };

    html! {
        <div class="knb-app">
            <a class="skip-link" href="#main" onclick={skip}>{ text(Msg::SkipToContent, lang) }</a>
            <header class="app-header">
                <p class="app-title"><a href={Route::Home.href()}>{ text(Msg::AppTitle, lang) }</a></p>
            </header>
            <main id="main" tabindex="-1">{ screen }</main>
            <footer class="app-footer">
                <p>{ fill(text(Msg::ContactCentre, lang), &[("phone", CONTACT_CENTRE_PHONE)]) }</p>
                <p>{ text(Msg::Disclaimer, lang) }</p>
            </footer>
        </div>
    }
}
