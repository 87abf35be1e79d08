#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080 with live reload; nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
exec trunk serve --offline "$@"
