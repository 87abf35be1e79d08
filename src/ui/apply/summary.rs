//! The fee and the dates, visible on every step: fee in MCI and tenge for the payment date,
//! registration and decision dates for a submission time, the stages, pauses and hearing.
use std::rc::Rc;
use crate::domain::astana_time::{astana_local, from_astana_local};
use crate::domain::catalogue::{service, Fee};
use crate::domain::draft::Draft;
use crate::domain::estimate::{estimate_for, Output, EXPLANATION};
use crate::messages::{fill, text, Lang, Msg};
use crate::ui::format;
use crate::ui::screens::overview::length;
use crate::ui::state::Action;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use web_sys::HtmlInputElement;
use crate::ui::format::tr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: Rc<Draft>,
    pub now: DateTime<Utc>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

fn fee_line(out: &Output, lang: Lang) -> String {
    let f = &out.fee;
    match (f.free, f.tenge, f.mci_value) {
        (true, _, _) => text(Msg::FreeOfCharge, lang).to_owned(),
        (false, Some(tenge), Some(value)) => fill(
            text(Msg::FeeInTenge, lang),
            &[("mci", &f.mci), ("tenge", &format::tenge(tenge)), ("year", &f.year.to_string()), ("value", &format::tenge(u64::from(value)))],
        ),
        _ => format!("{}. {}", fill(text(Msg::Mci, lang), &[("n", &f.mci)]), fill(text(Msg::RiskMciUnknown, lang), &[("year", &f.year.to_string())])),
    }
}

#[function_component(Summary)]
pub fn summary(props: &Props) -> Html {
    let Props { draft, now, lang, dispatch } = props;
    let lang = *lang;
    let Some(id) = draft.service else { return html! {} };
    let svc = service(id);
    let Some(spec) = svc.action(draft.action).or_else(|| svc.actions.first()) else { return html! {} };
    let submitted = draft.submit_at.as_deref().and_then(|s| DateTime::parse_from_rfc3339(s).ok()).map(|d| d.with_timezone(&Utc)).unwrap_or(*now);
    let paid_on = draft.paid_on.as_deref().and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let out = estimate_for(svc, spec, submitted, paid_on, &[]);
    let on_paid = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| dispatch.emit(Action::SetPaidOn { service: id, date: Some(e.target_unchecked_into::<HtmlInputElement>().value()) }))
    };
    let on_submit_at = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let instant = NaiveDateTime::parse_from_str(&value, "%Y-%m-%dT%H:%M").ok().map(|local| from_astana_local(local).to_rfc3339());
            dispatch.emit(Action::SetSubmitAt { service: id, instant });
        })
    };
    let date = |d: NaiveDate| format::date(d, lang);
    html! {
        <aside class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ text(Msg::SummaryHeading, lang) }</h2>
            <p class="fee"><strong>{ text(Msg::Fee, lang) }{ ": " }</strong>{ fee_line(&out, lang) }<span class="cite">{ format::citation(match spec.fee { Fee::Free { cite } | Fee::Mci { cite, .. } => cite }, lang) }</span></p>
            if !out.fee.free {
                <div class="field">
                    <label for="paid-on">{ text(Msg::PaymentDate, lang) }</label>
                    <input id="paid-on" type="date" value={draft.paid_on.clone().unwrap_or_default()} onchange={on_paid} />
                </div>
            }
            <div class="field">
                <label for="submit-at">{ text(Msg::SubmissionTime, lang) }</label>
                <input id="submit-at" type="datetime-local" value={astana_local(submitted).format("%Y-%m-%dT%H:%M").to_string()} onchange={on_submit_at} />
            </div>
            <dl class="dates">
                <dt>{ text(Msg::RegisteredOn, lang) }</dt>
                <dd>{ date(out.registered_on) }</dd>
                <dt>{ text(Msg::DecisionBy, lang) }</dt>
                <dd><strong>{ date(out.decision_due) }</strong>{ format!(" ({})", format::working_days(out.working_days, lang)) }</dd>
                if let Some(worst) = out.decision_due_worst_case {
                    <dt>{ text(Msg::DecisionWorstCase, lang) }</dt>
                    <dd>{ date(worst) }</dd>
                }
                if out.hearing.decision_due_with_hearing != out.decision_due {
                    <dt>{ text(Msg::WithHearing, lang) }</dt>
                    <dd>{ date(out.hearing.decision_due_with_hearing) }</dd>
                }
            </dl>
            <ol class="timeline">
                { for out.stages.iter().zip(spec.term.stages).map(|(s, stage)| html! {
                    <li>
                        <span class="when">{ date(s.due) }{ s.due_worst_case.filter(|w| *w != s.due).map(|w| format!(" – {}", date(w))) }</span>
                        { " " }{ tr(s.name, lang) }<span class="cite">{ format::citation(stage.cite, lang) }</span>
                    </li>
                }) }
            </ol>
            { for out.pauses.iter().map(|p| html! {
                <p class="pause">{ fill(text(Msg::PauseLine, lang), &[("name", tr(p.name, lang)), ("from", &date(p.from)), ("to", &date(p.to))]) }{ format!(" [{}]", length(p.length, lang)) }</p>
            }) }
            <p class="hearing">{ fill(text(Msg::HearingWindow, lang), &[("notice", &date(out.hearing.notice_by)), ("held", &date(out.hearing.held_by))]) }<span class="cite">{ format::citation(spec.term.hearing.cite, lang) }</span></p>
            { for out.provisional_years.iter().map(|p| html! { <p class="provisional" role="note">{ fill(text(Msg::ProvisionalYear, lang), &[("reason", tr(p.reason, lang))]) }</p> }) }
            <details>
                <summary>{ text(Msg::HowCounted, lang) }</summary>
                <p>{ tr(EXPLANATION, lang) }</p>
            </details>
        </aside>
    }
}
