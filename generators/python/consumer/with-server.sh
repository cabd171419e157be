#!/usr/bin/env bash
# with-server.sh ROOT CMD...: starts a local API server on a free port, runs CMD with
# SAIS_BASE_URL pointing at it, stops the server. Uses the project's mock server
# (packages/mock-server) when present, else the stdlib stand-in stub_server.py;
# SAIS_SMOKE_SERVER=stub forces the stub.
set -euo pipefail
root="$1"; shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log="$(mktemp)"
if [ -f "$root/packages/mock-server/bin/sais-mock.js" ] && [ "${SAIS_SMOKE_SERVER:-}" != stub ]; then
  node "$root/packages/mock-server/bin/sais-mock.js" --spec "$root/openapi.yaml" --port 0 > "$log" 2>&1 &
else
  echo "(using the stdlib stub server, not packages/mock-server)"
  python3 -u "$here/stub_server.py" > "$log" 2>&1 &
fi
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  url="$(grep -oE 'listening on http://[0-9.:]+' "$log" | head -1 | sed 's/listening on //')" || true
  [ -n "$url" ] && break
  kill -0 $pid 2>/dev/null || { cat "$log" >&2; echo "with-server.sh: server exited" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$log" >&2; echo "with-server.sh: server did not start within 10 s" >&2; exit 1; }
echo "server: $url"
SAIS_BASE_URL="$url/api/v1" "$@"
