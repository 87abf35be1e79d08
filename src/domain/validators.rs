//! Field validators (kz-reference.md §4–5). Each is total: any string gives a value or a typed
//! error whose message id the UI shows in the user's words; none can panic.
use chrono::NaiveDate;
use serde::Serialize;

/// Why a value was rejected; the UI maps each to a sentence in the user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Invalid {
    Required,
    IdLength,
    IdChecksum,
    BinNotIin,
    IinNotBin,
    BinEntityType,
    Iban,
    Email,
    Phone,
    PostalCode,
    CommodityCode,
    NotEaeuMember,
    Date,
    DateInFuture,
    Number,
    /// Not one of the offered options.
    Choice,
}

/// Hints that never block: the Rules accept the value, but the person may want to look again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hint {
    /// Since 2013 an IIN need not encode the birth date (decree No. 853).
    IinBirthDateUnusual,
    /// A BIN of a branch or representative office (6th digit 1 or 2).
    BinOfBranch,
    /// A BIN of a non-resident legal entity (5th digit 5).
    BinOfNonResident,
}

pub type Checked<T> = Result<T, Invalid>;

fn digits_only(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect()
}

/// The 12-digit control digit rule shared by IIN and BIN (Government decree No. 406 of 2007).
fn checksum_ok(d: &[u32; 12]) -> bool {
    const SECOND: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    let first: u32 = (0..11).map(|i| d[i] * (i as u32 + 1)).sum::<u32>() % 11;
    let control = if first == 10 { (0..11).map(|i| d[i] * SECOND[i]).sum::<u32>() % 11 } else { first };
    control != 10 && control == d[11]
}

fn twelve_digits(input: &str) -> Checked<(String, [u32; 12])> {
    let s = digits_only(input);
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    if s.len() != 12 || !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(Invalid::IdLength);
    }
    let mut d = [0u32; 12];
    for (slot, c) in d.iter_mut().zip(s.chars()) {
        *slot = c.to_digit(10).unwrap_or(0);
    }
    if !checksum_ok(&d) {
        return Err(Invalid::IdChecksum);
    }
    Ok((s, d))
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IdNumber {
    pub value: String,
    pub hints: Vec<Hint>,
}

/// An individual identification number: checksum, century digit 1–6; birth date only hinted.
pub fn iin(input: &str) -> Checked<IdNumber> {
    let (value, d) = twelve_digits(input)?;
    if !(1..=6).contains(&d[6]) {
        return Err(if d[4] >= 4 { Invalid::IinNotBin } else { Invalid::IdChecksum });
    }
    let century = match d[6] {
        1 | 2 => 1800,
        3 | 4 => 1900,
        _ => 2000,
    };
    let year = century + (d[0] * 10 + d[1]) as i32;
    let birth = NaiveDate::from_ymd_opt(year, d[2] * 10 + d[3], d[4] * 10 + d[5]);
    let hints = if birth.is_none() { vec![Hint::IinBirthDateUnusual] } else { vec![] };
    Ok(IdNumber { value, hints })
}

/// A business identification number: checksum, month 01–12, type digit 4–6, attribute 0–3.
pub fn bin(input: &str) -> Checked<IdNumber> {
    let (value, d) = twelve_digits(input)?;
    let month = d[2] * 10 + d[3];
    if !(1..=12).contains(&month) || !(4..=6).contains(&d[4]) || d[5] > 3 {
        // A valid IIN typed where a BIN belongs is the common slip; say so.
        return Err(if iin(&value).is_ok() { Invalid::BinNotIin } else { Invalid::BinEntityType });
    }
    let mut hints = vec![];
    if d[4] == 5 {
        hints.push(Hint::BinOfNonResident);
    }
    if matches!(d[5], 1 | 2) {
        hints.push(Hint::BinOfBranch);
    }
    Ok(IdNumber { value, hints })
}

/// A Kazakh IBAN, `KZkk bbbc cccc cccc cccc`, ISO 7064 mod 97-10; returned without spaces, upper case.
pub fn iban(input: &str) -> Checked<String> {
    let s: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    // ASCII first: the byte ranges below would otherwise split a character.
    let shaped = s.is_ascii()
        && s.len() == 20
        && s.starts_with("KZ")
        && s[2..7].chars().all(|c| c.is_ascii_digit())
        && s[7..].chars().all(|c| c.is_ascii_alphanumeric());
    if !shaped {
        return Err(Invalid::Iban);
    }
    let rearranged = s[4..].chars().chain(s[..4].chars());
    let mut remainder: u32 = 0;
    for c in rearranged {
        let value = c.to_digit(36).ok_or(Invalid::Iban)?;
        remainder = if value < 10 { (remainder * 10 + value) % 97 } else { (remainder * 100 + value) % 97 };
    }
    if remainder == 1 {
        Ok(s)
    } else {
        Err(Invalid::Iban)
    }
}

/// A plain e-mail address: one `@`, a local part, a dotted domain, no spaces.
pub fn email(input: &str) -> Checked<String> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    let (local, domain) = s.split_once('@').ok_or(Invalid::Email)?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    let local_ok = !local.is_empty() && !local.contains(char::is_whitespace) && !local.contains('@') && local.len() <= 64;
    if local_ok && domain_ok && s.len() <= 254 {
        Ok(s.to_owned())
    } else {
        Err(Invalid::Email)
    }
}

/// A Kazakh phone number typed as `8 7xx …`, `+7 7xx …` or `7xx …`; returned in E.164 (`+77…`).
pub fn phone(input: &str) -> Checked<String> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    if !s.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) || s.chars().skip(1).any(|c| c == '+') {
        return Err(Invalid::Phone);
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.len() {
        11 if digits.starts_with('8') || digits.starts_with('7') => &digits[1..],
        10 => digits.as_str(),
        _ => return Err(Invalid::Phone),
    };
    if national.starts_with('7') {
        Ok(format!("+7{national}"))
    } else {
        Err(Invalid::Phone)
    }
}

/// A postal code: the 6-digit code (010000) or Kazpost's 7-character code (A01P3K4).
pub fn postal_code(input: &str) -> Checked<String> {
    let s = input.trim().to_ascii_uppercase();
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    let b = s.as_bytes();
    let six = b.len() == 6 && b.iter().all(u8::is_ascii_digit);
    let seven = b.len() == 7 && b[0].is_ascii_alphabetic() && b[1..3].iter().all(u8::is_ascii_digit) && b[3..].iter().all(u8::is_ascii_alphanumeric);
    if six || seven {
        Ok(s)
    } else {
        Err(Invalid::PostalCode)
    }
}

/// A 10-digit EAEU commodity code (TN VED), spaces allowed between groups.
pub fn commodity_code(input: &str) -> Checked<String> {
    let s = digits_only(input);
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    if s.len() == 10 && s.chars().all(|c| c.is_ascii_digit()) {
        Ok(s)
    } else {
        Err(Invalid::CommodityCode)
    }
}

/// EAEU member states, the only possible countries of transit (Rules 4 and 5, Annex 3).
pub static EAEU_MEMBERS: [&str; 5] = ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia"];

pub fn eaeu_member(input: &str) -> Checked<&'static str> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    EAEU_MEMBERS.iter().copied().find(|m| m.eq_ignore_ascii_case(s)).ok_or(Invalid::NotEaeuMember)
}

/// A calendar date `YYYY-MM-DD` (as an HTML date input gives it).
pub fn date(input: &str) -> Checked<NaiveDate> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Invalid::Date)
}

/// A date that cannot lie in the future, such as the issue date of a document.
pub fn past_date(input: &str, today: NaiveDate) -> Checked<NaiveDate> {
    let d = date(input)?;
    if d > today {
        Err(Invalid::DateInFuture)
    } else {
        Ok(d)
    }
}

/// A whole positive number, such as a quantity.
pub fn positive_number(input: &str) -> Checked<u64> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Invalid::Required);
    }
    match s.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(Invalid::Number),
    }
}

#[cfg(test)]
mod tests;
