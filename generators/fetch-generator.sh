#!/usr/bin/env bash
# Puts the openapi-generator-cli jar pinned in openapitools.json where the npm wrapper
# (@openapitools/openapi-generator-cli) looks for it: <storageDir>/<version>.jar.
# The jar comes from Maven Central through Maven, so the wrapper never downloads it itself.
# Idempotent: returns at once when the jar is already there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

read -r version storage < <(node -e '
  const c = JSON.parse(require("fs").readFileSync("openapitools.json", "utf8"))["generator-cli"];
  console.log(c.version, c.storageDir || "node_modules/@openapitools/openapi-generator-cli/versions");
')
jar="$storage/$version.jar"
if [[ -s "$jar" ]]; then
  exit 0
fi

mkdir -p "$storage"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  "-Dartifact=org.openapitools:openapi-generator-cli:$version:jar" \
  "-DoutputDirectory=$tmp"
mv "$tmp/openapi-generator-cli-$version.jar" "$jar"
echo "openapi-generator-cli $version -> $jar"
