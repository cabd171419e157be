// Unit tests of postprocess.mjs's documentStockSources (run by generators/java/test.sh): the
// javadoc it adds to openapi-generator's stock supporting files and anyOf models, and the loud
// failures when the stock output no longer has a declaration the table names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPORTING_FILE_DOCS, anyOfModelDocs, commonType, documentStockSources, dropRepeatedMembers, insertDocs, resolveDefaultGetterClashes, widenDefaultGetters } from '../postprocess.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const committed = path.resolve(here, '../../../sdks/java');
const MODEL = 'src/main/java/io/secureaistudio/sdk/model';

function tempSdk(t) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'java-postprocess-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `text` without the comments of `docs` (the reverse of insertDocs, written independently). */
function strip(text, docs) {
  for (const { decl, doc, replaces } of docs) {
    const indent = new RegExp(`^([ \\t]*)${decl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm').exec(text)[1];
    const block = doc.split('\n').map((l) => indent + l).join('\n') + '\n';
    assert.equal(text.split(block).length, 2, `one comment above \`${decl}\``);
    text = text.replace(block, replaces ? `${indent}${replaces}\n` : '');
  }
  return text;
}

// The shape of an anyOf model as the stock anyof_model.mustache renders it (trimmed), with the
// class comment of additionalModelTypeAnnotations.mustache.
const ANYOF = `package io.secureaistudio.sdk.model;

/**
 * The {@code pet} schema: a value matching at least one of
 * {@code Cat}, {@code Dog} ({@code anyOf}); {@link #getActualInstance()} is the one read or set.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

@JsonDeserialize(using=Pet.PetDeserializer.class)
@JsonSerialize(using = Pet.PetSerializer.class)
public class Pet extends AbstractOpenApiSchema {
    private static final Logger log = Logger.getLogger(Pet.class.getName());

    public static class PetSerializer extends StdSerializer<Pet> {
        public PetSerializer(Class<Pet> t) {
            super(t);
        }

        public PetSerializer() {
            this(null);
        }
    }

    public static class PetDeserializer extends StdDeserializer<Pet> {
        public PetDeserializer() {
            this(Pet.class);
        }

        public PetDeserializer(Class<?> vc) {
            super(vc);
        }
    }

    // store a list of schema names defined in anyOf
    public static final Map<String, Class<?>> schemas = new HashMap<String, Class<?>>();

    public Pet() {
        super("anyOf", Boolean.FALSE);
    }

    public Pet(Cat o) {
        super("anyOf", Boolean.FALSE);
        setActualInstance(o);
    }

    public Pet(Dog o) {
        super("anyOf", Boolean.FALSE);
        setActualInstance(o);
    }

    static {
        schemas.put("Cat", Cat.class);
        schemas.put("Dog", Dog.class);
        JSON.registerDescendants(Pet.class, Collections.unmodifiableMap(schemas));
    }
}
`;

/** An SDK folder holding the stock (undocumented) supporting files and the given models. */
function stockSdk(t, models = {}) {
  const dir = tempSdk(t);
  for (const [rel, docs] of Object.entries(SUPPORTING_FILE_DOCS)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), strip(fs.readFileSync(path.join(committed, rel), 'utf8'), docs));
  }
  for (const [name, text] of Object.entries(models)) fs.writeFileSync(path.join(dir, MODEL, `${name}.java`), text);
  return dir;
}

test('a comment goes above the annotations of its declaration, indented like it', () => {
  const text = ['import a.B;', '', '@Generated("x")', '', 'public class A {', '  @Override', '  public A() {', '  }', '}'].join('\n');
  const docs = [
    { decl: 'public class A {', doc: '/**\n * An A.\n */' },
    { decl: 'public A() {', doc: '/** Makes one. */' },
  ];
  assert.equal(
    insertDocs(text, docs, 'A.java'),
    ['import a.B;', '', '/**', ' * An A.', ' */', '@Generated("x")', '', 'public class A {', '  /** Makes one. */', '  @Override', '  public A() {', '  }', '}'].join('\n'),
  );
});

test('a missing, repeated or documented declaration fails, naming the file and the declaration', () => {
  const doc = '/** x */';
  assert.throws(() => insertDocs('class A {\n}\n', [{ decl: 'public A() {', doc }], 'A.java'), /^Error: A\.java: no declaration `public A\(\) \{`/);
  assert.throws(
    () => insertDocs('  public A() {\n  }\n  public A() {\n  }\n', [{ decl: 'public A() {', doc }], 'A.java'),
    /^Error: A\.java: 2 declarations `public A\(\) \{`/,
  );
  assert.throws(
    () => insertDocs('  /** Made. */\n  @Deprecated\n  public A() {\n  }\n', [{ decl: 'public A() {', doc }], 'A.java'),
    /A\.java: `public A\(\) \{` is documented already/,
  );
});

test('a javadoc that replaces a line comment needs the line comment', () => {
  const docs = [{ decl: 'int x;', replaces: '// the x', doc: '/** The x. */' }];
  assert.equal(insertDocs('  // the x\n  int x;\n', docs, 'A.java'), '  /** The x. */\n  int x;\n');
  assert.throws(() => insertDocs('  int x;\n', docs, 'A.java'), /A\.java: `int x;` is not preceded by `\/\/ the x`/);
});

test('the stock supporting files get back exactly the comments of the committed SDK', (t) => {
  const dir = stockSdk(t);
  for (const rel of Object.keys(SUPPORTING_FILE_DOCS)) {
    assert.doesNotMatch(fs.readFileSync(path.join(dir, rel), 'utf8'), /A format for UTC|The Jackson set-up|composed value of kind|A Jackson module|Jackson's \{@code InstantDeserializer\}/);
  }
  assert.equal(documentStockSources(dir).length, Object.keys(SUPPORTING_FILE_DOCS).length);
  for (const rel of Object.keys(SUPPORTING_FILE_DOCS)) {
    assert.equal(fs.readFileSync(path.join(dir, rel), 'utf8'), fs.readFileSync(path.join(committed, rel), 'utf8'), rel);
  }
  // Run twice (a second postprocess on the same output), every declaration is documented already.
  assert.throws(() => documentStockSources(dir), /JSON\.java: `public class JSON \{` is documented already/);
});

test('an anyOf model gets a comment on each undocumented member, one constructor per member type', (t) => {
  const dir = stockSdk(t, { Pet: ANYOF, Cat: 'public class Cat {\n}\n' });
  const changed = documentStockSources(dir);
  assert.ok(changed.includes(path.join(dir, MODEL, 'Pet.java')));
  assert.ok(!changed.includes(path.join(dir, MODEL, 'Cat.java')));
  const out = fs.readFileSync(path.join(dir, MODEL, 'Pet.java'), 'utf8');
  assert.match(out, /\n    \/\*\* Writes a \{@link Pet\} as its actual instance\. \*\/\n    public static class PetSerializer /);
  assert.match(out, /\n        \/\*\*\n         \* A serializer for \{@code t\}\.\n         \*\n         \* @param t the class written\n         \*\/\n        public PetSerializer\(Class<Pet> t\) \{/);
  assert.match(out, /\n    \/\*\* The \{@code anyOf\} schemas by name, with their classes\. \*\/\n    public static final Map/);
  assert.doesNotMatch(out, /store a list of schema names/);
  for (const type of ['Cat', 'Dog']) {
    assert.match(out, new RegExp(`\\n    /\\*\\*\\n     \\* A \\{@code Pet\\} holding a \\{@code ${type}\\}\\.\\n     \\*\\n     \\* @param o the actual instance\\n     \\*/\\n    public Pet\\(${type} o\\) \\{`));
  }
  // Taking the comments out again gives the stock text back: nothing else was touched.
  assert.equal(strip(out, anyOfModelDocs('Pet', ['Cat', 'Dog'])), ANYOF);
});

test('an anyOf model whose stock shape changed fails generation, naming the file', (t) => {
  const renamed = ANYOF.replace('public PetDeserializer(Class<?> vc) {', 'public PetDeserializer(Class<Pet> vc) {');
  assert.throws(() => documentStockSources(stockSdk(t, { Pet: renamed })), /model\/Pet\.java: no declaration `public PetDeserializer\(Class<\?> vc\) \{`/);
  const noComment = ANYOF.replace(/\/\*\*\n \* The \{@code pet\}[^]*?\*\/\n/, '');
  assert.throws(() => documentStockSources(stockSdk(t, { Pet: noComment })), /Pet\.java: the anyOf model Pet has no class comment/);
  const oneOf = ANYOF.replaceAll('super("anyOf"', 'super("oneOf"');
  assert.throws(() => documentStockSources(stockSdk(t, { Pet: oneOf })), /Pet\.java: Pet extends AbstractOpenApiSchema but is not an anyOf model/);
});

test('a supporting file openapi-generator no longer writes fails generation', (t) => {
  const dir = stockSdk(t);
  fs.rmSync(path.join(dir, 'src/main/java/io/secureaistudio/sdk/RFC3339JavaTimeModule.java'));
  assert.throws(() => documentStockSources(dir), /RFC3339JavaTimeModule\.java: missing/);
});

test('an anyOf member of a container type has no constructor to document (anyof_model.mustache)', (t) => {
  const withList = ANYOF.replace('        schemas.put("Dog", Dog.class);\n', '        schemas.put("Dog", Dog.class);\n        schemas.put("List<Cat>", List.class);\n');
  const dir = stockSdk(t, { Pet: withList });
  documentStockSources(dir);
  const out = fs.readFileSync(path.join(dir, MODEL, 'Pet.java'), 'utf8');
  assert.equal(strip(out, anyOfModelDocs('Pet', ['Cat', 'Dog'])), withList);
});

test('dropRepeatedMembers: a marked anyOf member block repeating an earlier one goes, the marks always', () => {
  const block = (type) => `    //// anyOf member\n    public Ev(${type} o) {\n    }\n\n    //// anyOf member end`;
  const text = [
    '     * {@code String}, {@code Integer}, {@code String}',
    block('String'), block('Integer'), block('String'),
    '        throw new RuntimeException("Invalid instance type. Must be String, Integer, String");',
  ].join('\n');
  assert.equal(dropRepeatedMembers(text, 'Ev.java'), [
    '     * {@code String}, {@code Integer}',
    '    public Ev(String o) {', '    }', '',
    '    public Ev(Integer o) {', '    }', '',
    '        throw new RuntimeException("Invalid instance type. Must be String, Integer");',
  ].join('\n'));
  assert.equal(dropRepeatedMembers('class A {\n}\n', 'A.java'), 'class A {\n}\n', 'a model without marks is left alone');
  assert.throws(() => dropRepeatedMembers('    //// anyOf member\nx\n', 'Ev.java'), /Ev\.java: `\/\/\/\/ anyOf member` never ended/);
  assert.throws(() => dropRepeatedMembers('x\n    //// anyOf member end\n', 'Ev.java'), /Ev\.java:2: `\/\/\/\/ anyOf member end` without its start/);
});

test('commonType: the narrowest type the variants\' getter types are all assignable to', () => {
  assert.equal(commonType(['Long', 'Long']), 'Long');
  assert.equal(commonType(['java.net.URI', 'URI']), 'java.net.URI');
  assert.equal(commonType(['Integer', 'Long', 'BigDecimal']), 'Number');
  assert.equal(commonType(['List<String>', 'List<ValidationErrorErrorsInner>']), 'List<?>');
  assert.equal(commonType(['Map<String, Object>', 'Map<String, String>']), 'Map<String, ?>');
  assert.equal(commonType(['String', 'URI']), 'Object');
  assert.equal(commonType(['List<String>', 'Set<String>']), 'Object');
});

test('a oneOf interface\'s default getter is widened to what every variant returns; a class of two interfaces gets the narrower override', (t) => {
  const dir = tempSdk(t);
  fs.mkdirSync(path.join(dir, MODEL), { recursive: true });
  const getter = (type, name) => `\n  /**\n   * @return x\n   */\n  default ${type} ${name}() {\n    return null;\n  }\n`;
  const owner = `package m;\n\npublic interface Owner {${getter('Integer', 'getId')}${getter('String', 'getLogin')}}\n`;
  const other = `package m;\n\npublic interface Other {${getter('Long', 'getId')}}\n`;
  const files = {
    Owner: owner,
    Other: other,
    User: 'package m;\n\npublic class User implements Owner {\n  public Long getId() {\n    return 1L;\n  }\n\n  public String getLogin() {\n    return "u";\n  }\n}\n',
    Org: 'package m;\n\npublic class Org implements Owner {\n  public Integer getId() {\n    return 2;\n  }\n}\n',
    Both: 'package m;\n\npublic class Both implements Owner, Other {\n}\n',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, MODEL, `${name}.java`), text);
  assert.deepEqual(widenDefaultGetters(dir), [path.join(dir, MODEL, 'Owner.java')]);
  const widened = fs.readFileSync(path.join(dir, MODEL, 'Owner.java'), 'utf8');
  assert.match(widened, /\n  default Number getId\(\) \{/);
  assert.match(widened, /\n  default String getLogin\(\) \{/, 'a property every variant types alike is kept');
  assert.equal(fs.readFileSync(path.join(dir, MODEL, 'Other.java'), 'utf8'), other, 'no variant of Other disagrees');
  resolveDefaultGetterClashes(dir);
  assert.match(fs.readFileSync(path.join(dir, MODEL, 'Both.java'), 'utf8'), /\n  @Override\n  public Long getId\(\) \{\n    return null;\n  \}/);
});
