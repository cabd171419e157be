// What the conformance runner and the contracts recorder share about their command lines:
// strict util.parseArgs whose failures become one-line UsageErrors naming the option, no empty
// string values, and the usage / --help / exit-code handling of a script's entry point.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

/**
 * @param {string[]} argv the arguments after the script name
 * @param {Record<string, {type: 'string'|'boolean', multiple?: boolean, short?: string}>} options util.parseArgs options
 * @param {string} [emptyMeaning] the noun in "--x needs a <noun> (got an empty string)"
 * @returns {Record<string, unknown>} the parsed values
 */
export function parseStrict(argv, options, emptyMeaning = 'value') {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options }));
  } catch (error) {
    throw new UsageError(error.message.split('\n')[0]);
  }
  for (const [name, spec] of Object.entries(options)) {
    if (spec.type !== 'string') continue;
    for (const value of [values[name]].flat()) {
      if (value !== undefined && value.trim() === '') throw new UsageError(`--${name} needs a ${emptyMeaning} (got an empty string)`);
    }
  }
  return values;
}

/** Writes `<command>: <message>` to stderr and exits (1 by default, 2 for usage errors). */
export function stop(command, message, code = 1) {
  process.stderr.write(`${command}: ${message}\n`);
  process.exit(code);
}

/**
 * Parses a script's arguments with `parse`; a UsageError prints it with the usage and exits 2,
 * `--help` prints the usage and exits 0. Returns the options otherwise.
 * @template {{help: boolean}} T
 * @param {string} command @param {string} usage @param {(argv: string[]) => T} parse
 * @returns {T}
 */
export function readCommandLine(command, usage, parse, argv = process.argv.slice(2)) {
  let options;
  try {
    options = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stop(command, `${error.message}\n\n${usage}`, 2);
  }
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return options;
}
