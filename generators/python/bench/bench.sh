#!/usr/bin/env bash
# Runs bench.py in its own venv (.cache/bench/python) with the SDK wheel that build.sh made, httpx
# and openai (for the side-by-side import figure):  bash generators/python/bench/bench.sh [args]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
venv="$root/.cache/bench/python"
# A build folder of its own, so a test.sh running at the same time keeps its wheel.
export SAIS_BUILD_ROOT="$root/.cache/bench/build"
bash "$here/../build.sh" "$root/sdks/python" > /dev/null
wheel="$(ls "$SAIS_BUILD_ROOT"/python/dist/*.whl)"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
"$venv/bin/pip" install -q --disable-pip-version-check "$wheel"
"$venv/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"
exec "$venv/bin/python" "$here/bench.py" "$@"
