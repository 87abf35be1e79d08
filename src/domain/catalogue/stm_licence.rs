//! Rules 1: licence for development, production, repair and sale of special technical means.
use super::common::*;
use super::types::*;
use crate::domain::citation::Citation;

const S: u8 = 1;

static ISSUE_STAGES: [Stage; 3] = licence_issue_stages(S);
static REISSUE_STAGES: [Stage; 2] = licence_reissue_stages(S);
static GROUNDS: [ReissueGround; 5] = licence_reissue_grounds(S);
static REISSUE: ReissueSpec = licence_reissue(&GROUNDS, S);
static REFUSALS: [RefusalGround; 8] = licence_refusal_grounds(S);
static APPEALS: [Appeal; 3] = appeals(S, 7);
const LICENCE_DOCS: [DocumentSpec; 7] = licence_documents(S, [2, 3], [5, 6]);

static DOCUMENTS: [DocumentSpec; 8] = {
    let [a, b, c, d, e, f, g] = LICENCE_DOCS;
    [
        a,
        b,
        c,
        qualification_form(S, 4, "Information on compliance with the qualification requirements (sections for each declared subtype)", None),
        d,
        e,
        f,
        g,
    ]
};

static SUBTYPES: VariantSpec = VariantSpec {
    question: "Which subtypes of activity do you apply for? You may choose both.",
    multiple: true,
    options: &[
        VariantOption {
            id: "development-production",
            label: "Development, production of special technical means intended for operational-search activities",
            cite: Citation::paragraph_sub(S, 1, 1),
        },
        VariantOption {
            id: "repair-sale",
            label: "Repair and sale of special technical means intended for operational-search activities",
            cite: Citation::paragraph_sub(S, 1, 2),
        },
    ],
    cite: Citation::paragraph(S, 1),
};

pub static SERVICE: Service = Service {
    id: ServiceId::StmLicence,
    name: "Issuance of a license to engage in activities for development, production, repair and sale of special technical means intended for operational-search activities",
    short_name: "Licence: special technical means (development, production, repair, sale)",
    keywords: &["licence", "license", "special technical means", "STM", "develop", "produce", "production", "repair", "sell", "sale", "operational-search"],
    name_cite: Citation::paragraph(S, 1),
    recipients: "Individuals or legal entities (branches or representative offices of a legal entity, licensees)",
    recipients_cite: Citation::paragraph(S, 2),
    applicant_kinds: BOTH_KINDS,
    result: "A license indicating the subtype(s) of activity, a reissued license, or a reasoned refusal, sent to your personal account on the portal as an electronic document.",
    result_cite: Citation::row(S, 5),
    actions: &[
        ActionSpec {
            action: Action::Issue,
            term: Term { working_days: 15, cite: Citation::row_sub(S, 3, 1), stages: &ISSUE_STAGES, pauses: &[], hearing: hearing(S, None) },
            fee: Fee::Mci { tenths: 200, cite: Citation::row(S, 6) },
        },
        ActionSpec {
            action: Action::Reissue,
            term: Term { working_days: 3, cite: Citation::row_sub(S, 3, 2), stages: &REISSUE_STAGES, pauses: &[], hearing: hearing(S, None) },
            fee: Fee::Mci { tenths: 20, cite: Citation::row(S, 6) },
        },
    ],
    variants: Some(&SUBTYPES),
    reissue: Some(&REISSUE),
    documents: &DOCUMENTS,
    refusal_grounds: &REFUSALS,
    other_requirements: &[digital_signature(S)],
    appeals: &APPEALS,
};
