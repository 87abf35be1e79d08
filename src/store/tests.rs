use super::*;
use crate::domain::catalogue::{Action, ApplicantKind, ServiceId};
use crate::domain::draft::Attachment;

fn sample() -> Entry {
    let mut draft = Draft::new(ServiceId::TechnicalStudy);
    draft.kind = ApplicantKind::Individual;
    draft.answers.insert("email".into(), "a@b.kz".into());
    draft.tables.insert("goods".into(), vec![std::rc::Rc::new([("name".to_string(), "Router".to_string())].into_iter().collect())]);
    draft.attachments.push(Attachment { document: "technical-documentation".into(), name: "spec.pdf".into(), size: 10, mime: "application/pdf".into(), sha256: "ab".repeat(32) });
    Entry { id: "d1".into(), name: "Router study".into(), changed_at: "2026-12-03T10:00:00+00:00".into(), draft }
}

#[test]
fn a_library_round_trips() {
    let library = Library { entries: vec![sample()], open: [(ServiceId::TechnicalStudy, "d1".to_string())].into_iter().collect() };
    assert_eq!(decode_library(&encode_library(&library)), Ok(library));
}

#[test]
fn an_exported_draft_imports_with_the_same_answers_and_digest() {
    let entry = sample();
    let text = export_entry(&entry);
    assert!(!text.contains("contents"), "only descriptions of attachments travel");
    let back = import_entry(&text, text.len() as u64, "x", "now").unwrap();
    assert_eq!(back, entry);
    assert_eq!(digest(&back.draft), digest(&entry.draft));
    assert_eq!(digest(&entry.draft).len(), 8);
}

#[test]
fn a_format_1_draft_from_the_first_release_opens() {
    // Stored by the first release: a bare draft with "format": 1 and no name.
    let old = r#"{"format":1,"service":"stm-licence","action":"reissue","kind":"legal_entity","variants":["repair-sale"],
        "answers":{"applicant-name":"TOO Example","email":"office@example.kz"},"tables":{},"attachments":[],
        "waived":["fee-payment"],"paid_on":"2026-11-30","submit_at":null}"#;
    let entry = import_entry(old, old.len() as u64, "Imported draft", "2026-12-03T10:00:00+00:00").unwrap();
    assert_eq!(entry.name, "Imported draft");
    assert_eq!(entry.draft.service, Some(ServiceId::StmLicence));
    assert_eq!(entry.draft.action, Action::Reissue);
    assert_eq!(entry.draft.answer("applicant-name"), Some("TOO Example"));
    assert!(entry.draft.waived.contains("fee-payment"));
    assert_eq!(entry.draft.format, crate::domain::draft::DRAFT_FORMAT);
}

#[test]
fn a_format_1_draft_left_in_storage_by_the_first_release_opens() {
    let old = r#"{"format":1,"service":"crypto-sale-permit","action":"issue","kind":"individual","variants":[],
        "answers":{"applicant-name":"Aigerim Example"},"tables":{},"attachments":[],"waived":[],"paid_on":null,"submit_at":null}"#;
    let library = decode_library(old).unwrap();
    assert_eq!(library.entries.len(), 1);
    assert_eq!(library.entries[0].draft.answer("applicant-name"), Some("Aigerim Example"));
    assert_eq!(library.open[&ServiceId::CryptoSalePermit], library.entries[0].id);
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let good = export_entry(&sample());
    assert_eq!(import_entry("{not json", 9, "x", "now"), Err(LoadError::Damaged));
    assert_eq!(import_entry(&good[..good.len() / 2], 100, "x", "now"), Err(LoadError::Damaged));
    assert_eq!(import_entry(r#"{"hello": "world"}"#, 18, "x", "now"), Err(LoadError::NotADraft));
    assert_eq!(import_entry(&good.replace("\"format\": 2", "\"format\": 9"), 100, "x", "now"), Err(LoadError::Newer { format: 9 }));
    assert_eq!(import_entry(&good, MAX_IMPORT_BYTES + 1, "x", "now"), Err(LoadError::TooLarge));
    assert_eq!(import_entry(&good.replace("\"technical-study\"", "\"no-such-service\""), 100, "x", "now"), Err(LoadError::Damaged));
    assert_eq!(decode_library("[]"), Err(LoadError::NotADraft));
}

#[test]
fn the_digest_changes_with_any_answer() {
    let a = sample();
    let mut b = a.clone();
    b.draft.answers.insert("email".into(), "c@b.kz".into());
    assert_ne!(digest(&a.draft), digest(&b.draft));
    // The name and time of change are not answers.
    let mut c = a.clone();
    c.name = "Other".into();
    assert_eq!(digest(&a.draft), digest(&c.draft));
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn importing_any_text_never_panics(s in "\\PC{0,300}") {
            let _ = import_entry(&s, s.len() as u64, "x", "now");
            let _ = decode_library(&s);
        }

        #[test]
        fn importing_mangled_exports_never_panics(cut in 0usize..400, insert in "\\PC{0,5}") {
            let good = export_entry(&sample());
            let at = cut.min(good.len());
            let at = (0..=at).rev().find(|i| good.is_char_boundary(*i)).unwrap_or(0);
            let mangled = format!("{}{}{}", &good[..at], insert, &good[at..]);
            let _ = import_entry(&mangled, mangled.len() as u64, "x", "now");
        }
    }
}
