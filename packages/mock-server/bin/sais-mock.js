#!/usr/bin/env node
import { createMockServer } from '../src/server.js';
import { SpecError } from '../src/spec/spec-error.js';
import { ContractBundleError } from '../src/contracts/contract-bundle-error.js';
import { parseCliArgs, UsageError, USAGE } from '../src/cli/parse-cli-args.js';

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
