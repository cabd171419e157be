import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { UsageError } from './errors.mjs';
import { displayPath, repoRoot } from './paths.mjs';

// Keys of a batch config holding paths; language configs write them relative to their folder,
// openapi-generator would resolve them against the JVM's working directory.
const PATH_KEYS = ['templateDir', 'ignoreFileOverride'];
// Written by the driver; language configs must not set them.
const DRIVER_KEYS = ['inputSpec', 'outputDir', 'validateSpec'];
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
    // Files of the language folder are staged under _outside/, other files of the repository
    // (the root LICENSE every package ships) under _repo/; nothing outside the repository.
    const rel = path.relative(dir, file);
    const inRepo = path.relative(repoRoot, file);
    let stagedKey;
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) stagedKey = ['_outside', ...rel.split(path.sep)].join('/');
    else if (!inRepo.startsWith('..') && !path.isAbsolute(inRepo)) stagedKey = ['_repo', ...inRepo.split(path.sep)].join('/');
    else throw new UsageError(`${shown}: /files/${key} points outside the repository`);
    fs.cpSync(file, path.join(staged, stagedKey), { recursive: true });
    files[stagedKey] = value;
  }
  return { ...config, templateDir: staged, ...(config.files ? { files } : {}) };
}

/**
 * Turns generators/<lang>/config.yaml into the complete batch config for one run:
 * inputSpec/outputDir/validateSpec injected, relative paths made absolute, `${spec.info.version}` replaced,
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
  // validateSpec: false, as --skip-validate-spec: validate-spec.mjs has already judged the
  // document, and openapi-generator's stricter reading refuses documents that Redocly and
  // Spectral accept (a `default` of the wrong type), with no way forward.
  return { ...staged, inputSpec: spec.inputFile ?? spec.file, outputDir: path.join(outputDir, lang), validateSpec: false };
}

/**
 * Writes each language's batch config as <workDir>/<lang>.json. `generatorClasses` maps a stock
 * generatorName to the class that replaces it (codegen-ext.mjs), when those classes are there.
 * Returns the languages extended with {file, generatorName, generatorClass}.
 */
export function writeBatchConfigs(languages, spec, outputDir, workDir, { generatorClasses = {} } = {}) {
  return languages.map((language) => {
    const config = buildBatchConfig(language, spec, outputDir, workDir);
    const { generatorName } = config;
    const generatorClass = Object.hasOwn(generatorClasses, generatorName) ? generatorClasses[generatorName] : null;
    const file = path.join(workDir, `${language.lang}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...config, generatorName: generatorClass ?? generatorName }, null, 2));
    return { ...language, file, generatorName, generatorClass };
  });
}
