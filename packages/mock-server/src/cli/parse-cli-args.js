import { parseArgs } from 'node:util';

export const USAGE = `Usage: sais-mock --spec <openapi.yaml> [--contracts-bundle FILE] [--port 4010] [--host 127.0.0.1] [--max-body-size BYTES]

Serves every operation of an OpenAPI 3.0 document, validating requests and answering examples.
  --spec FILE           OpenAPI 3.0 document, YAML or JSON (required)
  --contracts-bundle F  also replay recorded contracts (a JSON array, docs/contracts.md) in
                        sessions under /_contracts and /_sessions; bodyFile paths are
                        relative to the current folder
  --port N              port to listen on; 0 picks a free one (default 4010)
  --host ADDR           address to bind (default 127.0.0.1)
  --max-body-size N     largest request body in bytes; larger gets 413 (default 10485760)
  --quiet               do not log requests the mock could not process
  -h, --help            show this help`;

/** Thrown for a bad command line; the CLI prints the message and the usage, exit code 2. */
export class UsageError extends Error {}

export function parseCliArgs(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        spec: { type: 'string' },
        'contracts-bundle': { type: 'string' },
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        'max-body-size': { type: 'string', default: String(10 * 1024 * 1024) },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError(err.message);
  }
  if (values.help) return { help: true };
  if (!values.spec) throw new UsageError('--spec is required (path to an OpenAPI 3.0 document)');
  const port = toInteger(values.port, '--port', 0, 65535);
  const maxBodySize = toInteger(values['max-body-size'], '--max-body-size', 0, Number.MAX_SAFE_INTEGER);
  if (values['contracts-bundle'] === '') throw new UsageError('--contracts-bundle needs a file path');
  return { spec: values.spec, contractsBundle: values['contracts-bundle'], port, host: values.host, maxBodySize, quiet: values.quiet };
}

function toInteger(text, flag, min, max) {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, got "${text}"`);
  const n = Number(text);
  if (n < min || n > max) throw new UsageError(`${flag} must be between ${min} and ${max}, got ${n}`);
  return n;
}
