#!/usr/bin/env bash
# Run every runnable README example of an already-built C# SDK against a stateful mock server.
#   bash generators/csharp/examples.sh SDK_DIR
# SDK_DIR is the generated SDK (sdks/csharp) whose package build.sh has already built (the .nupkg in
# .cache/build/csharp/out/, or under $SAIS_BUILD_ROOT). In a fresh consumer folder
# (.cache/consumer/csharp/) the package is installed with `nuget install`, each ```csharp block of
# SDK_DIR/README.md that has a Main method is compiled against it as its own program, and each runs
# against `sais-mock --stateful --step-ms 50` (started here, stopped on exit): the quick start creates
# a template and reads it back by its id, so it fails on a mock that does not keep state.
# Exits non-zero naming the first example that failed to compile, exited non-zero or printed nothing.
# Needs (apt): mono-complete libnewtonsoft-json-cil-dev nuget; node 20.
set -euo pipefail

die() { echo "csharp examples: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: examples.sh SDK_DIR"
SDK_DIR=$(cd "$1" 2>/dev/null && pwd) || die "SDK_DIR '$1' does not exist"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD="${SAIS_BUILD_ROOT:-$ROOT/.cache/build}/csharp"
CONSUMER="$ROOT/.cache/consumer/csharp"
[ -f "$SDK_DIR/README.md" ] || die "no README.md in $SDK_DIR"
shopt -s nullglob
nupkgs=("$BUILD"/out/*.nupkg)
[ ${#nupkgs[@]} -eq 1 ] || die "expected one .nupkg in $BUILD/out (run generators/csharp/build.sh $1 first), found ${#nupkgs[@]}"
NUPKG=${nupkgs[0]}
nuspecs=("$SDK_DIR"/*.nuspec)
[ ${#nuspecs[@]} -eq 1 ] || die "expected one .nuspec in $SDK_DIR"
PACKAGE=$(basename "${nuspecs[0]}" .nuspec)
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "${nuspecs[0]}" | head -1)
[ "$(basename "$NUPKG")" = "$PACKAGE.$VERSION.nupkg" ] || die "$NUPKG is not $PACKAGE $VERSION (rebuild $1)"
NEWTONSOFT=$(pkg-config --variable=Libraries newtonsoft-json 2>/dev/null || true)
[ -n "$NEWTONSOFT" ] || NEWTONSOFT=/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll

# --- install the package as a consumer would ------------------------------------------------
rm -rf "$CONSUMER" && mkdir -p "$CONSUMER/feed"
cp "$NUPKG" "$CONSUMER/feed/"
cd "$CONSUMER"
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
cp "$INSTALLED" "$NEWTONSOFT" .

# --- the examples: every ```csharp block with a Main method, named after its "## " heading ----
awk '
  /^## / { heading = substr($0, 4); n = 0 }
  /^```csharp/ { inside = 1; body = ""; next }
  inside && /^```/ {
    inside = 0
    if (body ~ /[ \t]Main\(/) {
      n++; name = heading; gsub(/[^A-Za-z0-9]/, "", name); if (n > 1) name = name n
      file = "Example_" name ".cs"; printf "%s", body > file; close(file)
      print name "\t" heading
    }
    next
  }
  inside { body = body $0 "\n" }
' "$SDK_DIR/README.md" > examples.tsv
[ -s examples.tsv ] || die "no runnable \`\`\`csharp example (with a Main method) in $SDK_DIR/README.md"
mapfile -t EXAMPLES < <(cut -f1 examples.tsv)
for name in "${EXAMPLES[@]}"; do
  mcs -langversion:7.2 -nologo -out:"Example_$name.exe" -r:System.Net.Http.dll -r:Facades/netstandard.dll -r:"$PACKAGE.dll" -r:Newtonsoft.Json.dll "Example_$name.cs" \
    || die "README example '$(grep "^$name	" examples.tsv | cut -f2)' does not compile (Example_$name.cs)"
done

# --- the stateful mock server ----------------------------------------------------------------
MOCK_LOG="$CONSUMER/mock.log"
node "$ROOT/packages/mock-server/bin/sais-mock.js" --spec "$ROOT/openapi.yaml" --stateful --step-ms 50 --port 0 >"$MOCK_LOG" 2>&1 &
MOCK_PID=$!
trap 'kill "$MOCK_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q 'sais-mock listening on' "$MOCK_LOG" && break
  kill -0 "$MOCK_PID" 2>/dev/null || { cat "$MOCK_LOG" >&2; die "mock server exited"; }
  sleep 0.1
done
URL=$(grep -o 'http://[^ ]*' "$MOCK_LOG" | head -1)
[ -n "$URL" ] || die "mock server did not report its URL"

# The examples run side by side. Mono 6.8 sometimes keeps a finished program alive until an idle
# thread-pool worker's park timeout (a random 5-60 s) runs out; side by side, those stalls overlap.
RUNS=()
for name in "${EXAMPLES[@]}"; do
  # `|| rc=$?`: the subshell inherits set -e, which would skip writing a failing example's exit code.
  (rc=0; SECURE_AI_STUDIO_BASE_URL="$URL/api/v1" timeout 120 mono "Example_$name.exe" >"Example_$name.out" 2>&1 || rc=$?; echo "$rc" >"Example_$name.rc") &
  RUNS+=($!)
done
wait "${RUNS[@]}" # not a bare `wait`: the mock server is a background job too
for name in "${EXAMPLES[@]}"; do
  heading=$(grep "^$name	" examples.tsv | cut -f2)
  echo "csharp examples: README example '$heading' against $URL/api/v1 (stateful)"
  cat "Example_$name.out"
  [ "$(cat "Example_$name.rc")" = 0 ] || die "README example '$heading' failed (exit $(cat "Example_$name.rc"))"
  [ -s "Example_$name.out" ] || die "README example '$heading' printed nothing"
done
echo "csharp examples: ${#EXAMPLES[@]} README examples passed"
