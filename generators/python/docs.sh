#!/usr/bin/env bash
# Reference documentation of a generated Python SDK from its docstrings, with pdoc (pinned in
# requirements-tools.txt); a public member without a docstring fails (docs.py):
#   bash generators/python/docs.sh WHEEL [OUT_DIR]
# WHEEL is the built SDK (build.sh): the documented package is the one users install. OUT_DIR (default .cache/docs/python)
# receives the HTML, index.html at its root (docs-site/lib/collect-references.mjs copies it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 WHEEL [OUT_DIR]" >&2; exit 2; }
[ -f "$1" ] && [[ "$1" == *.whl ]] || { echo "docs.sh: $1 is not a wheel (build one with build.sh)" >&2; exit 1; }
wheel="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="${2:-$root/.cache/docs/python}"
tools="$root/.cache/python/tools"
[ -x "$tools/bin/pdoc" ] || { echo "docs.sh: $tools has no pdoc; run build.sh first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The wheel's files ahead of everything on sys.path (PYTHONPATH), run by the tools venv's python
# (pdoc, httpx, pydantic): the documented package is the built one even where the tools venv has
# another build of it installed. A wheel of pure Python is importable unpacked.
unzip -q "$wheel" -d "$work/site"
package="$(unzip -Z1 "$wheel" | sed -n 's#^\([A-Za-z_][A-Za-z0-9_]*\)/__init__\.py$#\1#p' | head -1)"
rm -rf "$out"
(cd "$work" && PYTHONPATH="$work/site" PYTHONSAFEPATH=1 "$tools/bin/python" "$here/docs.py" "$package" "$out")
[ -f "$out/index.html" ] || { echo "docs.sh: pdoc wrote no $out/index.html" >&2; exit 1; }
echo "docs.sh: ${out#$root/} ($(find "$out" -name '*.html' | wc -l) pages)"
