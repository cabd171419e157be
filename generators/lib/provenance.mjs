import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

// Inside the repo: the relative path; elsewhere only the file name, so records do not vary by machine.
const portable = (p) => {
  const rel = path.relative(repoRoot, p);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(p) : rel).split(path.sep).join('/');
};

/**
 * Records what produced a generated SDK in <sdk>/.openapi-generator/SOURCE.json (spec path,
 * spec SHA-256, generator version), so a stale tree is detectable without regenerating.
 * Deliberately free of timestamps: the same inputs give the same bytes.
 */
export function writeProvenance(sdkDir, { spec, generatorVersion, configFile }) {
  const record = {
    spec: portable(spec.file),
    specSha256: spec.sha256,
    specVersion: spec.version,
    generator: 'openapi-generator-cli',
    generatorVersion,
    config: portable(configFile),
  };
  const dir = path.join(sdkDir, '.openapi-generator');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'SOURCE.json'), `${JSON.stringify(record, null, 2)}\n`);
}
