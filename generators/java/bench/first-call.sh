#!/usr/bin/env bash
# First-call time from JVM launch (issue 13): the SDK's first templates().retrieve(id) against the
# mock server beside the same GET with plain java.net.http + Jackson, each in a fresh JVM, RUNS
# times (median). Needs the SDK installed and the consumer classpath that test.sh writes:
#   bash generators/java/test.sh sdks/java && bash generators/java/bench/first-call.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
runs="${1:-5}"
classpath_file="$root/.cache/consumer/java/classpath.txt"
[[ -s "$classpath_file" ]] || { echo "first-call.sh: $classpath_file missing; run generators/java/test.sh sdks/java first" >&2; exit 2; }
out="$(mktemp -d)"
javac -d "$out" -cp "$(cat "$classpath_file")" "$here/FirstCallSdk.java" "$here/FirstCallPlain.java"
cp="$out:$(cat "$classpath_file")"

log="$out/mock.log"
node "$root/packages/mock-server/bin/sais-mock.js" --spec "$root/openapi.yaml" --port 0 >"$log" 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null || true; rm -rf "$out"' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^sais-mock listening on \(http:[^ ]*\).*/\1/p' "$log" | head -1)
  [[ -n "$url" ]] && break
  sleep 0.1
done
[[ -n "$url" ]] || { cat "$log" >&2; echo "mock server did not start" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # CLASS: RUNS first-call times in ms
  for _ in $(seq 1 "$runs"); do
    java -cp "$cp" "$1" "$url/api/v1" "$(date +%s%N)" 2>/dev/null | awk '{print $2}'
  done
}
plain=$(measure FirstCallPlain | median)
sdk=$(measure FirstCallSdk | median)
echo "first call from JVM launch (median of $runs): plain java.net.http + Jackson ${plain} ms, SDK ${sdk} ms ($(awk -v s="$sdk" -v p="$plain" 'BEGIN {printf "%.2f", s / p}')x)"
jar="$(tr ':' '\n' <"$classpath_file" | grep -c '\.jar$')"
echo "runtime classpath of a consumer: $jar jars ($(tr ':' '\n' <"$classpath_file" | sed 's:.*/::' | tr '\n' ' '))"
