use super::*;
use crate::domain::catalogue::{service, Action, ServiceId};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn term(id: ServiceId, action: Action) -> &'static Term {
    &service(id).action(action).unwrap().term
}

fn due_dates(t: &Timeline) -> Vec<NaiveDate> {
    t.stages.iter().map(|s| s.due).collect()
}

#[test]
fn licence_issue_registered_thursday_3_dec_2026() {
    let s = schedule(&mut Calendar::new(), term(ServiceId::StmLicence, Action::Issue), d(2026, 12, 3), &[]);
    // Day 2: Mon 7 Dec; day 12: 4–11 Dec (6) + 14,15,17,18 (Independence Day 16 Dec off) + 21,22 → Tue 22 Dec;
    // day 15: 23, 24, 25 Dec → Fri 25 Dec.
    assert_eq!(due_dates(&s.best), [d(2026, 12, 7), d(2026, 12, 22), d(2026, 12, 25)]);
    assert_eq!(s.best.decision_due, d(2026, 12, 25));
    assert!(s.worst.is_none());
    // Hearing notice at least 3 working days before the end: Tue 22 Dec; held within 2: Thu 24 Dec.
    assert_eq!((s.best.hearing.notice_by, s.best.hearing.held_by), (d(2026, 12, 22), d(2026, 12, 24)));
    assert_eq!(s.best.hearing.decision_due_with_hearing, s.best.decision_due);
    assert!(s.provisional_years.is_empty());
}

#[test]
fn licence_reissue_across_the_new_year_is_provisional() {
    let s = schedule(&mut Calendar::new(), term(ServiceId::CryptoDevLicence, Action::Reissue), d(2026, 12, 30), &[]);
    // Thu 31 Dec (1), then 1 Jan, 2 Jan (Sat → Mon 4 Jan off), Tue 5 Jan (2), Wed 6 Jan (3).
    assert_eq!(due_dates(&s.best), [d(2027, 1, 5), d(2027, 1, 6)]);
    assert_eq!(s.provisional_years.iter().map(|p| p.year).collect::<Vec<_>>(), [2027]);
}

#[test]
fn permit_samples_pause_worst_case() {
    // Rules 4 registered Mon 30 Nov 2026: completeness by day 5 (Mon 7 Dec), decision day 8 (Thu 10 Dec).
    let s = schedule(&mut Calendar::new(), term(ServiceId::StmImportExport, Action::Issue), d(2026, 11, 30), &[]);
    assert_eq!(s.best.decision_due, d(2026, 12, 10));
    let worst = s.worst.unwrap();
    // Samples: 5 calendar days from Tue 8 Dec to Sat 12 Dec → ends Mon 14 Dec (art. 173).
    assert_eq!((worst.pauses[0].from, worst.pauses[0].to), (d(2026, 12, 8), d(2026, 12, 14)));
    // Days 6–8 then: Tue 15, Thu 17 (16 Dec off), Fri 18 Dec.
    assert_eq!(worst.decision_due, d(2026, 12, 18));
    assert_eq!(worst.stages[0].due, d(2026, 12, 7));
}

#[test]
fn technical_study_two_pauses_and_hearing_extension() {
    // Rules 6 registered Mon 2 Mar 2026: completeness by day 4 (Fri 6 Mar), decision day 5 (Tue 10 Mar; 9 Mar moved day off for 8 Mar).
    let s = schedule(&mut Calendar::new(), term(ServiceId::TechnicalStudy, Action::Issue), d(2026, 3, 2), &[]);
    assert_eq!(due_dates(&s.best), [d(2026, 3, 6), d(2026, 3, 10)]);
    // A hearing adds 2 working days: Wed 11, Thu 12 Mar.
    assert_eq!(s.best.hearing.decision_due_with_hearing, d(2026, 3, 12));
    let worst = s.worst.unwrap();
    // Samples 7–11 Mar (Wed 11 is a working day), then the study 12 Mar – 10 Apr (Fri).
    assert_eq!((worst.pauses[0].from, worst.pauses[0].to), (d(2026, 3, 7), d(2026, 3, 11)));
    assert_eq!((worst.pauses[1].from, worst.pauses[1].to), (d(2026, 3, 12), d(2026, 4, 10)));
    // Day 5 is the first working day after the study: Mon 13 Apr.
    assert_eq!(worst.decision_due, d(2026, 4, 13));
}

#[test]
fn known_pause_dates_replace_the_worst_case() {
    let known = [KnownPause { id: "samples".into(), from: d(2026, 12, 1), to: d(2026, 12, 2) }];
    let s = schedule(&mut Calendar::new(), term(ServiceId::CryptoImportExport, Action::Issue), d(2026, 11, 30), &known);
    assert!(s.worst.is_none());
    // Days 1 Dec and 2 Dec do not count: 3, 4, 7, 8, 9, 10, 11, 14 Dec → Mon 14 Dec.
    assert_eq!(s.best.decision_due, d(2026, 12, 14));
    assert!(s.best.pauses[0].known);
}

#[test]
fn notification_extra_documents_pause_counts_working_days() {
    // Rules 7 registered Fri 11 Dec 2026: 14, 15, 17 (16 off), 18, 21 → Mon 21 Dec. Worst case the
    // 3-working-day pause starts the next day: 14, 15, 17 Dec are paused; then 18, 21, 22, 23, 24.
    let s = schedule(&mut Calendar::new(), term(ServiceId::CryptoNotification, Action::Issue), d(2026, 12, 11), &[]);
    assert_eq!(s.best.decision_due, d(2026, 12, 21));
    let worst = s.worst.unwrap();
    assert_eq!((worst.pauses[0].from, worst.pauses[0].to), (d(2026, 12, 12), d(2026, 12, 17)));
    assert_eq!(worst.decision_due, d(2026, 12, 24));
}

#[test]
fn reissue_window_and_appeals() {
    let mut cal = Calendar::new();
    // A change on 2 Nov 2026: 30 days → Wed 2 Dec 2026.
    assert_eq!(reissue_deadline(&mut cal, d(2026, 11, 2), 30), d(2026, 12, 2));
    // A change on 16 Nov 2026: 16 Dec is Independence Day → Thu 17 Dec.
    assert_eq!(reissue_deadline(&mut cal, d(2026, 11, 16), 30), d(2026, 12, 17));
    assert_eq!(reissue_window(d(2026, 12, 17), d(2026, 12, 3)), WindowState::Open { days_left: 14 });
    assert_eq!(reissue_window(d(2026, 12, 7), d(2026, 12, 3)), WindowState::ClosingSoon { days_left: 4 });
    assert_eq!(reissue_window(d(2026, 12, 2), d(2026, 12, 3)), WindowState::Passed { days_late: 1 });
    assert_eq!(appeal_due(&mut cal, d(2026, 12, 3), 5), d(2026, 12, 10));
    assert_eq!(appeal_due(&mut cal, d(2026, 12, 3), 15), d(2026, 12, 25));
}

proptest! {
    #[test]
    fn decision_dates_are_working_days_and_monotonic(days in 0i64..3000, gap in 0i64..10, service_index in 0usize..8) {
        let mut cal = Calendar::new();
        let id = ServiceId::ALL[service_index];
        let t = term(id, Action::Issue);
        let a = cal.on_or_next_working_day(d(2018, 1, 9) + Duration::days(days));
        let b = cal.on_or_next_working_day(a + Duration::days(gap));
        let sa = schedule(&mut cal, t, a, &[]);
        let sb = schedule(&mut cal, t, b, &[]);
        prop_assert!(cal.is_working_day(sa.best.decision_due));
        prop_assert!(sa.best.decision_due <= sb.best.decision_due);
        if let (Some(wa), Some(wb)) = (&sa.worst, &sb.worst) {
            prop_assert!(cal.is_working_day(wa.decision_due));
            prop_assert!(wa.decision_due >= sa.best.decision_due);
            prop_assert!(wa.decision_due <= wb.decision_due);
        }
    }
}
