#!/usr/bin/env bash
# Build, unit-test and smoke-test a generated C# SDK.
#   bash generators/csharp/test.sh sdks/csharp
# 1. build.sh (mcs DLL + nuget pack)
# 2. the SDK's own NUnit tests (tests/**/*.cs) with nunit-console, the shared vectors among them
#    (SAIS_VECTORS, default test/vectors)
# 3. a fresh Mono program in .cache/consumer/csharp/ that installs the .nupkg with `nuget install`,
#    compiles the README's quick start and errors example against it and runs them against the
#    project's mock server.
# Needs (apt): mono-complete libnewtonsoft-json-cil-dev libnunit-cil-dev nunit-console nuget; node 20.
set -euo pipefail

die() { echo "csharp test: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: test.sh SDK_DIR"
SDK_DIR=$(cd "$1" 2>/dev/null && pwd) || die "SDK_DIR '$1' does not exist"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD="${SAIS_BUILD_ROOT:-$ROOT/.cache/build}/csharp"
CONSUMER="$ROOT/.cache/consumer/csharp"

command -v nunit-console >/dev/null || die "nunit-console not found (apt-get install nunit-console)"
NUNIT=$(pkg-config --variable=Libraries nunit 2>/dev/null | tr ' ' '\n' | grep 'nunit.framework.dll' || true)
[ -n "$NUNIT" ] || NUNIT=/usr/lib/cli/nunit.framework-2.6.3/nunit.framework.dll
[ -f "$NUNIT" ] || die "nunit.framework.dll not found (apt-get install libnunit-cil-dev)"
NEWTONSOFT=$(pkg-config --variable=Libraries newtonsoft-json 2>/dev/null || true)
[ -n "$NEWTONSOFT" ] || NEWTONSOFT=/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll

# --- 1. build + package -------------------------------------------------------------------
bash "$HERE/build.sh" "$SDK_DIR"
PACKAGE=$(basename "$(ls "$BUILD/sdk"/*.nuspec)" .nuspec)
DLL="$BUILD/sdk/lib/netstandard2.0/$PACKAGE.dll"
NUPKG=$(ls "$BUILD/out"/*.nupkg)

# --- 2. unit tests ------------------------------------------------------------------------
TESTS="$BUILD/tests"
rm -rf "$TESTS" && mkdir -p "$TESTS"
mapfile -t TEST_SOURCES < <(find "$BUILD/sdk/tests" -name '*.cs' 2>/dev/null | LC_ALL=C sort)
[ ${#TEST_SOURCES[@]} -gt 0 ] || die "no tests under $SDK_DIR/tests"
cp "$DLL" "$NEWTONSOFT" "$NUNIT" "$TESTS/"
mcs -langversion:7.2 -target:library -nologo -warnaserror+ -out:"$TESTS/$PACKAGE.Tests.dll" \
  -r:System.dll -r:System.Core.dll -r:System.Net.Http.dll \
  -r:"$TESTS/$PACKAGE.dll" -r:"$TESTS/Newtonsoft.Json.dll" -r:"$TESTS/nunit.framework.dll" \
  "${TEST_SOURCES[@]}"
# The shared behaviour vectors (test/vectors, issue 10): VectorTests fails when it cannot find them.
export SAIS_VECTORS="${SAIS_VECTORS:-$ROOT/test/vectors}"
(cd "$TESTS" && nunit-console -nologo -noshadow "$PACKAGE.Tests.dll" -xml="$TESTS/TestResult.xml")

# --- 3. consumer smoke test ---------------------------------------------------------------
rm -rf "$CONSUMER" && mkdir -p "$CONSUMER/feed"
cp "$NUPKG" "$CONSUMER/feed/"
cd "$CONSUMER"
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$BUILD/sdk/$PACKAGE.nuspec" | head -1)
# A packages.config restore installs exactly the listed package: the package declares
# Newtonsoft.Json >= 13.0.1 for real .NET consumers, while Mono's copy comes from apt.
cat > packages.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<packages>
  <package id="$PACKAGE" version="$VERSION" targetFramework="net45" />
</packages>
XML
HOME="$CONSUMER/home" timeout 120 nuget install packages.config -Source "$CONSUMER/feed" -OutputDirectory packages \
  -NonInteractive >/dev/null || die "nuget install of $PACKAGE $VERSION failed"
INSTALLED="packages/$PACKAGE.$VERSION/lib/netstandard2.0/$PACKAGE.dll"
[ -f "$INSTALLED" ] || die "nuget install did not provide $INSTALLED"

# The consumer programs are the README's examples, verbatim: the docs are tested by running them.
readme_example() { # HEADING OUT.cs: the first ```csharp block under "## HEADING"
  awk -v h="## $1" '$0==h{q=1;next} q&&/^## /{exit} q&&/^```csharp/{c=1;next} c&&/^```/{exit} c' "$SDK_DIR/README.md" > "$2"
  [ -s "$2" ] || die "no \`\`\`csharp block under '## $1' in $SDK_DIR/README.md"
}
# Each "## Heading" of the README with a runnable example: compiled against the installed package,
# then run against the mock server below.
EXAMPLES=("Quick start:QuickStart" "Errors:Errors" "Retries:Retries" "Pagination:Pagination" "Waiters:Waiters" "Events:Events")
cp "$INSTALLED" "$NEWTONSOFT" .
for pair in "${EXAMPLES[@]}"; do
  readme_example "${pair%%:*}" "${pair##*:}.cs"
  mcs -langversion:7.2 -nologo -out:"${pair##*:}.exe" -r:System.Net.Http.dll -r:"$PACKAGE.dll" -r:Newtonsoft.Json.dll "${pair##*:}.cs"
done

MOCK_LOG="$CONSUMER/mock.log"
node "$ROOT/packages/mock-server/bin/sais-mock.js" --spec "$ROOT/openapi.yaml" --port 0 >"$MOCK_LOG" 2>&1 &
MOCK_PID=$!
trap 'kill $MOCK_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q 'sais-mock listening on' "$MOCK_LOG" && break
  kill -0 $MOCK_PID 2>/dev/null || { cat "$MOCK_LOG" >&2; die "mock server exited"; }
  sleep 0.1
done
URL=$(grep -o 'http://[^ ]*' "$MOCK_LOG" | head -1)
[ -n "$URL" ] || die "mock server did not report its URL"
# The examples run side by side. Mono 6.8 sometimes keeps a finished program alive until an idle
# thread-pool worker's park timeout (a random 5-60 s) runs out; a bare HttpClient program shows it
# too. Run one after another, those stalls would add up; side by side, they overlap.
RUNS=()
for pair in "${EXAMPLES[@]}"; do
  (SECURE_AI_STUDIO_BASE_URL="$URL/api/v1" timeout 120 mono "${pair##*:}.exe" >"${pair##*:}.out" 2>&1; echo $? >"${pair##*:}.rc") &
  RUNS+=($!)
done
wait "${RUNS[@]}" # not a bare `wait`: the mock server is a background job too
for pair in "${EXAMPLES[@]}"; do
  echo "csharp test: README example '${pair%%:*}' against $URL/api/v1"
  cat "${pair##*:}.out"
  [ "$(cat "${pair##*:}.rc")" = 0 ] || die "README example '${pair%%:*}' failed (exit $(cat "${pair##*:}.rc"))"
  [ -s "${pair##*:}.out" ] || die "README example '${pair%%:*}' printed nothing"
done
echo "csharp test: consumer smoke test passed"
