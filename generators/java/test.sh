#!/usr/bin/env bash
# Tests a generated Java SDK: builds it (build.sh), runs its JUnit 5 tests with Maven Surefire,
# then installs it into a fresh Maven project (.cache/consumer/java) that calls the project's
# mock server through the SDK: the smoke program and the README's examples, compiled and run.
# Usage: generators/java/test.sh SDK_DIR
set -euo pipefail
sdk="${1:?usage: generators/java/test.sh SDK_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mvn_flags=(-B -Dstyle.color=never)
# Debian's Maven prints stray ANSI resets even in batch mode.
strip_ansi() { sed -u 's/\x1b\[[0-9;]*m//g'; }

bash "$here/build.sh" "$sdk"
build="${SAIS_BUILD_ROOT:-$root/.cache/build}/java"

echo "== unit tests (JUnit 5 via Surefire)"
# The shared behaviour vectors (test/vectors/README.md); Surefire's forked JVM inherits it.
export SAIS_VECTORS="${SAIS_VECTORS:-$root/test/vectors}"
tests_log="$build/target/unit-tests.log"
if ! (cd "$build" && mvn "${mvn_flags[@]}" test >"$tests_log" 2>&1); then
  grep -vE '^\[INFO\] (Download|$)' "$tests_log" | tail -80 >&2
  exit 1
fi
# Surefire's own result lines and closing summary.
grep -E 'Tests run:|BUILD SUCCESS' "$tests_log"

echo "== consumer smoke test"
group=$(sed -n 's:^  <groupId>\(.*\)</groupId>:\1:p' "$build/pom.xml" | head -1)
artifact=$(sed -n 's:^  <artifactId>\(.*\)</artifactId>:\1:p' "$build/pom.xml" | head -1)
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$build/pom.xml" | head -1)

consumer="$root/.cache/consumer/java"
rm -rf "$consumer" && mkdir -p "$consumer/src/main/java"
cp "$here/consumer/Smoke.java" "$consumer/src/main/java/"
# The README's quick start must compile against the installed jar too.
awk '/^## Quick start/{q=1} q&&/^```java/{p=1;next} p&&/^```/{exit} p' "$build/README.md" \
  >"$consumer/src/main/java/QuickStart.java"
[[ -s "$consumer/src/main/java/QuickStart.java" ]] || { echo "README.md has no java quick start" >&2; exit 1; }
# So must the section examples, when the README has them (SDKs from other specs may not): the
# first java block of each section, a whole program named after the section.
for section in "Errors and retries:Errors" "Pagination:Pagination" "Waiters:Waiters" "Events:Events"; do
  title="${section%%:*}" class="${section##*:}"
  awk -v t="## $title" '$0==t{q=1;next} q&&/^## /{exit} q&&/^```java/{p=1;next} p&&/^```/{exit} p' "$build/README.md" \
    >"$consumer/src/main/java/$class.java"
  grep -q "public class $class" "$consumer/src/main/java/$class.java" || rm -f "$consumer/src/main/java/$class.java"
done
cat > "$consumer/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>sdk-consumer</artifactId>
  <version>0.0.0</version>
  <properties>
    <maven.compiler.release>11</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>$group</groupId>
      <artifactId>$artifact</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.0</version>
        <configuration>
          <!-- Typed pages and waiters: the examples must need no casts and raise no unchecked warnings. -->
          <compilerArgs><arg>-Xlint:unchecked,rawtypes,cast</arg><arg>-Werror</arg></compilerArgs>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
(cd "$consumer" && mvn -q "${mvn_flags[@]}" compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=classpath.txt) 2>&1 | strip_ansi

# The project's mock server on a free port; stopped (by its pid) when this script exits.
log="$consumer/mock.log"
node "$root/packages/mock-server/bin/sais-mock.js" --spec "$root/openapi.yaml" --port 0 >"$log" 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^sais-mock listening on \(http:[^ ]*\).*/\1/p' "$log" | head -1)
  [[ -n "$url" ]] && break
  kill -0 "$mock" 2>/dev/null || { cat "$log" >&2; echo "mock server exited" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { cat "$log" >&2; echo "mock server did not start" >&2; exit 1; }

cp_consumer="$consumer/target/classes:$(cat "$consumer/classpath.txt")"
java -cp "$cp_consumer" Smoke "$url/api/v1" 2>&1 | tee "$consumer/smoke.out"
[[ "${PIPESTATUS[0]}" == 0 ]] || exit 1
# A plain class path has no SLF4J provider; the SDK's first validated response must not make
# SLF4J print its "No SLF4J providers" warning (runtime/ResponseValidator).
if grep -q '^SLF4J' "$consumer/smoke.out"; then echo "the consumer's output has SLF4J warnings" >&2; exit 1; fi
# The README's examples are run too, as written: they read the base URL and key from the
# environment (SecureAIStudioClient.fromEnv()), pointed here at the mock server.
for example in QuickStart Errors Pagination Waiters Events; do
  [[ -f "$consumer/target/classes/$example.class" ]] || continue
  echo "-- README example $example"
  SECURE_AI_STUDIO_BASE_URL="$url/api/v1" SECURE_AI_STUDIO_API_KEY="sk_test_readme_example" \
    timeout 120 java -cp "$cp_consumer" "$example" >"$consumer/$example.out" 2>&1 \
    || { cat "$consumer/$example.out" >&2; echo "README example $example failed" >&2; exit 1; }
  head -5 "$consumer/$example.out"
done
