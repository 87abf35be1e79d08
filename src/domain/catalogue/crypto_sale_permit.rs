//! Rules 8: permit for sale (including other transfer) of cryptographic protection means.
use super::common::*;
use super::types::*;
use crate::domain::citation::Citation;

const S: u8 = 8;

static STAGES: [Stage; 2] = [
    Stage { id: "verification", name: "Verification of the documents and of compliance with the licensing requirements", by_working_day: 5, cite: Citation::paragraph(S, 4) },
    Stage { id: "decision", name: "Permit, or notice of a preliminary refusal and hearing", by_working_day: 8, cite: Citation::paragraph(S, 4) },
];

static APPEALS: [Appeal; 3] = appeals(S, 6);

static DOCUMENTS: [DocumentSpec; 4] = [
    DocumentSpec {
        id: "application",
        name: "Application of a legal entity for a permit",
        applies: Applies { action: None, kind: Some(ApplicantKind::LegalEntity), variant: None },
        condition: DocCondition::Required,
        form_annex: Some(2),
        extensions: &[],
        cite: Citation::row_sub(S, 8, 1),
    },
    DocumentSpec {
        id: "application",
        name: "Application of an individual for a permit",
        applies: Applies { action: None, kind: Some(ApplicantKind::Individual), variant: None },
        condition: DocCondition::Required,
        form_annex: Some(3),
        extensions: &[],
        cite: Citation::row_sub(S, 8, 1),
    },
    DocumentSpec {
        id: "compliance-information",
        name: "Information on compliance with the licensing requirements for sale of cryptographic protection means",
        applies: Applies::ALWAYS,
        condition: DocCondition::Required,
        form_annex: Some(4),
        extensions: &[],
        cite: Citation::row_sub(S, 8, 2),
    },
    document("fee-payment", "Information confirming payment of the fee to the budget", DocCondition::UnlessPaidViaGateway, Citation::row_sub(S, 8, 3)),
];

static REFUSALS: [RefusalGround; 4] = [
    inaccurate_documents(S),
    RefusalGround {
        text: "The applicant, or the data submitted, does not meet the licensing requirements.",
        scope: RefusalScope::Any,
        cite: Citation::row_sub(S, 9, 2),
    },
    court_prohibition(S, 3),
    special_right_deprived(S, 4),
];

pub static SERVICE: Service = Service {
    id: ServiceId::CryptoSalePermit,
    name: "Issuance of permission for sale (including other transfer) of means of cryptographic protection of information",
    short_name: "Permit: sale of cryptographic protection means",
    keywords: &["permit", "permission", "sale", "sell", "transfer", "cryptographic", "encryption", "CIPF"],
    name_cite: Citation::paragraph(S, 1),
    recipients: "Individuals or legal entities (branches or representative offices of a legal entity, licensees)",
    recipients_cite: Citation::paragraph(S, 2),
    applicant_kinds: BOTH_KINDS,
    result: "A permit, or a reasoned refusal, sent to your personal account on the portal as an electronic document.",
    result_cite: Citation::row(S, 5),
    actions: &[ActionSpec {
        action: Action::Issue,
        term: Term { working_days: 8, cite: Citation::row(S, 3), stages: &STAGES, pauses: &[], hearing: hearing(S, None) },
        fee: Fee::Mci { tenths: 90, cite: Citation::row(S, 6) },
    }],
    variants: None,
    reissue: None,
    documents: &DOCUMENTS,
    refusal_grounds: &REFUSALS,
    other_requirements: &[digital_signature(S)],
    appeals: &APPEALS,
};
