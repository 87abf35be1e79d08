//! Fuzzing with a fixed budget (property-based, runs in CI): no input may panic the validators,
//! the draft importer or the estimate API. Each target prints how many inputs it ran.
use knb_assistant::domain::estimate::estimate;
use knb_assistant::domain::validators as v;
use knb_assistant::store::{decode_library, export_entry, import_entry, Entry};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::cell::Cell;

const BUDGET: u32 = 20_000;

fn run<S: Strategy>(name: &str, cases: u32, strategy: S, target: impl Fn(S::Value)) {
    let count = Cell::new(0u32);
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    runner
        .run(&strategy, |value| {
            count.set(count.get() + 1);
            target(value);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    println!("fuzz {name}: {} executions, no finding", count.get());
}

#[test]
fn validators_take_any_text() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let text = prop_oneof![any::<String>(), "[0-9 +()KZkz-]{0,24}", "\\PC{0,64}"];
    run("validators", BUDGET, text, |s| {
        let _ = (v::iin(&s), v::bin(&s), v::iban(&s), v::email(&s), v::phone(&s), v::postal_code(&s));
        let _ = (v::commodity_code(&s), v::eaeu_member(&s), v::date(&s), v::past_date(&s, today), v::positive_number(&s));
    });
}

fn sample_export() -> String {
    let draft = knb_assistant::domain::examples::complete(
        knb_assistant::domain::catalogue::ServiceId::StmImportExport,
        knb_assistant::domain::catalogue::Action::Issue,
        knb_assistant::domain::catalogue::ApplicantKind::LegalEntity,
        &["transit"],
    );
    export_entry(&Entry { id: "d-1".into(), name: "Sample".into(), changed_at: "2026-12-03T10:00:00Z".into(), draft })
}

#[test]
fn the_importer_takes_any_file() {
    let good = sample_export();
    let len = good.len();
    // Valid exports cut, spliced and overwritten anywhere, and text of any kind.
    let mangled = (0..len, 0..len, "\\PC{0,12}").prop_map(move |(a, b, insert)| {
        let (from, to) = (a.min(b), a.max(b));
        let boundary = |i: usize| (0..=i).rev().find(|j| good.is_char_boundary(*j)).unwrap_or(0);
        format!("{}{}{}", &good[..boundary(from)], insert, &good[boundary(to)..])
    });
    let input = prop_oneof![mangled, any::<String>()];
    run("importer", BUDGET / 4, input, |s| {
        let _ = import_entry(&s, s.len() as u64, "x", "now");
        let _ = decode_library(&s);
    });
}

#[test]
fn the_estimate_api_takes_any_request() {
    let services = prop_oneof![Just(String::from("stm-licence")), Just(String::from("technical-study")), Just(String::from("crypto-notification")), Just(String::from("crypto-sale-permit")), "\\PC{0,12}".prop_map(String::from)];
    let instants = prop_oneof![(-5_000_000_000i64..5_000_000_000).prop_map(|s| chrono::DateTime::from_timestamp(s, 0).map(|d| d.to_rfc3339()).unwrap_or_default()), "\\PC{0,30}"];
    let dates = prop_oneof!["[0-9]{4}-[0-9]{2}-[0-9]{2}", "\\PC{0,12}"];
    let request = (services, prop_oneof![Just(String::from("issue")), Just(String::from("reissue")), "\\PC{0,8}"], instants, proptest::option::of(dates.clone()), proptest::option::of((dates.clone(), dates)))
        .prop_map(|(service, action, at, paid, pause)| {
            let mut r = serde_json::json!({ "service": service, "action": action, "submitted_at": at });
            if let Some(p) = paid {
                r["paid_on"] = p.into();
            }
            if let Some((from, to)) = pause {
                r["pauses"] = serde_json::json!([{ "id": "samples", "from": from, "to": to }]);
            }
            r.to_string()
        });
    let input = prop_oneof![3 => request, 1 => any::<String>()];
    run("estimate", BUDGET / 4, input, |s| {
        let out: serde_json::Value = serde_json::from_str(&estimate(&s)).expect("always JSON");
        assert!(out.get("error").is_some() || out.get("decision_due").is_some());
    });
}
