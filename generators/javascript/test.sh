#!/usr/bin/env bash
# Packs the JavaScript SDK, runs its own tests (node:test), then installs the tarball into a
# fresh npm project and calls a local server with it (consumer smoke test):
#   bash generators/javascript/test.sh SDK_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 SDK_DIR" >&2; exit 2; }
work="$root/.cache/build/javascript"
consumer="$root/.cache/consumer/javascript"

bash "$here/build.sh" "$1"
tarball="$(ls "$work"/dist/*.tgz)"

echo "== unit tests (node:test)"
(cd "$work/src" && node --test test/*.test.js)

echo "== consumer smoke test (fresh npm project + packed tarball + local server)"
rm -rf "$consumer" && mkdir -p "$consumer"
cat > "$consumer/package.json" <<'JSON'
{ "name": "sais-js-consumer", "private": true, "type": "module" }
JSON
(cd "$consumer" && flock /tmp/npm-install.lock npm install --silent --no-audit --no-fund "$tarball")
# The README's quick start is extracted and run as-is, then smoke.mjs checks decoded types.
awk '/^## Quick start/{q=1} q&&/^```js/{c=1;next} c&&/^```/{exit} c' "$work/src/README.md" > "$consumer/quickstart.mjs"
[ -s "$consumer/quickstart.mjs" ] || { echo "test.sh: no js quick start found in README.md" >&2; exit 1; }
awk '/^## Errors and retries/{q=1} q&&/^```js/{c=1;next} c&&/^```/{exit} c' "$work/src/README.md" > "$consumer/errors.mjs"
[ -s "$consumer/errors.mjs" ] || { echo "test.sh: no js errors example found in README.md" >&2; exit 1; }
cp "$here/consumer/smoke.mjs" "$consumer/smoke.mjs"
node "$here/consumer/with-server.mjs" "$root" -- sh -c 'cd "$0" && node quickstart.mjs && node errors.mjs | tee errors.out && grep -q "^NotFoundError 404" errors.out && node smoke.mjs' "$consumer"
