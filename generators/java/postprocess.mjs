// Finishes a generated Java SDK (called by generators/generate.mjs on the fresh output, before it
// replaces sdks/java/): splits each tag's params bundle (templates/libraries/native/api_params.mustache)
// into one file per params class, widens a oneOf interface's default getter its variants type
// differently (widenDefaultGetters), settles default getters a variant of two oneOf interfaces
// inherits twice (resolveDefaultGetterClashes), drops an anyOf model's member blocks repeating an
// earlier member's (dropRepeatedAnyOfMembers: two members of one Java type), documents the members
// the stock supporting files and anyOf models leave without javadoc (documentStockSources), and
// fills javadoc text an empty description left out (fillEmptyDocText). openapi-generator renders
// API templates once per tag, and Java allows one public top-level class per file, so
// `TemplateListParams` cannot be rendered alone.
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

const NUMBERS = new Set(['Number', 'Integer', 'Long', 'Short', 'Byte', 'Float', 'Double', 'BigDecimal', 'BigInteger']);
const simpleName = (type) => type.replace(/\b(?:[a-z]\w*\.)+(?=[A-Z])/g, '');

/**
 * The narrowest Java type every one of `types` is assignable to, for the interface's default
 * getter: Number over boxed numbers, List<?>/Set<?>/Map<String, ?> over those collections of any
 * items, else Object.
 */
export function commonType(types) {
  const names = [...new Set(types.map(simpleName))];
  if (names.length === 1) return types[0];
  if (names.every((t) => NUMBERS.has(t))) return 'Number';
  for (const [prefix, wide] of [['List<', 'List<?>'], ['Set<', 'Set<?>'], ['Map<String, ', 'Map<String, ?>']]) {
    if (names.every((t) => t.startsWith(prefix))) return wide;
  }
  return 'Object';
}

/** Whether `narrow` is assignable to `wide` by the rules of commonType (or they are the same). */
function assignable(narrow, wide) {
  return simpleName(narrow) === simpleName(wide) || commonType([narrow, wide]) === wide;
}

const OWN_GETTER = /^  public ([\w.<>?, \[\]]+) (get\w+)\(\) \{$/gm;

/**
 * A oneOf interface's default getter takes one variant's type for a property (oneof_base_type.mustache),
 * and another variant may type the same property differently (GitHub's integration owner: `id`
 * Long in one variant, Integer in the other; `submodule_git_url` String and URI), which Java
 * refuses ("cannot implement ... return type ... is not compatible"). Mustache sees one model at a
 * time, so the widening is done here: the interface's getter returns the narrowest type every
 * variant's getter is assignable to (commonType); each variant keeps its own type (a covariant
 * override). Returns the interfaces changed.
 */
export function widenDefaultGetters(sdkDir) {
  const files = fs
    .readdirSync(sdkDir, { recursive: true })
    .filter((f) => /[\/]model[\/][^\/]+\.java$/.test(f))
    .map((f) => path.join(sdkDir, f))
    .sort();
  const interfaces = new Map(); // name -> {file, getters: Map(getter -> [types])}
  const texts = new Map();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    texts.set(file, text);
    const name = /^public interface (\w+)/m.exec(text)?.[1];
    if (!name) continue;
    const getters = new Map();
    for (const m of text.matchAll(DEFAULT_GETTER)) getters.set(m[2], [m[1]]);
    interfaces.set(name, { file, getters });
  }
  for (const text of texts.values()) {
    const m = CLASS_LINE.exec(text);
    if (!m) continue;
    const own = new Map([...text.matchAll(OWN_GETTER)].map((g) => [g[2], g[1]]));
    for (const i of m[2].split(',').map((t) => t.trim())) {
      for (const [getter, types] of interfaces.get(i)?.getters ?? []) {
        if (own.has(getter)) types.push(own.get(getter));
      }
    }
  }
  const changed = [];
  for (const { file, getters } of interfaces.values()) {
    let text = texts.get(file);
    for (const [getter, [declared, ...variants]] of getters) {
      if (declared === 'Object' || variants.every((t) => assignable(t, declared))) continue;
      const wide = commonType([declared, ...variants]);
      text = text.replace(new RegExp(`\n  default ${declared.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${getter}\\(\\) \\{`), `\n  default ${wide} ${getter}() {`);
    }
    if (text !== texts.get(file)) {
      fs.writeFileSync(file, text);
      changed.push(file);
    }
  }
  return changed;
}

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
      // After widenDefaultGetters one interface may say Number where the other says Long: the narrower one.
      const type = types.length === 1 ? types[0] : narrow.find((t) => narrow.every((u) => assignable(t, u))) ?? null;
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

// openapi-generator's stock supporting files (JSON, AbstractOpenApiSchema, RFC3339*) and anyOf
// models (anyof_model.mustache) leave some public members without javadoc, and javadoc runs with
// doclint `all`, warnings failing (pom.mustache). Rather than keeping copies of those stock
// templates, their output gets the comments here, each keyed by the exact (trimmed) first line of
// the declaration it documents. A declaration that is missing, repeated or already documented
// fails generation, naming the file and the declaration, so a generator upgrade that changes one
// cannot quietly drop a comment or leave two. The anyOf class comment itself comes from
// templates/libraries/native/additionalModelTypeAnnotations.mustache: it needs the schema's
// name and description, which only the template sees.
const SRC = 'src/main/java/io/secureaistudio/sdk';

/** Javadoc by declaration for the stock supporting files, by path inside the SDK. */
export const SUPPORTING_FILE_DOCS = {
  [`${SRC}/JSON.java`]: [
    {
      decl: 'public class JSON {',
      doc: `/**
 * The Jackson set-up of openapi-generator's {@code anyOf} models: which class a discriminator
 * value or an {@code anyOf} member stands for. The SDK's requests and responses use
 * {@code runtime.Json} instead.
 */`,
    },
    { decl: 'public JSON() {', doc: '/** A mapper leaving nulls out, writing dates as RFC 3339 text and ignoring unknown properties. */' },
  ],
  [`${SRC}/model/AbstractOpenApiSchema.java`]: [
    {
      decl: 'public AbstractOpenApiSchema(String schemaType, Boolean isNullable) {',
      doc: `/**
 * A composed value of kind {@code schemaType}, with no instance yet.
 *
 * @param schemaType the composition keyword of the schema ({@code anyOf} or {@code oneOf})
 * @param isNullable whether the schema allows null
 */`,
    },
  ],
  [`${SRC}/RFC3339DateFormat.java`]: [
    {
      decl: 'public class RFC3339DateFormat extends DateFormat {',
      doc: '/** A {@link DateFormat} reading and writing RFC 3339 date-times in UTC ({@code 2024-01-31T12:00:00.000+00:00}). */',
    },
    // Private, but the class is Serializable: doclint checks the fields of its serialized form.
    { decl: 'private final StdDateFormat fmt = new StdDateFormat()', doc: "/** Jackson's ISO-8601 format in UTC, which does the parsing and formatting. */" },
    { decl: 'public RFC3339DateFormat() {', doc: '/** A format for UTC, with a colon in the zone offset. */' },
  ],
  [`${SRC}/RFC3339InstantDeserializer.java`]: [
    {
      decl: 'public class RFC3339InstantDeserializer<T extends Temporal> extends InstantDeserializer<T> {',
      doc: `/**
 * Jackson's {@code InstantDeserializer} that also accepts a space instead of {@code T} between the
 * date and the time (RFC 3339 allows both).
 *
 * @param <T> the date-time type it reads
 */`,
    },
    {
      decl: 'public static final RFC3339InstantDeserializer<Instant> INSTANT = new RFC3339InstantDeserializer<>(',
      doc: '/** Reads an {@link Instant}; a zero offset is written back as {@code Z}. */',
    },
    {
      decl: 'public static final RFC3339InstantDeserializer<OffsetDateTime> OFFSET_DATE_TIME = new RFC3339InstantDeserializer<>(',
      doc: "/** Reads an {@link OffsetDateTime}, adjusted to the context's time zone when one is set. */",
    },
    {
      decl: 'public static final RFC3339InstantDeserializer<ZonedDateTime> ZONED_DATE_TIME = new RFC3339InstantDeserializer<>(',
      doc: '/** Reads a {@link ZonedDateTime}, keeping a zero offset apart from {@code Z}. */',
    },
    {
      decl: 'protected RFC3339InstantDeserializer(',
      doc: `/**
 * A deserializer as Jackson's {@code InstantDeserializer} makes it.
 *
 * @param supportedType the date-time class read
 * @param formatter parses the text
 * @param parsedToValue makes the value from the parsed text
 * @param fromMilliseconds makes the value from epoch milliseconds
 * @param fromNanoseconds makes the value from epoch seconds and nanoseconds
 * @param adjust moves the value to the context's time zone (null: never)
 * @param replaceZeroOffsetAsZ whether a zero offset is written as {@code Z}
 * @param normalizeZoneId whether zone IDs are normalized
 * @param readNumericStringsAsTimestamp whether numeric text is read as a timestamp
 */`,
    },
  ],
  [`${SRC}/RFC3339JavaTimeModule.java`]: [
    {
      decl: 'public class RFC3339JavaTimeModule extends SimpleModule {',
      doc: `/**
 * A Jackson module reading {@link Instant}, {@link OffsetDateTime} and {@link ZonedDateTime} from
 * RFC 3339 text with {@link RFC3339InstantDeserializer} (a space instead of {@code T} accepted).
 */`,
    },
    { decl: 'public RFC3339JavaTimeModule() {', doc: '/** The module, named {@code RFC3339JavaTimeModule}. */' },
  ],
};

/**
 * Javadoc by declaration for one anyOf model (anyof_model.mustache) of class `name` whose anyOf
 * member types are `types` (one constructor each).
 */
export function anyOfModelDocs(name, types) {
  return [
    { decl: `public static class ${name}Serializer extends StdSerializer<${name}> {`, doc: `/** Writes a {@link ${name}} as its actual instance. */` },
    {
      decl: `public ${name}Serializer(Class<${name}> t) {`,
      doc: `/**
 * A serializer for {@code t}.
 *
 * @param t the class written
 */`,
    },
    { decl: `public ${name}Serializer() {`, doc: '/** A serializer Jackson makes from the {@code @JsonSerialize} annotation. */' },
    {
      decl: `public static class ${name}Deserializer extends StdDeserializer<${name}> {`,
      doc: `/** Reads a {@link ${name}}: the first of its {@code anyOf} schemas the JSON value matches. */`,
    },
    { decl: `public ${name}Deserializer() {`, doc: '/** A deserializer Jackson makes from the {@code @JsonDeserialize} annotation. */' },
    {
      decl: `public ${name}Deserializer(Class<?> vc) {`,
      doc: `/**
 * A deserializer for {@code vc}.
 *
 * @param vc the class read
 */`,
    },
    {
      decl: 'public static final Map<String, Class<?>> schemas = new HashMap<String, Class<?>>();',
      // The stock line comment gives way to the javadoc (two comments would say the same).
      replaces: '// store a list of schema names defined in anyOf',
      doc: '/** The {@code anyOf} schemas by name, with their classes. */',
    },
    { decl: `public ${name}() {`, doc: "/** An empty one (no actual instance); Jackson's deserializer fills it. */" },
    ...types.map((type) => ({
      decl: `public ${name}(${type} o) {`,
      doc: `/**
 * A {@code ${name}} holding a {@code ${type}}.
 *
 * @param o the actual instance
 */`,
    })),
  ];
}

const ANNOTATION = /^\s*@/;

/** Where a declaration's comment goes: above its annotations (javadoc ignores one below them). */
function commentSlot(lines, at) {
  let slot = at;
  while (slot > 0 && (ANNOTATION.test(lines[slot - 1]) || !lines[slot - 1].trim())) slot--;
  while (slot < at && !lines[slot].trim()) slot++;
  return slot;
}

/** The line above `slot` that is not blank, or ''. */
function lineAbove(lines, slot) {
  for (let i = slot - 1; i >= 0; i--) if (lines[i].trim()) return lines[i].trim();
  return '';
}

/** Whether the declaration on line `at` has a doc comment (its last line ends the comment). */
function isDocumented(lines, at) {
  return lineAbove(lines, commentSlot(lines, at)).endsWith('*/');
}

function declarationLine(lines, decl, file) {
  const found = lines.flatMap((line, i) => (line.trim() === decl ? [i] : []));
  if (found.length !== 1) {
    throw new Error(
      `${file}: ${found.length ? `${found.length} declarations` : 'no declaration'} \`${decl}\` to document ` +
        '(the stock template changed? update the table in generators/java/postprocess.mjs)',
    );
  }
  return found[0];
}

/**
 * Inserts each doc comment of `docs` ([{decl, doc, replaces?}]) above its declaration, indented
 * like it; `replaces` names a line comment directly above that the javadoc replaces. Throws
 * (naming `file` and the declaration) when a declaration is missing, repeated, already documented,
 * or lacks the comment to replace.
 */
export function insertDocs(text, docs, file) {
  const lines = text.split('\n');
  for (const { decl, doc, replaces } of docs) {
    const at = declarationLine(lines, decl, file);
    const indent = /^\s*/.exec(lines[at])[0];
    let slot = commentSlot(lines, at);
    if (replaces) {
      if (lines[slot - 1]?.trim() !== replaces) {
        throw new Error(`${file}: \`${decl}\` is not preceded by \`${replaces}\` (the stock template changed?)`);
      }
      lines.splice(--slot, 1);
    } else if (lineAbove(lines, slot).endsWith('*/')) {
      throw new Error(`${file}: \`${decl}\` is documented already (a generator upgrade?): drop it from postprocess.mjs`);
    }
    lines.splice(slot, 0, ...doc.split('\n').map((l) => indent + l));
  }
  return lines.join('\n');
}

const MEMBER_BEGIN = '//// anyOf member';
const MEMBER_END = '//// anyOf member end';
// The member lists of anyof_model.mustache's javadoc and its "Must be ..." message.
const CODE_LIST = /\{@code [^}]+\}(?:, \{@code [^}]+\})+/g;
const MUST_BE = /(Invalid instance type\. Must be )([^"]+)/g;

/** `list` ("a, b, a", split by `sep`) without its repeated items. */
function uniqueItems(list, sep) {
  return [...new Set(list.split(sep))].join(sep);
}

/**
 * Takes the "//// anyOf member" marks of anyof_model.mustache out of an anyOf model, with each
 * marked block whose text an earlier block already has: two members of one Java type (two titled
 * `type: string` schemas, readme's polymorphism example) would give two constructors and getters
 * of one signature, which javac refuses; their deserialize attempts and instance checks are the
 * same code too, so the first one accepts a value matching either. The member lists in its
 * javadoc and message lose their repeats. Throws (naming `file`) on an unclosed or stray mark.
 */
export function dropRepeatedMembers(text, file) {
  if (!text.includes(MEMBER_BEGIN)) return text;
  const out = [];
  const seen = new Set();
  let block = null;
  text.split('\n').forEach((line, i) => {
    const mark = line.trim();
    if (mark === MEMBER_BEGIN) {
      if (block) throw new Error(`${file}:${i + 1}: \`${MEMBER_BEGIN}\` inside another (anyof_model.mustache)`);
      block = [];
    } else if (mark === MEMBER_END) {
      if (!block) throw new Error(`${file}:${i + 1}: \`${MEMBER_END}\` without its start (anyof_model.mustache)`);
      const key = block.join('\n');
      if (!seen.has(key)) out.push(...block);
      seen.add(key);
      block = null;
    } else (block ?? out).push(line);
  });
  if (block) throw new Error(`${file}: \`${MEMBER_BEGIN}\` never ended (anyof_model.mustache)`);
  return out
    .join('\n')
    .replace(CODE_LIST, (list) => uniqueItems(list, ', '))
    .replace(MUST_BE, (_, head, list) => head + uniqueItems(list, ', '));
}

/** Applies dropRepeatedMembers to every model; returns the files changed. */
export function dropRepeatedAnyOfMembers(sdkDir) {
  const modelDir = path.join(sdkDir, SRC, 'model');
  if (!fs.existsSync(modelDir)) return [];
  const changed = [];
  for (const f of fs.readdirSync(modelDir).filter((n) => n.endsWith('.java')).sort()) {
    const file = path.join(modelDir, f);
    const text = fs.readFileSync(file, 'utf8');
    const done = dropRepeatedMembers(text, file);
    if (done === text) continue;
    fs.writeFileSync(file, done);
    changed.push(file);
  }
  return changed;
}

const ANYOF_CLASS = /^public class (\w+) extends AbstractOpenApiSchema\b.*\{$/m;
const ANYOF_MEMBER = /^\s*schemas\.put\("([^"]+)", ([\w.]+)\.class\);$/gm;

/**
 * Adds the javadoc of SUPPORTING_FILE_DOCS and, for each anyOf model (a model class extending
 * AbstractOpenApiSchema), of anyOfModelDocs. Every supporting file must exist and every
 * AbstractOpenApiSchema subclass must be an anyOf model with a class comment (the stock oneOf
 * model is never rendered: oneOf schemas are interfaces here, useOneOfInterfaces). Returns the
 * files changed.
 */
export function documentStockSources(sdkDir) {
  const changed = [];
  for (const [rel, docs] of Object.entries(SUPPORTING_FILE_DOCS)) {
    const file = path.join(sdkDir, rel);
    if (!fs.existsSync(file)) throw new Error(`${file}: missing (openapi-generator no longer writes it? update postprocess.mjs)`);
    fs.writeFileSync(file, insertDocs(fs.readFileSync(file, 'utf8'), docs, file));
    changed.push(file);
  }
  const modelDir = path.join(sdkDir, SRC, 'model');
  const models = fs.existsSync(modelDir) ? fs.readdirSync(modelDir).filter((f) => f.endsWith('.java')).sort() : [];
  for (const f of models) {
    const file = path.join(modelDir, f);
    const text = fs.readFileSync(file, 'utf8');
    const name = ANYOF_CLASS.exec(text)?.[1];
    if (!name) continue;
    // A member of a container type (List<X>) has no constructor (anyof_model.mustache): the
    // documented constructors are the ones rendered.
    const ctor = new RegExp(`^\\s*public ${name}\\((.+) o\\) \\{$`, 'gm');
    const types = [...text.matchAll(ctor)].map((m) => m[1]);
    if (!/\bsuper\("anyOf", /.test(text) || ![...text.matchAll(ANYOF_MEMBER)].length) {
      throw new Error(`${file}: ${name} extends AbstractOpenApiSchema but is not an anyOf model postprocess.mjs knows`);
    }
    const lines = text.split('\n');
    if (!isDocumented(lines, declarationLine(lines, ANYOF_CLASS.exec(text)[0], file))) {
      throw new Error(`${file}: the anyOf model ${name} has no class comment (additionalModelTypeAnnotations.mustache)`);
    }
    fs.writeFileSync(file, insertDocs(text, anyOfModelDocs(name, types), file));
    changed.push(file);
  }
  return changed;
}

export default function postprocess(sdkDir) {
  splitParamsBundles(sdkDir);
  widenDefaultGetters(sdkDir);
  resolveDefaultGetterClashes(sdkDir);
  dropRepeatedAnyOfMembers(sdkDir);
  documentStockSources(sdkDir);
  fillEmptyDocText(sdkDir);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node generators/java/postprocess.mjs SDK_DIR');
    process.exit(2);
  }
  console.log(`split ${splitParamsBundles(dir).length} params classes`);
  console.log(`widened default getters in ${widenDefaultGetters(dir).length} interfaces`);
  console.log(`settled default getters in ${resolveDefaultGetterClashes(dir).length} classes`);
  console.log(`dropped repeated anyOf members in ${dropRepeatedAnyOfMembers(dir).length} models`);
  console.log(`documented stock declarations in ${documentStockSources(dir).length} files`);
  console.log(`filled empty javadoc text in ${fillEmptyDocText(dir).length} files`);
}
