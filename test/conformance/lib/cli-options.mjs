// The options of `npm run conformance` (test/conformance/run.mjs), parsed with node's
// util.parseArgs; anything wrong becomes a UsageError naming the option and the bad value.
import { parseStrict, UsageError } from './command-line.mjs';
import { SDKS } from './report.mjs';

export { UsageError };

export const USAGE = `usage: npm run conformance -- [options]
  --sdk NAME          run only this SDK's driver (repeatable; one of ${SDKS.join(', ')}; default all)
  --contracts DIR     also load the contracts under DIR (repeatable; test/contracts is always loaded)
  --json FILE         write the results as JSON ({sdks, contracts, results})
  --html FILE         where the HTML report goes (default docs/conformance.html)
  --allow-uncovered   do not fail when an operation of openapi.yaml has no contract
  -h, --help          show this help`;

/**
 * @param {string[]} argv the arguments after the script name
 * @returns {{sdks: string[], contractDirs: string[], json?: string, html?: string, allowUncovered: boolean, help: boolean}}
 */
export function parseOptions(argv) {
  const values = parseStrict(argv, {
    sdk: { type: 'string', multiple: true },
    contracts: { type: 'string', multiple: true },
    json: { type: 'string' },
    html: { type: 'string' },
    'allow-uncovered': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, 'path');
  const sdks = [...new Set(values.sdk ?? SDKS)];
  for (const sdk of sdks) {
    if (!SDKS.includes(sdk)) throw new UsageError(`--sdk '${sdk}' is not an SDK of this project (choose from ${SDKS.join(', ')})`);
  }
  return {
    // Keep the report's column order whatever order the options came in.
    sdks: SDKS.filter((s) => sdks.includes(s)),
    contractDirs: values.contracts ?? [],
    json: values.json,
    html: values.html,
    allowUncovered: values['allow-uncovered'] ?? false,
    help: values.help ?? false,
  };
}
