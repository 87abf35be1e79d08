#!/usr/bin/env bash
# Installs what building and testing need, from the package registries only, and puts the tools
# on PATH. Idempotent: a second run only checks versions. Source it (`. scripts/setup.sh`) or run it.
# With --browser it also makes sure Debian's chromium and chromium-driver are there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup first."
command -v npm >/dev/null || die "npm is missing: install Debian's nodejs and npm packages (apt-get install nodejs npm)."

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen library in Cargo.lock.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || die "no wasm-bindgen in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (once)"
  cargo install --locked "wasm-bindgen-cli@$bindgen_version" || cargo install --force "wasm-bindgen-cli@$bindgen_version"
fi
grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml || die "Trunk.toml [tools] wasm_bindgen must be $bindgen_version (the version in Cargo.lock)"

# wasm-opt (npm's binaryen), the WebDriver client and axe-core, pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen, selenium-webdriver, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    if [ "$(id -u)" = 0 ]; then
      say "installing Debian's chromium and chromium-driver"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    else
      die "Debian packages chromium and chromium-driver are missing: run 'sudo apt-get install chromium chromium-driver'."
    fi
  fi
fi
