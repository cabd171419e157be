#!/usr/bin/env bash
# Installs what a fresh machine of this project's kind lacks, then the project's own dependencies.
# Idempotent: a second run only checks and returns.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }

# Debian packages: Mono and its libraries build and test the C# SDK.
# chromium (+ a font, since --no-install-recommends skips it): the docs' browser test (test/docs/browser.test.mjs).
APT_PACKAGES=(mono-complete libnewtonsoft-json-cil-dev libnunit-cil-dev nunit-console nuget wrk chromium fonts-liberation)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm workspaces: reinstall only when the lock file changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-fund --no-audit
fi
# openapi-generator's jar, from Maven Central through Maven, where the npm wrapper looks for it.
bash generators/fetch-generator.sh
say "ready"
