#!/usr/bin/env bash
# Runs every runnable example of the JavaScript SDK's README against the project's mock server in
# stateful mode, which this script starts (sais-mock --stateful --step-ms 50, a free port) and
# stops afterwards:
#   bash generators/javascript/examples.sh SDK_DIR
# A runnable example is a ```js block after a sentence "save as `NAME.mjs`"; each is installed
# with the packed tarball in a fresh npm project and run as is (the quick start creates a template
# and exits non-zero when the one it reads back differs). An example must exit 0 within 60 s, and
# the known ones must print their telling line. SAIS_EXAMPLES_TARBALL=FILE skips the build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 SDK_DIR" >&2; exit 2; }
[ -f "$1/README.md" ] || { echo "examples.sh: $1 has no README.md; is it a generated JavaScript SDK?" >&2; exit 1; }
work="${SAIS_BUILD_ROOT:-$root/.cache/build}/javascript"
consumer="$root/.cache/consumer/javascript-examples"

tarball="${SAIS_EXAMPLES_TARBALL:-}"
if [ -z "$tarball" ]; then
  bash "$here/build.sh" "$1" > /dev/null
  tarball="$(ls "$work"/dist/*.tgz)"
fi

rm -rf "$consumer" && mkdir -p "$consumer"
echo '{ "name": "sais-js-examples", "private": true, "type": "module" }' > "$consumer/package.json"
(cd "$consumer" && flock /tmp/npm-install.lock npm install --silent --no-audit --no-fund "$tarball")

names="$(awk -v dir="$consumer" '
  match($0, /[Ss]ave as `[A-Za-z0-9_-]+\.mjs`/) { name = substr($0, RSTART + 9, RLENGTH - 10); want = 1 }
  want && /^```js$/ { out = dir "/" name; printf "" > out; inblock = 1; want = 0; next }
  inblock && /^```$/ { inblock = 0; close(out); print name; next }
  inblock { print > out }
' "$1/README.md")"
[ -n "$names" ] || { echo "examples.sh: no runnable example (a \`\`\`js block after 'save as \`NAME.mjs\`') in $1/README.md" >&2; exit 1; }
for required in quickstart.mjs errors.mjs retries.mjs pagination.mjs waiters.mjs events.mjs graphql.mjs; do
  grep -qx "$required" <<< "$names" || { echo "examples.sh: README.md has no runnable $required" >&2; exit 1; }
done

# The telling line each known example prints (the others only need to succeed).
cat > "$consumer/expect.txt" <<'TXT'
quickstart.mjs ^created and read back tpl_
errors.mjs ^NotFoundError 404
retries.mjs ^gave up after 2 attempts: 503
pagination.mjs ^tpl_
waiters.mjs ^job_[0-9A-Za-z]+ (succeeded|failed|canceled)$
events.mjs  job\.completed succeeded 100$
graphql.mjs ^graphql job\.completed succeeded 100$
TXT
cat > "$consumer/run.sh" <<'SH'
set -u
failed=0
for name in "$@"; do
  echo "-- README example: $name"
  if timeout 60 node "$name" > "$name.out" 2>&1; then status=0; else status=$?; fi
  cat "$name.out"
  pattern="$(awk -v n="$name" '$1 == n { sub(/^[^ ]+ /, ""); print }' expect.txt)"
  if [ "$status" -ne 0 ]; then echo "examples.sh: $name exited $status" >&2; failed=1
  elif [ -n "$pattern" ] && ! grep -Eq "$pattern" "$name.out"; then echo "examples.sh: $name did not print /$pattern/" >&2; failed=1
  fi
done
exit $failed
SH
# shellcheck disable=SC2086 # names are plain file names
node "$here/consumer/with-server.mjs" "$root" --stateful -- bash -c 'cd "$0" && bash run.sh "$@"' "$consumer" $names
echo "javascript README examples passed against sais-mock --stateful: $(echo $names | wc -w) examples"
