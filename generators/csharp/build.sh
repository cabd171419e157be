#!/usr/bin/env bash
# Build and package a generated C# SDK with Mono's mcs and nuget (no .NET SDK needed).
#   bash generators/csharp/build.sh SDK_DIR
# Copies SDK_DIR to .cache/build/csharp/, compiles src/<Package>/**.cs into
# lib/netstandard2.0/<Package>.dll (+ XML docs) and packs <Package>.<version>.nupkg into
# .cache/build/csharp/out/. Works for an SDK generated from any OpenAPI document.
# Needs (apt): mono-complete libnewtonsoft-json-cil-dev nuget
set -euo pipefail

die() { echo "csharp build: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: build.sh SDK_DIR"
SDK_DIR=$(cd "$1" 2>/dev/null && pwd) || die "SDK_DIR '$1' does not exist"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK="${SAIS_BUILD_ROOT:-$ROOT/.cache/build}/csharp"

command -v mcs >/dev/null || die "mcs not found (apt-get install mono-complete)"
command -v nuget >/dev/null || die "nuget not found (apt-get install nuget)"
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
# Warnings are errors, except missing XML docs (1591) and members hiding inherited ones
# (0108/0114): an allOf child schema may legitimately redeclare a parent property.
echo "csharp build: compiling ${#SOURCES[@]} files of $PACKAGE with mcs -langversion:7.2"
mcs -langversion:7.2 -target:library -optimize+ -nologo -warnaserror+ -nowarn:1591,0108,0114 \
  -out:"$LIB/$PACKAGE.dll" -doc:"$LIB/$PACKAGE.xml" \
  -r:System.dll -r:System.Core.dll -r:System.Net.Http.dll -r:System.Runtime.Serialization.dll \
  -r:"$NEWTONSOFT" \
  "${SOURCES[@]}"

mkdir -p "$WORK/out"
# NuGet 2.8 wants a writable HOME for its config; keep it inside the cache.
HOME="$WORK/home" nuget pack "$PACKAGE.nuspec" -BasePath . -OutputDirectory "$WORK/out" -NonInteractive -NoPackageAnalysis >/dev/null \
  || die "nuget pack failed"
PKG=$(ls "$WORK/out"/*.nupkg)
echo "csharp build: $LIB/$PACKAGE.dll ($(stat -c %s "$LIB/$PACKAGE.dll") bytes), $(basename "$PKG") ($(stat -c %s "$PKG") bytes)"
