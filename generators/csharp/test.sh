#!/usr/bin/env bash
# Build, unit-test and smoke-test a generated C# SDK.
#   bash generators/csharp/test.sh sdks/csharp
# 1. build.sh (mcs DLL with every public member documented, tools/nupkg.py, reference/API.md), then
#    tools/check_package.py on the .nupkg
# 2. NUnit tests with nunit-console: the SDK's own shipped tests (SDK_DIR/tests, API-agnostic, from
#    generators/csharp/tests/runtime; the shared vectors among them, SAIS_VECTORS, default test/vectors)
#    compiled together with generators/csharp/tests/api/ (openapi.yaml's own surface, not shipped)
# 3. examples.sh: every runnable README example, compiled against the .nupkg installed with
#    `nuget install` in .cache/consumer/csharp/, run against `sais-mock --stateful`.
# Needs (apt): mono-complete libnewtonsoft-json-cil-dev libnunit-cil-dev nunit-console nuget; node 20.
set -euo pipefail

die() { echo "csharp test: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: test.sh SDK_DIR"
SDK_DIR=$(cd "$1" 2>/dev/null && pwd) || die "SDK_DIR '$1' does not exist"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD="${SAIS_BUILD_ROOT:-$ROOT/.cache/build}/csharp"

# tests/api and the README examples exercise openapi.yaml's operations: refuse any other SDK
# (the corpus runner tests SDKs of other documents with their shipped tests only).
grep -q '"spec": "openapi.yaml"' "$SDK_DIR/.openapi-generator/SOURCE.json" 2>/dev/null \
  || die "$SDK_DIR was not generated from openapi.yaml (its .openapi-generator/SOURCE.json says otherwise)"
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
# The package as NuGet reads it (issue 16): dependency group, license, repository, readme,
# projectUrl, assembly version, framework types within .NET Standard 2.0.
NETSTANDARD=/usr/lib/mono/4.7.1-api/Facades/netstandard.dll
[ -f "$NETSTANDARD" ] || die "$NETSTANDARD not found (apt-get install mono-complete)"
python3 "$HERE/tools/check_package.py" "$(ls "$BUILD/out"/*.nupkg)" "$NETSTANDARD" || die "the .nupkg fails the package checks above"
[ -s "$BUILD/reference/API.md" ] || die "no rendered API reference in $BUILD/reference/API.md"

# --- 2. unit tests ------------------------------------------------------------------------
TESTS="$BUILD/tests"
rm -rf "$TESTS" && mkdir -p "$TESTS"
mapfile -t TEST_SOURCES < <(find "$BUILD/sdk/tests" -name '*.cs' 2>/dev/null | LC_ALL=C sort)
[ ${#TEST_SOURCES[@]} -gt 0 ] || die "no tests under $SDK_DIR/tests"
mapfile -t API_TESTS < <(find "$HERE/tests/api" -name '*.cs' | LC_ALL=C sort)
[ ${#API_TESTS[@]} -gt 0 ] || die "no tests under $HERE/tests/api"
cp "$DLL" "$NEWTONSOFT" "$NUNIT" "$TESTS/"
mcs -langversion:7.2 -target:library -nologo -warnaserror+ -out:"$TESTS/$PACKAGE.Tests.dll" \
  -r:System.dll -r:System.Core.dll -r:System.Net.Http.dll -r:Facades/netstandard.dll \
  -r:"$TESTS/$PACKAGE.dll" -r:"$TESTS/Newtonsoft.Json.dll" -r:"$TESTS/nunit.framework.dll" \
  "${TEST_SOURCES[@]}" "${API_TESTS[@]}"
# The shared behaviour vectors (test/vectors, issue 10): VectorTests fails when it cannot find them.
export SAIS_VECTORS="${SAIS_VECTORS:-$ROOT/test/vectors}"
(cd "$TESTS" && nunit-console -nologo -noshadow "$PACKAGE.Tests.dll" -xml="$TESTS/TestResult.xml")

# --- 3. the README examples, installed from the .nupkg, against a stateful mock server ---------
bash "$HERE/examples.sh" "$SDK_DIR"
echo "csharp test: consumer smoke test passed"
