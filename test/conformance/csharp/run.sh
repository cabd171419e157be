#!/usr/bin/env bash
# The C# SDK's conformance driver, as test/conformance/lib/drivers.mjs starts it (from the
# repository root, with SAIS_CONTRACTS_BUNDLE and SAIS_RESULTS set):
#   bash test/conformance/csharp/run.sh
# Builds the SDK DLL when it is missing or older than sdks/csharp (generators/csharp/build.sh),
# compiles this folder into an NUnit 2.6 test assembly under .cache/conformance/csharp/ and runs
# it with nunit-console: one test per contract. Exits with nunit-console's status.
# Needs (apt): mono-complete libnewtonsoft-json-cil-dev libnunit-cil-dev nunit-console nuget
set -euo pipefail

die() { echo "csharp conformance: $*" >&2; exit 2; }

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
SDK="$ROOT/sdks/csharp"
PACKAGE=SecureAiStudio.Sdk
DLL="$ROOT/.cache/build/csharp/sdk/lib/netstandard2.0/$PACKAGE.dll"
OUT="$ROOT/.cache/conformance/csharp"

for v in SAIS_CONTRACTS_BUNDLE SAIS_RESULTS; do
  [ -n "${!v:-}" ] || die "$v is not set: run this driver through test/conformance/run.mjs"
done
command -v mcs >/dev/null || die "mcs not found (apt-get install mono-complete)"
command -v nunit-console >/dev/null || die "nunit-console not found (apt-get install nunit-console)"
NUNIT=$(pkg-config --variable=Libraries nunit 2>/dev/null | tr ' ' '\n' | grep 'nunit.framework.dll' || true)
[ -n "$NUNIT" ] || NUNIT=/usr/lib/cli/nunit.framework-2.6.3/nunit.framework.dll
[ -f "$NUNIT" ] || die "nunit.framework.dll not found (apt-get install libnunit-cil-dev)"
NEWTONSOFT=$(pkg-config --variable=Libraries newtonsoft-json 2>/dev/null || true)
[ -n "$NEWTONSOFT" ] || NEWTONSOFT=/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll
[ -f "$NEWTONSOFT" ] || die "Newtonsoft.Json.dll not found (apt-get install libnewtonsoft-json-cil-dev)"

# npm test builds the SDK before conformance runs; build here only when that DLL is missing or was
# built from other sources (build.sh keeps a copy of the SDK it compiled next to the DLL).
if [ ! -f "$DLL" ] || ! diff -rq "$SDK/src" "$ROOT/.cache/build/csharp/sdk/src" >/dev/null 2>&1; then
  bash "$ROOT/generators/csharp/build.sh" "$SDK" >&2
fi

rm -rf "$OUT" && mkdir -p "$OUT"
cp "$DLL" "$NEWTONSOFT" "$NUNIT" "$OUT/"
mcs -langversion:7.2 -target:library -nologo -warnaserror+ -out:"$OUT/$PACKAGE.Conformance.dll" \
  -r:System.dll -r:System.Core.dll -r:System.Net.Http.dll -r:Facades/netstandard.dll \
  -r:"$OUT/$PACKAGE.dll" -r:"$OUT/Newtonsoft.Json.dll" -r:"$OUT/nunit.framework.dll" \
  "$HERE"/*.cs

# Credentials and base URL come only from each contract, never from the developer's shell; the
# SDK's HttpClient must reach the local mock directly, not through a proxy.
unset SECURE_AI_STUDIO_API_KEY SECURE_AI_STUDIO_BEARER_TOKEN SECURE_AI_STUDIO_BASE_URL
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export SAIS_REPO_ROOT="$ROOT"
cd "$OUT"
exec nunit-console -nologo -noshadow "$PACKAGE.Conformance.dll" -xml="$OUT/TestResult.xml"
