#!/usr/bin/env bash
# Release rehearsal of a built Java SDK (after build.sh): signs the jar, sources, javadoc and pom
# with maven-gpg-plugin (the pom's `sign` profile) using a throwaway key made here in a temporary
# GNUPGHOME (no passphrase, never written elsewhere, removed on exit), verifies every .asc, stages
# the files as Maven Central receives them with .md5/.sha1/.sha256 checksums, and runs
# check-package.py on the staged set.
# Usage: generators/java/sign-test.sh BUILD_DIR
set -euo pipefail
build="$(cd "${1:?usage: generators/java/sign-test.sh BUILD_DIR}" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

gnupg="$(mktemp -d)"
trap 'gpgconf --homedir "$gnupg" --kill all >/dev/null 2>&1 || true; rm -rf "$gnupg"' EXIT
chmod 700 "$gnupg"
export GNUPGHOME="$gnupg"
uid="SDK release test <release-test@secure-ai-studio.example>"
gpg --batch --quiet --passphrase '' --quick-gen-key "$uid" ed25519 sign 1d
keyid="$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '$1 == "sec" { print $5; exit }')"
[[ -n "$keyid" ]] || { echo "sign-test: no throwaway key was made" >&2; exit 1; }

log="$build/target/sign.log"
if ! (cd "$build" && mvn -B -Dstyle.color=never -Dmaven.test.skip=true -Psign \
      -Dgpg.homedir="$gnupg" -Dgpg.keyname="$keyid" verify >"$log" 2>&1); then
  grep -vE '^\[INFO\] (Download|$)' "$log" | tail -40 >&2
  exit 1
fi

artifact="$(sed -n 's:^  <artifactId>\(.*\)</artifactId>$:\1:p' "$build/pom.xml" | head -1)"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$build/pom.xml" | head -1)"
base="$artifact-$version"
staged="$build/target/staged"
rm -rf "$staged" && mkdir -p "$staged"
# The pom as the gpg plugin signed it (the project's pom.xml under its published name).
cp "$build/target/$base.pom" "$staged/$base.pom"
for f in "$base.jar" "$base-sources.jar" "$base-javadoc.jar"; do cp "$build/target/$f" "$build/target/$f.asc" "$staged/"; done
cp "$build/target/$base.pom.asc" "$staged/$base.pom.asc"
n=0
for f in "$staged/$base.jar" "$staged/$base-sources.jar" "$staged/$base-javadoc.jar" "$staged/$base.pom"; do
  gpg --batch --quiet --verify "$f.asc" "$f" 2>/dev/null || { echo "sign-test: bad signature $f.asc" >&2; exit 1; }
  n=$((n + 1))
  # Central's checksum files hold the bare hex digest.
  for algo in md5 sha1 sha256; do "${algo}sum" "$f" | cut -d' ' -f1 >"$f.$algo"; done
done
# The verification must be able to fail: a changed byte has to break the jar's signature.
tampered="$build/target/tampered.jar"
cp "$staged/$base.jar" "$tampered" && printf 'x' >>"$tampered"
if gpg --batch --quiet --verify "$staged/$base.jar.asc" "$tampered" 2>/dev/null; then
  echo "sign-test: a tampered jar passed signature verification" >&2; exit 1
fi
rm -f "$tampered"
echo "sign-test: $n signatures verified with throwaway key $keyid; checksums written in $staged"
python3 "$here/check-package.py" "$build" --staged "$staged"
