//! Kazakhstan's working-day calendar (five-day week), 2018–2027, as data with its sources.
//!
//! Sources (../shared/domain/kz-reference.md §2): Law "On holidays in the Republic of Kazakhstan"
//! of 13.12.2001 No. 267 (art. 5: a holiday on a weekend moves to the next working day), Labour
//! Code art. 84–85 (religious days off never move), government decrees (to 2023) and Ministry of
//! Labour orders (from 2024) transferring days off.
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

/// A public holiday by month and day, in force for the years `from..=to`.
struct Holiday {
    month: u32,
    day: u32,
    from: i32,
    to: i32,
    name: &'static str,
}

const OPEN: i32 = i32::MAX;

static HOLIDAYS: &[Holiday] = &[
    Holiday { month: 1, day: 1, from: i32::MIN, to: OPEN, name: "New Year" },
    Holiday { month: 1, day: 2, from: i32::MIN, to: OPEN, name: "New Year" },
    Holiday { month: 3, day: 8, from: i32::MIN, to: OPEN, name: "International Women's Day" },
    // From 2027 Constitution Day is 15 March (new Constitution adopted 15.03.2026).
    Holiday { month: 3, day: 15, from: 2027, to: OPEN, name: "Constitution Day" },
    Holiday { month: 3, day: 21, from: i32::MIN, to: OPEN, name: "Nauryz" },
    Holiday { month: 3, day: 22, from: i32::MIN, to: OPEN, name: "Nauryz" },
    Holiday { month: 3, day: 23, from: i32::MIN, to: OPEN, name: "Nauryz" },
    Holiday { month: 5, day: 1, from: i32::MIN, to: OPEN, name: "Unity Day" },
    Holiday { month: 5, day: 7, from: i32::MIN, to: OPEN, name: "Defender of the Fatherland Day" },
    Holiday { month: 5, day: 9, from: i32::MIN, to: OPEN, name: "Victory Day" },
    Holiday { month: 7, day: 6, from: i32::MIN, to: OPEN, name: "Capital Day" },
    // 30 August was a day off up to 2025 only.
    Holiday { month: 8, day: 30, from: i32::MIN, to: 2025, name: "Constitution Day" },
    Holiday { month: 10, day: 25, from: 2022, to: OPEN, name: "Republic Day" },
    Holiday { month: 12, day: 1, from: i32::MIN, to: 2021, name: "Day of the First President" },
    Holiday { month: 12, day: 16, from: i32::MIN, to: OPEN, name: "Independence Day" },
    Holiday { month: 12, day: 17, from: i32::MIN, to: 2021, name: "Independence Day" },
];

/// First day of Kurban Ait (Labour Code art. 84(5)): a day off that never moves.
static KURBAN_AIT: &[(i32, u32, u32)] = &[
    (2018, 8, 21),
    (2019, 8, 11),
    (2020, 7, 31),
    (2021, 7, 20),
    (2022, 7, 9),
    (2023, 6, 28),
    (2024, 6, 16),
    (2025, 6, 6),
    (2026, 5, 27),
];

/// Transfers "day worked → day off" by decree or order, as (worked, off).
static TRANSFERS: &[((i32, u32, u32), (i32, u32, u32))] = &[
    ((2018, 3, 3), (2018, 3, 9)),
    ((2018, 4, 28), (2018, 4, 30)),
    ((2018, 5, 5), (2018, 5, 8)),
    ((2018, 8, 25), (2018, 8, 31)),
    ((2018, 12, 29), (2018, 12, 31)),
    ((2019, 5, 4), (2019, 5, 10)),
    ((2020, 1, 5), (2020, 1, 3)),
    // Monday 11 May 2020 was the observed day off for Victory Day (a Saturday), and was worked.
    ((2020, 5, 11), (2020, 5, 8)),
    ((2020, 12, 20), (2020, 12, 18)),
    ((2021, 7, 3), (2021, 7, 5)),
    ((2022, 3, 5), (2022, 3, 7)),
    ((2022, 8, 27), (2022, 8, 29)),
    ((2022, 10, 22), (2022, 10, 24)),
    ((2023, 7, 1), (2023, 7, 7)),
    ((2024, 5, 4), (2024, 5, 8)),
    ((2025, 1, 5), (2025, 1, 3)),
];

/// Years whose holidays, Kurban Ait date and transfers are all published.
pub const CONFIRMED_YEARS: std::ops::RangeInclusive<i32> = 2018..=2026;

/// Why a year's calendar is not certain, if it is not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProvisionalYear {
    pub year: i32,
    pub reason: &'static str,
}

pub fn provisional(year: i32) -> Option<ProvisionalYear> {
    if CONFIRMED_YEARS.contains(&year) {
        return None;
    }
    let reason = if year == 2027 {
        "the 2027 calendar is not yet confirmed: the date of Kurban Ait and any transfers of days off are not published"
    } else if year > 2027 {
        "the calendar for this year is not yet confirmed: holidays are assumed as in 2027, without Kurban Ait or transfers"
    } else {
        "years before 2018 are outside the calendar table: holidays are assumed as in 2018, without Kurban Ait or transfers"
    };
    Some(ProvisionalYear { year, reason })
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    // The tables hold valid dates only; the fallback keeps this total for any year.
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The days off of one year (besides weekends), with the day that is worked instead of a weekend.
#[derive(Clone, Debug)]
pub struct YearCalendar {
    year: i32,
    /// Index by ordinal day − 1: `true` where the day is not a working day.
    off: Vec<bool>,
}

impl YearCalendar {
    pub fn build(year: i32) -> Self {
        let first = date(year, 1, 1);
        let days = if date(year, 12, 31).ordinal() == 366 { 366 } else { 365 };
        let mut off: Vec<bool> = (0..days).map(|i| is_weekend(first + Duration::days(i64::from(i)))).collect();
        let index = |d: NaiveDate| d.ordinal0() as usize;

        // Public holidays in date order; one on a weekend gives the next free weekday off.
        let mut holidays: Vec<NaiveDate> = HOLIDAYS
            .iter()
            .filter(|h| (h.from..=h.to).contains(&year))
            .filter_map(|h| NaiveDate::from_ymd_opt(year, h.month, h.day))
            .collect();
        holidays.sort();
        let religious: Vec<NaiveDate> = std::iter::once((year, 1, 7))
            .chain(KURBAN_AIT.iter().copied().filter(|&(y, _, _)| y == year))
            .map(|(y, m, d)| date(y, m, d))
            .collect();
        for &d in holidays.iter().chain(&religious) {
            off[index(d)] = true;
        }
        for &h in &holidays {
            if is_weekend(h) {
                let mut next = h + Duration::days(1);
                while next.year() == year && (off[index(next)]) {
                    next += Duration::days(1);
                }
                if next.year() == year {
                    off[index(next)] = true;
                }
            }
        }
        for &((wy, wm, wd), (oy, om, od)) in TRANSFERS.iter().filter(|(w, _)| w.0 == year) {
            off[index(date(wy, wm, wd))] = false;
            off[index(date(oy, om, od))] = true;
        }
        Self { year, off }
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        d.year() == self.year && !self.off[d.ordinal0() as usize]
    }
}

/// The name of the public holiday or religious day off falling on `d` itself, if any.
pub fn holiday_name(d: NaiveDate) -> Option<&'static str> {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if (m, day) == (1, 7) {
        return Some("Orthodox Christmas");
    }
    if KURBAN_AIT.contains(&(y, m, day)) {
        return Some("Kurban Ait");
    }
    HOLIDAYS.iter().find(|h| (h.month, h.day) == (m, day) && (h.from..=h.to).contains(&y)).map(|h| h.name)
}

/// Answers working-day questions across years, building each year once.
#[derive(Default)]
pub struct Calendar {
    years: Vec<YearCalendar>,
}

impl Calendar {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn is_working_day(&mut self, d: NaiveDate) -> bool {
        let year = d.year();
        if let Some(cal) = self.years.iter().find(|c| c.year == year) {
            return cal.is_working_day(d);
        }
        let cal = YearCalendar::build(year);
        let working = cal.is_working_day(d);
        self.years.push(cal);
        working
    }

    /// The first working day strictly after `d`.
    pub fn next_working_day(&mut self, d: NaiveDate) -> NaiveDate {
        self.add_working_days(d, 1)
    }

    /// `d` itself if it is a working day, else the next one (Civil Code art. 173).
    pub fn on_or_next_working_day(&mut self, d: NaiveDate) -> NaiveDate {
        if self.is_working_day(d) {
            d
        } else {
            self.next_working_day(d)
        }
    }

    /// The `n`th working day after `d` (`d` itself does not count; Civil Code art. 171).
    pub fn add_working_days(&mut self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut day = d;
        let mut left = n;
        while left > 0 {
            day = day.succ_opt().unwrap_or(day);
            if day == NaiveDate::MAX {
                break;
            }
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// The working day `n` working days before `d`.
    pub fn sub_working_days(&mut self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut day = d;
        let mut left = n;
        while left > 0 {
            day = day.pred_opt().unwrap_or(day);
            if day == NaiveDate::MIN {
                break;
            }
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// Years between `from` and `to` (inclusive) whose calendar is provisional.
    pub fn provisional_years(from: NaiveDate, to: NaiveDate) -> Vec<ProvisionalYear> {
        (from.year().min(to.year())..=to.year().max(from.year())).filter_map(provisional).collect()
    }
}

#[cfg(test)]
mod tests;
