#!/usr/bin/env bash
# Packs the JavaScript SDK, runs its own tests (node:test), then installs the tarball into a
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

echo "== unit tests (node:test, with the shared vectors of test/vectors)"
# The vector tests read the repository's cases; a run without them fails rather than skips.
export SAIS_VECTORS="${SAIS_VECTORS:-$root/test/vectors}"
(cd "$work/src" && node --test test/*.test.js)

echo "== consumer smoke test (fresh npm project + packed tarball + local server)"
rm -rf "$consumer" && mkdir -p "$consumer"
cat > "$consumer/package.json" <<'JSON'
{ "name": "sais-js-consumer", "private": true, "type": "module" }
JSON
(cd "$consumer" && flock /tmp/npm-install.lock npm install --silent --no-audit --no-fund "$tarball")
# Every example of the README (quick start, errors, retries, pagination, waiters, events) is
# extracted and run as-is against the server, then smoke.mjs checks decoded types.
examples=""
for section in "Quick start:quickstart" "Errors:errors" "Retries:retries" "Pagination:pagination" "Waiters:waiters" "Events:events"; do
  heading="${section%%:*}"; name="${section##*:}"
  awk -v h="## $heading" '$0==h{q=1;next} q&&/^## /{exit} q&&/^```js/{c=1;next} c&&/^```/{exit} c' "$work/src/README.md" > "$consumer/$name.mjs"
  [ -s "$consumer/$name.mjs" ] || { echo "test.sh: no js example under '## $heading' in README.md" >&2; exit 1; }
  examples="$examples && echo '-- README example: $name.mjs' && node $name.mjs > $name.out && cat $name.out"
done
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
node "$here/consumer/with-server.mjs" "$root" -- sh -c "cd \"\$0\" $examples"' && grep -q "^NotFoundError 404" errors.out && grep -q "^gave up after 2 attempts: 503" retries.out && grep -q " job.completed succeeded 100$" events.out && node smoke.mjs' "$consumer"
