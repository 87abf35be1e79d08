use super::format;
use super::route::Route;
use crate::domain::catalogue::{Action, Fee, Service};
use crate::messages::{text, Lang, Msg};
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub service: &'static Service,
    pub lang: Lang,
}

/// Terms and fees of one service, by action, each with its clause.
#[function_component(TermsTable)]
pub fn terms_table(props: &Props) -> Html {
    let Props { service, lang } = *props;
    let rows = service.actions.iter().map(|a| {
        let fee_cite = match a.fee {
            Fee::Free { cite } | Fee::Mci { cite, .. } => cite,
        };
        let label = match a.action {
            Action::Issue => text(Msg::OnIssue, lang),
            Action::Reissue => text(Msg::OnReissue, lang),
        };
        html! {
            <tr>
                <th scope="row">{ label }</th>
                <td>{ format::working_days(a.term.working_days, lang) }<span class="cite">{ crate::ui::format::citation(a.term.cite, lang) }</span></td>
                <td>{ format::fee(a.fee, lang) }<span class="cite">{ crate::ui::format::citation(fee_cite, lang) }</span></td>
            </tr>
        }
    });
    html! {
        <table class="terms">
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">{ text(Msg::Term, lang) }</th>
                    <th scope="col">{ text(Msg::Fee, lang) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

#[function_component(ServiceCard)]
pub fn service_card(props: &Props) -> Html {
    let Props { service, lang } = *props;
    let heading_id = format!("service-{}", service.id.slug());
    html! {
        <li class="service-card" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                <span class="service-number" aria-hidden="true">{ service.id.rules_number() }</span>
                <a href={Route::Service(service.id).href()}>{ tr(service.name, lang) }</a>
            </h3>
            <TermsTable {service} {lang} />
        </li>
    }
}

impl PartialEq for &'static Service {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
