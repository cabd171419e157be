import { UsageError, parseOptions } from './parse-cli-args.js';

export const RECORD_USAGE = `Usage: sais-mock record --upstream URL --spec <openapi.yaml> --out DIR [--port 4010] [--host 127.0.0.1] [--secret VALUE]...

A reverse proxy that records contracts (docs/contracts.md) from a real server: point an SDK,
curl or a browser at it; every exchange is forwarded to --upstream, validated against the spec
both ways (violations printed with their JSON pointer) and written under --out, one file per
scenario (a request and its retries), named from the operation and the outcome.
  --upstream URL   the server to record (its path is the prefix of every request path)
  --spec FILE      OpenAPI 3.0 document, YAML or JSON
  --out DIR        folder for the contracts (created; existing files are never overwritten)
  --port N         port to listen on; 0 picks a free one (default 4010)
  --host ADDR      address to bind (default 127.0.0.1)
  --secret VALUE   a value never to write (repeatable); credentials, cookies and fields named
                   like secrets are always replaced by the contract credentials`;

export function parseRecordArgs(argv) {
  const values = parseOptions(argv, {
    upstream: { type: 'string' },
    spec: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    secret: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { help: true };
  for (const flag of ['upstream', 'spec', 'out']) if (!values[flag]) throw new UsageError(`record needs --${flag}`);
  let upstream;
  try {
    upstream = new URL(values.upstream);
  } catch {
    throw new UsageError(`--upstream must be an http(s) URL, got "${values.upstream}"`);
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') throw new UsageError(`--upstream must be an http(s) URL, got "${values.upstream}"`);
  if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  return { upstream: upstream.href, spec: values.spec, out: values.out, port: Number(values.port), host: values.host, secrets: values.secret };
}
