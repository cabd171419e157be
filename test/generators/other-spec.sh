#!/usr/bin/env bash
# Generates the four SDKs from another sound OpenAPI 3.0 document and builds and packages each
# with its language's build.sh. Usage: test/generators/other-spec.sh [SPEC]
set -euo pipefail
cd "$(dirname "$0")/../.."
spec="${1:-test/generators/petstore-plus.yaml}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# Build in a folder of its own, not .cache/build/<lang>, which holds the project's own SDKs (inside
# the repository, so the JavaScript SDK resolves its dependencies from node_modules).
export SAIS_BUILD_ROOT="$PWD/.cache/build-other-spec"

node generators/generate.mjs --spec "$spec" --out "$out"
for lang in python javascript java csharp; do
  echo "--- build $lang SDK generated from $spec"
  bash "generators/$lang/build.sh" "$out/$lang"
done
echo "other spec: 4 SDKs generated from $spec and built"
