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

# Importing the entry point loads (and so syntax-checks and links) every module.
(cd "$work/src" && node --input-type=module -e "const m = await import('./src/index.js'); if (!m.ApiClient) throw new Error('src/index.js does not export ApiClient');") \
  || { echo "build.sh: the SDK's modules do not load in Node $(node --version)" >&2; exit 1; }
(cd "$work/src" && npm pack --silent --pack-destination "$work/dist" > /dev/null)
for f in "$work"/dist/*; do printf '%s  %s bytes\n' "${f#$root/}" "$(stat -c %s "$f")"; done
