use super::*;
use proptest::prelude::*;
use serde_json::{json, Value};

fn call(v: Value) -> Value {
    serde_json::from_str(&estimate(&v.to_string())).unwrap()
}

#[test]
fn licence_issue_with_fee_in_2026() {
    let out = call(json!({"service": "stm-licence", "action": "issue", "submitted_at": "2026-12-03T10:00:00+05:00", "paid_on": "2026-12-01"}));
    assert_eq!(out["registered_on"], "2026-12-03");
    assert_eq!(out["decision_due"], "2026-12-25");
    assert_eq!(out["decision_due_worst_case"], Value::Null);
    assert_eq!(out["stages"].as_array().unwrap().len(), 3);
    assert_eq!(out["stages"][1]["due"], "2026-12-22");
    assert_eq!(out["fee"], json!({"mci": "20", "tenge": 86500, "mci_value": 4325, "year": 2026, "free": false, "note": null, "citation": "Rules 1, Annex 1, row 6"}));
    assert_eq!(out["provisional"], false);
    assert!(out["citations"].as_array().unwrap().contains(&json!("Rules 1, Annex 1, row 3, subparagraph 1)")));
    assert_eq!(out["submitted_astana"], "2026-12-03 10:00");
}

#[test]
fn after_19_00_and_into_an_unpublished_year() {
    // Thu 31 Dec 2026 at 19:05 Astana: registered Tue 5 Jan 2027; reissue of Rules 2 paid that day.
    let out = call(json!({"service": "crypto-dev-licence", "action": "reissue", "submitted_at": "2026-12-31T14:05:00Z", "paid_on": "2027-01-05"}));
    assert_eq!(out["registered_on"], "2027-01-05");
    // Wed 6 Jan (1), Thu 7 Jan Orthodox Christmas, Fri 8 (2), Mon 11 (3).
    assert_eq!(out["decision_due"], "2027-01-11");
    assert_eq!(out["provisional"], true);
    assert_eq!(out["provisional_years"][0]["year"], 2027);
    assert_eq!(out["fee"]["mci"], "0.9");
    assert_eq!(out["fee"]["tenge"], Value::Null);
    assert_eq!(out["fee"]["note"], "The MCI for 2027 is not yet published, so the fee in tenge cannot be computed.");
}

#[test]
fn free_services_and_pauses() {
    let out = call(json!({"service": "technical-study", "submitted_at": "2026-03-02T09:00:00+05:00"}));
    assert_eq!(out["fee"]["free"], true);
    assert_eq!(out["fee"]["tenge"], 0);
    assert_eq!(out["decision_due"], "2026-03-10");
    assert_eq!(out["decision_due_worst_case"], "2026-04-13");
    assert_eq!(out["hearing"]["decision_due_with_hearing"], "2026-03-12");
    assert_eq!(out["pauses"].as_array().unwrap().len(), 2);
    let known = call(json!({"service": "stm-import-export", "submitted_at": "2026-11-30T04:00:00Z", "pauses": [{"id": "samples", "from": "2026-12-01", "to": "2026-12-02"}]}));
    assert_eq!(known["decision_due"], "2026-12-14");
    assert_eq!(known["pauses"][0]["known"], true);
}

#[test]
fn bad_input_gives_an_error_object() {
    let cases = [
        ("not json", "invalid_json"),
        (r#"{"service": "nope", "submitted_at": "2026-12-03T10:00:00Z"}"#, "unknown_service"),
        (r#"{"service": "stm-import-export", "action": "reissue", "submitted_at": "2026-12-03T10:00:00Z"}"#, "unknown_action"),
        (r#"{"service": "stm-licence", "action": "renew", "submitted_at": "2026-12-03T10:00:00Z"}"#, "unknown_action"),
        (r#"{"service": "stm-licence", "submitted_at": "2026-12-03 10:00"}"#, "invalid_submitted_at"),
        (r#"{"service": "stm-licence", "submitted_at": "2026-12-03T10:00:00Z", "paid_on": "03.12.2026"}"#, "invalid_date"),
        (r#"{"service": "stm-licence", "submitted_at": "2026-12-03T10:00:00Z", "pauses": [{"id": "samples", "from": "2026-12-01", "to": "2026-12-02"}]}"#, "unknown_pause"),
        (r#"{"service": "technical-study", "submitted_at": "2026-12-03T10:00:00Z", "pauses": [{"id": "samples", "from": "2026-12-05", "to": "2026-12-02"}]}"#, "invalid_pause"),
        (r#"{"service": "stm-licence", "submitted_at": "2026-12-03T10:00:00Z", "extra": 1}"#, "invalid_json"),
    ];
    for (input, code) in cases {
        let out: Value = serde_json::from_str(&estimate(input)).unwrap();
        assert_eq!(out["error"]["code"], code, "{input}");
        assert!(!out["error"]["message"].as_str().unwrap().is_empty());
    }
}

proptest! {
    #[test]
    fn any_string_gives_json(s in "\\PC{0,200}") {
        let out: Value = serde_json::from_str(&estimate(&s)).unwrap();
        prop_assert!(out.get("error").is_some());
    }

    #[test]
    fn any_instant_in_range_gives_a_working_day(secs in 1_500_000_000i64..1_900_000_000, i in 0usize..8, reissue in any::<bool>()) {
        let service = crate::domain::catalogue::ServiceId::ALL[i].slug();
        let instant = chrono::DateTime::from_timestamp(secs, 0).unwrap().to_rfc3339();
        let action = if reissue { "reissue" } else { "issue" };
        let out: Value = serde_json::from_str(&estimate(&json!({"service": service, "action": action, "submitted_at": instant}).to_string())).unwrap();
        if out.get("error").is_none() {
            let due = NaiveDate::parse_from_str(out["decision_due"].as_str().unwrap(), "%Y-%m-%d").unwrap();
            prop_assert!(Calendar::new().is_working_day(due));
        } else {
            prop_assert_eq!(&out["error"]["code"], "unknown_action");
        }
    }
}
