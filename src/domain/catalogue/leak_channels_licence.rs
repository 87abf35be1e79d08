//! Rules 3: licence for services identifying technical channels of information leakage and STM.
use super::common::*;
use super::types::*;
use crate::domain::citation::Citation;

const S: u8 = 3;

static ISSUE_STAGES: [Stage; 3] = licence_issue_stages(S);
static REISSUE_STAGES: [Stage; 2] = licence_reissue_stages(S);
static GROUNDS: [ReissueGround; 5] = licence_reissue_grounds(S);
static REISSUE: ReissueSpec = licence_reissue(&GROUNDS, S);
static REFUSALS: [RefusalGround; 8] = licence_refusal_grounds(S);
static APPEALS: [Appeal; 3] = appeals(S, 7);
const LICENCE_DOCS: [DocumentSpec; 7] = licence_documents(S, [2, 3], [6, 7]);

// Row 8 offers Annex 4 "или" (or) Annex 5; the stray Russian word is the translation's.
static DOCUMENTS: [DocumentSpec; 9] = {
    let [a, b, c, d, e, f, g] = LICENCE_DOCS;
    [
        a,
        b,
        c,
        qualification_form(S, 4, "Information on compliance with the qualification requirements", Some("standard")),
        qualification_form(
            S,
            5,
            "Information on compliance with the qualification requirements within an information-security operations centre or incident response service",
            Some("operations-centre"),
        ),
        d,
        e,
        f,
        g,
    ]
};

static VARIANTS: VariantSpec = VariantSpec {
    question: "Will you provide these services within an information-security operations centre or an information-security incident response service?",
    multiple: false,
    options: &[
        VariantOption { id: "standard", label: "No: the standard licence (qualification test required)", cite: Citation::row_sub(S, 8, 1) },
        VariantOption {
            id: "operations-centre",
            label: "Yes: within an operations centre or incident response service (no qualification test)",
            cite: Citation::paragraph(S, 4),
        },
    ],
    cite: Citation::row_sub(S, 8, 1),
};

pub static SERVICE: Service = Service {
    id: ServiceId::LeakChannelsLicence,
    name: "Issuance of a license for provision of services to identify technical channels of information leakage and special technical means intended for operational-search activities",
    short_name: "Licence: identifying technical leakage channels",
    keywords: &["licence", "license", "leakage", "technical channels", "special technical means", "operations centre", "SOC", "incident response", "search"],
    name_cite: Citation::paragraph(S, 1),
    recipients: "Individuals or legal entities (branches or representative offices of a legal entity, licensees)",
    recipients_cite: Citation::paragraph(S, 2),
    applicant_kinds: BOTH_KINDS,
    result: "A license, a reissued license, or a reasoned refusal, sent to your personal account on the portal as an electronic document.",
    result_cite: Citation::row(S, 5),
    actions: &[
        ActionSpec {
            action: Action::Issue,
            term: Term { working_days: 15, cite: Citation::row_sub(S, 3, 1), stages: &ISSUE_STAGES, pauses: &[], hearing: hearing(S, None) },
            fee: Fee::Mci { tenths: 200, cite: Citation::row_sub(S, 6, 1) },
        },
        ActionSpec {
            action: Action::Reissue,
            term: Term { working_days: 3, cite: Citation::row_sub(S, 3, 2), stages: &REISSUE_STAGES, pauses: &[], hearing: hearing(S, None) },
            fee: Fee::Mci { tenths: 20, cite: Citation::row_sub(S, 6, 2) },
        },
    ],
    variants: Some(&VARIANTS),
    reissue: Some(&REISSUE),
    documents: &DOCUMENTS,
    refusal_grounds: &REFUSALS,
    other_requirements: &[digital_signature(S)],
    appeals: &APPEALS,
};
