#!/usr/bin/env bash
# Runs the Python SDK's conformance driver (pytest, one test per contract) in its own venv:
#   bash test/conformance/python/run.sh [pytest args]      (from anywhere; run.mjs sets SAIS_*)
# The venv (.cache/conformance/python-venv) holds pytest and the SDK's runtime dependencies read
# from sdks/python/pyproject.toml, and is rebuilt only when either changes. The SDK itself is
# imported from sdks/python on PYTHONPATH, so the driver always tests the tree as it is and
# nothing is ever written inside sdks/ (bytecode goes to .cache too).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
sdk="$root/sdks/python"
cache="$root/.cache/conformance"
venv="$cache/python-venv"
[ -f "$sdk/pyproject.toml" ] || { echo "run.sh: $sdk/pyproject.toml not found (generate the Python SDK first)" >&2; exit 1; }
mkdir -p "$cache"

deps="$(python3 -c 'import sys, tomllib; print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]))' "$sdk/pyproject.toml")"
stamp="$( { cat "$here/requirements.txt"; echo "$deps"; python3 --version; } | sha256sum | cut -d' ' -f1)"
# Two runs at once (npm test and npm run conformance) must not build the venv over each other.
exec 9>"$cache/python-venv.lock"
flock 9
if [ "$(cat "$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "run.sh: creating $venv"
  rm -rf "$venv" && python3 -m venv "$venv"
  printf '%s\n' "$deps" > "$venv/sdk-requirements.txt"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt" -r "$venv/sdk-requirements.txt"
  echo "$stamp" > "$venv/.stamp"
fi
flock -u 9 && exec 9>&-

cd "$root"
export PYTHONPATH="$sdk${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONPYCACHEPREFIX="$cache/python-pycache"
exec "$venv/bin/python" -m pytest -p no:cacheprovider -q -rf "$here" "$@"
