use super::service_card::ServiceCard;
use crate::domain::catalogue::{CONTACT_CENTRE_PHONE, SERVICES};
use crate::messages::{fill, text, Lang, Msg};
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let lang = Lang::En;
    html! {
        <div class="knb-app">
            <header class="app-header">
                <h1>{ text(Msg::AppTitle, lang) }</h1>
                <p>{ text(Msg::AppIntro, lang) }</p>
            </header>
            <main>
                <section aria-labelledby="services-heading">
                    <h2 id="services-heading">{ text(Msg::ServicesHeading, lang) }</h2>
                    <ol class="service-list">
                        { for SERVICES.iter().map(|s| html! { <ServiceCard key={s.id.slug()} service={*s} {lang} /> }) }
                    </ol>
                </section>
            </main>
            <footer class="app-footer">
                <p>{ fill(text(Msg::ContactCentre, lang), &[("phone", CONTACT_CENTRE_PHONE)]) }</p>
                <p>{ text(Msg::Disclaimer, lang) }</p>
            </footer>
        </div>
    }
}
