//! Dates of a term: registration, stages, pauses, hearing, decision (counting-rules.md §2–8).
use super::calendar::{Calendar, ProvisionalYear};
use super::catalogue::{Length, Pause, Term};
use super::citation::Citation;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// A pause whose dates the applicant knows (e.g. the provider asked for samples on a given day).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownPause {
    pub id: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StageDate {
    pub id: &'static str,
    pub name: &'static str,
    pub due: NaiveDate,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PauseSpan {
    pub id: &'static str,
    pub name: &'static str,
    pub length: Length,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// True when the applicant gave the dates; false for the worst case assumed here.
    pub known: bool,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HearingWindow {
    /// The latest day the provider may send the notice of a hearing.
    pub notice_by: NaiveDate,
    /// The latest day of the hearing if the notice comes on `notice_by`.
    pub held_by: NaiveDate,
    /// The decision date when a hearing is held (later only where the Rules extend the term).
    pub decision_due_with_hearing: NaiveDate,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub stages: Vec<StageDate>,
    pub pauses: Vec<PauseSpan>,
    pub decision_due: NaiveDate,
    pub hearing: HearingWindow,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub registered_on: NaiveDate,
    /// No pause beyond the ones the applicant gave.
    pub best: Timeline,
    /// Every pause the provider may still start, used in full; `None` when the term has none left.
    pub worst: Option<Timeline>,
    pub provisional_years: Vec<ProvisionalYear>,
}

/// Counts `n` working days after `from`, not counting days inside any pause.
fn working_days_after(cal: &mut Calendar, from: NaiveDate, n: u32, pauses: &[PauseSpan]) -> NaiveDate {
    let paused = |d: NaiveDate| pauses.iter().any(|p| p.from <= d && d <= p.to);
    let mut day = from;
    let mut left = n;
    while left > 0 {
        day = cal.next_working_day(day);
        if !paused(day) {
            left -= 1;
        }
    }
    day
}

/// The span of `pause` starting on `start`: calendar days end on a working day (Civil Code
/// art. 173); working days are counted as such.
fn span_from(cal: &mut Calendar, pause: &'static Pause, start: NaiveDate) -> PauseSpan {
    let to = match pause.length {
        Length::CalendarDays(n) => cal.on_or_next_working_day(start + Duration::days(i64::from(n.max(1)) - 1)),
        Length::WorkingDays(n) => cal.add_working_days(start - Duration::days(1), n.max(1)),
    };
    PauseSpan { id: pause.id, name: pause.name, length: pause.length, from: start, to, known: false, citation: pause.cite }
}

fn timeline(cal: &mut Calendar, term: &'static Term, registered_on: NaiveDate, known: &[KnownPause], assume_unknown: bool) -> Timeline {
    let mut pauses: Vec<PauseSpan> = Vec::new();
    for pause in term.pauses {
        if let Some(k) = known.iter().find(|k| k.id == pause.id) {
            pauses.push(PauseSpan { from: k.from.min(k.to), to: k.to.max(k.from), known: true, ..span_from(cal, pause, k.from) });
        } else if assume_unknown {
            // Worst case: the provider starts the pause on the last day of the stage it follows.
            let stage_end = term
                .stages
                .iter()
                .find(|s| s.id == pause.after_stage)
                .map(|s| working_days_after(cal, registered_on, s.by_working_day, &pauses))
                .unwrap_or(registered_on);
            let start = pauses.iter().map(|p| p.to).chain([stage_end]).max().unwrap_or(stage_end) + Duration::days(1);
            pauses.push(span_from(cal, pause, start));
        }
    }
    let stages: Vec<StageDate> = term
        .stages
        .iter()
        .map(|s| StageDate { id: s.id, name: s.name, due: working_days_after(cal, registered_on, s.by_working_day, &pauses), citation: s.cite })
        .collect();
    let decision_due = working_days_after(cal, registered_on, term.working_days, &pauses);
    let notice_by = cal.sub_working_days(decision_due, term.hearing.notice_before_end);
    let held_by = cal.add_working_days(notice_by, term.hearing.held_within);
    let decision_due_with_hearing = match term.hearing.extends_term_by {
        Some(extra) => working_days_after(cal, decision_due, extra, &pauses),
        None => decision_due,
    };
    Timeline {
        stages,
        pauses,
        decision_due,
        hearing: HearingWindow { notice_by, held_by, decision_due_with_hearing, citation: term.hearing.cite },
    }
}

/// The schedule of `term` for an application registered on `registered_on`.
pub fn schedule(cal: &mut Calendar, term: &'static Term, registered_on: NaiveDate, known: &[KnownPause]) -> Schedule {
    let best = timeline(cal, term, registered_on, known, false);
    let unknown_left = term.pauses.iter().any(|p| !known.iter().any(|k| k.id == p.id));
    let worst = unknown_left.then(|| timeline(cal, term, registered_on, known, true));
    let last = worst.as_ref().unwrap_or(&best).hearing.decision_due_with_hearing;
    Schedule { registered_on, provisional_years: Calendar::provisional_years(registered_on, last), best, worst }
}

/// The last day to apply for a reissue: 30 calendar days from the change, moved off a day off.
pub fn reissue_deadline(cal: &mut Calendar, changed_on: NaiveDate, window_calendar_days: u32) -> NaiveDate {
    cal.on_or_next_working_day(changed_on + Duration::days(i64::from(window_calendar_days)))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum WindowState {
    Open { days_left: i64 },
    /// Five calendar days or fewer remain.
    ClosingSoon { days_left: i64 },
    Passed { days_late: i64 },
}

pub fn reissue_window(deadline: NaiveDate, today: NaiveDate) -> WindowState {
    let left = (deadline - today).num_days();
    match left {
        l if l < 0 => WindowState::Passed { days_late: -l },
        l if l <= 5 => WindowState::ClosingSoon { days_left: l },
        l => WindowState::Open { days_left: l },
    }
}

/// When a complaint registered on `registered_on` must be answered.
pub fn appeal_due(cal: &mut Calendar, registered_on: NaiveDate, working_days: u32) -> NaiveDate {
    cal.add_working_days(registered_on, working_days)
}

#[cfg(test)]
mod tests;
