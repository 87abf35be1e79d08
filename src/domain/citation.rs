//! Where in the Rules a piece of data comes from.
use serde::Serialize;
use std::fmt;

/// A place in the Rules text of one service (the seed's order No. 34/қе annexes 1–8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Citation {
    /// A paragraph of the Rules body (Chapters 1–3), with an optional subparagraph.
    Paragraph { service: u8, paragraph: u8, sub: Option<u8> },
    /// A row of Annex 1 ("List of basic requirements"), with an optional subparagraph.
    Requirements { service: u8, row: u8, sub: Option<u8> },
    /// A whole annex of the Rules (a form).
    Annex { service: u8, annex: u8 },
}

impl Citation {
    pub const fn paragraph(service: u8, paragraph: u8) -> Self {
        Self::Paragraph { service, paragraph, sub: None }
    }
    pub const fn paragraph_sub(service: u8, paragraph: u8, sub: u8) -> Self {
        Self::Paragraph { service, paragraph, sub: Some(sub) }
    }
    pub const fn row(service: u8, row: u8) -> Self {
        Self::Requirements { service, row, sub: None }
    }
    pub const fn row_sub(service: u8, row: u8, sub: u8) -> Self {
        Self::Requirements { service, row, sub: Some(sub) }
    }
    pub const fn annex(service: u8, annex: u8) -> Self {
        Self::Annex { service, annex }
    }
}

/// Short human form, e.g. "Rules 1, Annex 1, row 8, subparagraph 1)".
impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Citation::Paragraph { service, paragraph, sub } => {
                write!(f, "Rules {service}, paragraph {paragraph}")?;
                if let Some(sub) = sub {
                    write!(f, ", subparagraph {sub})")?;
                }
                Ok(())
            }
            Citation::Requirements { service, row, sub } => {
                write!(f, "Rules {service}, Annex 1, row {row}")?;
                if let Some(sub) = sub {
                    write!(f, ", subparagraph {sub})")?;
                }
                Ok(())
            }
            Citation::Annex { service, annex } => write!(f, "Rules {service}, Annex {annex}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_read_as_clauses() {
        assert_eq!(Citation::row_sub(1, 8, 1).to_string(), "Rules 1, Annex 1, row 8, subparagraph 1)");
        assert_eq!(Citation::paragraph(6, 4).to_string(), "Rules 6, paragraph 4");
        assert_eq!(Citation::annex(3, 5).to_string(), "Rules 3, Annex 5");
    }
}
