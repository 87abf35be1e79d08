use super::*;
use crate::domain::draft::Attachment;

fn state() -> AppState {
    AppState::new(NaiveDate::from_ymd_opt(2026, 12, 3).unwrap())
}

fn reduce(s: AppState, actions: Vec<Action>) -> AppState {
    actions.into_iter().fold(Rc::new(s), |s, a| s.reduce(a)).as_ref().clone()
}

#[test]
fn a_question_presets_the_draft() {
    let s = reduce(state(), vec![Action::Preset { service: ServiceId::StmLicence, action: ServiceAction::Issue, variant: Some("repair-sale".into()) }]);
    assert_eq!(s.draft(ServiceId::StmLicence).variants, ["repair-sale"]);
    // Starting again does not wipe what is there.
    let s = reduce(
        s,
        vec![
            Action::SetAnswer { service: ServiceId::StmLicence, field: "email".into(), value: "a@b.kz".into() },
            Action::Preset { service: ServiceId::StmLicence, action: ServiceAction::Issue, variant: Some("development-production".into()) },
        ],
    );
    assert_eq!(s.draft(ServiceId::StmLicence).answer("email"), Some("a@b.kz"));
    assert_eq!(s.draft(ServiceId::StmLicence).variants, ["repair-sale"]);
}

#[test]
fn a_setup_change_that_drops_answers_waits_for_confirmation() {
    let id = ServiceId::CryptoDevLicence;
    let s = reduce(state(), vec![Action::Preset { service: id, action: ServiceAction::Issue, variant: None }, Action::Setup(id, SetupChange::Kind(ApplicantKind::Individual))]);
    // Nothing answered yet: applied at once.
    assert_eq!(s.draft(id).kind, ApplicantKind::Individual);
    assert!(s.pending.is_none());
    let s = reduce(s, vec![Action::SetAnswer { service: id, field: "applicant-iin".into(), value: "x".into() }, Action::Setup(id, SetupChange::Kind(ApplicantKind::LegalEntity))]);
    assert_eq!(s.draft(id).kind, ApplicantKind::Individual);
    assert!(s.pending.is_some());
    let cancelled = reduce(s.clone(), vec![Action::CancelSetup]);
    assert_eq!(cancelled.draft(id).kind, ApplicantKind::Individual);
    let confirmed = reduce(s, vec![Action::ConfirmSetup]);
    assert_eq!(confirmed.draft(id).kind, ApplicantKind::LegalEntity);
    // The answer is kept, only left out.
    assert_eq!(confirmed.draft(id).answer("applicant-iin"), Some("x"));
}

#[test]
fn table_rows_add_duplicate_move_and_remove() {
    let id = ServiceId::TechnicalStudy;
    let t = || "goods".to_string();
    let s = reduce(
        state(),
        vec![
            Action::AddRow { service: id, table: t() },
            Action::SetCell { service: id, table: t(), row: 0, column: "name".into(), value: "A".into() },
            Action::DuplicateRow { service: id, table: t(), row: 0 },
            Action::SetCell { service: id, table: t(), row: 1, column: "name".into(), value: "B".into() },
            Action::MoveRow { service: id, table: t(), row: 1, up: true },
            Action::MoveRow { service: id, table: t(), row: 0, up: true },
            Action::MoveRow { service: id, table: t(), row: 5, up: false },
        ],
    );
    let draft = s.draft(id);
    let names: Vec<&str> = draft.rows("goods").iter().map(|r| r["name"].as_str()).collect();
    assert_eq!(names, ["B", "A"]);
    let s = reduce(s, vec![Action::RemoveRow { service: id, table: t(), row: 0 }, Action::RemoveRow { service: id, table: t(), row: 7 }]);
    assert_eq!(s.draft(id).rows("goods").len(), 1);
}

#[test]
fn steps_follow_the_forms_of_the_choice() {
    let mut draft = Draft::new(ServiceId::LeakChannelsLicence);
    draft.variants = vec!["operations-centre".into()];
    let id = ServiceId::LeakChannelsLicence;
    assert_eq!(steps(&draft), [Route::Setup(id), Route::Form(id, 2), Route::Form(id, 5), Route::Documents(id), Route::Review(id)]);
    assert_eq!(neighbours(&draft, Route::Form(id, 5)), (Some(Route::Form(id, 2)), Some(Route::Documents(id))));
    draft.action = ServiceAction::Reissue;
    draft.kind = ApplicantKind::Individual;
    assert_eq!(steps(&draft)[1], Route::Form(id, 7));
}

#[test]
fn navigating_clears_per_screen_state() {
    let s = reduce(state(), vec![Action::ShowAllErrors, Action::Notice(Some("x".into())), Action::Navigate(Route::Home)]);
    assert!(s.show_all_errors, "same route keeps it");
    let s = reduce(s, vec![Action::Navigate(Route::Service(ServiceId::TechnicalStudy))]);
    assert!(!s.show_all_errors);
    assert!(s.notice.is_none());
}

#[test]
fn drafts_are_named_opened_duplicated_deleted_and_restored() {
    let id = ServiceId::TechnicalStudy;
    let s = reduce(
        state(),
        vec![
            Action::Clock("2026-12-03T10:00:00+00:00".into()),
            Action::SetAnswer { service: id, field: "email".into(), value: "a@b.kz".into() },
        ],
    );
    assert_eq!(s.drafts.len(), 1);
    let first = s.drafts[0].id.clone();
    assert_eq!(s.drafts[0].name, "Conclusion: technical study (is it cryptographic or STM?)");
    assert_eq!(s.drafts[0].changed_at, "2026-12-03T10:00:00+00:00");
    let s = reduce(s, vec![Action::RenameDraft { id: first.clone(), name: "Router".into() }, Action::DuplicateDraft(first.clone())]);
    assert_eq!(s.drafts.iter().map(|d| d.name.as_str()).collect::<Vec<_>>(), ["Router", "Router (copy)"]);
    let copy = s.drafts[1].id.clone();
    assert_eq!(s.open[&id], copy, "the copy is open");
    // Editing the copy leaves the original alone.
    let s = reduce(s, vec![Action::SetAnswer { service: id, field: "email".into(), value: "c@d.kz".into() }]);
    assert_eq!(s.drafts[0].draft.answer("email"), Some("a@b.kz"));
    assert_eq!(s.drafts[1].draft.answer("email"), Some("c@d.kz"));
    let s = reduce(s, vec![Action::DeleteDraft(first.clone())]);
    assert_eq!(s.drafts.len(), 1);
    let s = reduce(s, vec![Action::UndoDelete]);
    assert_eq!(s.drafts[0].id, first);
    assert_eq!(s.drafts.len(), 2);
    // A new draft starts empty and is opened.
    let s = reduce(s, vec![Action::NewDraft(id)]);
    assert_eq!(s.draft(id).answer("email"), None);
    assert_eq!(s.drafts.len(), 3);
    // Library round trip.
    let back = AppState::new(s.today).with_library(s.library());
    assert_eq!(back.drafts, s.drafts);
    assert_eq!(back.open, s.open);
}

#[test]
fn attaching_a_listed_file_again_verifies_it_without_a_copy() {
    let id = ServiceId::TechnicalStudy;
    let file = |sha: &str| Attachment { document: "technical-documentation".into(), name: "spec.pdf".into(), size: 10, mime: "application/pdf".into(), sha256: sha.into() };
    let mut draft = Draft::new(id);
    draft.attachments.push(file("aa"));
    let s = reduce(state(), vec![Action::Import(Entry { id: String::new(), name: "Imported".into(), changed_at: String::new(), draft })]);
    assert!(!s.verified.contains("aa"), "listed, not yet seen in this browser");
    let s = reduce(s, vec![Action::Attach { service: id, attachment: file("aa") }]);
    assert_eq!(s.draft(id).attachments.len(), 1);
    assert!(s.verified.contains("aa"));
    let s = reduce(s, vec![Action::Attach { service: id, attachment: file("bb") }]);
    assert_eq!(s.draft(id).attachments.len(), 2, "a different file is a new attachment");
}

#[test]
fn every_change_of_the_drafts_moves_the_revision() {
    let id = ServiceId::CryptoSalePermit;
    let s = reduce(state(), vec![Action::SetAnswer { service: id, field: "email".into(), value: "x".into() }]);
    let r = s.revision;
    let s = reduce(s, vec![Action::Navigate(Route::Home), Action::Touch("email".into())]);
    assert_eq!(s.revision, r, "navigation is not a change");
    let s = reduce(s, vec![Action::AddRow { service: id, table: "specialists".into() }]);
    assert!(s.revision > r);
}
