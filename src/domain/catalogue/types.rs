use crate::domain::citation::Citation;
use serde::{Deserialize, Serialize};

/// Stable ids; the discriminant is the index in [`super::SERVICES`] (Rules number − 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceId {
    StmLicence,
    CryptoDevLicence,
    LeakChannelsLicence,
    StmImportExport,
    CryptoImportExport,
    TechnicalStudy,
    CryptoNotification,
    CryptoSalePermit,
}

impl ServiceId {
    pub const ALL: [ServiceId; 8] = [
        ServiceId::StmLicence,
        ServiceId::CryptoDevLicence,
        ServiceId::LeakChannelsLicence,
        ServiceId::StmImportExport,
        ServiceId::CryptoImportExport,
        ServiceId::TechnicalStudy,
        ServiceId::CryptoNotification,
        ServiceId::CryptoSalePermit,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            ServiceId::StmLicence => "stm-licence",
            ServiceId::CryptoDevLicence => "crypto-dev-licence",
            ServiceId::LeakChannelsLicence => "leak-channels-licence",
            ServiceId::StmImportExport => "stm-import-export",
            ServiceId::CryptoImportExport => "crypto-import-export",
            ServiceId::TechnicalStudy => "technical-study",
            ServiceId::CryptoNotification => "crypto-notification",
            ServiceId::CryptoSalePermit => "crypto-sale-permit",
        }
    }

    /// The number of its Rules in order No. 34/қе (1–8).
    pub const fn rules_number(self) -> u8 {
        self as u8 + 1
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Issue,
    Reissue,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicantKind {
    LegalEntity,
    Individual,
}

pub struct Service {
    pub id: ServiceId,
    /// Full name as in paragraph 1 of the order and paragraph 1 of its Rules.
    pub name: &'static str,
    pub short_name: &'static str,
    /// Extra words a person may search by.
    pub keywords: &'static [&'static str],
    pub name_cite: Citation,
    /// Who may apply, in the words of paragraph 2.
    pub recipients: &'static str,
    pub recipients_cite: Citation,
    pub applicant_kinds: &'static [ApplicantKind],
    pub result: &'static str,
    pub result_cite: Citation,
    pub actions: &'static [ActionSpec],
    pub variants: Option<&'static VariantSpec>,
    pub reissue: Option<&'static ReissueSpec>,
    pub documents: &'static [DocumentSpec],
    pub refusal_grounds: &'static [RefusalGround],
    pub other_requirements: &'static [Requirement],
    pub appeals: &'static [Appeal],
}

impl Service {
    pub fn action(&self, action: Action) -> Option<&'static ActionSpec> {
        self.actions.iter().find(|a| a.action == action)
    }
}

pub struct ActionSpec {
    pub action: Action,
    pub term: Term,
    pub fee: Fee,
}

/// "Considered within N working days from the date of its registration".
pub struct Term {
    pub working_days: u32,
    pub cite: Citation,
    /// Internal stages, each due by a working day counted from registration; the last is the decision.
    pub stages: &'static [Stage],
    /// Periods "not included in the term".
    pub pauses: &'static [Pause],
    pub hearing: Hearing,
}

pub struct Stage {
    pub id: &'static str,
    pub name: &'static str,
    /// Cumulative working day (from registration) by which the stage ends.
    pub by_working_day: u32,
    pub cite: Citation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "unit", content = "count", rename_all = "snake_case")]
pub enum Length {
    CalendarDays(u32),
    WorkingDays(u32),
}

pub struct Pause {
    pub id: &'static str,
    pub name: &'static str,
    pub length: Length,
    /// The stage after which the provider may start this pause.
    pub after_stage: &'static str,
    pub cite: Citation,
}

/// Notice at least `notice_before_end` working days before the end of the term; hearing held
/// within `held_within` working days of the notice; some terms are extended by a hearing.
pub struct Hearing {
    pub notice_before_end: u32,
    pub held_within: u32,
    pub extends_term_by: Option<u32>,
    pub cite: Citation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fee {
    Free { cite: Citation },
    /// Tenths of a monthly calculation index (0.9 MCI is 9), so no fraction is ever a float.
    Mci { tenths: u32, cite: Citation },
}

pub struct VariantSpec {
    pub question: &'static str,
    /// Several options may be chosen together (service 1 subtypes), else exactly one.
    pub multiple: bool,
    pub options: &'static [VariantOption],
    pub cite: Citation,
}

pub struct VariantOption {
    pub id: &'static str,
    pub label: &'static str,
    pub cite: Citation,
}

pub struct ReissueSpec {
    pub grounds: &'static [ReissueGround],
    /// "Within thirty calendar days from the date of occurrence of the changes".
    pub window_calendar_days: u32,
    pub window_cite: Citation,
}

pub struct ReissueGround {
    pub id: &'static str,
    pub text: &'static str,
    pub kinds: &'static [ApplicantKind],
    pub cite: Citation,
}

/// When a document or form applies: `None` matches anything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Applies {
    pub action: Option<Action>,
    pub kind: Option<ApplicantKind>,
    pub variant: Option<&'static str>,
}

impl Applies {
    pub const ALWAYS: Applies = Applies { action: None, kind: None, variant: None };

    pub fn matches(&self, action: Action, kind: ApplicantKind, variants: &[String]) -> bool {
        self.action.is_none_or(|a| a == action)
            && self.kind.is_none_or(|k| k == kind)
            && self.variant.is_none_or(|v| variants.iter().any(|chosen| chosen == v))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocCondition {
    /// Must be attached.
    Required,
    /// Payment proof, "except for cases of payment through the payment gateway of e-government".
    UnlessPaidViaGateway,
    /// "If any": attach it when it exists.
    IfAny,
    /// The applicant may choose not to give it, with no effect on the decision.
    Optional,
    /// Only when the main document is in a foreign language.
    IfForeignLanguage,
    /// Only when the provider asks for it (samples, extra documents).
    OnRequest,
    /// Only for changes whose evidence is not already in state information systems.
    UnlessInStateSystems,
}

#[derive(Clone, Copy, Debug)]
pub struct DocumentSpec {
    pub id: &'static str,
    pub name: &'static str,
    pub applies: Applies,
    pub condition: DocCondition,
    /// The annex form this document is, if it is one (filled in the app, not attached).
    pub form_annex: Option<u8>,
    /// File name endings the provider accepts (lower case); empty for any file.
    pub extensions: &'static [&'static str],
    pub cite: Citation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusalScope {
    Any,
    /// Grounds that apply when a legal-entity licensee reorganized by division applies to reissue.
    ReorganizationByDivision,
}

pub struct RefusalGround {
    pub text: &'static str,
    pub scope: RefusalScope,
    pub cite: Citation,
}

pub struct Requirement {
    pub text: &'static str,
    pub cite: Citation,
}

pub struct Appeal {
    pub body: &'static str,
    /// Working days to consider it; `None` for the court.
    pub working_days: Option<u32>,
    pub text: &'static str,
    pub cite: Citation,
}

/// The Unified Contact Center, Annex 1 row 10 of every Rules text.
pub const CONTACT_CENTRE_PHONE: &str = "8 (7172) 76-49-49";
