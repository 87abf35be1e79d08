//! Rules 7: registration of notifications on characteristics of goods containing encryption means.
use super::common::*;
use super::types::*;
use crate::domain::citation::Citation;

const S: u8 = 7;

static STAGES: [Stage; 1] = [Stage {
    id: "decision",
    name: "Decision to register the notification, or notice of a preliminary refusal and hearing",
    by_working_day: 5,
    cite: Citation::paragraph(S, 4),
}];

// Row 3 of the translation says "subparagraphs 4) and 3) of paragraph 3"; paragraph 4 and row 8
// make clear it is the document of row 8 subparagraph 4), counted in working days.
static PAUSES: [Pause; 1] = [Pause {
    id: "extra-documents",
    name: "Providing the manufacturer's authority document, if the provider asks for it",
    length: Length::WorkingDays(3),
    after_stage: "registration",
    cite: Citation::paragraph(S, 4),
}];

static APPEALS: [Appeal; 3] = appeals(S, 6);

static DOCUMENTS: [DocumentSpec; 5] = [
    application(S, 2, "Application for registration of the notification"),
    DocumentSpec {
        id: "notification",
        name: "The notification on characteristics of the goods",
        applies: Applies::ALWAYS,
        condition: DocCondition::Required,
        form_annex: Some(3),
        extensions: &[],
        cite: Citation::row_sub(S, 8, 2),
    },
    DocumentSpec { extensions: &[".xls"], ..document("notification-xls", "The notification as an electronic document in *.xls format", DocCondition::Required, Citation::row_sub(S, 8, 3)) },
    document(
        "manufacturer-authority",
        "Legalized document (apostille, consular legalization) giving you the right to act on behalf of the manufacturer",
        DocCondition::Required,
        Citation::row_sub(S, 8, 4),
    ),
    document(
        "authority-translation",
        "Certified translation of that document into the state or Russian language",
        DocCondition::IfForeignLanguage,
        Citation::row_sub(S, 8, 4),
    ),
];

static REFUSALS: [RefusalGround; 5] = [
    inaccurate_documents(S),
    eaeu_non_compliance(S),
    RefusalGround { text: "A negative conclusion of an expert examination, research or verification.", scope: RefusalScope::Any, cite: Citation::row_sub(S, 9, 3) },
    court_prohibition(S, 4),
    special_right_deprived(S, 5),
];

pub static SERVICE: Service = Service {
    id: ServiceId::CryptoNotification,
    name: "Registration of notifications about characteristics of goods (products) containing encryption (cryptographic) means",
    short_name: "Registration of a notification on encryption goods",
    keywords: &["notification", "register", "registration", "encryption", "cryptographic", "mass-market", "characteristics", "goods", "product", "xls"],
    name_cite: Citation::paragraph(S, 1),
    recipients: "Individuals or legal entities (branches or representative offices of a legal entity)",
    recipients_cite: Citation::paragraph(S, 2),
    applicant_kinds: BOTH_KINDS,
    result: "The provider's decision to register the notification, or a reasoned refusal, sent to your personal account on the portal as an electronic document.",
    result_cite: Citation::row(S, 5),
    actions: &[ActionSpec {
        action: Action::Issue,
        term: Term { working_days: 5, cite: Citation::row(S, 3), stages: &STAGES, pauses: &PAUSES, hearing: hearing(S, None) },
        fee: Fee::Free { cite: Citation::row(S, 6) },
    }],
    variants: None,
    reissue: None,
    documents: &DOCUMENTS,
    refusal_grounds: &REFUSALS,
    other_requirements: &[representative_powers(S), digital_signature(S)],
    appeals: &APPEALS,
};
