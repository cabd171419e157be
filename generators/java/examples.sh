#!/usr/bin/env bash
# Runs every runnable README example of an already-built Java SDK (its jar installed in ~/.m2 by
# build.sh) against the project's mock server in stateful mode, which this script starts on a free
# port and stops when it ends. The examples are the java blocks of the README's "Quick start",
# "Errors and retries", "Pagination", "Waiters", "Events" and "GraphQL" sections that declare the class named
# after the section; each is compiled (-Werror) and run as written, reading the base URL and key from
# the environment (SecureAIStudioClient.fromEnv()). A failing example fails the script.
# Usage: generators/java/examples.sh SDK_DIR   (SDK_DIR: sdks/java or its build copy)
set -euo pipefail
sdk="${1:?usage: generators/java/examples.sh SDK_DIR}"
[[ -f "$sdk/README.md" && -f "$sdk/pom.xml" ]] || { echo "examples.sh: $sdk has no README.md and pom.xml (not a generated Java SDK?)" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$here/consumer/consumer-lib.sh"

# A folder of this run's own: two runs at once (test.sh and npm start) must not share one.
mkdir -p "$root/.cache/consumer"
consumer="$(mktemp -d "$root/.cache/consumer/java-examples.XXXXXX")"
mock_pid=""
trap 'if [[ -n "$mock_pid" ]]; then kill "$mock_pid" 2>/dev/null || true; fi; rm -rf "$consumer"' EXIT
mkdir -p "$consumer/src/main/java"
examples=()
for section in "Quick start:QuickStart" "Errors and retries:Errors" "Pagination:Pagination" "Waiters:Waiters" "Events:Events" "GraphQL:Graphql"; do
  title="${section%%:*}" class="${section##*:}"
  awk -v t="## $title" '$0==t{q=1;next} q&&/^## /{exit} q&&/^```java/{p=1;next} p&&/^```/{exit} p' "$sdk/README.md" \
    >"$consumer/src/main/java/$class.java"
  if grep -q "public class $class" "$consumer/src/main/java/$class.java"; then
    examples+=("$class")
  else
    rm -f "$consumer/src/main/java/$class.java"
  fi
done
[[ " ${examples[*]} " == *" QuickStart "* ]] || { echo "examples.sh: $sdk/README.md has no runnable java quick start" >&2; exit 1; }
write_consumer_pom "$sdk/pom.xml" "$consumer"
compile_consumer "$consumer"

# Stateful: what an example creates it can read back; long-running jobs move on every 50 ms.
start_mock "$consumer/mock.log" --stateful --step-ms 50
cp="$consumer/target/classes:$(cat "$consumer/classpath.txt")"
for example in "${examples[@]}"; do
  echo "-- README example $example"
  SECURE_AI_STUDIO_BASE_URL="$mock_url/api/v1" SECURE_AI_STUDIO_API_KEY="sk_test_readme_example" \
    timeout 120 java -cp "$cp" "$example" >"$consumer/$example.out" 2>&1 \
    || { cat "$consumer/$example.out" >&2; echo "README example $example failed" >&2; exit 1; }
  head -5 "$consumer/$example.out"
done
echo "README examples passed: ${examples[*]}"
