//! An application in preparation: the person's choices, answers, rows and attachments.
//! Language-neutral (ids and values only), serialisable, versioned.
use super::catalogue::{Action, ApplicantKind, ServiceId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// The version of the stored draft layout; an older one is migrated on load.
pub const DRAFT_FORMAT: u32 = 1;

pub type Row = BTreeMap<String, String>;
/// Rows are shared, so copying a draft of 500 rows copies pointers, and an unchanged row is
/// recognised as unchanged without comparing its cells.
pub type SharedRow = Rc<Row>;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub format: u32,
    pub service: Option<ServiceId>,
    pub action: Action,
    pub kind: ApplicantKind,
    /// Chosen variant ids (service 1 subtypes, service 3 variant, movement kind).
    pub variants: Vec<String>,
    /// Answers by field id; all forms of one service share the names of shared fields.
    pub answers: BTreeMap<String, String>,
    /// Table rows by table id.
    pub tables: BTreeMap<String, Vec<SharedRow>>,
    pub attachments: Vec<Attachment>,
    /// Documents the applicant declares not needed under their condition (paid through the
    /// e-government gateway; information already in state systems).
    pub waived: BTreeSet<String>,
    /// The payment date of the fee, `YYYY-MM-DD`.
    pub paid_on: Option<String>,
    /// The planned submission, an RFC 3339 instant; `None` means now.
    pub submit_at: Option<String>,
}

impl Default for Draft {
    fn default() -> Self {
        Self {
            format: DRAFT_FORMAT,
            service: None,
            action: Action::Issue,
            kind: ApplicantKind::LegalEntity,
            variants: vec![],
            answers: BTreeMap::new(),
            tables: BTreeMap::new(),
            attachments: vec![],
            waived: BTreeSet::new(),
            paid_on: None,
            submit_at: None,
        }
    }
}

/// A file attached in the browser: only its description travels, never its contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The document id of the service's list it answers.
    pub document: String,
    pub name: String,
    pub size: u64,
    pub mime: String,
    /// Hex SHA-256 of the contents, to re-verify the same file later.
    pub sha256: String,
}

impl Draft {
    pub fn new(service: ServiceId) -> Self {
        Self { service: Some(service), ..Self::default() }
    }

    pub fn answer(&self, field: &str) -> Option<&str> {
        self.answers.get(field).map(String::as_str)
    }

    pub fn rows(&self, table: &str) -> &[SharedRow] {
        self.tables.get(table).map(Vec::as_slice).unwrap_or_default()
    }

    pub fn attachments_for<'a>(&'a self, document: &'a str) -> impl Iterator<Item = &'a Attachment> + 'a {
        self.attachments.iter().filter(move |a| a.document == document)
    }
}
