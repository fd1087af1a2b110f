#!/usr/bin/env bash
# Installs the npm package the way a user does and uses it: `npm pack` (which builds lib/ at
# prepack), `npm install <tarball>` into a fresh folder (dependencies from the registry), then the
# CLI through npx on a copy of examples/weather, and the library through import() and tsc.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$TG_ROOT"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $(basename "$tarball") ($(du -h "$tarball" | cut -f1))"

app="$work/app"
mkdir -p "$app/data"
cd "$app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$tarball" typescript@"$(node -p "require('$TG_ROOT/node_modules/typescript/package.json').version")" @types/node
# The example with its data next to it, named as a user's suite would name it.
cp "$TG_ROOT/node_modules/vega-datasets/data/seattle-weather.csv" data/
sed -e 's#\.\./\.\./node_modules/vega-datasets/data/#data/#' -e '/\$schema/d' \
  "$TG_ROOT/examples/weather/truthgate.yml" >truthgate.yml

npx truthgate --version
npx truthgate check --suite truthgate.yml --format json -o report.json
node -e "const r = JSON.parse(require('fs').readFileSync('report.json', 'utf8')); if (r.summary.checks < 10) process.exit(1)"
# Chunked CSV reading starts a worker thread from a file the build must ship next to its chunk.
TRUTHGATE_CHUNK_THRESHOLD_MB=0 npx truthgate check --suite truthgate.yml --format json -o chunked.json
node -e "const f = (p) => JSON.parse(require('fs').readFileSync(p, 'utf8')).summary; if (JSON.stringify(f('report.json')) !== JSON.stringify(f('chunked.json'))) process.exit(1)"

cat >use.mts <<'TS'
import { loadSuiteFile, render, runSuite, type Report } from 'truthgate';

const report: Report = await runSuite(loadSuiteFile('truthgate.yml'));
process.stdout.write(render(report, 'markdown').split('\n')[0] + '\n');
TS
npx tsc --noEmit --strict --module nodenext --moduleResolution nodenext --target es2023 --types node use.mts
node -e "import('truthgate').then(async (m) => { const r = await m.runSuite(m.loadSuiteFile('truthgate.yml')); console.log('library:', r.status); })"
echo "package OK"
