#!/usr/bin/env bash
# Builds and packages a generated Java SDK: jar + sources jar + javadoc jar, installed into the
# local Maven repository (~/.m2) so consumer projects can depend on it.
# Usage: generators/java/build.sh SDK_DIR   (works for an SDK generated from any spec)
set -euo pipefail
sdk="${1:?usage: generators/java/build.sh SDK_DIR}"
[[ -f "$sdk/pom.xml" ]] || { echo "build.sh: $sdk/pom.xml not found (not a generated Java SDK?)" >&2; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${SAIS_BUILD_ROOT:-$root/.cache/build}/java"

# Never build inside sdks/: work on a fresh copy.
rm -rf "$build" && mkdir -p "$build"
cp -R "$sdk/." "$build/"

cd "$build"
start=$(date +%s)
# (Debian's Maven prints stray ANSI resets even in batch mode; strip them.)
mvn -B -q -Dstyle.color=never -Dmaven.test.skip=true install 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g'
end=$(date +%s)
for jar in target/*.jar; do
  printf '%s  %s bytes\n' "$jar" "$(stat -c %s "$jar")"
done
echo "java SDK built in $((end - start))s: $build"
