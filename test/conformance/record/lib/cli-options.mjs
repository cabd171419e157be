// The options of `npm run contracts:record` (record.mjs), parsed with node's util.parseArgs;
// anything wrong becomes a UsageError naming the option and the bad value.
import { parseStrict, UsageError } from '../../lib/command-line.mjs';

export { UsageError };

export const USAGE = `usage: npm run contracts:record -- [options]
  --only ID         record only this scenario (repeatable; default every scenario)
  --out DIR         where contracts are written (default test/contracts)
  --scenarios FILE  the scenarios to record (default test/conformance/record/scenarios.yaml)
  --overwrite       replace a contract file whose content differs from the new recording
  --check           write nothing; fail when a recording differs from the file in DIR
  -h, --help        show this help`;

/**
 * @param {string[]} argv the arguments after the script name
 * @returns {{only: string[], out?: string, scenarios?: string, overwrite: boolean, check: boolean, help: boolean}}
 */
export function parseOptions(argv) {
  const values = parseStrict(argv, {
    only: { type: 'string', multiple: true },
    out: { type: 'string' },
    scenarios: { type: 'string' },
    overwrite: { type: 'boolean' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.check && values.overwrite) throw new UsageError('--check writes nothing, so it cannot be combined with --overwrite');
  return {
    only: [...new Set(values.only ?? [])],
    out: values.out,
    scenarios: values.scenarios,
    overwrite: values.overwrite ?? false,
    check: values.check ?? false,
    help: values.help ?? false,
  };
}
