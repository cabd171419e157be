#!/usr/bin/env bash
# Packs a generated JavaScript SDK into an npm tarball:
#   bash generators/javascript/build.sh SDK_DIR  ->  .cache/build/javascript/dist/*.tgz
# SDK_DIR is copied first (sdks/ is never written to). The SDK is plain ES modules, so the
# "build" is a load check of every module plus npm pack. Works for any SDK generated from
# generators/javascript/config.yaml, whatever the OpenAPI document.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 SDK_DIR" >&2; exit 2; }
[ -f "$1/package.json" ] && [ -f "$1/src/index.js" ] || { echo "build.sh: $1 has no package.json + src/index.js; is it a generated JavaScript SDK?" >&2; exit 1; }
sdk="$(cd "$1" && pwd)"
work="${SAIS_BUILD_ROOT:-$root/.cache/build}/javascript"

rm -rf "$work" && mkdir -p "$work/dist"
cp -r "$sdk" "$work/src"
rm -rf "$work/src/node_modules"

# Importing the entry point loads (and so syntax-checks and links) every module; require() of the
# CommonJS entry must give the same classes (Node >= 20.19 requires ES modules).
(cd "$work/src" && node --input-type=module -e "const m = await import('./src/index.js'); if (typeof m.SecureAIStudio !== 'function') throw new Error('src/index.js does not export SecureAIStudio'); if (typeof m.default !== 'function') throw new Error('no default export');") \
  || { echo "build.sh: the SDK's modules do not load in Node $(node --version)" >&2; exit 1; }
(cd "$work/src" && node -e "const m = require('./src/index.cjs'); const pkg = require('./package.json'); if (typeof m.SecureAIStudio !== 'function') throw new Error('require() gives no SecureAIStudio'); if (!pkg.exports['.'].require) throw new Error('no require condition');") \
  || { echo "build.sh: require() of the SDK fails in Node $(node --version)" >&2; exit 1; }
# The declarations compile on their own, strictly (they are generated from the spec).
bin="$root/node_modules/.bin"
(cd "$work/src" && "$bin/tsc" --noEmit --strict --noUncheckedIndexedAccess --exactOptionalPropertyTypes --target es2022 --lib es2022,dom \
  --module nodenext --moduleResolution nodenext --typeRoots "$root/node_modules/@types" --types node src/index.d.ts src/index.d.cts) \
  || { echo "build.sh: src/index.d.ts does not compile" >&2; exit 1; }
(cd "$work/src" && npm pack --silent --pack-destination "$work/dist" > /dev/null)
# Types found under every resolution mode (node10, node16 from CJS and ESM, bundler), and a
# package.json that publishes what it points at.
"$bin/attw" --format ascii "$work"/dist/*.tgz > "$work/attw.txt" 2>&1 \
  || { cat "$work/attw.txt" >&2; echo "build.sh: attw found problems" >&2; exit 1; }
(cd "$work/src" && "$bin/publint" --strict > "$work/publint.txt" 2>&1) \
  || { cat "$work/publint.txt" >&2; echo "build.sh: publint --strict found problems" >&2; exit 1; }
# Metadata, LICENSE/CHANGELOG, README links, one set of declarations, engines vs require().
node "$here/package-check.mjs" "$work"/dist/*.tgz --same-license "$root/LICENSE" > "$work/package-check.txt" 2>&1 \
  || { cat "$work/package-check.txt" >&2; echo "build.sh: package-check found problems" >&2; exit 1; }
echo "declarations: tsc --strict clean; attw: types found under every resolution mode; publint --strict: all good; package-check: passed"
for f in "$work"/dist/*; do printf '%s  %s bytes\n' "${f#$root/}" "$(stat -c %s "$f")"; done
