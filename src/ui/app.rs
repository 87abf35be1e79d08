use super::apply::Apply;
use super::browser;
use super::route::Route;
use super::screens::{card::Card, drafts::Drafts, finder::Finder, not_found::NotFound, overview::Overview};
use super::state::{Action, AppState, Mode, StorageProblem};
use super::storage;
use crate::domain::catalogue::{service, CONTACT_CENTRE_PHONE};
use crate::messages::{fill, text, Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The screen to open at; by default the one in the address bar.
    #[prop_or_default]
    pub route: Option<Route>,
    /// The local-storage key the drafts are kept under.
    #[prop_or(AttrValue::Static(storage::DEFAULT_KEY))]
    pub storage_key: AttrValue,
    /// Drafts to start with instead of the stored ones (render tests, previews).
    #[prop_or_default]
    pub library: Option<std::rc::Rc<crate::store::Library>>,
    /// Embedded in a host page: routes are kept in memory (the host's address bar is never
    /// touched) and events are sent to `host`.
    #[prop_or_default]
    pub embedded: bool,
    /// The element that receives the `knb-change` and `knb-ready` events.
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
    #[prop_or_default]
    pub mode: Mode,
    /// The interface language to start in (the embedding option `lang`); by default the one
    /// chosen last time, else English.
    #[prop_or_default]
    pub lang: Option<Lang>,
}

impl Default for AppProps {
    fn default() -> Self {
        Self { route: None, storage_key: AttrValue::Static(storage::DEFAULT_KEY), library: None, embedded: false, host: None, mode: Mode::Applicant, lang: None }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.route;
    let key = props.storage_key.clone();
    let given = props.library.clone();
    let (embedded, initial_mode, initial_lang) = (props.embedded, props.mode, props.lang);
    let state = use_reducer({
        let key = key.clone();
        move || {
            let mut s = AppState::new(browser::today_astana());
            s.mode = initial_mode;
            s.lang = initial_lang.or_else(|| storage::load_lang(&key)).unwrap_or_default();
            s.route = initial.unwrap_or_else(|| if embedded { Route::Home } else { Route::parse(&browser::current_hash()) });
            // New drafts get ids that cannot meet those of earlier sessions.
            s.id_prefix = format!("d{}", browser::now_utc().timestamp_millis());
            s.now = browser::now_rfc3339();
            if let Some(library) = given {
                return s.with_library((*library).clone());
            }
            match storage::load(&key) {
                Ok(Some(library)) => s.with_library(library),
                Ok(None) => s,
                Err(problem) => AppState { storage_problem: Some(problem), ..s },
            }
        }
    });
    let lang = state.lang;
    // One stable callback, so memoised children (table rows) are not repainted for nothing.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        use_callback(embedded, move |a, embedded| {
            dispatcher.dispatch(Action::Clock(browser::now_rfc3339()));
            match a {
                Action::Go(route) if !*embedded => browser::set_hash(route),
                a => dispatcher.dispatch(a),
            }
        })
    };

    // Autosave: every change of the drafts is written at once; a failure is shown, and the
    // drafts stay in memory.
    {
        let state = state.clone();
        let dispatch = dispatch.clone();
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                let problem = storage::save(&key, &state.library()).err();
                if problem != state.storage_problem && !(problem.is_none() && state.storage_problem == Some(StorageProblem::Corrupted)) {
                    dispatch.emit(Action::Storage(problem));
                }
            }
        });
    }

    #[cfg(target_arch = "wasm32")]
    {
        let dispatch = dispatch.clone();
        use_effect_with(embedded, move |embedded| {
            let listener = (!*embedded).then(|| browser::on_hash_change(move |hash| dispatch.emit(Action::Navigate(Route::parse(&hash)))));
            move || drop(listener)
        });
    }

    // Move focus to the new screen's heading, but not on the first load.
    let root = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        let root = root.clone();
        use_effect_with(state.route, move |_| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                browser::focus(root.get(), "page-heading");
            }
        });
    }

    // The host page hears of every change, and of the moment the open draft becomes ready.
    {
        let host = props.host.clone();
        let state = state.clone();
        let was_ready = use_mut_ref(|| false);
        use_effect_with(state.revision, move |_| {
            if let (Some(host), Some(id)) = (host, state.route.service()) {
                if let Some(saved) = state.open_entry(id) {
                    let json = serde_json::to_string(&*saved.draft).unwrap_or_default();
                    browser::emit(&host, "knb-change", &json);
                    let ready = crate::domain::completeness::check(&saved.draft, state.today).ready();
                    if ready && !std::mem::replace(&mut *was_ready.borrow_mut(), ready) {
                        browser::emit(&host, "knb-ready", &json);
                    }
                    *was_ready.borrow_mut() = ready;
                }
            }
        });
    }

    // The chosen language is kept for next time and set on the page (standalone) or the app.
    {
        let key = props.storage_key.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(lang, move |lang| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                storage::save_lang(&key, *lang);
            }
            if !embedded {
                browser::set_document_lang(lang.code());
            }
        });
    }
    let on_language = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Some(lang) = Lang::from_code(&code) {
                dispatch.emit(Action::SetLang(lang));
            }
        })
    };

    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus(browser::event_node(&e), "main");
    });
    // Embedded, an in-app link changes the screen in memory, not the host's address.
    let intercept_links = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if !embedded {
                return;
            }
            if let Some(href) = browser::link_href(&e) {
                if href.starts_with("#/") {
                    e.prevent_default();
                    dispatch.emit(Action::Navigate(Route::parse(&href)));
                }
            }
        })
    };

    let screen = match state.route {
        Route::Home => html! { <Finder search={state.search.clone()} {lang} dispatch={dispatch.clone()} /> },
        Route::Service(id) => html! { <Overview service={service(id)} {lang} /> },
        Route::Card(id) => html! { <Card service={service(id)} {lang} /> },
        Route::Drafts => html! {
            <Drafts drafts={state.drafts.clone()} deleted={state.deleted.as_ref().map(|(_, s)| s.name.clone())}
                import_message={state.import_message.clone()} today={state.today} {lang} dispatch={dispatch.clone()} />
        },
        Route::Setup(_) | Route::Form(..) | Route::Documents(_) | Route::Review(_) | Route::Print(_) | Route::ReadBack(_) => html! { <Apply state={state.clone()} {lang} dispatch={dispatch.clone()} /> },
        Route::NotFound => html! { <NotFound {lang} /> },
    };
    let storage_banner = state.storage_problem.as_ref().map(|p| {
        let message = match p {
            StorageProblem::Unavailable => Msg::StorageUnavailable,
            StorageProblem::Full => Msg::StorageFull,
            StorageProblem::Corrupted => Msg::StorageCorrupted,
        };
        html! {
            <div class="storage-problem" role="alert">
                <p>{ text(message, lang) }{ " " }<a href={Route::Drafts.href()}>{ text(Msg::DraftsHeading, lang) }</a></p>
            </div>
        }
    });
    let helpdesk = state.mode == Mode::Helpdesk;
    let toggle_mode = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| dispatch.emit(Action::SetMode(if helpdesk { Mode::Applicant } else { Mode::Helpdesk })))
    };
    let card_link = (helpdesk).then(|| state.route.service()).flatten().map(|id| {
        html! { <li><a href={Route::Card(id).href()}>{ text(Msg::ReferenceCard, lang) }</a></li> }
    });

    html! {
        <div class="knb-app" lang={lang.code()} ref={root} onclick={intercept_links} role={embedded.then_some("region")} aria-label={embedded.then(|| text(Msg::AppTitle, lang))}>
            if !embedded {
                <a class="skip-link" href="#main" onclick={skip}>{ text(Msg::SkipToContent, lang) }</a>
            }
            // A host page has its own landmarks; embedded, the app is one region within it.
            <@{landmark(embedded, "header")} class="app-header">
                <p class="app-title"><a href={Route::Home.href()}>{ text(Msg::AppTitle, lang) }</a></p>
                <nav class="app-nav" aria-label={text(Msg::AppTitle, lang)}>
                    <ul>
                        <li><a href={Route::Home.href()}>{ text(Msg::NavServices, lang) }</a></li>
                        <li><a href={Route::Drafts.href()}>{ fill(text(Msg::NavDrafts, lang), &[("n", &state.drafts.len().to_string())]) }</a></li>
                        { for card_link }
                    </ul>
                    <div class="language">
                        <label for="language">{ text(Msg::Language, lang) }</label>
                        <select id="language" onchange={on_language}>
                            { for Lang::AVAILABLE.iter().map(|l| html! { <option value={l.code()} lang={l.code()} selected={*l == lang}>{ l.own_name() }</option> }) }
                        </select>
                    </div>
                    <div class="choice mode-toggle">
                        <input type="checkbox" id="helpdesk-mode" checked={helpdesk} onchange={toggle_mode} />
                        <label for="helpdesk-mode">{ text(Msg::HelpdeskMode, lang) }</label>
                    </div>
                </nav>
            </@>
            { for storage_banner }
            <@{landmark(embedded, "main")} id="main" tabindex="-1">{ screen }</@>
            <@{landmark(embedded, "footer")} class="app-footer">
                <p>{ fill(text(Msg::ContactCentre, lang), &[("phone", CONTACT_CENTRE_PHONE)]) }</p>
                <p>{ text(Msg::Disclaimer, lang) }</p>
            </@>
        </div>
    }
}

/// The landmark element standalone, a plain `div` inside a host page.
fn landmark(embedded: bool, tag: &'static str) -> &'static str {
    if embedded {
        "div"
    } else {
        tag
    }
}
