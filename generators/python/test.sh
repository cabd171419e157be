#!/usr/bin/env bash
# Builds the Python SDK, runs its own tests (pytest) and a mypy check against the built wheel, then installs the
# wheel into a fresh venv and calls a local server with it (consumer smoke test):
#   bash generators/python/test.sh SDK_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 SDK_DIR" >&2; exit 2; }
work="${SAIS_BUILD_ROOT:-$root/.cache/build}/python"
tools="$root/.cache/python/tools"
consumer="$root/.cache/consumer/python"

bash "$here/build.sh" "$1"
wheel="$(ls "$work"/dist/*.whl)"

echo "== unit tests (pytest, against the installed wheel; test_vectors.py runs test/vectors/*.json)"
export SAIS_VECTORS="${SAIS_VECTORS:-$root/test/vectors}"
"$tools/bin/pip" uninstall -q -y secure-ai-studio 2>/dev/null || true
"$tools/bin/pip" install -q --disable-pip-version-check "$wheel"
(cd "$work/src" && "$tools/bin/python" -I -m pytest -p no:cacheprovider tests)

echo "== type check (mypy: the installed wheel's py.typed types consumer/smoke.py; the hand-written runtime is --strict)"
"$tools/bin/mypy" --no-incremental --cache-dir=/dev/null "$here/consumer/smoke.py"
# Typed usage: list methods return Page[<item model>] (loop variables are typed, not Any) and
# named waiters return the polled model.
"$tools/bin/mypy" --no-incremental --cache-dir=/dev/null --strict --follow-imports=silent "$here/consumer/typed_usage.py"
(cd "$work/src" && "$tools/bin/mypy" --no-incremental --cache-dir=/dev/null --strict --follow-imports=silent secure_ai_studio/_runtime)

echo "== consumer smoke test (fresh venv + built wheel + local server)"
rm -rf "$consumer" && mkdir -p "$consumer"
python3 -m venv "$consumer/venv"
"$consumer/venv/bin/pip" install -q --disable-pip-version-check "$wheel"
# Each runnable README example (the first python block of these sections) is extracted and run
# as-is against the mock server, then smoke.py checks decoded types.
examples=""
for section in "Quick start" "Errors" "Retries" "Pagination" "Waiters" "Events"; do
  file="example-$(echo "$section" | tr 'A-Z ' 'a-z-').py"
  awk -v h="## $section" '$0==h{q=1;next} q&&/^## /{exit} q&&/^```python/{c=1;next} c&&/^```/{exit} c' "$work/src/README.md" > "$consumer/$file"
  [ -s "$consumer/$file" ] || { echo "test.sh: no python example in the README section '$section'" >&2; exit 1; }
  examples="$examples echo '-- README $section' && venv/bin/python $file &&"
done
# The README's examples also type-check under mypy --strict against the installed wheel (e.g.
# `job.id` on the oneOf base Job).
echo "== type check of the README examples (mypy --strict)"
(cd "$consumer" && "$tools/bin/mypy" --no-incremental --cache-dir=/dev/null --strict --follow-imports=silent example-*.py)
# ...and under pyright --strict, with the installed wheel of the tools venv (the same build).
echo "== type check of the README examples and typed_usage.py (pyright --strict)"
echo '{"typeCheckingMode": "strict"}' > "$consumer/pyrightconfig.json"
(cd "$consumer" && "$tools/bin/pyright" --pythonpath "$tools/bin/python" -p pyrightconfig.json example-*.py "$here/consumer/typed_usage.py")
# The typed public surface: pyright's completeness score of the installed wheel, at least 95 %.
echo "== pyright --verifytypes secure_ai_studio --ignoreexternal (at least 95 %)"
# (--verifytypes exits non-zero below 100 %; the score is the verdict here)
# (it finds the package through the active venv, not --pythonpath)
score="$(cd "$consumer" && { VIRTUAL_ENV="$tools" PATH="$tools/bin:$PATH" "$tools/bin/pyright" --verifytypes secure_ai_studio --ignoreexternal || true; } \
  | sed -n 's/^Type completeness score: \([0-9.]*\)%$/\1/p')"
echo "type completeness: ${score:-?} %"
python3 -c "import sys; sys.exit(0 if float(sys.argv[1] or 0) >= 95 else 'test.sh: pyright type completeness below 95 %')" "$score"
cp "$here/consumer/smoke.py" "$consumer/smoke.py"
bash "$here/consumer/with-server.sh" "$root" bash -c \
  "cd \"\$0\" && $examples venv/bin/python smoke.py" "$consumer"
