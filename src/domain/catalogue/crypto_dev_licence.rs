//! Rules 2: licence for development of means of cryptographic protection of information.
use super::common::*;
use super::types::*;
use crate::domain::citation::Citation;

const S: u8 = 2;

static ISSUE_STAGES: [Stage; 3] = licence_issue_stages(S);
static REISSUE_STAGES: [Stage; 2] = licence_reissue_stages(S);
static GROUNDS: [ReissueGround; 5] = licence_reissue_grounds(S);
static REISSUE: ReissueSpec = licence_reissue(&GROUNDS, S);
static REFUSALS: [RefusalGround; 8] = licence_refusal_grounds(S);
static APPEALS: [Appeal; 3] = appeals(S, 7);
const LICENCE_DOCS: [DocumentSpec; 7] = licence_documents(S, [2, 3], [5, 6]);

static DOCUMENTS: [DocumentSpec; 8] = {
    let [a, b, c, d, e, f, g] = LICENCE_DOCS;
    [a, b, c, qualification_form(S, 4, "Information on compliance with the qualification requirements", None), d, e, f, g]
};

pub static SERVICE: Service = Service {
    id: ServiceId::CryptoDevLicence,
    name: "Issuance of a license for development of means of cryptographic protection of information",
    short_name: "Licence: development of cryptographic protection means",
    keywords: &["licence", "license", "cryptographic", "cryptography", "encryption", "CIPF", "develop", "development"],
    name_cite: Citation::paragraph(S, 1),
    recipients: "Individuals or legal entities (branches and representative offices of a legal entity)",
    recipients_cite: Citation::paragraph(S, 2),
    applicant_kinds: BOTH_KINDS,
    result: "A license, a renewed license, or a reasoned refusal, sent to your personal account on the portal as an electronic document.",
    result_cite: Citation::row(S, 5),
    actions: &[
        ActionSpec {
            action: Action::Issue,
            term: Term { working_days: 15, cite: Citation::row_sub(S, 3, 1), stages: &ISSUE_STAGES, pauses: &[], hearing: hearing(S, None) },
            fee: Fee::Mci { tenths: 90, cite: Citation::row_sub(S, 6, 1) },
        },
        ActionSpec {
            action: Action::Reissue,
            term: Term { working_days: 3, cite: Citation::row_sub(S, 3, 2), stages: &REISSUE_STAGES, pauses: &[], hearing: hearing(S, None) },
            fee: Fee::Mci { tenths: 9, cite: Citation::row_sub(S, 6, 2) },
        },
    ],
    variants: None,
    reissue: Some(&REISSUE),
    documents: &DOCUMENTS,
    refusal_grounds: &REFUSALS,
    other_requirements: &[digital_signature(S)],
    appeals: &APPEALS,
};
