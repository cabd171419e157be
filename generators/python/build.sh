#!/usr/bin/env bash
# Builds a generated Python SDK into a wheel and an sdist:
#   bash generators/python/build.sh SDK_DIR   ->  .cache/build/python/dist/*.whl, *.tar.gz
# SDK_DIR is copied first (sdks/ is never written to). Works for any SDK generated from
# generators/python/config.yaml, whatever the OpenAPI document.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 SDK_DIR" >&2; exit 2; }
[ -f "$1/pyproject.toml" ] || { echo "build.sh: $1/pyproject.toml not found; is $1 a generated Python SDK?" >&2; exit 1; }
sdk="$(cd "$1" && pwd)"
work="${SAIS_BUILD_ROOT:-$root/.cache/build}/python"
tools="$root/.cache/python/tools"

rm -rf "$work" && mkdir -p "$work"
cp -r "$sdk" "$work/src"
rm -rf "$work/src/build" "$work/src"/*.egg-info

# The tools venv is reused while requirements-tools.txt is unchanged (stamp = its checksum).
stamp="$(sha256sum "$here/requirements-tools.txt" | cut -d' ' -f1)"
if [ "$(cat "$tools/.stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$tools" && python3 -m venv "$tools"
  "$tools/bin/pip" install -q --disable-pip-version-check -r "$here/requirements-tools.txt"
  echo "$stamp" > "$tools/.stamp"
fi

# --no-isolation: use the pinned setuptools above instead of fetching one per build.
"$tools/bin/python" -m build --no-isolation --outdir "$work/dist" "$work/src" > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; echo "build.sh: python -m build failed" >&2; exit 1; }
for f in "$work"/dist/*; do printf '%s  %s bytes\n' "${f#$root/}" "$(stat -c %s "$f")"; done
