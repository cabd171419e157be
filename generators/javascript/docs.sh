#!/usr/bin/env bash
# Reference documentation of the JavaScript SDK from its declarations (src/index.d.cts, the one set
# the package ships), with typedoc; a warning fails, and so does a public member without a doc
# comment (validation.notDocumented):
#   bash generators/javascript/docs.sh SDK_DIR [OUT_DIR]
# OUT_DIR (default .cache/docs/javascript) receives the HTML; SDK_DIR is never written to.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 SDK_DIR [OUT_DIR]" >&2; exit 2; }
[ -f "$1/src/index.d.cts" ] || { echo "docs.sh: $1 has no src/index.d.cts; is it a generated JavaScript SDK?" >&2; exit 1; }
sdk="$(cd "$1" && pwd)"
out="${2:-$root/.cache/docs/javascript}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "strict": true, "noEmit": true, "skipLibCheck": false, "target": "es2022", "lib": ["es2022", "dom"],
    "module": "nodenext", "moduleResolution": "nodenext", "types": ["node"], "typeRoots": ["$root/node_modules/@types"]
  },
  "files": ["$sdk/src/index.d.cts"]
}
JSON
cat > "$work/typedoc.json" <<JSON
{
  "entryPoints": ["$sdk/src/index.d.cts"],
  "tsconfig": "$work/tsconfig.json",
  "out": "$out",
  "name": "$(node -p "require('$sdk/package.json').name") $(node -p "require('$sdk/package.json').version")",
  "readme": "none",
  "treatWarningsAsErrors": true,
  "validation": { "notExported": true, "invalidLink": true, "rewrittenLink": true, "notDocumented": true },
  "excludePrivate": true,
  "disableSources": true,
  "hideGenerator": true,
  "sort": ["source-order"]
}
JSON
"$root/node_modules/.bin/typedoc" --options "$work/typedoc.json" --logLevel Warn
echo "typedoc: ${out#$root/} (every public member documented, no warnings)"
