use crate::domain::catalogue::{Applies, ServiceId};
use crate::domain::citation::Citation;

/// What a field holds, which decides its control and its validator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    LongText,
    Email,
    Phone,
    Iin,
    Bin,
    /// IIN for an individual applicant, BIN for a legal entity.
    IinOrBin,
    Iban,
    /// Any calendar date.
    Date,
    /// A date that cannot be in the future (issue dates).
    PastDate,
    Quantity,
    CommodityCode,
    EaeuCountry,
    /// Exactly one of the options.
    Choice(&'static [Choice]),
    /// Any number of the options (at least one when required).
    MultiChoice(&'static [Choice]),
    /// A box to tick; required means it must be ticked.
    Checkbox,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

/// When a field or section is shown (and counted); hidden answers are kept but not submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    Always,
    /// One of these variants (subtype, movement kind, ...) is chosen.
    Variant(&'static [&'static str]),
    /// The choice field `field` of the same form has `value` (or includes it, for several).
    FieldHas { field: &'static str, value: &'static str },
    /// The checkbox `field` of the same form is ticked.
    Ticked(&'static str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub id: &'static str,
    pub label: &'static str,
    pub kind: FieldKind,
    pub required: bool,
    pub condition: Condition,
    /// The seed's parenthesised hint, in plain words.
    pub help: &'static str,
    /// The words of the form this field answers (matched against the seed by a test; `|`
    /// separates the wordings of different annexes); `None`
    /// for a field the app adds to decide a condition the Rules state elsewhere.
    pub seed: Option<&'static str>,
}

impl Field {
    pub const fn new(id: &'static str, label: &'static str, kind: FieldKind, seed: &'static str) -> Self {
        Self { id, label, kind, required: true, condition: Condition::Always, help: "", seed: Some(seed) }
    }
    pub const fn optional(self) -> Self {
        Self { required: false, ..self }
    }
    pub const fn help(self, help: &'static str) -> Self {
        Self { help, ..self }
    }
    pub const fn when(self, condition: Condition) -> Self {
        Self { condition, ..self }
    }
    pub const fn derived(self) -> Self {
        Self { seed: None, ..self }
    }
}

/// Rows of one kind (goods, specialists, algorithms): add, remove, reorder.
#[derive(Debug, PartialEq, Eq)]
pub struct Table {
    pub id: &'static str,
    pub title: &'static str,
    pub row_label: &'static str,
    pub columns: &'static [Field],
    pub min_rows: usize,
    /// The words of the form that ask for these rows.
    pub seed: Option<&'static str>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub condition: Condition,
    pub fields: &'static [Field],
    pub table: Option<&'static Table>,
    pub note: Option<&'static str>,
}

impl Section {
    pub const fn new(id: &'static str, title: &'static str, fields: &'static [Field]) -> Self {
        Self { id, title, condition: Condition::Always, fields, table: None, note: None }
    }
    pub const fn with_table(self, table: &'static Table) -> Self {
        Self { table: Some(table), ..self }
    }
    pub const fn when(self, condition: Condition) -> Self {
        Self { condition, ..self }
    }
    pub const fn note(self, note: &'static str) -> Self {
        Self { note: Some(note), ..self }
    }
}

/// One annex form of one service's Rules.
#[derive(Debug, PartialEq, Eq)]
pub struct FormSpec {
    pub service: ServiceId,
    pub annex: u8,
    pub title: &'static str,
    /// Which applicants and actions fill it.
    pub applies: Applies,
    /// The request sentence, e.g. "I ask to issue a license and (or) annex to the license".
    pub request: &'static str,
    pub sections: &'static [Section],
    /// "It is hereby confirmed that: …", the paragraph the applicant signs.
    pub confirmation: &'static str,
    /// Who signs: "Manager", "Authorized person", or the individual.
    pub signatory: &'static str,
}

impl FormSpec {
    /// A stable id, e.g. "stm-licence/annex-2".
    pub fn id(&self) -> String {
        format!("{}/annex-{}", self.service.slug(), self.annex)
    }
    pub fn citation(&self) -> Citation {
        Citation::annex(self.service.rules_number(), self.annex)
    }
    pub fn fields(&self) -> impl Iterator<Item = &'static Field> + '_ {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }
}
