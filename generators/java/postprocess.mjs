// Finishes a generated Java SDK (called by generators/generate.mjs on the fresh output, before it
// replaces sdks/java/): splits each tag's params bundle (templates/libraries/native/api_params.mustache)
// into one file per params class, settles default getters a variant of two oneOf interfaces
// inherits twice (resolveDefaultGetterClashes), and fills javadoc text an empty description
// left out (fillEmptyDocText). openapi-generator renders API templates once per tag, and Java
// allows one public top-level class per file, so `TemplateListParams` cannot be rendered alone.
// Usage: node generators/java/postprocess.mjs SDK_DIR   (or import and call splitParamsBundles(dir))
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLE = /\.params-bundle$/;
const IMPORTS = '//// imports';
const MARK = /^\/\/\/\/ class ([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)$/;

function bundles(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => BUNDLE.test(f))
    .map((f) => path.join(dir, f))
    .sort();
}

/**
 * The classes of one bundle: [{name, text}] in order; text is the compilation unit, its
 * "//// imports" line replaced by the bundle's leading import block.
 */
export function parseBundle(text, file) {
  const units = [];
  let imports = null;
  let current = null;
  text.split('\n').forEach((line, i) => {
    const m = MARK.exec(line);
    if (m) {
      current = { name: m[1], lines: [] };
      units.push(current);
    } else if (current) {
      current.lines.push(line);
    } else if (line === IMPORTS && imports === null) {
      imports = [];
    } else if (imports !== null) {
      if (line.trim()) imports.push(line);
    } else if (line.trim()) {
      throw new Error(`${file}:${i + 1}: text before the bundle's "${IMPORTS}" line`);
    }
  });
  return units.map(({ name, lines }) => ({
    name,
    text: lines.flatMap((l) => (l === IMPORTS ? imports ?? [] : [l])).join('\n').replace(/\n*$/, '\n'),
  }));
}

/** Splits every bundle under `sdkDir` into src/main/java/<package>/<Class>.java and deletes it. */
export function splitParamsBundles(sdkDir) {
  const written = new Map();
  for (const file of bundles(sdkDir)) {
    for (const { name, text } of parseBundle(fs.readFileSync(file, 'utf8'), file)) {
      const target = path.join(sdkDir, 'src', 'main', 'java', ...name.split('.')) + '.java';
      if (written.has(target) || fs.existsSync(target)) {
        throw new Error(`${file}: the params class ${name} is rendered twice (also by ${written.get(target) ?? 'another template'})`);
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
      written.set(target, file);
    }
    fs.rmSync(file);
  }
  return [...written.keys()];
}

const DEFAULT_GETTER = /\n  default ([\w.<>?, \[\]]+) (get\w+)\(\) \{\s*return null;\s*\}/g;
// oneof_interface.mustache's discriminator text helper, whole.
const TEXT_HELPER = /\n  \/\*\* @return the \{@code [^}]+\} as text: the name of the variant, known or not \*\/\n  @com\.fasterxml\.jackson\.annotation\.JsonIgnore\n  default String (get\w+)\(\) \{\n    Object value = \w+\(\);\n    return value == null \? null : String\.valueOf\(value\);\n  \}\n/g;
const CLASS_LINE = /^public (?:final )?class (\w+)(?: extends [\w.<>, ?]+)? implements ([\w., <>]+?) ?\{$/m;

/**
 * A model class that implements two oneOf interfaces (the variant of two oneOf schemas) inherits
 * each interface's default getter for a property it lacks (null), and Java refuses a class that
 * inherits two unrelated defaults of one method. Mustache cannot see another model's getters, so
 * the class gets the override here: `return null`, with the narrower return type when one
 * interface says Object. Returns the classes changed.
 */
export function resolveDefaultGetterClashes(sdkDir) {
  const files = fs
    .readdirSync(sdkDir, { recursive: true })
    .filter((f) => /[\/]model[\/][^\/]+\.java$/.test(f))
    .map((f) => path.join(sdkDir, f))
    .sort();
  const interfaces = new Map(); // name -> Map(getter -> type)
  const interfaceFiles = new Map(); // name -> file
  const texts = new Map();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    texts.set(file, text);
    const name = /^public interface (\w+)/m.exec(text)?.[1];
    if (!name) continue;
    const getters = new Map();
    for (const m of text.matchAll(DEFAULT_GETTER)) getters.set(m[2], m[1]);
    interfaces.set(name, getters);
    interfaceFiles.set(name, file);
  }
  const changed = [];
  for (const [file, text] of texts) {
    const m = CLASS_LINE.exec(text);
    if (!m) continue;
    const implemented = m[2].split(',').map((t) => t.trim()).filter((t) => interfaces.has(t));
    if (implemented.length < 2) continue;
    const byGetter = new Map();
    for (const i of implemented) {
      for (const [getter, type] of interfaces.get(i)) byGetter.set(getter, [...(byGetter.get(getter) ?? []), { i, type }]);
    }
    const overrides = [];
    for (const [getter, decls] of [...byGetter].sort(([a], [b]) => a.localeCompare(b))) {
      if (decls.length < 2 || new RegExp(`\\b${getter}\\(\\)\\s*\\{`).test(text)) continue;
      const types = [...new Set(decls.map((d) => d.type))];
      const narrow = types.filter((t) => t !== 'Object');
      const type = types.length === 1 ? types[0] : narrow.length === 1 ? narrow[0] : null;
      if (!type) continue; // unrelated types: no override can satisfy both
      overrides.push(
        `\n  /** Declared by ${decls.map((d) => d.i).join(' and ')}; this variant has no such property. */\n` +
          `  @Override\n  public ${type} ${getter}() {\n    return null;\n  }\n`,
      );
    }
    // A variant with a real `<discriminator>Value` property clashes with the interface's text
    // helper of that name: the helper goes (String.valueOf(getX()) gives the same text).
    for (const i of implemented) {
      const file = interfaceFiles.get(i);
      const source = texts.get(file);
      for (const h of source.matchAll(TEXT_HELPER)) {
        const own = new RegExp(`public (\\S+) ${h[1]}\\(\\)`).exec(text);
        if (own && own[1] !== 'String') {
          texts.set(file, texts.get(file).replace(h[0], '\n'));
          fs.writeFileSync(file, texts.get(file));
          changed.push(file);
        }
      }
    }
    if (!overrides.length) continue;
    const end = text.lastIndexOf('}');
    fs.writeFileSync(file, text.slice(0, end) + overrides.join('') + text.slice(end));
    changed.push(file);
  }
  return changed;
}

// A document's `description: ""` is still set for Mustache (jmustache treats "" as true), so
// `{{#notes}} * <p>{{notes}}{{/notes}}` renders a bare <p> and `@param x {{#description}}...`
// a tag without text; javadoc's doclint (all, warnings failing: pom.mustache) rejects both.
const EMPTY_PARAGRAPH = /^[ \t]*\* <p>[ \t]*\n(?=[ \t]*\*(?:\/|[ \t]*$|[ \t]+@))/gm;
const EMPTY_PARAM = /^([ \t]*\* @param )(<?[A-Za-z_$][\w$]*>?)[ \t]*$/gm;

/**
 * Drops javadoc paragraphs and fills @param tags that an empty description left without text
 * (the tag then names its parameter: "the {@code x} value"). Returns the files changed.
 */
export function fillEmptyDocText(sdkDir) {
  const changed = [];
  const files = fs
    .readdirSync(sdkDir, { recursive: true })
    .filter((f) => f.endsWith('.java'))
    .map((f) => path.join(sdkDir, f))
    .sort();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const fixed = text
      .replace(EMPTY_PARAGRAPH, '')
      .replace(EMPTY_PARAM, (_, tag, name) => `${tag}${name} the {@code ${name.replace(/[<>]/g, '')}} value`);
    if (fixed !== text) {
      fs.writeFileSync(file, fixed);
      changed.push(file);
    }
  }
  return changed;
}

export default function postprocess(sdkDir) {
  splitParamsBundles(sdkDir);
  resolveDefaultGetterClashes(sdkDir);
  fillEmptyDocText(sdkDir);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node generators/java/postprocess.mjs SDK_DIR');
    process.exit(2);
  }
  console.log(`split ${splitParamsBundles(dir).length} params classes`);
  console.log(`settled default getters in ${resolveDefaultGetterClashes(dir).length} classes`);
  console.log(`filled empty javadoc text in ${fillEmptyDocText(dir).length} files`);
}
