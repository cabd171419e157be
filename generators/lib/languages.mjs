import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.mjs';
import { generatorsDir } from './paths.mjs';

/**
 * Languages are the folders generators/<lang>/ that contain a config.yaml, sorted by name.
 * Returns [{lang, dir, configFile}] restricted to `only` when given.
 */
export function discoverLanguages(only = []) {
  const all = fs
    .readdirSync(generatorsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(generatorsDir, d.name, 'config.yaml')))
    .map((d) => d.name)
    .sort();
  const unknown = only.filter((lang) => !all.includes(lang));
  if (unknown.length) {
    throw new UsageError(
      `unknown language ${unknown.map((l) => `'${l}'`).join(', ')} for --only ` +
        `(available: ${all.join(', ') || 'none'}; a language is a generators/<lang>/config.yaml)`,
    );
  }
  const chosen = only.length ? all.filter((lang) => only.includes(lang)) : all;
  if (!chosen.length) throw new UsageError('no generators/<lang>/config.yaml found');
  return chosen.map((lang) => ({
    lang,
    dir: path.join(generatorsDir, lang),
    configFile: path.join(generatorsDir, lang, 'config.yaml'),
  }));
}
