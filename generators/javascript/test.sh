#!/usr/bin/env bash
# Packs the JavaScript SDK, runs its own tests and the tests of openapi.yaml's surface (node:test), then installs the tarball into a
# fresh npm project and calls a local server with it (consumer smoke test):
#   bash generators/javascript/test.sh SDK_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 SDK_DIR" >&2; exit 2; }
work="${SAIS_BUILD_ROOT:-$root/.cache/build}/javascript"
consumer="$root/.cache/consumer/javascript"

bash "$here/build.sh" "$1"
tarball="$(ls "$work"/dist/*.tgz)"

echo "== generator post-processing (node:test): postprocess.mjs"
node --test "$here/postprocess.test.mjs"

echo "== generator on edge-cases.yaml (generated, compiled and called; shapes from npm run corpus)"
node --test "$here/tests/generator/generate.test.mjs"

echo "== unit tests (node:test): the runtime's (shipped, any document) and openapi.yaml's surface (tests/api)"
# The vector tests read the repository's cases; a run without them fails rather than skips.
export SAIS_VECTORS="${SAIS_VECTORS:-$root/test/vectors}"
# tests/api/ test this API's own models and operations: copied next to the shipped tests of the
# build copy (never into the SDK), so they import the built package's modules.
rm -rf "$work/src/test/api" && cp -r "$here/tests/api" "$work/src/test/api"
(cd "$work/src" && node --test test/*.test.js test/api/*.test.js)

echo "== consumer smoke test (fresh npm project + packed tarball + local server)"
rm -rf "$consumer" && mkdir -p "$consumer"
cat > "$consumer/package.json" <<'JSON'
{ "name": "sais-js-consumer", "private": true, "type": "module" }
JSON
(cd "$consumer" && flock /tmp/npm-install.lock npm install --silent --no-audit --no-fund "$tarball")
cp "$here/consumer/smoke.mjs" "$consumer/smoke.mjs"

echo "== strict TypeScript consumer (tsc --strict --noUncheckedIndexedAccess, ESM and CommonJS)"
cp "$here/consumer/typed.ts" "$here/consumer/typed-require.cts" "$consumer/"
cat > "$consumer/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "strict": true, "noUncheckedIndexedAccess": true, "noEmit": true, "skipLibCheck": false,
    "target": "es2022", "lib": ["es2022", "dom"], "module": "nodenext", "moduleResolution": "nodenext",
    "types": ["node"], "typeRoots": ["$root/node_modules/@types"]
  },
  "files": ["typed.ts", "typed-require.cts"]
}
JSON
(cd "$consumer" && "$root/node_modules/.bin/tsc" -p tsconfig.json) && echo "strict consumer type-checks"
node "$here/consumer/with-server.mjs" "$root" -- sh -c 'cd "$0" && node smoke.mjs' "$consumer"

echo "== README examples (every runnable one, against sais-mock --stateful)"
SAIS_EXAMPLES_TARBALL="$tarball" bash "$here/examples.sh" "$1"

echo "== reference docs (typedoc over src/index.d.cts; a warning or an undocumented member fails)"
bash "$here/docs.sh" "$1"
