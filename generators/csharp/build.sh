#!/usr/bin/env bash
# Build and package a generated C# SDK with Mono's mcs and nuget (no .NET SDK needed).
#   bash generators/csharp/build.sh SDK_DIR
# Copies SDK_DIR to .cache/build/csharp/, compiles src/<Package>/**.cs into
# lib/netstandard2.0/<Package>.dll (+ XML docs, every public member documented or the build fails;
# its framework references retargeted to netstandard 2.0 by tools/Retarget.cs),
# packs <Package>.<version>.nupkg into .cache/build/csharp/out/ with tools/nupkg.py (README, CHANGELOG
# and the repository's LICENSE inside) and renders the XML docs to .cache/build/csharp/reference/API.md
# (tools/xmldoc_md.py). Works for an SDK generated from any OpenAPI document.
# Needs (apt): mono-complete libnewtonsoft-json-cil-dev; python3 (standard library only)
set -euo pipefail

die() { echo "csharp build: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: build.sh SDK_DIR"
SDK_DIR=$(cd "$1" 2>/dev/null && pwd) || die "SDK_DIR '$1' does not exist"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK="${SAIS_BUILD_ROOT:-$ROOT/.cache/build}/csharp"

command -v mcs >/dev/null || die "mcs not found (apt-get install mono-complete)"
command -v python3 >/dev/null || die "python3 not found (it packs the .nupkg)"
NEWTONSOFT=$(pkg-config --variable=Libraries newtonsoft-json 2>/dev/null || true)
[ -n "$NEWTONSOFT" ] || NEWTONSOFT=/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll
[ -f "$NEWTONSOFT" ] || die "Newtonsoft.Json.dll not found (apt-get install libnewtonsoft-json-cil-dev)"

shopt -s nullglob
nuspecs=("$SDK_DIR"/*.nuspec)
[ ${#nuspecs[@]} -eq 1 ] || die "expected exactly one .nuspec in $SDK_DIR, found ${#nuspecs[@]}"
PACKAGE=$(basename "${nuspecs[0]}" .nuspec)
[ -d "$SDK_DIR/src/$PACKAGE" ] || die "missing source folder $SDK_DIR/src/$PACKAGE"

rm -rf "$WORK"
mkdir -p "$WORK"
cp -R "$SDK_DIR" "$WORK/sdk"
cd "$WORK/sdk"

mapfile -t SOURCES < <(find "src/$PACKAGE" -name '*.cs' | LC_ALL=C sort)
[ ${#SOURCES[@]} -gt 0 ] || die "no C# sources under src/$PACKAGE"

LIB="lib/netstandard2.0"
mkdir -p "$LIB"
# Warnings are errors, missing XML docs of a public member (1591) among them, except members hiding
# inherited ones (0108/0114: an allOf child schema may legitimately redeclare a parent property) and uses of
# deprecated schemas (0612/0618: a deprecated model is still a property type of its parent).
echo "csharp build: compiling ${#SOURCES[@]} files of $PACKAGE with mcs -langversion:7.2"
# The framework assemblies it compiles against; tools/Retarget.cs points them (and mscorlib) at netstandard.
FRAMEWORK=(System System.Core System.Net.Http System.Runtime.Serialization)
FRAMEWORK_REFS=(); for asm in "${FRAMEWORK[@]}"; do FRAMEWORK_REFS+=("-r:$asm.dll"); done
mcs -langversion:7.2 -target:library -optimize+ -nologo -warnaserror+ -nowarn:0108,0114,0612,0618 \
  -out:"$LIB/$PACKAGE.dll" -doc:"$LIB/$PACKAGE.xml" \
  "${FRAMEWORK_REFS[@]}" \
  -r:"$NEWTONSOFT" \
  "${SOURCES[@]}"

# The framework references become netstandard 2.0's (tools/Retarget.cs): a consumer compiling with
# mcs references Mono's facade (-r:Facades/netstandard.dll), as a .NET project references netstandard.
NETSTANDARD=/usr/lib/mono/4.7.1-api/Facades/netstandard.dll  # the facade test.sh checks the package against
CECIL=$(ls /usr/lib/mono/gac/Mono.Cecil/0.11*/Mono.Cecil.dll 2>/dev/null | head -1)
[ -f "$NETSTANDARD" ] || die "$NETSTANDARD not found (apt-get install mono-complete)"
[ -n "$CECIL" ] || die "Mono.Cecil 0.11 not found in Mono's GAC (apt-get install mono-complete)"
mkdir -p "$WORK/tools"
mcs -nologo -langversion:7.2 -r:"$CECIL" -out:"$WORK/tools/Retarget.exe" "$HERE/tools/Retarget.cs"
mono "$WORK/tools/Retarget.exe" "$LIB/$PACKAGE.dll" "$NETSTANDARD" mscorlib "${FRAMEWORK[@]}"

mkdir -p "$WORK/out" "$WORK/reference"
# The package carries the repository's license (Apache-2.0, the nuspec's license expression).
cp "$ROOT/LICENSE" LICENSE
# Not `nuget pack`: Debian's NuGet 2.8 rewrites the netstandard2.0 dependency group to
# Unsupported0.0 and predates <license>/<repository>/<readme> (see tools/nupkg.py).
PKG=$(python3 "$HERE/tools/nupkg.py" "$PACKAGE.nuspec" . "$WORK/out") || die "packing $PACKAGE.nuspec failed"
python3 "$HERE/tools/xmldoc_md.py" "$LIB/$PACKAGE.xml" "$WORK/reference/API.md" >/dev/null || die "rendering the XML docs failed"
echo "csharp build: $LIB/$PACKAGE.dll ($(stat -c %s "$LIB/$PACKAGE.dll") bytes), $(basename "$PKG") ($(stat -c %s "$PKG") bytes), reference/API.md"
