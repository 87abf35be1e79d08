//! The estimate API for portals: JSON in, JSON out, never a panic (README "Estimate API").
use super::astana_time::{astana_local, registration_date};
use super::calendar::{Calendar, ProvisionalYear};
use super::catalogue::{service_by_slug, Action, ActionSpec, Fee, Service};
use super::citation::Citation;
use super::fees::{fee_in_tenge, mci_text};
use super::schedule::{schedule, KnownPause, Timeline};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Input {
    service: String,
    #[serde(default = "issue")]
    action: String,
    submitted_at: String,
    #[serde(default)]
    paid_on: Option<String>,
    #[serde(default)]
    pauses: Vec<PauseInput>,
}

fn issue() -> String {
    "issue".into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PauseInput {
    id: String,
    from: String,
    to: String,
}

#[derive(Serialize, Debug, PartialEq)]
pub struct FeeOut {
    pub mci: String,
    pub tenge: Option<u64>,
    pub mci_value: Option<u32>,
    pub year: i32,
    pub free: bool,
    /// Why `tenge` is missing, e.g. the MCI of that year is not yet published.
    pub note: Option<String>,
    pub citation: String,
}

#[derive(Serialize, Debug, PartialEq)]
pub struct Output {
    pub service: &'static str,
    pub action: Action,
    /// The submission as Astana wall-clock time.
    pub submitted_astana: String,
    pub registered_on: NaiveDate,
    pub decision_due: NaiveDate,
    /// With every pause the provider may still start used in full; `null` when none can occur.
    pub decision_due_worst_case: Option<NaiveDate>,
    pub working_days: u32,
    pub stages: Vec<StageOut>,
    pub pauses: Vec<PauseOut>,
    pub hearing: HearingOut,
    pub fee: FeeOut,
    pub provisional: bool,
    pub provisional_years: Vec<ProvisionalYear>,
    pub explanation: String,
    pub citations: Vec<String>,
}

#[derive(Serialize, Debug, PartialEq)]
pub struct StageOut {
    pub id: &'static str,
    pub name: &'static str,
    pub due: NaiveDate,
    pub due_worst_case: Option<NaiveDate>,
    pub citation: String,
}

#[derive(Serialize, Debug, PartialEq)]
pub struct PauseOut {
    pub id: &'static str,
    pub name: &'static str,
    pub length: super::catalogue::Length,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub known: bool,
    pub citation: String,
}

#[derive(Serialize, Debug, PartialEq)]
pub struct HearingOut {
    pub notice_by: NaiveDate,
    pub held_by: NaiveDate,
    pub decision_due_with_hearing: NaiveDate,
    pub citation: String,
}

#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct ApiError {
    pub code: &'static str,
    pub message: String,
}

fn err(code: &'static str, message: impl Into<String>) -> ApiError {
    ApiError { code, message: message.into() }
}

fn parse_date(field: &str, s: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| err("invalid_date", format!("{field} must be a date as YYYY-MM-DD, got {s:?}")))
}

/// The one-sentence account of how the dates were counted, shown beside them.
pub const EXPLANATION: &str = "Sent on a working day before 19:00 Astana time, an application is registered that day, otherwise on the next working day; the term counts working days from the day after registration, skipping weekends, holidays and any pause not included in the term.";

/// Computes the estimate for a JSON request.
pub fn estimate_value(json: &str) -> Result<Output, ApiError> {
    let input: Input = serde_json::from_str(json).map_err(|e| err("invalid_json", format!("the request is not valid: {e}")))?;
    let service = service_by_slug(input.service.trim()).ok_or_else(|| err("unknown_service", format!("no service with id {:?}", input.service)))?;
    let action = match input.action.trim() {
        "issue" => Action::Issue,
        "reissue" => Action::Reissue,
        other => return Err(err("unknown_action", format!("action must be \"issue\" or \"reissue\", got {other:?}"))),
    };
    let spec = service.action(action).ok_or_else(|| err("unknown_action", format!("{} has no {:?} action", service.id.slug(), input.action)))?;
    let submitted: DateTime<Utc> = DateTime::parse_from_rfc3339(input.submitted_at.trim())
        .map_err(|_| err("invalid_submitted_at", format!("submitted_at must be an RFC 3339 instant with an offset, got {:?}", input.submitted_at)))?
        .with_timezone(&Utc);
    let mut known = Vec::with_capacity(input.pauses.len());
    for p in &input.pauses {
        if !spec.term.pauses.iter().any(|tp| tp.id == p.id) {
            let ids: Vec<&str> = spec.term.pauses.iter().map(|tp| tp.id).collect();
            return Err(err("unknown_pause", format!("{:?} is not a pause of this service; its pauses are {ids:?}", p.id)));
        }
        let (from, to) = (parse_date("pauses.from", &p.from)?, parse_date("pauses.to", &p.to)?);
        if to < from {
            return Err(err("invalid_pause", format!("pause {:?} ends before it starts", p.id)));
        }
        known.push(KnownPause { id: p.id.clone(), from, to });
    }

    let paid_on = input.paid_on.as_deref().map(|s| parse_date("paid_on", s)).transpose()?;
    Ok(estimate_for(service, spec, submitted, paid_on, &known))
}

/// The typed estimate: registration and decision dates, stages, pauses, hearing and fee.
/// `paid_on` defaults to the submission's Astana date.
pub fn estimate_for(service: &'static Service, spec: &'static ActionSpec, submitted: DateTime<Utc>, paid_on: Option<NaiveDate>, known: &[KnownPause]) -> Output {
    let mut cal = Calendar::new();
    let registered_on = registration_date(submitted, &mut cal);
    let paid_on = paid_on.unwrap_or_else(|| astana_local(submitted).date());
    let plan = schedule(&mut cal, &spec.term, registered_on, known);
    let fee = fee_out(spec.fee, paid_on);

    let shown: &Timeline = plan.worst.as_ref().unwrap_or(&plan.best);
    let stages = plan
        .best
        .stages
        .iter()
        .map(|s| StageOut {
            id: s.id,
            name: s.name,
            due: s.due,
            due_worst_case: plan.worst.as_ref().and_then(|w| w.stages.iter().find(|x| x.id == s.id)).map(|x| x.due),
            citation: s.citation.to_string(),
        })
        .collect();
    let pauses = shown
        .pauses
        .iter()
        .map(|p| PauseOut { id: p.id, name: p.name, length: p.length, from: p.from, to: p.to, known: p.known, citation: p.citation.to_string() })
        .collect();
    let mut citations: Vec<Citation> = vec![spec.term.cite, service.result_cite];
    citations.extend(spec.term.stages.iter().map(|s| s.cite));
    citations.extend(spec.term.pauses.iter().map(|p| p.cite));
    citations.push(spec.term.hearing.cite);
    citations.push(match spec.fee {
        Fee::Free { cite } | Fee::Mci { cite, .. } => cite,
    });
    let mut citations: Vec<String> = citations.iter().map(ToString::to_string).collect();
    citations.dedup();

    Output {
        service: service.id.slug(),
        action: spec.action,
        submitted_astana: astana_local(submitted).format("%Y-%m-%d %H:%M").to_string(),
        registered_on,
        decision_due: plan.best.decision_due,
        decision_due_worst_case: plan.worst.as_ref().map(|w| w.decision_due),
        working_days: spec.term.working_days,
        stages,
        pauses,
        hearing: HearingOut {
            notice_by: plan.best.hearing.notice_by,
            held_by: plan.best.hearing.held_by,
            decision_due_with_hearing: plan.best.hearing.decision_due_with_hearing,
            citation: plan.best.hearing.citation.to_string(),
        },
        fee,
        provisional: !plan.provisional_years.is_empty(),
        provisional_years: plan.provisional_years,
        explanation: EXPLANATION.to_owned(),
        citations,
    }
}

fn fee_out(fee: Fee, paid_on: NaiveDate) -> FeeOut {
    use chrono::Datelike;
    match fee {
        Fee::Free { cite } => FeeOut { mci: "0".into(), tenge: Some(0), mci_value: None, year: paid_on.year(), free: true, note: None, citation: cite.to_string() },
        Fee::Mci { tenths, cite } => match fee_in_tenge(tenths, paid_on) {
            Ok(f) => FeeOut { mci: f.mci, tenge: Some(f.tenge), mci_value: Some(f.mci_value), year: f.year, free: false, note: None, citation: cite.to_string() },
            Err(e) => FeeOut { mci: mci_text(tenths), tenge: None, mci_value: None, year: paid_on.year(), free: false, note: Some(e.to_string()), citation: cite.to_string() },
        },
    }
}

/// JSON in, JSON out: the result, or `{"error": {"code", "message"}}`.
pub fn estimate(json: &str) -> String {
    #[derive(Serialize)]
    struct ErrorBody {
        error: ApiError,
    }
    let body = match estimate_value(json) {
        Ok(out) => serde_json::to_string(&out),
        Err(error) => serde_json::to_string(&ErrorBody { error }),
    };
    body.unwrap_or_else(|_| r#"{"error":{"code":"internal","message":"the result could not be written"}}"#.to_owned())
}

#[cfg(test)]
mod tests;
