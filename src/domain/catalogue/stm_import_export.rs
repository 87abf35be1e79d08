//! Rules 4: conclusion (permit) for import, export and transit of special technical means.
use super::common::*;
use super::types::*;
use crate::domain::citation::Citation;

const S: u8 = 4;

static STAGES: [Stage; 2] = permit_stages(S);
static PAUSES: [Pause; 1] = [sample_pause(S)];
static MOVEMENT_OPTIONS: [VariantOption; 5] = movement_options(S);
static MOVEMENT: VariantSpec = movement_kinds(S, &MOVEMENT_OPTIONS);
static APPEALS: [Appeal; 3] = appeals(S, 6);

static DOCUMENTS: [DocumentSpec; 4] = [
    application(S, 3, "Application for a conclusion (permit) with the table of special technical means"),
    document(
        "trade-contract",
        "Foreign trade agreement (contract), its annex and (or) addendum, or another document confirming the intentions of the parties",
        DocCondition::Required,
        Citation::row_sub(S, 8, 2),
    ),
    document("technical-documentation", "Technical documentation for the special technical means", DocCondition::Required, Citation::row_sub(S, 8, 3)),
    document("samples", "Samples of the special technical means", DocCondition::OnRequest, Citation::row(S, 8)),
];

static REFUSALS: [RefusalGround; 5] = [
    inaccurate_documents(S),
    eaeu_non_compliance(S),
    court_prohibition(S, 3),
    special_right_deprived(S, 4),
    RefusalGround {
        text: "There are grounds confirming that the import or export of the special technical means may harm national security.",
        scope: RefusalScope::Any,
        cite: Citation::row_sub(S, 9, 5),
    },
];

pub static SERVICE: Service = Service {
    id: ServiceId::StmImportExport,
    name: "Issuance of a conclusion (permit) for import, export and transit of special technical means intended for secret receipt of information, to which measures of non-tariff regulation in trade with third countries are applied",
    short_name: "Permit: import, export, transit of special technical means",
    keywords: &["permit", "conclusion", "import", "export", "transit", "special technical means", "STM", "goods", "customs", "EAEU", "2.17"],
    name_cite: Citation::paragraph(S, 1),
    recipients: "Individuals or legal entities (branches or representative offices of a legal entity, licensees)",
    recipients_cite: Citation::paragraph(S, 2),
    applicant_kinds: BOTH_KINDS,
    result: "A conclusion (permit) in the form of Annex 2, or a reasoned refusal, sent to your personal account on the portal as an electronic document.",
    result_cite: Citation::row(S, 5),
    actions: &[ActionSpec {
        action: Action::Issue,
        term: Term { working_days: 8, cite: Citation::row(S, 3), stages: &STAGES, pauses: &PAUSES, hearing: hearing(S, None) },
        fee: Fee::Free { cite: Citation::row(S, 6) },
    }],
    variants: Some(&MOVEMENT),
    reissue: None,
    documents: &DOCUMENTS,
    refusal_grounds: &REFUSALS,
    other_requirements: &[representative_powers(S), digital_signature(S)],
    appeals: &APPEALS,
};
