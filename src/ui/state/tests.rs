use super::*;

fn state() -> AppState {
    AppState::new(NaiveDate::from_ymd_opt(2026, 12, 3).unwrap())
}

fn reduce(s: AppState, actions: Vec<Action>) -> AppState {
    actions.into_iter().fold(Rc::new(s), |s, a| s.reduce(a)).as_ref().clone()
}

#[test]
fn a_question_presets_the_draft() {
    let s = reduce(state(), vec![Action::Preset { service: ServiceId::StmLicence, action: ServiceAction::Issue, variant: Some("repair-sale".into()) }]);
    assert_eq!(s.drafts[&ServiceId::StmLicence].variants, ["repair-sale"]);
    // Starting again does not wipe what is there.
    let s = reduce(
        s,
        vec![
            Action::SetAnswer { service: ServiceId::StmLicence, field: "email".into(), value: "a@b.kz".into() },
            Action::Preset { service: ServiceId::StmLicence, action: ServiceAction::Issue, variant: Some("development-production".into()) },
        ],
    );
    assert_eq!(s.drafts[&ServiceId::StmLicence].answer("email"), Some("a@b.kz"));
    assert_eq!(s.drafts[&ServiceId::StmLicence].variants, ["repair-sale"]);
}

#[test]
fn a_setup_change_that_drops_answers_waits_for_confirmation() {
    let id = ServiceId::CryptoDevLicence;
    let s = reduce(state(), vec![Action::Preset { service: id, action: ServiceAction::Issue, variant: None }, Action::Setup(id, SetupChange::Kind(ApplicantKind::Individual))]);
    // Nothing answered yet: applied at once.
    assert_eq!(s.drafts[&id].kind, ApplicantKind::Individual);
    assert!(s.pending.is_none());
    let s = reduce(s, vec![Action::SetAnswer { service: id, field: "applicant-iin".into(), value: "x".into() }, Action::Setup(id, SetupChange::Kind(ApplicantKind::LegalEntity))]);
    assert_eq!(s.drafts[&id].kind, ApplicantKind::Individual);
    assert!(s.pending.is_some());
    let cancelled = reduce(s.clone(), vec![Action::CancelSetup]);
    assert_eq!(cancelled.drafts[&id].kind, ApplicantKind::Individual);
    let confirmed = reduce(s, vec![Action::ConfirmSetup]);
    assert_eq!(confirmed.drafts[&id].kind, ApplicantKind::LegalEntity);
    // The answer is kept, only left out.
    assert_eq!(confirmed.drafts[&id].answer("applicant-iin"), Some("x"));
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
    let names: Vec<&str> = s.drafts[&id].rows("goods").iter().map(|r| r["name"].as_str()).collect();
    assert_eq!(names, ["B", "A"]);
    let s = reduce(s, vec![Action::RemoveRow { service: id, table: t(), row: 0 }, Action::RemoveRow { service: id, table: t(), row: 7 }]);
    assert_eq!(s.drafts[&id].rows("goods").len(), 1);
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
