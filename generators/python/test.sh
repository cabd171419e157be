#!/usr/bin/env bash
# Builds the Python SDK and tests it against the built wheel:
#   bash generators/python/test.sh SDK_DIR
# 1. pytest: the SDK's shipped runtime tests (SDK_DIR/tests, from tests/runtime/: API-agnostic)
#    the tests of openapi.yaml's own surface (tests/api/, not shipped) and the generator's edge
#    cases (tests/generator/: SDKs generated from small documents and imported);
# 2. mypy --strict on the runtime and on consumer/typed_usage.py;
# 3. a fresh venv with only the wheel: the README's runnable examples run against a stateful
#    mock server (examples.sh), then type-check under mypy --strict and pyright --strict, the
#    wheel's pyright --verifytypes score (at least 95 %), and consumer/smoke.py;
# 4. the release checks of the built wheel and sdist (what PyPI and its tooling accept: twine
#    check --strict, check-wheel-contents, check_package.py and its own tests) and the API
#    reference (docs.sh: pdoc, failing on an undocumented public member) in .cache/docs/python.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 SDK_DIR" >&2; exit 2; }
work="${SAIS_BUILD_ROOT:-$root/.cache/build}/python"
tools="$root/.cache/python/tools"
consumer="$root/.cache/consumer/python"

bash "$here/build.sh" "$1"
wheel="$(ls "$work"/dist/*.whl)"
sdist="$(ls "$work"/dist/*.tar.gz)"

echo "== release checks of the built artifacts (twine check --strict, check-wheel-contents, check_package.py)"
# twine renders the long description as PyPI does (a README that does not render fails the
# upload) and checks the core metadata; check-wheel-contents finds stray, duplicate or missing
# files; check_package.py the rest of issue 16 (license expression and file, URLs, classifiers,
# CHANGELOG, absolute links in the long description), after its own tests.
"$tools/bin/twine" check --strict "$wheel" "$sdist"
"$tools/bin/check-wheel-contents" "$wheel"
(cd "$here/tests/packaging" && "$tools/bin/python" -m pytest -p no:cacheprovider -q .)
repository="$(sed -n 's/^  repositoryUrl: *//p' "$here/config.yaml")"
"$tools/bin/python" "$here/check_package.py" "$work/dist" --license "$root/LICENSE" --repository "$repository"

echo "== runtime tests shipped with the SDK (pytest tests/, against the installed wheel; test_vectors.py runs test/vectors/*.json)"
export SAIS_VECTORS="${SAIS_VECTORS:-$root/test/vectors}"
"$tools/bin/pip" uninstall -q -y secure-ai-studio 2>/dev/null || true
"$tools/bin/pip" install -q --disable-pip-version-check --no-deps "$wheel"
(cd "$work/src" && "$tools/bin/python" -I -m pytest -p no:cacheprovider -q tests)
echo "== tests of openapi.yaml's own surface (generators/python/tests/api, not shipped)"
(cd "$here/tests/api" && "$tools/bin/python" -m pytest -p no:cacheprovider -q .)
echo "== generator edge cases (generators/python/tests/generator: SDKs generated from small documents, not shipped)"
(cd "$here/tests/generator" && "$tools/bin/python" -m pytest -p no:cacheprovider -q .)

echo "== type check (mypy --strict: the installed wheel's runtime, consumer/typed_usage.py, consumer/smoke.py)"
"$tools/bin/mypy" --no-incremental --cache-dir=/dev/null "$here/consumer/smoke.py"
# Typed usage: list methods return Page[<item model>] (loop variables are typed, not Any) and
# named waiters return the polled model.
"$tools/bin/mypy" --no-incremental --cache-dir=/dev/null --strict --follow-imports=silent "$here/consumer/typed_usage.py"
(cd "$work/src" && "$tools/bin/mypy" --no-incremental --cache-dir=/dev/null --strict --follow-imports=silent secure_ai_studio/_runtime)

echo "== README examples (fresh venv + built wheel + sais-mock --stateful: examples.sh)"
rm -rf "$consumer" && mkdir -p "$consumer"
python3 -m venv "$consumer/venv"
"$consumer/venv/bin/pip" install -q --disable-pip-version-check "$wheel"
SAIS_PYTHON="$consumer/venv/bin/python" SAIS_EXAMPLES_DIR="$consumer/examples" bash "$here/examples.sh" "$work/src"
# The README's examples also type-check under mypy --strict against the installed wheel (e.g.
# `job.id` on the oneOf base Job)...
echo "== type check of the README examples (mypy --strict)"
(cd "$consumer/examples" && "$tools/bin/mypy" --no-incremental --cache-dir=/dev/null --strict --follow-imports=silent example-*.py)
# ...and under pyright --strict, with the installed wheel of the tools venv (the same build).
echo "== type check of the README examples and typed_usage.py (pyright --strict)"
echo '{"typeCheckingMode": "strict"}' > "$consumer/pyrightconfig.json"
(cd "$consumer" && "$tools/bin/pyright" --pythonpath "$tools/bin/python" -p pyrightconfig.json examples/example-*.py "$here/consumer/typed_usage.py")
# The typed public surface: pyright's completeness score of the installed wheel, at least 95 %.
echo "== pyright --verifytypes secure_ai_studio --ignoreexternal (at least 95 %)"
# (--verifytypes exits non-zero below 100 %; the score is the verdict here)
# (it finds the package through the active venv, not --pythonpath)
score="$(cd "$consumer" && { VIRTUAL_ENV="$tools" PATH="$tools/bin:$PATH" "$tools/bin/pyright" --verifytypes secure_ai_studio --ignoreexternal || true; } \
  | sed -n 's/^Type completeness score: \([0-9.]*\)%$/\1/p')"
echo "type completeness: ${score:-?} %"
python3 -c "import sys; sys.exit(0 if float(sys.argv[1] or 0) >= 95 else 'test.sh: pyright type completeness below 95 %')" "$score"

echo "== consumer smoke test (fresh venv + built wheel + local server)"
cp "$here/consumer/smoke.py" "$consumer/smoke.py"
bash "$here/consumer/with-server.sh" "$root" bash -c "cd \"\$0\" && venv/bin/python smoke.py" "$consumer"

echo "== API reference (docs.sh: pdoc from the wheel's docstrings -> .cache/docs/python)"
bash "$here/docs.sh" "$wheel"
