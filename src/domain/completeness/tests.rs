use super::*;
use crate::domain::catalogue::{ApplicantKind, ServiceId, SERVICES};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
}

/// A valid IIN / BIN: the first 11 digits and the control digit that fits.
fn with_control(first11: &str) -> String {
    (0..10).map(|c| format!("{first11}{c}")).find(|s| crate::domain::validators::iin(s).is_ok() || crate::domain::validators::bin(s).is_ok()).unwrap()
}

use crate::domain::examples::complete;

#[test]
fn a_complete_draft_is_ready_for_every_service_kind_and_action() {
    for s in SERVICES {
        let variants: Vec<&str> = s.variants.map(|v| vec![v.options[0].id]).unwrap_or_default();
        for a in s.actions {
            for kind in [ApplicantKind::LegalEntity, ApplicantKind::Individual] {
                let draft = complete(s.id, a.action, kind, &variants);
                let verdict = check(&draft, today());
                assert!(verdict.ready(), "{:?} {:?} {kind:?}: {:?}", s.id, a.action, verdict.findings);
            }
        }
    }
}

#[test]
fn a_missing_document_is_named_with_its_clause() {
    let mut draft = complete(ServiceId::StmImportExport, Action::Issue, ApplicantKind::LegalEntity, &["import"]);
    draft.attachments.retain(|a| a.document != "trade-contract");
    let verdict = check(&draft, today());
    assert!(!verdict.ready());
    let finding = &verdict.findings[0];
    assert_eq!(finding.place, Place::Document { document: "trade-contract" });
    assert_eq!(finding.citation.to_string(), "Rules 4, Annex 1, row 8, subparagraph 2)");
}

#[test]
fn licence_issue_documents_and_payment_proof() {
    let draft = complete(ServiceId::StmLicence, Action::Issue, ApplicantKind::LegalEntity, &["development-production"]);
    let ids: Vec<(&str, DocumentState)> = checklist(&draft).iter().map(|(d, s)| (d.id, *s)).collect();
    assert_eq!(ids, [("application", DocumentState::Form), ("fee-payment", DocumentState::Attached), ("qualification-information", DocumentState::Form)]);
    // Paid through the e-government gateway: no proof needed, and no fee risk.
    let mut gateway = draft.clone();
    gateway.attachments.clear();
    gateway.waived.insert("fee-payment".into());
    let verdict = check(&gateway, today());
    assert!(verdict.ready());
    assert!(!verdict.risks.iter().any(|r| matches!(r, Risk::FeeNotPaid { .. })));
    // Neither: the proof is missing (row 8) and the unpaid fee is a refusal risk (row 9).
    let mut unpaid = draft;
    unpaid.attachments.clear();
    let verdict = check(&unpaid, today());
    assert_eq!(verdict.findings[0].citation.to_string(), "Rules 1, Annex 1, row 8, subparagraph 1)");
    assert!(verdict.risks.iter().any(|r| matches!(r, Risk::FeeNotPaid { .. })));
}

#[test]
fn conditional_fields_follow_the_variant_and_answers() {
    // Transit needs the EAEU country of transit; import needs none.
    let mut draft = complete(ServiceId::CryptoImportExport, Action::Issue, ApplicantKind::LegalEntity, &["import"]);
    draft.answers.remove("transit-country");
    assert!(check(&draft, today()).ready());
    draft.variants = vec!["transit".into()];
    let verdict = check(&draft, today());
    assert_eq!(verdict.findings.iter().map(|f| f.place.clone()).collect::<Vec<_>>(), [Place::Field { annex: 3, field: "transit-country" }]);
    draft.answers.insert("transit-country".into(), "China".into());
    assert_eq!(check(&draft, today()).findings[0].problem, Problem::Invalid(Invalid::NotEaeuMember));
    // Temporary export needs the term.
    let mut temporary = complete(ServiceId::StmImportExport, Action::Issue, ApplicantKind::Individual, &["temporary-export"]);
    temporary.answers.remove("temporary-term");
    assert_eq!(check(&temporary, today()).findings[0].place, Place::Field { annex: 3, field: "temporary-term" });
}

#[test]
fn service_1_subtypes_pick_annex_4_sections() {
    let draft = complete(ServiceId::StmLicence, Action::Issue, ApplicantKind::Individual, &["repair-sale"]);
    let form = crate::domain::forms::form(ServiceId::StmLicence, 4).unwrap();
    let shown: Vec<&str> = shown_sections(form, &draft).map(|s| s.id).collect();
    assert_eq!(shown, ["repair-sale", "repair-sale-resources"]);
    let mut both = draft.clone();
    both.variants = vec!["development-production".into(), "repair-sale".into()];
    assert_eq!(shown_sections(form, &both).count(), 4);
    // Development sections are now shown, and their table is checked.
    both.tables.remove("dp-specialists");
    assert!(check(&both, today()).findings.iter().any(|f| f.place == Place::Table { annex: 4, table: "dp-specialists" }));
    let mut none = draft;
    none.variants.clear();
    assert_eq!(check(&none, today()).findings[0].place, Place::Variant);
}

#[test]
fn reissue_reorganization_kind_and_window() {
    let mut draft = complete(ServiceId::CryptoDevLicence, Action::Reissue, ApplicantKind::LegalEntity, &[]);
    draft.answers.insert("grounds".into(), "entity-name,reorganization".into());
    draft.answers.remove("reorganization-kind");
    let verdict = check(&draft, today());
    assert_eq!(verdict.findings[0].place, Place::Field { annex: 5, field: "reorganization-kind" });
    // The change on 20 Nov 2026: deadline 20 Dec is a Sunday → Mon 21 Dec; 18 days left.
    assert!(verdict.risks.contains(&Risk::ReissueWindow {
        deadline: NaiveDate::from_ymd_opt(2026, 12, 21).unwrap(),
        state: WindowState::Open { days_left: 18 },
        citation: Citation::paragraph(2, 5),
    }));
}

#[test]
fn the_notification_file_must_be_xls_and_not_empty() {
    let mut draft = complete(ServiceId::CryptoNotification, Action::Issue, ApplicantKind::LegalEntity, &[]);
    assert!(check(&draft, today()).ready());
    draft.attachments.iter_mut().filter(|a| a.document == "notification-xls").for_each(|a| a.name = "notification.xlsx".into());
    assert_eq!(check(&draft, today()).findings[0].problem, Problem::WrongFileType);
    draft.attachments.iter_mut().filter(|a| a.document == "notification-xls").for_each(|a| {
        a.name = "NOTIFICATION.XLS".into();
        a.size = 0;
    });
    assert_eq!(check(&draft, today()).findings[0].problem, Problem::EmptyFile);
    // A foreign-language authority document needs its certified translation.
    let mut foreign = complete(ServiceId::CryptoNotification, Action::Issue, ApplicantKind::LegalEntity, &[]);
    foreign.answers.insert("authority-document-foreign".into(), "true".into());
    let verdict = check(&foreign, today());
    assert_eq!(verdict.findings[0].place, Place::Document { document: "authority-translation" });
    assert_eq!(verdict.findings[0].citation.to_string(), "Rules 7, Annex 1, row 8, subparagraph 4)");
}

#[test]
fn invalid_values_and_id_kinds() {
    let mut draft = complete(ServiceId::TechnicalStudy, Action::Issue, ApplicantKind::Individual, &[]);
    // An individual gives an IIN: a BIN there is refused.
    draft.answers.insert("applicant-id".into(), with_control("15044001234"));
    draft.answers.insert("email".into(), "not an address".into());
    let problems: Vec<Problem> = check(&draft, today()).findings.iter().map(|f| f.problem).collect();
    assert_eq!(problems, [Problem::Invalid(Invalid::IinNotBin), Problem::Invalid(Invalid::Email)]);
}

#[test]
fn nothing_chosen_is_one_clear_finding() {
    let verdict = check(&Draft::default(), today());
    assert_eq!(verdict.findings.len(), 1);
    assert_eq!(verdict.findings[0].place, Place::Service);
}
