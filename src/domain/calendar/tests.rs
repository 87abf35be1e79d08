use super::*;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn working(y: i32, m: u32, day: u32) -> bool {
    Calendar::new().is_working_day(d(y, m, day))
}

#[test]
fn weekends_and_fixed_holidays_are_off() {
    assert!(!working(2026, 12, 5)); // Saturday
    assert!(!working(2026, 12, 16)); // Independence Day
    assert!(working(2026, 12, 17)); // the second day only up to 2021
    assert!(!working(2021, 12, 17));
    assert!(!working(2021, 12, 1)); // Day of the First President, up to 2021
    assert!(working(2022, 12, 1));
    assert!(!working(2026, 1, 7)); // Orthodox Christmas
    assert!(!working(2026, 5, 27)); // Kurban Ait 2026
}

#[test]
fn a_holiday_on_a_weekend_moves_to_the_next_working_day() {
    // 1–2 Jan 2022 fell on Saturday and Sunday: 3 and 4 Jan off.
    assert!(!working(2022, 1, 3));
    assert!(!working(2022, 1, 4));
    assert!(working(2022, 1, 5));
    // 1 Jan 2023 was a Sunday and 2 Jan a holiday anyway: 3 Jan off.
    assert!(!working(2023, 1, 3));
    // Nauryz 2024: 23 March a Saturday → Monday 25 March.
    assert!(!working(2024, 3, 25));
    assert!(working(2024, 3, 26));
    // Nauryz 2026: 21–22 March on the weekend → 24 and 25 March off, 26 March worked.
    assert!(!working(2026, 3, 23));
    assert!(!working(2026, 3, 24));
    assert!(!working(2026, 3, 25));
    assert!(working(2026, 3, 26));
    // Republic Day 25 Oct 2026 is a Sunday → Monday 26 Oct off.
    assert!(!working(2026, 10, 26));
    // Constitution Day 30 Aug 2025 (Saturday) → 1 Sep off; in 2026 it is no day off.
    assert!(!working(2025, 9, 1));
    assert!(working(2026, 8, 31));
}

#[test]
fn holidays_have_names() {
    assert_eq!(holiday_name(d(2026, 12, 16)), Some("Independence Day"));
    assert_eq!(holiday_name(d(2026, 5, 27)), Some("Kurban Ait"));
    assert_eq!(holiday_name(d(2026, 8, 30)), None);
    assert_eq!(holiday_name(d(2025, 8, 30)), Some("Constitution Day"));
}

#[test]
fn religious_days_off_never_move() {
    // Kurban Ait 2024 fell on Sunday 16 June; Monday 17 June was worked.
    assert!(working(2024, 6, 17));
    // 7 Jan 2023 was a Saturday; Monday 9 Jan was worked.
    assert!(working(2023, 1, 9));
}

#[test]
fn transfers_by_decree_and_order_apply() {
    // 2020: Monday 11 May (observed Victory Day) worked, Friday 8 May off.
    assert!(working(2020, 5, 11));
    assert!(!working(2020, 5, 8));
    // 2024: Saturday 4 May worked, Wednesday 8 May off.
    assert!(working(2024, 5, 4));
    assert!(!working(2024, 5, 8));
    // 2025: Sunday 5 Jan worked, Friday 3 Jan off.
    assert!(working(2025, 1, 5));
    assert!(!working(2025, 1, 3));
    // 2018: Saturday 29 Dec worked, Monday 31 Dec off.
    assert!(working(2018, 12, 29));
    assert!(!working(2018, 12, 31));
}

#[test]
fn years_outside_the_confirmed_table_are_provisional() {
    assert_eq!(provisional(2026), None);
    assert_eq!(provisional(2027).map(|p| p.year), Some(2027));
    assert!(provisional(2030).is_some());
    assert!(provisional(2017).is_some());
    // From 2027 Constitution Day is 15 March (a Monday in 2027).
    assert!(!working(2027, 3, 15));
    let years: Vec<i32> = Calendar::provisional_years(d(2026, 12, 20), d(2027, 1, 10)).iter().map(|p| p.year).collect();
    assert_eq!(years, [2027]);
}

#[test]
fn working_days_are_counted_from_the_day_after() {
    let mut cal = Calendar::new();
    // Friday 4 Dec 2026 + 1 working day = Monday 7 Dec.
    assert_eq!(cal.add_working_days(d(2026, 12, 4), 1), d(2026, 12, 7));
    // Across Independence Day (Wed 16 Dec 2026): Tue 15 Dec + 1 = Thu 17 Dec.
    assert_eq!(cal.add_working_days(d(2026, 12, 15), 1), d(2026, 12, 17));
    // Across the year end: Wed 30 Dec 2026 + 2: Thu 31 Dec, then 1 Jan (Fri) and 2 Jan (Sat, so
    // Monday 4 Jan off too) → Tuesday 5 Jan 2027.
    assert_eq!(cal.add_working_days(d(2026, 12, 30), 2), d(2027, 1, 5));
    assert_eq!(cal.sub_working_days(d(2027, 1, 5), 2), d(2026, 12, 30));
    assert_eq!(cal.add_working_days(d(2026, 12, 30), 0), d(2026, 12, 30));
    assert_eq!(cal.on_or_next_working_day(d(2026, 12, 5)), d(2026, 12, 7));
}

proptest! {
    #[test]
    fn every_counted_day_is_a_working_day(days in 0i64..(365 * 12), n in 1u32..40) {
        let mut cal = Calendar::new();
        let start = d(2017, 6, 1) + Duration::days(days);
        let due = cal.add_working_days(start, n);
        prop_assert!(cal.is_working_day(due));
        prop_assert!(due > start);
        prop_assert_eq!(cal.sub_working_days(due, n) <= start, true);
    }

    #[test]
    fn later_starts_never_give_earlier_due_dates(days in 0i64..(365 * 12), gap in 0i64..20, n in 1u32..40) {
        let mut cal = Calendar::new();
        let a = d(2017, 6, 1) + Duration::days(days);
        let b = a + Duration::days(gap);
        prop_assert!(cal.add_working_days(a, n) <= cal.add_working_days(b, n));
    }
}
