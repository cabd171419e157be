// The one verdict on a document, given before anything is written: structural validity
// (spec-structure.mjs) and what the generators need (spec-serviceable.mjs). openapi-generator's
// own validation is then skipped (batch-config.mjs), so a document Redocly and Spectral accept is
// not refused by a stricter reading of a detail that does not stop generation.
import { UsageError } from './errors.mjs';
import { displayPath } from './paths.mjs';
import { structuralProblems } from './spec-structure.mjs';
import { serviceabilityProblems } from './spec-serviceable.mjs';

// At most this many problems are listed; the count says how many more there are.
const SHOWN = 20;

/** {errors, warnings} of a loaded spec ({doc}); structural problems are errors. */
export async function validateSpec(doc) {
  const structural = await structuralProblems(doc);
  // A document that does not match the schema may not have the shapes the second pass walks.
  if (structural.length) return { errors: structural, warnings: [] };
  return serviceabilityProblems(doc);
}

/**
 * Validates `spec` ({file, doc}); prints each warning through `warn` and throws a UsageError
 * listing the errors (with `strict`, the warnings too) naming file, JSON pointer and reason.
 */
export async function checkSpec(spec, { strict = false, warn = console.error } = {}) {
  const { errors, warnings } = await validateSpec(spec.doc);
  const shown = displayPath(spec.file);
  const refusing = strict ? [...errors, ...warnings] : errors;
  if (!strict) {
    for (const w of warnings.slice(0, SHOWN)) warn(`warning: spec ${shown}: ${w.pointer} ${w.reason}`);
    if (warnings.length > SHOWN) warn(`warning: spec ${shown}: … and ${warnings.length - SHOWN} more warnings`);
    if (warnings.length) warn(`warning: spec ${shown}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}, not fatal (--strict-spec makes them errors)`);
  }
  if (!refusing.length) return { warnings };
  const lines = refusing.slice(0, SHOWN).map((p) => `  - ${p.pointer} ${p.reason}`);
  if (refusing.length > SHOWN) lines.push(`  … and ${refusing.length - SHOWN} more`);
  const why = strict && warnings.length ? ' (--strict-spec: warnings count as errors)' : '';
  throw new UsageError(
    `spec ${shown}: cannot generate from this document, nothing was written; ${refusing.length} problem${refusing.length === 1 ? '' : 's'}${why}:\n${lines.join('\n')}`,
  );
}
