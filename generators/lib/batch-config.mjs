import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { UsageError } from './errors.mjs';
import { displayPath } from './paths.mjs';

// Keys of a batch config holding paths; language configs write them relative to their folder,
// openapi-generator would resolve them against the JVM's working directory.
const PATH_KEYS = ['templateDir', 'ignoreFileOverride'];
// Written by the driver; language configs must not set them.
const DRIVER_KEYS = ['inputSpec', 'outputDir'];
// Placeholders usable in any string value of a language config.
const placeholders = (spec) => ({ '${spec.info.version}': spec.version });

function substitute(value, table) {
  if (typeof value === 'string') {
    return Object.entries(table).reduce((s, [k, v]) => s.split(k).join(v), value);
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, table));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, table)]));
  }
  return value;
}

/**
 * openapi-generator only reads `files` entries from inside templateDir ("Template location must
 * be constrained to template directory"), while language folders keep hand-written runtime and
 * tests beside their templates (`../runtime/...`). So the run uses a staged copy of templateDir
 * in which every outside entry is copied under `_outside/<path relative to the language folder>`.
 */
function stageTemplates(config, { lang, dir, configFile }, workDir) {
  const shown = displayPath(configFile);
  const source = config.templateDir;
  const staged = path.join(workDir, 'templates', lang);
  if (source) {
    if (!fs.existsSync(source)) throw new UsageError(`${shown}: /templateDir ${displayPath(source)} does not exist`);
    fs.cpSync(source, staged, { recursive: true });
  } else {
    fs.mkdirSync(staged, { recursive: true });
  }
  const files = {};
  for (const [key, value] of Object.entries(config.files ?? {})) {
    const file = path.resolve(source ?? dir, key);
    if (!fs.existsSync(file)) throw new UsageError(`${shown}: /files/${key}: ${displayPath(file)} does not exist`);
    const inside = path.relative(source ?? dir, file);
    if (source && !inside.startsWith('..') && !path.isAbsolute(inside)) {
      files[key] = value;
      continue;
    }
    const rel = path.relative(dir, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new UsageError(`${shown}: /files/${key} points outside generators/${lang}/`);
    }
    const stagedKey = ['_outside', ...rel.split(path.sep)].join('/');
    fs.cpSync(file, path.join(staged, stagedKey), { recursive: true });
    files[stagedKey] = value;
  }
  return { ...config, templateDir: staged, ...(config.files ? { files } : {}) };
}

/**
 * Turns generators/<lang>/config.yaml into the complete batch config for one run:
 * inputSpec/outputDir injected, relative paths made absolute, `${spec.info.version}` replaced,
 * templates staged (see stageTemplates) and generation timestamps hidden so output is
 * reproducible.
 */
export function buildBatchConfig(language, spec, outputDir, workDir) {
  const { lang, dir, configFile } = language;
  const shown = displayPath(configFile);
  const doc = YAML.parseDocument(fs.readFileSync(configFile, 'utf8'));
  if (doc.errors.length) throw new UsageError(`${shown}: not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  const config = doc.toJS() ?? {};
  if (typeof config.generatorName !== 'string') throw new UsageError(`${shown}: /generatorName is missing`);
  for (const key of DRIVER_KEYS) {
    if (key in config) throw new UsageError(`${shown}: /${key} must not be set (generate.mjs injects it)`);
  }
  const resolved = substitute(config, placeholders(spec));
  for (const key of PATH_KEYS) {
    if (typeof resolved[key] === 'string') resolved[key] = path.resolve(dir, resolved[key]);
  }
  resolved.additionalProperties = { hideGenerationTimestamp: true, ...resolved.additionalProperties };
  const staged = stageTemplates(resolved, language, workDir);
  return { ...staged, inputSpec: spec.inputFile ?? spec.file, outputDir: path.join(outputDir, lang) };
}

/**
 * Writes each language's batch config as <workDir>/<lang>.json.
 * Returns the languages extended with {file, generatorName}.
 */
export function writeBatchConfigs(languages, spec, outputDir, workDir) {
  return languages.map((language) => {
    const config = buildBatchConfig(language, spec, outputDir, workDir);
    const file = path.join(workDir, `${language.lang}.json`);
    fs.writeFileSync(file, JSON.stringify(config, null, 2));
    return { ...language, file, generatorName: config.generatorName };
  });
}
