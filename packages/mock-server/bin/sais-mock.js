#!/usr/bin/env node
import { createMockServer } from '../src/server.js';
import { SpecError } from '../src/spec/spec-error.js';
import { ContractBundleError } from '../src/contracts/contract-bundle-error.js';
import { parseCliArgs, UsageError, USAGE } from '../src/cli/parse-cli-args.js';
import { parseRecordArgs, RECORD_USAGE } from '../src/cli/parse-record-args.js';
import { createRecorder } from '../src/record/recorder.js';

if (process.argv[2] === 'record') await record(process.argv.slice(3));

let args;
try {
  args = parseCliArgs(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  process.stderr.write(`sais-mock: ${err.message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

let mock;
try {
  mock = createMockServer({
    spec: args.spec,
    maxBodySize: args.maxBodySize,
    contractsBundle: args.contractsBundle,
    stateful: args.stateful,
    chaos: args.chaos,
    seed: args.seed,
    // Each fault with its request ID, so a client's log can be matched to what it was sent.
    onFault: (f) => process.stderr.write(`sais-mock: fault ${f.fault} (${f.detail}${f.source === 'chaos' ? ', --chaos' : ''}) for ${f.method} ${f.url} request ${f.requestId}\n`),
    onViolation: (v) => process.stderr.write(`sais-mock: stateful answer ${v.operationId} ${v.status} would break the spec, answered from spec mode instead: ${v.violations.map((x) => `${x.name || x.location} ${x.message}`).join('; ')}\n`),
    onInternalError: args.quiet ? undefined : (err, req) => process.stderr.write(`sais-mock: could not process ${req.method} ${req.url}: ${err.message}\n`),
  });
} catch (err) {
  if (err instanceof ContractBundleError) {
    process.stderr.write(`sais-mock: invalid contracts bundle: ${err.message}\n`);
    process.exit(1);
  }
  if (!(err instanceof SpecError)) throw err;
  process.stderr.write(`sais-mock: invalid spec: ${err.message}\n`);
  process.exit(1);
}

try {
  const { url } = await mock.listen(args.port, args.host);
  // Other tools wait for exactly this line.
  process.stdout.write(`sais-mock listening on ${url}\n`);
} catch (err) {
  process.stderr.write(`sais-mock: cannot listen on ${args.host}:${args.port}: ${err.code ?? err.message}\n`);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => mock.close().then(() => process.exit(0)));
}

async function record(argv) {
  let opts;
  try {
    opts = parseRecordArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`sais-mock record: ${err.message}\n\n${RECORD_USAGE}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write(`${RECORD_USAGE}\n`);
    process.exit(0);
  }
  let recorder;
  try {
    recorder = createRecorder({ ...opts, log: (line) => process.stderr.write(`${line}\n`) });
  } catch (err) {
    if (!(err instanceof SpecError)) throw err;
    process.stderr.write(`sais-mock record: invalid spec: ${err.message}\n`);
    process.exit(1);
  }
  try {
    const { url } = await recorder.listen(opts.port, opts.host);
    process.stdout.write(`sais-mock recording ${opts.upstream} on ${url} into ${opts.out}\n`);
  } catch (err) {
    process.stderr.write(`sais-mock record: cannot listen on ${opts.host}:${opts.port}: ${err.code ?? err.message}\n`);
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => recorder.settled().then(() => recorder.close()).then(() => process.exit(0)));
  await new Promise(() => {});
}
