# Shared by test.sh and examples.sh (sourced): a Maven consumer project of an installed SDK jar.

# write_consumer_pom SDK_POM DIR: DIR/pom.xml depending on the SDK that SDK_POM describes.
write_consumer_pom() {
  local sdk_pom="$1" dir="$2" group artifact version
  group=$(sed -n 's:^  <groupId>\(.*\)</groupId>:\1:p' "$sdk_pom" | head -1)
  artifact=$(sed -n 's:^  <artifactId>\(.*\)</artifactId>:\1:p' "$sdk_pom" | head -1)
  version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$sdk_pom" | head -1)
  cat > "$dir/pom.xml" <<POM
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
}

# compile_consumer DIR: compiles DIR and writes DIR/classpath.txt (the runtime class path).
compile_consumer() {
  (cd "$1" && mvn -q -B -Dstyle.color=never compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=classpath.txt) 2>&1 \
    | sed -u 's/\x1b\[[0-9;]*m//g'
  return "${PIPESTATUS[0]}"
}

# start_mock LOG ARGS...: starts the project's mock server on a free port; sets mock_pid, mock_url.
start_mock() {
  local log="$1"; shift
  node "$root/packages/mock-server/bin/sais-mock.js" --spec "$root/openapi.yaml" --port 0 "$@" >"$log" 2>&1 &
  mock_pid=$!
  mock_url=""
  for _ in $(seq 1 100); do
    mock_url=$(sed -n 's/^sais-mock listening on \(http:[^ ]*\).*/\1/p' "$log" | head -1)
    [[ -n "$mock_url" ]] && return 0
    kill -0 "$mock_pid" 2>/dev/null || { cat "$log" >&2; echo "mock server exited" >&2; return 1; }
    sleep 0.1
  done
  cat "$log" >&2; echo "mock server did not start" >&2; return 1
}
