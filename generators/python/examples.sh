#!/usr/bin/env bash
# Runs every runnable README example of a built Python SDK against a stateful mock server:
#   bash generators/python/examples.sh SDK_DIR
# A runnable example is a ```python block of SDK_DIR/README.md whose first line is an import
# (the fragments, such as the Authentication options, are not). Each is written to
# $SAIS_EXAMPLES_DIR (default .cache/examples/python) as example-<n>-<section>.py and run as-is
# with SAIS_BASE_URL pointing at `sais-mock --stateful --step-ms 50`, started here on a free port
# and stopped afterwards; the first failing example fails the script. The interpreter is
# $SAIS_PYTHON (one with the SDK installed), else the tools venv of build.sh with SDK_DIR on
# PYTHONPATH.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 SDK_DIR" >&2; exit 2; }
[ -f "$1/README.md" ] || { echo "examples.sh: $1/README.md not found; is $1 a generated Python SDK?" >&2; exit 1; }
sdk="$(cd "$1" && pwd)"
out="${SAIS_EXAMPLES_DIR:-$root/.cache/examples/python}"
python="${SAIS_PYTHON:-}"
if [ -z "$python" ]; then
  python="$root/.cache/python/tools/bin/python"
  [ -x "$python" ] || { echo "examples.sh: $python not found (run build.sh once, or set SAIS_PYTHON)" >&2; exit 1; }
  export PYTHONPATH="$sdk${PYTHONPATH:+:$PYTHONPATH}"
fi

rm -rf "$out" && mkdir -p "$out"
# n-th python block -> example-<n>-<section>.py, only when its first line is an import.
awk -v dir="$out" '
  /^## / { section = tolower(substr($0, 4)); gsub(/[^a-z0-9]+/, "-", section); next }
  /^```python$/ { inside = 1; first = 1; n++; file = ""; next }
  inside && /^```$/ { inside = 0; if (file != "") close(file); next }
  inside {
    if (first) { first = 0; if ($0 ~ /^(import|from) /) file = sprintf("%s/example-%02d-%s.py", dir, n, section) }
    if (file != "") print > file
  }' "$sdk/README.md"
examples=("$out"/example-*.py)
[ -e "${examples[0]}" ] || { echo "examples.sh: no runnable python example in $sdk/README.md" >&2; exit 1; }

log="$out/mock.log"
node "$root/packages/mock-server/bin/sais-mock.js" --spec "$root/openapi.yaml" --stateful --step-ms 50 --port 0 > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 100); do
  url="$(grep -oE 'listening on http://[0-9.:]+' "$log" | head -1 | sed 's/listening on //')" || true
  [ -n "$url" ] && break
  kill -0 $pid 2>/dev/null || { cat "$log" >&2; echo "examples.sh: the mock server exited" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$log" >&2; echo "examples.sh: the mock server did not start within 10 s" >&2; exit 1; }

for example in "${examples[@]}"; do
  echo "-- README $(basename "$example")"
  SAIS_BASE_URL="$url/api/v1" "$python" "$example" \
    || { echo "examples.sh: $(basename "$example") failed (README of $sdk)" >&2; exit 1; }
done
echo "examples.sh: ${#examples[@]} README examples passed against sais-mock --stateful ($url)"
