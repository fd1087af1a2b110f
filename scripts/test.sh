#!/usr/bin/env bash
# Runs the whole test suite (installs Node 24 and npm packages first when missing).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$TG_ROOT"
npm test
