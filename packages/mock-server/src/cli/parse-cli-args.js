import { parseArgs } from 'node:util';

export const USAGE = `Usage: sais-mock --spec <openapi.yaml> [--stateful [--step-ms MS]] [--chaos RATE] [--seed N] [--contracts-bundle FILE] [--port 4010] [--host 127.0.0.1] [--max-body-size BYTES]
       sais-mock record --upstream URL --spec <openapi.yaml> --out DIR [--port 4010] [--secret VALUE]...

Serves every operation of an OpenAPI 3.0 document, validating requests and answering examples.
  --spec FILE           OpenAPI 3.0 document, YAML or JSON (required)
  --contracts-bundle F  also replay recorded contracts (a JSON array, docs/contracts.md) in
                        sessions under /_contracts and /_sessions; bodyFile paths are
                        relative to the current folder
  --stateful            keep resources in memory: create, read, list, update, delete, ETags,
                        idempotency keys, long-running states and their event streams;
                        POST /_mock/reset puts the seeded examples back
  --step-ms MS          how long a long-running resource stays in each state (default 1000)
  --chaos RATE          answer that share of valid requests (0-1) with a documented 503/429
                        and Retry-After, or a connection reset; each fault is logged
  --seed N              seed for --chaos and generated IDs, so runs repeat (default 1)
  --port N              port to listen on; 0 picks a free one (default 4010)
  --host ADDR           address to bind (default 127.0.0.1)
  --max-body-size N     largest request body in bytes; larger gets 413 (default 10485760)
  --quiet               do not log requests the mock could not process
  -h, --help            show this help`;

/** Thrown for a bad command line; the CLI prints the message and the usage, exit code 2. */
export class UsageError extends Error {}

/** node:util parseArgs, strict and without positionals, its errors as UsageError. */
export function parseOptions(argv, options) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values;
  } catch (err) {
    throw new UsageError(err.message);
  }
}

export function parseCliArgs(argv) {
  const values = parseOptions(argv, {
    spec: { type: 'string' },
    'contracts-bundle': { type: 'string' },
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'max-body-size': { type: 'string', default: String(10 * 1024 * 1024) },
    quiet: { type: 'boolean', default: false },
    stateful: { type: 'boolean', default: false },
    'step-ms': { type: 'string' },
    chaos: { type: 'string' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { help: true };
  if (!values.spec) throw new UsageError('--spec is required (path to an OpenAPI 3.0 document)');
  const port = toInteger(values.port, '--port', 0, 65535);
  const maxBodySize = toInteger(values['max-body-size'], '--max-body-size', 0, Number.MAX_SAFE_INTEGER);
  if (values['contracts-bundle'] === '') throw new UsageError('--contracts-bundle needs a file path');
  if (values['step-ms'] !== undefined && !values.stateful) throw new UsageError('--step-ms only applies with --stateful');
  const stepMs = values['step-ms'] === undefined ? undefined : toInteger(values['step-ms'], '--step-ms', 1, 3_600_000);
  const seed = toInteger(values.seed, '--seed', 0, 2 ** 32 - 1);
  let chaos;
  if (values.chaos !== undefined) {
    if (!/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(values.chaos)) throw new UsageError(`--chaos must be a share between 0 and 1 (e.g. 0.1), got "${values.chaos}"`);
    chaos = Number(values.chaos);
  }
  return {
    spec: values.spec,
    contractsBundle: values['contracts-bundle'],
    port,
    host: values.host,
    maxBodySize,
    quiet: values.quiet,
    stateful: values.stateful ? (stepMs === undefined ? true : { stepMs }) : false,
    chaos,
    seed,
  };
}

function toInteger(text, flag, min, max) {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, got "${text}"`);
  const n = Number(text);
  if (n < min || n > max) throw new UsageError(`${flag} must be between ${min} and ${max}, got ${n}`);
  return n;
}
