//! Throughput of the estimate API (a benchmark, not a test): `cargo bench --bench estimate`.
use knb_assistant::domain::estimate::estimate;
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let requests = [
        r#"{"service":"stm-licence","action":"issue","submitted_at":"2026-12-03T10:00:00+05:00","paid_on":"2026-12-01"}"#,
        r#"{"service":"technical-study","submitted_at":"2026-03-02T09:00:00+05:00"}"#,
        r#"{"service":"crypto-dev-licence","action":"reissue","submitted_at":"2026-12-31T14:05:00Z"}"#,
        r#"{"service":"stm-import-export","submitted_at":"2026-11-30T04:00:00Z","pauses":[{"id":"samples","from":"2026-12-01","to":"2026-12-02"}]}"#,
    ];
    for request in requests {
        // Warm up, then time a fixed count.
        for _ in 0..200 {
            black_box(estimate(black_box(request)));
        }
        let runs = 20_000;
        let start = Instant::now();
        for _ in 0..runs {
            black_box(estimate(black_box(request)));
        }
        let secs = start.elapsed().as_secs_f64();
        let service = request.split('"').nth(3).unwrap_or("?");
        println!("estimate {service:<22} {:>9.0} per second ({:.1} µs each)", f64::from(runs) / secs, secs * 1e6 / f64::from(runs));
    }
}
