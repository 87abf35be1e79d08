//! One field's value checked by its kind.
use super::types::{Condition, FieldKind};
use crate::domain::catalogue::ApplicantKind;
use crate::domain::validators::{self as v, Hint, Invalid};
use chrono::NaiveDate;

/// What a value is checked against besides itself.
#[derive(Clone, Copy, Debug)]
pub struct Context {
    pub kind: ApplicantKind,
    pub today: NaiveDate,
}

/// The value as it will be submitted (normalised), with any non-blocking hints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    pub value: String,
    pub hints: Vec<Hint>,
}

fn plain(value: String) -> Accepted {
    Accepted { value, hints: vec![] }
}

/// Checks a non-empty `raw` value of `kind`; emptiness is judged by the caller (required or not).
pub fn check(kind: FieldKind, raw: &str, ctx: Context) -> Result<Accepted, Invalid> {
    let trimmed = raw.trim();
    match kind {
        FieldKind::Text | FieldKind::LongText => Ok(plain(trimmed.to_owned())),
        FieldKind::Email => v::email(trimmed).map(plain),
        FieldKind::Phone => v::phone(trimmed).map(plain),
        FieldKind::Iin => v::iin(trimmed).map(|id| Accepted { value: id.value, hints: id.hints }),
        FieldKind::Bin => v::bin(trimmed).map(|id| Accepted { value: id.value, hints: id.hints }),
        FieldKind::IinOrBin => match ctx.kind {
            ApplicantKind::Individual => v::iin(trimmed),
            ApplicantKind::LegalEntity => v::bin(trimmed),
        }
        .map(|id| Accepted { value: id.value, hints: id.hints }),
        FieldKind::Iban => v::iban(trimmed).map(plain),
        FieldKind::Date => v::date(trimmed).map(|d| plain(d.to_string())),
        FieldKind::PastDate => v::past_date(trimmed, ctx.today).map(|d| plain(d.to_string())),
        FieldKind::Quantity => v::positive_number(trimmed).map(|n| plain(n.to_string())),
        FieldKind::CommodityCode => v::commodity_code(trimmed).map(plain),
        FieldKind::EaeuCountry => v::eaeu_member(trimmed).map(|c| plain(c.to_owned())),
        FieldKind::Choice(choices) => choices.iter().find(|c| c.id == trimmed).map(|c| plain(c.id.to_owned())).ok_or(Invalid::Choice),
        FieldKind::MultiChoice(choices) => {
            let picked: Vec<&str> = trimmed.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
            if picked.iter().all(|p| choices.iter().any(|c| c.id == *p)) {
                Ok(plain(picked.join(",")))
            } else {
                Err(Invalid::Choice)
            }
        }
        FieldKind::Checkbox => match trimmed {
            "true" => Ok(plain("true".into())),
            "false" => Err(Invalid::Required),
            _ => Err(Invalid::Choice),
        },
    }
}

/// Whether a value counts as given (an unticked box does not).
pub fn is_given(kind: FieldKind, raw: &str) -> bool {
    match kind {
        FieldKind::Checkbox => raw.trim() == "true",
        _ => !raw.trim().is_empty(),
    }
}

/// Whether `condition` holds for the chosen variants and the form's answers.
pub fn holds(condition: Condition, variants: &[String], answer: impl Fn(&str) -> Option<String>) -> bool {
    match condition {
        Condition::Always => true,
        Condition::Variant(options) => options.iter().any(|o| variants.iter().any(|v| v == o)),
        Condition::FieldHas { field, value } => answer(field).is_some_and(|a| a.split(',').any(|part| part.trim() == value)),
        Condition::Ticked(field) => answer(field).is_some_and(|a| a.trim() == "true"),
    }
}
