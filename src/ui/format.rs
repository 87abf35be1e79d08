//! Turns domain values into the words shown on screen.
use crate::domain::catalogue::Fee;
use crate::domain::citation::Citation;
use crate::domain::completeness::{DocumentState, Problem};
use crate::domain::fees::mci_text;
use crate::domain::validators::{Hint, Invalid};
use crate::messages::{fill, text, Lang, Msg};
use chrono::{Datelike, NaiveDate};

pub fn working_days(n: u32, lang: Lang) -> String {
    match lang {
        Lang::Ru => format!("{n} {}", russian_plural(n, "рабочий день", "рабочих дня", "рабочих дней")),
        _ => fill(text(Msg::WorkingDays, lang), &[("n", &n.to_string())]),
    }
}

pub fn calendar_days(n: u32, lang: Lang) -> String {
    match lang {
        Lang::Ru => format!("{n} {}", russian_plural(n, "календарный день", "календарных дня", "календарных дней")),
        _ => fill(text(Msg::CalendarDays, lang), &[("n", &n.to_string())]),
    }
}

/// Russian nouns after a number: 1 день, 2–4 дня, 5–20 дней, 21 день…
fn russian_plural(n: u32, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    match (n % 10, n % 100) {
        (1, h) if h != 11 => one,
        (2..=4, h) if !(12..=14).contains(&h) => few,
        _ => many,
    }
}

pub fn fee(fee: Fee, lang: Lang) -> String {
    match fee {
        Fee::Free { .. } => text(Msg::FreeOfCharge, lang).to_owned(),
        Fee::Mci { tenths, .. } => fill(text(Msg::Mci, lang), &[("n", &mci_text(tenths))]),
    }
}

/// "Thu 3 Dec 2026" in English; "чт, 03.12.2026" in Russian.
pub fn date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => {
            const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
            let month = MONTHS.get(d.month0() as usize).copied().unwrap_or("");
            format!("{} {} {month} {}", d.weekday(), d.day(), d.year())
        }
        Lang::Ru | Lang::Kk => {
            const RU: [&str; 7] = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"];
            const KK: [&str; 7] = ["дс", "сс", "ср", "бс", "жм", "сб", "жс"];
            let days = if lang == Lang::Ru { RU } else { KK };
            let day = days.get(d.weekday().num_days_from_monday() as usize).copied().unwrap_or("");
            format!("{day}, {}", d.format("%d.%m.%Y"))
        }
    }
}

/// Tenge grouped by thousands with the tenge sign: "86 500 ₸".
pub fn tenge(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out.push_str("\u{a0}₸");
    out
}

/// A clause in the reader's language: "Rules 1, Annex 1, row 8, subparagraph 1)".
pub fn citation(c: Citation, lang: Lang) -> String {
    let (rules, paragraph, annex, row, sub) = match lang {
        Lang::En => ("Rules", "paragraph", "Annex", "row", "subparagraph"),
        Lang::Ru => ("Правила", "пункт", "приложение", "строка", "подпункт"),
        Lang::Kk => ("Қағидалар", "тармақ", "қосымша", "жол", "тармақша"),
    };
    let tail = |sub_no: Option<u8>| sub_no.map(|n| format!(", {sub} {n})")).unwrap_or_default();
    match c {
        Citation::Paragraph { service, paragraph: p, sub: s } => format!("{rules} {service}, {paragraph} {p}{}", tail(s)),
        Citation::Requirements { service, row: r, sub: s } => format!("{rules} {service}, {annex} 1, {row} {r}{}", tail(s)),
        Citation::Annex { service, annex: a } => format!("{rules} {service}, {annex} {a}"),
    }
}

/// A data string (service name, field label…) in the reader's language.
pub fn tr(s: &'static str, lang: Lang) -> &'static str {
    crate::i18n::translate(s, lang)
}

pub fn invalid(reason: Invalid) -> Msg {
    match reason {
        Invalid::Required => Msg::InvalidRequired,
        Invalid::IdLength => Msg::InvalidIdLength,
        Invalid::IdChecksum => Msg::InvalidIdChecksum,
        Invalid::BinNotIin => Msg::InvalidBinNotIin,
        Invalid::IinNotBin => Msg::InvalidIinNotBin,
        Invalid::BinEntityType => Msg::InvalidBinEntityType,
        Invalid::Iban => Msg::InvalidIban,
        Invalid::Email => Msg::InvalidEmail,
        Invalid::Phone => Msg::InvalidPhone,
        Invalid::PostalCode => Msg::InvalidPostalCode,
        Invalid::CommodityCode => Msg::InvalidCommodityCode,
        Invalid::NotEaeuMember => Msg::InvalidNotEaeuMember,
        Invalid::Date => Msg::InvalidDate,
        Invalid::DateInFuture => Msg::InvalidDateInFuture,
        Invalid::Number => Msg::InvalidNumber,
        Invalid::Choice => Msg::InvalidChoice,
    }
}

pub fn problem(p: Problem) -> Msg {
    match p {
        Problem::Missing => Msg::InvalidRequired,
        Problem::Invalid(reason) => invalid(reason),
        Problem::WrongFileType => Msg::ProblemWrongFileType,
        Problem::EmptyFile => Msg::ProblemEmptyFile,
    }
}

pub fn hint(h: Hint) -> Msg {
    match h {
        Hint::IinBirthDateUnusual => Msg::HintIinBirthDate,
        Hint::BinOfBranch => Msg::HintBinBranch,
        Hint::BinOfNonResident => Msg::HintBinNonResident,
    }
}

pub fn document_state(s: DocumentState) -> Msg {
    match s {
        DocumentState::Form => Msg::StateForm,
        DocumentState::Attached => Msg::StateAttached,
        DocumentState::Missing => Msg::StateMissing,
        DocumentState::NotNeeded => Msg::StateNotNeeded,
        DocumentState::Optional => Msg::StateOptional,
        DocumentState::OnRequest => Msg::StateOnRequest,
    }
}

/// "12.5 KB".
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} KB", b as f64 / 1024.0),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_fees_dates_and_money() {
        let cite = Citation::row(1, 6);
        assert_eq!(fee(Fee::Mci { tenths: 200, cite }, Lang::En), "20 MCI");
        assert_eq!(fee(Fee::Mci { tenths: 9, cite }, Lang::En), "0.9 MCI");
        assert_eq!(fee(Fee::Free { cite }, Lang::En), "Free of charge");
        assert_eq!(date(NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(), Lang::En), "Thu 3 Dec 2026");
        assert_eq!(tenge(86_500), "86\u{a0}500\u{a0}₸");
        assert_eq!(tenge(3_893), "3\u{a0}893\u{a0}₸");
        assert_eq!(tenge(500), "500\u{a0}₸");
        assert_eq!(date(NaiveDate::from_ymd_opt(2026, 5, 27).unwrap(), Lang::Ru), "ср, 27.05.2026");
        assert_eq!(date(NaiveDate::from_ymd_opt(2026, 5, 27).unwrap(), Lang::Kk), "ср, 27.05.2026");
        assert_eq!(working_days(15, Lang::Ru), "15 рабочих дней");
        assert_eq!(working_days(3, Lang::Ru), "3 рабочих дня");
        assert_eq!(working_days(21, Lang::Ru), "21 рабочий день");
        assert_eq!(working_days(12, Lang::Ru), "12 рабочих дней");
        assert_eq!(calendar_days(30, Lang::Ru), "30 календарных дней");
        assert_eq!(working_days(5, Lang::Kk), "5 жұмыс күні");
        assert_eq!(citation(Citation::row_sub(1, 8, 1), Lang::En), Citation::row_sub(1, 8, 1).to_string());
        assert_eq!(citation(Citation::row_sub(1, 8, 1), Lang::Ru), "Правила 1, приложение 1, строка 8, подпункт 1)");
        assert_eq!(size(2048), "2.0 KB");
    }
}
