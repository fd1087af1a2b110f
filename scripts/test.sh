#!/usr/bin/env bash
# Runs the whole test suite; first installs what the tests need when missing (scripts/prereqs.sh:
# Node 24, npm packages, temporal CLI, Chromium).
set -euo pipefail
source "$(dirname "$0")/prereqs.sh"
cd "$TG_ROOT"
npm test
