#!/usr/bin/env bash
# Runs every test layer in order and stops at the first failure:
#   1. native cargo test (domain, render tests with Yew's server renderer)
#   2. browser tests (wasm-bindgen-test in headless Chromium via the system chromedriver)
#   3. end-to-end tests on the release build served on 127.0.0.1
#   4. the axe-core accessibility audit of every screen
# and ends with one summary line. Installs what is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh --browser

logs=$(mktemp -d)
passed=0
started=$SECONDS

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

# Adds the passed counts a runner printed ("test result: ok. N passed" or node's "# pass N").
count() {
  local n
  n=$(grep -hoE '^test result: ok\. [0-9]+ passed|^# pass [0-9]+' "$1" | awk '{ s += ($1 == "#" ? $3 : $4) } END { print s + 0 }')
  passed=$((passed + n))
}

fail() {
  echo
  echo "summary: $passed passed, 1 failed (in: $1, after $((SECONDS - started)) s)"
  exit 1
}

step "1/4 native tests (cargo test)"
cargo test --locked -- --show-output 2>&1 | tee "$logs/native.log"
[ "${PIPESTATUS[0]}" = 0 ] || fail "native tests"
count "$logs/native.log"

step "2/4 browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test browser 2>&1 | tee "$logs/browser.log"
[ "${PIPESTATUS[0]}" = 0 ] || fail "browser tests"
count "$logs/browser.log"

step "3/4 end-to-end tests (release build, real Chromium)"
trunk build --release --offline 2>&1 | tail -n 3
node scripts/size-report.mjs dist
# A debug bundle that can be made to panic on purpose, for the recovery-screen test.
trunk build --offline --features test-panic --dist target/dist-panic 2>&1 | tail -n 1
node --test --test-concurrency=1 tests/e2e/*.test.mjs 2>&1 | tee "$logs/e2e.log"
[ "${PIPESTATUS[0]}" = 0 ] || fail "end-to-end tests"
count "$logs/e2e.log"

step "4/4 accessibility audit (axe-core on every screen)"
node --test --test-concurrency=1 tests/e2e/audit/*.audit.mjs 2>&1 | tee "$logs/audit.log"
[ "${PIPESTATUS[0]}" = 0 ] || fail "accessibility audit"
count "$logs/audit.log"

echo
echo "summary: $passed passed, 0 failed (native, browser, end-to-end, accessibility; $((SECONDS - started)) s)"
