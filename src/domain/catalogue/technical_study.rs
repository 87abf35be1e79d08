//! Rules 6: conclusion on a technical study classifying goods as CIPF and/or STM.
use super::common::*;
use super::types::*;
use crate::domain::citation::Citation;

const S: u8 = 6;

static STAGES: [Stage; 2] = [
    Stage { id: "completeness", name: "Completeness check of the documents (and, if needed, a request for a sample)", by_working_day: 4, cite: Citation::paragraph(S, 4) },
    Stage { id: "decision", name: "Conclusion, or notice of a preliminary refusal and hearing", by_working_day: 5, cite: Citation::paragraph(S, 4) },
];

static PAUSES: [Pause; 2] = [
    Pause { id: "samples", name: "Providing a sample of the goods, if the provider asks for it", length: Length::CalendarDays(5), after_stage: "completeness", cite: Citation::paragraph(S, 4) },
    Pause { id: "sample-study", name: "Study of the sample by the provider", length: Length::CalendarDays(30), after_stage: "completeness", cite: Citation::paragraph(S, 4) },
];

static APPEALS: [Appeal; 3] = appeals(S, 6);

static DOCUMENTS: [DocumentSpec; 4] = [
    application(S, 3, "Application for a conclusion on a technical study with the table of goods"),
    document("technical-documentation", "Technical documentation for the studied product", DocCondition::Required, Citation::row_sub(S, 8, 2)),
    document("supply-contracts", "Contracts (agreements) for the supply of the goods", DocCondition::IfAny, Citation::row_sub(S, 8, 3)),
    document("samples", "Samples of the goods", DocCondition::OnRequest, Citation::row_sub(S, 8, 4)),
];

static REFUSALS: [RefusalGround; 4] = [inaccurate_documents(S), eaeu_non_compliance(S), court_prohibition(S, 3), special_right_deprived(S, 4)];

pub static SERVICE: Service = Service {
    id: ServiceId::TechnicalStudy,
    name: "Issuance of a conclusion on technical study regarding the classification of goods to the means of cryptographic protection of information and special technical means intended for carrying out operational-search activities",
    short_name: "Conclusion: technical study (is it cryptographic or STM?)",
    keywords: &["conclusion", "technical study", "classification", "classify", "is it cryptographic", "goods", "product", "sample", "STM", "CIPF"],
    name_cite: Citation::paragraph(S, 1),
    recipients: "Individuals or legal entities (branches and representative offices of a legal entity)",
    recipients_cite: Citation::paragraph(S, 2),
    applicant_kinds: BOTH_KINDS,
    result: "A conclusion on the technical study in the form of Annex 2, or a reasoned refusal, sent to your personal account on the portal as an electronic document.",
    result_cite: Citation::row(S, 5),
    actions: &[ActionSpec {
        action: Action::Issue,
        term: Term { working_days: 5, cite: Citation::row(S, 3), stages: &STAGES, pauses: &PAUSES, hearing: hearing(S, Some(2)) },
        fee: Fee::Free { cite: Citation::row(S, 6) },
    }],
    variants: None,
    reissue: None,
    documents: &DOCUMENTS,
    refusal_grounds: &REFUSALS,
    other_requirements: &[representative_powers(S), digital_signature(S)],
    appeals: &APPEALS,
};
