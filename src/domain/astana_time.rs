//! Submission instants to Astana calendar dates (kz-reference.md §3, counting-rules.md §1).
use super::calendar::Calendar;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};

/// Kazakhstan moved to a single UTC+5 zone at 00:00 on 1 March 2024 (Astana time, then UTC+6),
/// i.e. at 2024-02-29T18:00:00Z.
const ZONE_CHANGE_UNIX: i64 = 1_709_229_600;

const fn hours_east(hours: i32) -> FixedOffset {
    match FixedOffset::east_opt(hours * 3600) {
        Some(offset) => offset,
        None => panic!("offset out of range"), // evaluated at compile time only
    }
}
const UTC_PLUS_6: FixedOffset = hours_east(6);
const UTC_PLUS_5: FixedOffset = hours_east(5);

/// The UTC offset of Astana time at `instant`.
pub fn astana_offset(instant: DateTime<Utc>) -> FixedOffset {
    if instant.timestamp() < ZONE_CHANGE_UNIX {
        UTC_PLUS_6
    } else {
        UTC_PLUS_5
    }
}

/// The instant of an Astana wall-clock time (as a person types it); the hour repeated when
/// clocks went back on 1 March 2024 is read as the later, UTC+5 one.
pub fn from_astana_local(local: NaiveDateTime) -> DateTime<Utc> {
    let as_utc5 = local.and_utc() - chrono::Duration::hours(5);
    if as_utc5.timestamp() >= ZONE_CHANGE_UNIX {
        as_utc5
    } else {
        local.and_utc() - chrono::Duration::hours(6)
    }
}

/// The wall-clock time in Astana at `instant`.
pub fn astana_local(instant: DateTime<Utc>) -> NaiveDateTime {
    instant.with_timezone(&astana_offset(instant)).naive_local()
}

/// Applications sent at or after this hour (Astana time) are registered the next working day.
pub const END_OF_WORKING_DAY: u32 = 19;

/// The registration date of an application sent at `instant` (Annex 1 row 7 of every Rules text):
/// the same day if that is a working day and it is before 19:00 in Astana, else the next working day.
pub fn registration_date(instant: DateTime<Utc>, calendar: &mut Calendar) -> NaiveDate {
    let local = astana_local(instant);
    let day = local.date();
    let cutoff = NaiveTime::from_hms_opt(END_OF_WORKING_DAY, 0, 0).unwrap_or(NaiveTime::MIN);
    if calendar.is_working_day(day) && local.time() < cutoff {
        day
    } else {
        calendar.next_working_day(day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }
    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn reg(s: &str) -> NaiveDate {
        registration_date(utc(s), &mut Calendar::new())
    }

    #[test]
    fn before_19_00_astana_on_a_working_day_registers_the_same_day() {
        // Thursday 3 Dec 2026, 18:59 in Astana (UTC+5) = 13:59Z.
        assert_eq!(reg("2026-12-03T13:59:59Z"), d(2026, 12, 3));
        // 19:00 Astana = 14:00Z → Friday.
        assert_eq!(reg("2026-12-03T14:00:00Z"), d(2026, 12, 4));
        // Friday 19:30 → Monday.
        assert_eq!(reg("2026-12-04T14:30:00Z"), d(2026, 12, 7));
        // Saturday → Monday.
        assert_eq!(reg("2026-12-05T05:00:00Z"), d(2026, 12, 7));
        // The day before Independence Day, evening → Thursday 17 Dec.
        assert_eq!(reg("2026-12-15T15:00:00Z"), d(2026, 12, 17));
    }

    #[test]
    fn the_browser_zone_does_not_matter_only_the_instant() {
        // 23:30 on 2 Dec in New York is 04:30Z on 3 Dec = 09:30 in Astana on 3 Dec.
        assert_eq!(reg("2026-12-02T23:30:00-05:00"), d(2026, 12, 3));
    }

    #[test]
    fn before_march_2024_astana_was_utc_plus_6() {
        // 13:30Z on Thu 29 Feb 2024 was 19:30 in Astana (UTC+6): next working day, Fri 1 March.
        assert_eq!(reg("2024-02-29T13:30:00Z"), d(2024, 3, 1));
        // The same wall-clock moment a week later (UTC+5): 13:30Z is 18:30, same day.
        assert_eq!(reg("2024-03-07T13:30:00Z"), d(2024, 3, 7));
        // The instant of the change: 18:00Z on 29 Feb is 23:00 on 29 Feb under UTC+5.
        assert_eq!(astana_local(utc("2024-02-29T17:59:59Z")).to_string(), "2024-02-29 23:59:59");
        assert_eq!(astana_local(utc("2024-02-29T18:00:00Z")).to_string(), "2024-02-29 23:00:00");
    }

    #[test]
    fn astana_wall_clock_times_round_trip() {
        for s in ["2026-12-03T18:59:00", "2024-02-29T12:00:00", "2024-03-01T00:30:00", "2019-06-01T09:00:00"] {
            let local = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap();
            assert_eq!(astana_local(from_astana_local(local)), local, "{s}");
        }
        let local = NaiveDateTime::parse_from_str("2026-12-03T18:59:00", "%Y-%m-%dT%H:%M:%S").unwrap();
        assert_eq!(from_astana_local(local).to_rfc3339(), "2026-12-03T13:59:00+00:00");
    }

    #[test]
    fn late_on_new_years_eve_registers_in_the_new_year() {
        // Thu 31 Dec 2026 at 20:00 Astana → 1–2 Jan off, 3 Sun, 4 Jan moved day off → Tue 5 Jan 2027.
        assert_eq!(reg("2026-12-31T15:00:00Z"), d(2027, 1, 5));
    }
}
