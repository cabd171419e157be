// The generator (templates, postprocess.mjs) on edge-cases.yaml: shapes of foreign documents that
// once broke the generated Java SDK (npm run corpus, GitHub's REST description). The SDK is
// generated for real (generate.mjs, one JVM) and packaged (mvn package: javac, and javadoc with
// doclint all, warnings failing), then EdgeCases.java is compiled against it (-Werror) and run.
// Run by test.sh; the caller holds the build slot, so generate.mjs and mvn are run directly.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const MODEL = 'src/main/java/io/secureaistudio/sdk/model';

let work;
let sdk;
let generated;

/** Runs a command; a failure shows its output (the compiler's errors) in the assertion. */
async function sh(file, args, cwd) {
  try {
    return await run(file, args, { cwd, maxBuffer: 64 << 20 });
  } catch (err) {
    assert.fail(`${path.basename(file)} ${args.join(' ')} failed:\n${err.stdout}${err.stderr}`);
  }
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sais-java-generator-'));
  generated = run(process.execPath, [path.join(root, 'generators/generate.mjs'), '--spec', path.join(here, 'edge-cases.yaml'),
    '--out', path.join(work, 'out'), '--only', 'java'], { cwd: root, maxBuffer: 16 << 20 });
  await generated.catch(() => {});
  sdk = path.join(work, 'out/java');
});

after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('edge-cases.yaml generates (postprocess knows its anyOf of two array types, its anyOf members of one type)', async () => {
  try {
    await generated;
  } catch (err) {
    assert.fail(`generate.mjs failed:\n${err.stdout}${err.stderr}`);
  }
  const anyOf = fs.readFileSync(path.join(sdk, MODEL, 'ListStargazers200Response.java'), 'utf8');
  // Read through the members' full types, registered by their raw class; no constructor per List member.
  assert.match(anyOf, /readValueAs\(new TypeReference<List<SimpleUser>>\(\) \{\}\)/);
  assert.match(anyOf, /schemas\.put\("List<Stargazer>", List\.class\);/);
  assert.doesNotMatch(anyOf, /List<\w+>\.class|public ListStargazers200Response\(List/);
  // anyOf members of one Java type: one constructor, getter, attempt and check per type.
  const event = fs.readFileSync(path.join(sdk, MODEL, 'EventPostEvent.java'), 'utf8');
  for (const once of [/public EventPostEvent\(String o\) \{/g, /public String getString\(\)/g, /deserialize String\n/g, /isInstanceOf\(String\.class/g, /schemas\.put\("String"/g]) {
    assert.equal(event.match(once)?.length, 1, `${once} once in EventPostEvent.java`);
  }
  assert.match(event, /Must be String"\);/);
  assert.doesNotMatch(event, /\/\/\/\/ anyOf member|\{@code String\}, \{@code String\}/);
  const mixed = fs.readFileSync(path.join(sdk, MODEL, 'EventPostMixed.java'), 'utf8');
  assert.match(mixed, /public EventPostMixed\(Integer o\)[^]*public EventPostMixed\(String o\)/);
  assert.equal(mixed.match(/public EventPostMixed\(String o\)/g).length, 1);
  assert.match(mixed, /Must be Integer, String"\);/);
  const owner = fs.readFileSync(path.join(sdk, MODEL, 'IntegrationOwner.java'), 'utf8');
  assert.match(owner, /default Number getId\(\)/, 'Long in one variant, Integer in the other');
  assert.match(owner, /default List<\?> getErrors\(\)/, 'List<SimpleUserErrorsInner> and List<String>');
  const content = fs.readFileSync(path.join(sdk, MODEL, 'GetContent200Response.java'), 'utf8');
  assert.match(content, /default Object getSubmoduleGitUrl\(\)/, 'String in one variant, URI in the other');
  assert.doesNotMatch(content, /ContentDirectory\.class/, 'an array schema is no subtype to name');
});

test('the SDK compiles and its javadoc passes doclint all; EdgeCases.java uses every shape', async () => {
  await generated;
  await sh('mvn', ['-B', '-q', '-Dstyle.color=never', '-Dmaven.test.skip=true', 'package',
    'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath', '-Dmdep.outputFile=classpath.txt'], sdk);
  assert.ok(fs.readdirSync(path.join(sdk, 'target')).some((f) => f.endsWith('-javadoc.jar')), 'a javadoc jar');
  const classes = path.join(work, 'classes');
  const cp = `${path.join(sdk, 'target/classes')}${path.delimiter}${fs.readFileSync(path.join(sdk, 'classpath.txt'), 'utf8').trim()}`;
  await sh('javac', ['-Xlint:all', '-Werror', '-d', classes, '-cp', cp, path.join(here, 'EdgeCases.java')], work);
  const { stdout } = await sh('java', ['-cp', `${classes}${path.delimiter}${cp}`, 'EdgeCases'], work);
  assert.match(stdout, /edge cases: ok/);
});
