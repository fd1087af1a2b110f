#!/usr/bin/env bash
# Runs Truthgate on the bundled example (public vega-datasets data) and prints the report.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$TG_ROOT"
node bin/truthgate.js check --suite examples/weather/truthgate.yml "$@"
