#!/usr/bin/env bash
# Tests a generated Java SDK: runs the unit tests of postprocess.mjs and the generator's edge cases
# (tests/generator/), builds the SDK (build.sh),
# checks and signs the package (check-package.py, sign-test.sh), runs its JUnit 5 tests with Maven Surefire,
# then installs it into a fresh Maven project (.cache/consumer/java) that calls the project's
# mock server through the SDK (the smoke program), and runs the README's examples (examples.sh).
# Usage: generators/java/test.sh SDK_DIR
set -euo pipefail
sdk="${1:?usage: generators/java/test.sh SDK_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mvn_flags=(-B -Dstyle.color=never)

# The generator's own post-processing first (node:test, no Maven): it adds the javadoc of the stock
# supporting files and anyOf models, and fails loudly when their declarations change.
echo "== generator post-processing (node:test): postprocess.mjs"
node --test "$here/tests/postprocess.test.mjs"
# Shapes of foreign documents that once broke the SDK (npm run corpus), generated, packaged and used for real.
echo "== generator on tests/generator/edge-cases.yaml (generated, packaged with javadoc, used by EdgeCases.java)"
node --test "$here/tests/generator/generate.test.mjs"

bash "$here/build.sh" "$sdk"
build="${SAIS_BUILD_ROOT:-$root/.cache/build}/java"

# Release checks on the built artifacts (javadoc with doclint all, warnings failing, already ran in
# build.sh's package, so an undocumented public member has failed the build by now):
# Maven Central's pom/jar requirements, manifest, license and javadoc footer; then signing with a
# throwaway key, signature verification and checksums (sign-test.sh).
echo "== package checks (check-package.py, sign-test.sh)"
python3 "$here/check-package.py" "$build"
bash "$here/sign-test.sh" "$build"

# The tests of openapi.yaml's own surface (tests/api/) are not shipped in every SDK: they are added
# to the build copy, and only when it is this project's SDK (their models exist only there).
if grep -q '^  title: "\?Secure AI Studio Enterprise API"\?$' "$build/src/build/openapi.yaml" 2>/dev/null; then
  cp -R "$here/tests/api/." "$build/src/test/java/"
  echo "== unit tests (JUnit 5 via Surefire): runtime tests + tests/api/"
else
  echo "== unit tests (JUnit 5 via Surefire): runtime tests only (not openapi.yaml's SDK)"
fi
# The shared behaviour vectors (test/vectors/README.md); Surefire's forked JVM inherits it.
export SAIS_VECTORS="${SAIS_VECTORS:-$root/test/vectors}"
tests_log="$build/target/unit-tests.log"
if ! (cd "$build" && mvn "${mvn_flags[@]}" test >"$tests_log" 2>&1); then
  grep -vE '^\[INFO\] (Download|$)' "$tests_log" | tail -80 >&2
  exit 1
fi
# Surefire's own result lines and closing summary.
grep -E 'Tests run:|BUILD SUCCESS' "$tests_log"

echo "== consumer smoke test"
source "$here/consumer/consumer-lib.sh"
consumer="$root/.cache/consumer/java"
rm -rf "$consumer" && mkdir -p "$consumer/src/main/java"
cp "$here/consumer/Smoke.java" "$consumer/src/main/java/"
write_consumer_pom "$build/pom.xml" "$consumer"
compile_consumer "$consumer"

# The project's mock server on a free port; stopped (by its pid) when this script exits.
start_mock "$consumer/mock.log"
trap 'kill "$mock_pid" 2>/dev/null || true' EXIT
cp_consumer="$consumer/target/classes:$(cat "$consumer/classpath.txt")"
java -cp "$cp_consumer" Smoke "$mock_url/api/v1" 2>&1 | tee "$consumer/smoke.out"
[[ "${PIPESTATUS[0]}" == 0 ]] || exit 1
# A plain class path has no SLF4J provider (and the SDK needs none): nothing may print SLF4J warnings.
if grep -q '^SLF4J' "$consumer/smoke.out"; then echo "the consumer's output has SLF4J warnings" >&2; exit 1; fi

echo "== README examples (examples.sh, stateful mock)"
bash "$here/examples.sh" "$build"
