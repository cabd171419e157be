import { parseArgs } from 'node:util';
import path from 'node:path';
import { UsageError } from './errors.mjs';
import { repoRoot } from './paths.mjs';

export const usage = `Usage: npm run generate -- [options]

Regenerates every SDK (one per generators/<lang>/config.yaml) from an OpenAPI document.

Options:
  --spec FILE   OpenAPI 3.0 document to generate from (default: openapi.yaml)
  --out DIR     folder receiving one sub-folder per language (default: sdks)
  --only LANG   generate only this language; repeat for several
  --check       regenerate into a temporary folder and fail if DIR differs from it
  --strict-spec treat the document's warnings (a default or example of the wrong type, …) as errors
  -h, --help    show this help`;

/** Parses argv into {spec, out, only, check, strictSpec, help}; throws UsageError on unknown options. */
export function parseCliOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        spec: { type: 'string', default: 'openapi.yaml' },
        out: { type: 'string', default: 'sdks' },
        only: { type: 'string', multiple: true, default: [] },
        check: { type: 'boolean', default: false },
        'strict-spec': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError(`${err.message}\n\n${usage}`);
  }
  return {
    // Relative paths are taken from where the user ran the command (npm sets INIT_CWD).
    spec: path.resolve(process.env.INIT_CWD || process.cwd(), values.spec),
    out: path.resolve(process.env.INIT_CWD || process.cwd(), values.out),
    only: values.only.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean),
    check: values.check,
    strictSpec: values['strict-spec'],
    help: values.help,
  };
}
