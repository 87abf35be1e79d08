//! The catalogue against the seed: names, terms, stages, fees and documents as the Rules state them.
use super::*;

fn fee_tenths(id: ServiceId, action: Action) -> Option<u32> {
    match service(id).action(action)?.fee {
        Fee::Free { .. } => Some(0),
        Fee::Mci { tenths, .. } => Some(tenths),
    }
}

#[test]
fn ids_index_the_catalogue_in_rules_order() {
    for (i, id) in ServiceId::ALL.iter().enumerate() {
        assert_eq!(SERVICES[i].id, *id);
        assert_eq!(id.rules_number() as usize, i + 1);
        assert_eq!(service_by_slug(id.slug()).map(|s| s.id), Some(*id));
    }
    assert!(service_by_slug("no-such-service").is_none());
}

#[test]
fn terms_are_the_seeds() {
    use ServiceId::*;
    let expected = [
        (StmLicence, 15, Some(3)),
        (CryptoDevLicence, 15, Some(3)),
        (LeakChannelsLicence, 15, Some(3)),
        (StmImportExport, 8, None),
        (CryptoImportExport, 8, None),
        (TechnicalStudy, 5, None),
        (CryptoNotification, 5, None),
        (CryptoSalePermit, 8, None),
    ];
    for (id, issue, reissue) in expected {
        let s = service(id);
        assert_eq!(s.action(Action::Issue).map(|a| a.term.working_days), Some(issue), "{id:?}");
        assert_eq!(s.action(Action::Reissue).map(|a| a.term.working_days), reissue, "{id:?}");
        assert_eq!(s.reissue.is_some(), reissue.is_some(), "{id:?}");
    }
}

#[test]
fn fees_are_the_seeds() {
    use ServiceId::*;
    // Annex 1 row 6: 20/2, 9/0.9, 20/2 MCI for the licences, 9 MCI for the sale permit, the rest free.
    let expected = [(StmLicence, 200, Some(20)), (CryptoDevLicence, 90, Some(9)), (LeakChannelsLicence, 200, Some(20)), (StmImportExport, 0, None), (CryptoImportExport, 0, None), (TechnicalStudy, 0, None), (CryptoNotification, 0, None), (CryptoSalePermit, 90, None)];
    for (id, issue, reissue) in expected {
        assert_eq!(fee_tenths(id, Action::Issue), Some(issue), "{id:?}");
        assert_eq!(fee_tenths(id, Action::Reissue), reissue, "{id:?}");
    }
}

#[test]
fn the_last_stage_is_the_decision_on_the_last_day_of_the_term() {
    for s in SERVICES {
        for a in s.actions {
            let stages = a.term.stages;
            let last = stages.last().expect("every term has a decision stage");
            assert_eq!(last.id, "decision", "{:?}", s.id);
            assert_eq!(last.by_working_day, a.term.working_days, "{:?}", s.id);
            assert!(stages.windows(2).all(|w| w[0].by_working_day < w[1].by_working_day), "{:?}", s.id);
            for p in a.term.pauses {
                assert!(p.after_stage == "registration" || stages.iter().any(|st| st.id == p.after_stage), "{:?} {}", s.id, p.id);
            }
        }
    }
}

#[test]
fn licence_stages_are_2_10_3_and_reissue_2_1() {
    let issue = service(ServiceId::StmLicence).action(Action::Issue).unwrap();
    let days: Vec<u32> = issue.term.stages.iter().map(|s| s.by_working_day).collect();
    assert_eq!(days, [2, 12, 15]);
    let reissue = service(ServiceId::LeakChannelsLicence).action(Action::Reissue).unwrap();
    let days: Vec<u32> = reissue.term.stages.iter().map(|s| s.by_working_day).collect();
    assert_eq!(days, [2, 3]);
}

#[test]
fn pauses_and_hearing_extension_are_the_seeds() {
    let study = service(ServiceId::TechnicalStudy).action(Action::Issue).unwrap();
    let lengths: Vec<Length> = study.term.pauses.iter().map(|p| p.length).collect();
    assert_eq!(lengths, [Length::CalendarDays(5), Length::CalendarDays(30)]);
    assert_eq!(study.term.hearing.extends_term_by, Some(2));
    let notification = service(ServiceId::CryptoNotification).action(Action::Issue).unwrap();
    assert_eq!(notification.term.pauses[0].length, Length::WorkingDays(3));
    for id in [ServiceId::StmImportExport, ServiceId::CryptoImportExport] {
        let permit = service(id).action(Action::Issue).unwrap();
        assert_eq!(permit.term.pauses[0].length, Length::CalendarDays(5));
        assert_eq!(permit.term.hearing.extends_term_by, None);
    }
    for s in SERVICES {
        for a in s.actions {
            assert_eq!((a.term.hearing.notice_before_end, a.term.hearing.held_within), (3, 2));
        }
    }
}

#[test]
fn every_citation_points_into_its_own_rules() {
    use crate::domain::citation::Citation;
    fn service_of(c: &Citation) -> u8 {
        match *c {
            Citation::Paragraph { service, .. } | Citation::Requirements { service, .. } | Citation::Annex { service, .. } => service,
        }
    }
    for s in SERVICES {
        let n = s.id.rules_number();
        let mut cites = vec![s.name_cite, s.recipients_cite, s.result_cite];
        for a in s.actions {
            cites.extend([a.term.cite, a.term.hearing.cite]);
            cites.extend(a.term.stages.iter().map(|x| x.cite));
            cites.extend(a.term.pauses.iter().map(|x| x.cite));
            cites.push(match a.fee {
                Fee::Free { cite } | Fee::Mci { cite, .. } => cite,
            });
        }
        cites.extend(s.documents.iter().map(|d| d.cite));
        cites.extend(s.refusal_grounds.iter().map(|r| r.cite));
        cites.extend(s.other_requirements.iter().map(|r| r.cite));
        cites.extend(s.appeals.iter().map(|r| r.cite));
        for c in cites {
            assert_eq!(service_of(&c), n, "{:?}: {c}", s.id);
        }
    }
}

#[test]
fn document_lists_are_the_seeds() {
    // Annex 1 row 8 of each Rules text: (id, condition, form annex, clause) for an issue by a legal entity.
    use DocCondition::*;
    let legal = ApplicantKind::LegalEntity;
    let listed = |id: ServiceId, action: Action, variants: &[&str]| -> Vec<(&'static str, DocCondition, Option<u8>, String)> {
        let variants: Vec<String> = variants.iter().map(|v| v.to_string()).collect();
        service(id).documents.iter().filter(|d| d.applies.matches(action, legal, &variants)).map(|d| (d.id, d.condition, d.form_annex, d.cite.to_string())).collect()
    };
    let r = |s: u8, sub: u8| crate::domain::citation::Citation::row_sub(s, 8, sub).to_string();
    let row = |s: u8| crate::domain::citation::Citation::row(s, 8).to_string();
    assert_eq!(
        listed(ServiceId::StmLicence, Action::Issue, &["repair-sale"]),
        [("application", Required, Some(2), r(1, 1)), ("fee-payment", UnlessPaidViaGateway, None, r(1, 1)), ("qualification-information", Required, Some(4), r(1, 1))]
    );
    assert_eq!(
        listed(ServiceId::CryptoDevLicence, Action::Reissue, &[]),
        [("application", Required, Some(5), r(2, 2)), ("fee-payment", UnlessPaidViaGateway, None, r(2, 2)), ("change-evidence", UnlessInStateSystems, None, r(2, 2))]
    );
    assert_eq!(listed(ServiceId::LeakChannelsLicence, Action::Issue, &["operations-centre"])[2], ("qualification-information", Required, Some(5), r(3, 1)));
    assert_eq!(
        listed(ServiceId::StmImportExport, Action::Issue, &["import"]),
        [("application", Required, Some(3), r(4, 1)), ("trade-contract", Required, None, r(4, 2)), ("technical-documentation", Required, None, r(4, 3)), ("samples", OnRequest, None, row(4))]
    );
    assert_eq!(
        listed(ServiceId::CryptoImportExport, Action::Issue, &["transit"]),
        [
            ("application", Required, Some(3), r(5, 1)),
            ("technical-documentation", Required, None, r(5, 2)),
            ("source-code", Optional, None, r(5, 2)),
            ("trade-contract", Required, None, r(5, 3)),
            ("samples", OnRequest, None, row(5)),
        ]
    );
    assert_eq!(
        listed(ServiceId::TechnicalStudy, Action::Issue, &[]),
        [("application", Required, Some(3), r(6, 1)), ("technical-documentation", Required, None, r(6, 2)), ("supply-contracts", IfAny, None, r(6, 3)), ("samples", OnRequest, None, r(6, 4))]
    );
    assert_eq!(
        listed(ServiceId::CryptoNotification, Action::Issue, &[]),
        [
            ("application", Required, Some(2), r(7, 1)),
            ("notification", Required, Some(3), r(7, 2)),
            ("notification-xls", Required, None, r(7, 3)),
            ("manufacturer-authority", Required, None, r(7, 4)),
            ("authority-translation", IfForeignLanguage, None, r(7, 4)),
        ]
    );
    assert_eq!(
        listed(ServiceId::CryptoSalePermit, Action::Issue, &[]),
        [("application", Required, Some(2), r(8, 1)), ("compliance-information", Required, Some(4), r(8, 2)), ("fee-payment", UnlessPaidViaGateway, None, r(8, 3))]
    );
}
