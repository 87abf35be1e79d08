//! Clauses that several Rules texts state in the same words, parameterised by the service's
//! Rules number (and paragraph numbers, which shift where a Rules text has a reissue paragraph).
use super::types::*;
use crate::domain::citation::Citation;

const LEGAL: ApplicantKind = ApplicantKind::LegalEntity;
const INDIVIDUAL: ApplicantKind = ApplicantKind::Individual;
pub const BOTH_KINDS: &[ApplicantKind] = &[LEGAL, INDIVIDUAL];

/// Chapter 3: to the provider (5 working days), to the quality body (15), then the court.
pub const fn appeals(service: u8, first_paragraph: u8) -> [Appeal; 3] {
    [
        Appeal {
            body: "The service provider (addressed to its head)",
            working_days: Some(5),
            text: "A complaint received by the service provider is considered within five working days from the date of its registration.",
            cite: Citation::paragraph(service, first_paragraph + 1),
        },
        Appeal {
            body: "The authorized body for assessment and control over the quality of public services",
            working_days: Some(15),
            text: "A complaint received by the authorized body is considered within fifteen working days from the date of its registration.",
            cite: Citation::paragraph(service, first_paragraph + 2),
        },
        Appeal {
            body: "The court",
            working_days: None,
            text: "If you disagree with the result you may go to court; unless the law says otherwise, only after a pre-trial appeal.",
            cite: Citation::paragraph(service, first_paragraph + 2),
        },
    ]
}

/// The hearing clause of paragraph 4 (identical in all eight Rules texts).
pub const fn hearing(service: u8, extends_term_by: Option<u32>) -> Hearing {
    Hearing { notice_before_end: 3, held_within: 2, extends_term_by, cite: Citation::paragraph(service, 4) }
}

/// Paragraph 4 of the three licence Rules: 2 days completeness, 10 qualification, 3 decision.
pub const fn licence_issue_stages(service: u8) -> [Stage; 3] {
    [
        Stage {
            id: "completeness",
            name: "Completeness check of the documents",
            by_working_day: 2,
            cite: Citation::paragraph(service, 4),
        },
        Stage {
            id: "qualification",
            name: "Check of compliance with the qualification requirements (visit, qualification test)",
            by_working_day: 12,
            cite: Citation::paragraph(service, 4),
        },
        Stage {
            id: "decision",
            name: "Licence, or notice of a preliminary refusal and hearing",
            by_working_day: 15,
            cite: Citation::paragraph(service, 4),
        },
    ]
}

/// Paragraph 5 of the three licence Rules: 2 days completeness and changes, 1 day decision.
pub const fn licence_reissue_stages(service: u8) -> [Stage; 2] {
    [
        Stage {
            id: "completeness",
            name: "Check of completeness and of the changes behind the reissue",
            by_working_day: 2,
            cite: Citation::paragraph(service, 5),
        },
        Stage {
            id: "decision",
            name: "Reissued licence or reasoned refusal",
            by_working_day: 3,
            cite: Citation::paragraph(service, 5),
        },
    ]
}

/// Paragraph 5 of the three licence Rules.
pub const fn licence_reissue_grounds(service: u8) -> [ReissueGround; 5] {
    [
        ReissueGround {
            id: "name-change",
            text: "Change of surname, name, patronymic (if any) of the individual licensee",
            kinds: &[INDIVIDUAL],
            cite: Citation::paragraph_sub(service, 5, 1),
        },
        ReissueGround {
            id: "entrepreneur-reregistration",
            text: "Re-registration of an individual entrepreneur-licensee, change of its name or legal address",
            kinds: &[INDIVIDUAL],
            cite: Citation::paragraph_sub(service, 5, 2),
        },
        ReissueGround {
            id: "reorganization",
            text: "Reorganization of the legal entity-licensee (Article 34 of the Law \"On permissions and notifications\")",
            kinds: &[LEGAL],
            cite: Citation::paragraph_sub(service, 5, 3),
        },
        ReissueGround {
            id: "entity-name-or-location",
            text: "Change of the name and (or) location of the legal entity-licensee",
            kinds: &[LEGAL],
            cite: Citation::paragraph_sub(service, 5, 4),
        },
        ReissueGround {
            id: "required-by-law",
            text: "A requirement for re-registration in the laws of the Republic of Kazakhstan",
            kinds: BOTH_KINDS,
            cite: Citation::paragraph_sub(service, 5, 5),
        },
    ]
}

pub const fn licence_reissue(grounds: &'static [ReissueGround], service: u8) -> ReissueSpec {
    ReissueSpec { grounds, window_calendar_days: 30, window_cite: Citation::paragraph(service, 5) }
}

/// Annex 1 row 9 of the three licence Rules.
pub const fn licence_refusal_grounds(service: u8) -> [RefusalGround; 8] {
    const ANY: RefusalScope = RefusalScope::Any;
    const DIVISION: RefusalScope = RefusalScope::ReorganizationByDivision;
    [
        RefusalGround { text: "The documents submitted, or the data in them, are found to be inaccurate.", scope: ANY, cite: Citation::row_sub(service, 9, 1) },
        RefusalGround { text: "The licence fee has not been paid.", scope: ANY, cite: Citation::row_sub(service, 9, 2) },
        RefusalGround { text: "The applicant, or the data submitted, does not meet the qualification requirements.", scope: ANY, cite: Citation::row_sub(service, 9, 3) },
        RefusalGround { text: "A court decision (verdict) in force suspends or prohibits the applicant's licensed activity.", scope: ANY, cite: Citation::row_sub(service, 9, 4) },
        RefusalGround { text: "On the recommendation of the enforcement agent, a court has temporarily prohibited issuing a licence to the applicant as a debtor.", scope: ANY, cite: Citation::row_sub(service, 9, 5) },
        RefusalGround { text: "Reorganization by division: the reissue documents were not submitted or were drawn up improperly.", scope: DIVISION, cite: Citation::row(service, 9) },
        RefusalGround { text: "Reorganization by division: the applicant does not meet the qualification requirements.", scope: DIVISION, cite: Citation::row(service, 9) },
        RefusalGround { text: "Reorganization by division: the licence was already reissued to another legal entity formed by the division.", scope: DIVISION, cite: Citation::row(service, 9) },
    ]
}

/// Grounds 1, 3 and 4 of row 9 shared by the permit and conclusion Rules (4–8), worded alike.
pub const fn inaccurate_documents(service: u8) -> RefusalGround {
    RefusalGround { text: "The documents submitted, or the data in them, are found to be inaccurate.", scope: RefusalScope::Any, cite: Citation::row_sub(service, 9, 1) }
}
pub const fn eaeu_non_compliance(service: u8) -> RefusalGround {
    RefusalGround {
        text: "The applicant or the materials, objects, data and information submitted do not meet the requirements of EEC Board Decision No. 30 of 21 April 2015 \"On non-tariff regulation measures\".",
        scope: RefusalScope::Any,
        cite: Citation::row_sub(service, 9, 2),
    }
}
pub const fn court_prohibition(service: u8, sub: u8) -> RefusalGround {
    RefusalGround { text: "A court decision (verdict) in force prohibits the applicant's activity that requires this service.", scope: RefusalScope::Any, cite: Citation::row_sub(service, 9, sub) }
}
pub const fn special_right_deprived(service: u8, sub: u8) -> RefusalGround {
    RefusalGround { text: "A court decision in force deprives the applicant of a special right related to this service.", scope: RefusalScope::Any, cite: Citation::row_sub(service, 9, sub) }
}

pub const fn digital_signature(service: u8) -> Requirement {
    Requirement { text: "You apply through the portal (egov.kz, elicense.kz) and need an electronic digital signature.", cite: Citation::row(service, 10) }
}
pub const fn representative_powers(service: u8) -> Requirement {
    Requirement { text: "A representative's powers must be formalized under the civil legislation of the Republic of Kazakhstan.", cite: Citation::row(service, 10) }
}

/// Annex 1 row 8 subparagraph 1) of the licence Rules: application (legal entity or individual)
/// and payment proof for the issue; subparagraph 2): the same and evidence of changes for reissue.
pub const fn licence_documents(service: u8, issue_annexes: [u8; 2], reissue_annexes: [u8; 2]) -> [DocumentSpec; 7] {
    use Action::{Issue, Reissue};
    const fn applies(action: Action, kind: Option<ApplicantKind>) -> Applies {
        Applies { action: Some(action), kind, variant: None }
    }
    [
        DocumentSpec { id: "application", name: "Application of a legal entity to obtain a licence", applies: applies(Issue, Some(LEGAL)), condition: DocCondition::Required, form_annex: Some(issue_annexes[0]), extensions: &[], cite: Citation::row_sub(service, 8, 1) },
        DocumentSpec { id: "application", name: "Application of an individual to obtain a licence", applies: applies(Issue, Some(INDIVIDUAL)), condition: DocCondition::Required, form_annex: Some(issue_annexes[1]), extensions: &[], cite: Citation::row_sub(service, 8, 1) },
        DocumentSpec { id: "fee-payment", name: "Information confirming payment of the licence fee to the budget", applies: applies(Issue, None), condition: DocCondition::UnlessPaidViaGateway, form_annex: None, extensions: &[], cite: Citation::row_sub(service, 8, 1) },
        DocumentSpec { id: "application", name: "Application of a legal entity to reissue the licence", applies: applies(Reissue, Some(LEGAL)), condition: DocCondition::Required, form_annex: Some(reissue_annexes[0]), extensions: &[], cite: Citation::row_sub(service, 8, 2) },
        DocumentSpec { id: "application", name: "Application of an individual to reissue the licence", applies: applies(Reissue, Some(INDIVIDUAL)), condition: DocCondition::Required, form_annex: Some(reissue_annexes[1]), extensions: &[], cite: Citation::row_sub(service, 8, 2) },
        DocumentSpec { id: "fee-payment", name: "Information confirming payment of the licence fee to the budget", applies: applies(Reissue, None), condition: DocCondition::UnlessPaidViaGateway, form_annex: None, extensions: &[], cite: Citation::row_sub(service, 8, 2) },
        DocumentSpec { id: "change-evidence", name: "Electronic copies of documents about the changes behind the reissue", applies: applies(Reissue, None), condition: DocCondition::UnlessInStateSystems, form_annex: None, extensions: &[], cite: Citation::row_sub(service, 8, 2) },
    ]
}

pub const fn qualification_form(service: u8, annex: u8, name: &'static str, variant: Option<&'static str>) -> DocumentSpec {
    DocumentSpec {
        id: "qualification-information",
        name,
        applies: Applies { action: Some(Action::Issue), kind: None, variant },
        condition: DocCondition::Required,
        form_annex: Some(annex),
        extensions: &[],
        cite: Citation::row_sub(service, 8, 1),
    }
}

/// The kinds of movement named in the application form of Rules 4 and 5 (Annex 3).
pub const fn movement_options(service: u8) -> [VariantOption; 5] {
    let cite = Citation::annex(service, 3);
    [
        VariantOption { id: "import", label: "Import", cite },
        VariantOption { id: "export", label: "Export", cite },
        VariantOption { id: "temporary-import", label: "Temporary import", cite },
        VariantOption { id: "temporary-export", label: "Temporary export", cite },
        VariantOption { id: "transit", label: "Transit", cite },
    ]
}

pub const fn movement_kinds(service: u8, options: &'static [VariantOption]) -> VariantSpec {
    VariantSpec { question: "What kind of movement of the goods is it?", multiple: false, options, cite: Citation::annex(service, 3) }
}

/// Paragraph 4 of Rules 4 and 5: completeness within 5 working days, decision within 3 more.
pub const fn permit_stages(service: u8) -> [Stage; 2] {
    [
        Stage { id: "completeness", name: "Completeness check of the documents (and, if needed, a request for samples)", by_working_day: 5, cite: Citation::paragraph(service, 4) },
        Stage { id: "decision", name: "Permit, or notice of a preliminary refusal and hearing", by_working_day: 8, cite: Citation::paragraph(service, 4) },
    ]
}

/// "The term for providing samples is 5 calendar days from the notification … not included in the term."
pub const fn sample_pause(service: u8) -> Pause {
    Pause { id: "samples", name: "Providing samples, if the provider asks for them", length: Length::CalendarDays(5), after_stage: "completeness", cite: Citation::paragraph(service, 4) }
}

/// The application form of Rules 4–7, which a legal entity and an individual fill alike.
pub const fn application(service: u8, annex: u8, name: &'static str) -> DocumentSpec {
    DocumentSpec { id: "application", name, applies: Applies::ALWAYS, condition: DocCondition::Required, form_annex: Some(annex), extensions: &[], cite: Citation::row_sub(service, 8, 1) }
}

pub const fn document(id: &'static str, name: &'static str, condition: DocCondition, cite: Citation) -> DocumentSpec {
    DocumentSpec { id, name, applies: Applies::ALWAYS, condition, form_annex: None, extensions: &[], cite }
}
