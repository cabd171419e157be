import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstErrorLine, PATTERNS } from './first-error.mjs';
import { generationError } from './generate-doc.mjs';
import { shortenPaths } from './paths.mjs';

test('javac: the first compiler error, with its symbol line, not Maven boilerplate', () => {
  const out = [
    '[INFO] Compiling 12 source files',
    '[ERROR] COMPILATION ERROR :',
    '[ERROR] /b/src/test/java/ApiTest.java:[10,35] cannot find symbol',
    '  symbol:   class VideoJob',
    '  location: package io.x.model',
    '[ERROR] /b/src/test/java/ApiTest.java:[11,35] cannot find symbol',
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.14.0:testCompile: Compilation failure',
  ].join('\n');
  assert.equal(firstErrorLine(out, PATTERNS.javac), '[ERROR] /b/src/test/java/ApiTest.java:[10,35] cannot find symbol (symbol: class VideoJob)');
});

test('node:test TAP: the SyntaxError of a test file, not "test failed"', () => {
  const out = [
    'TAP version 13',
    "# import {ApiClient, ImageJob} from '../src/index.js';",
    "# SyntaxError: The requested module '../src/index.js' does not provide an export named 'ImageJob'",
    'not ok 1 - /x/test/a.test.js',
    "  error: 'test failed'",
  ].join('\n');
  assert.equal(firstErrorLine(out, PATTERNS.node), "SyntaxError: The requested module '../src/index.js' does not provide an export named 'ImageJob'");
});

test('pytest: the first E line; python: the exception line of a traceback', () => {
  assert.equal(firstErrorLine('collected 3 items\nE   AttributeError: no VideoJob\nE   more', PATTERNS.python), 'E   AttributeError: no VideoJob');
  const tb = 'Traceback (most recent call last):\n  File "x.py", line 1\npydantic.errors.PydanticUndefinedAnnotation: name \'Node\' is not defined';
  assert.equal(firstErrorLine(tb, PATTERNS.python), "pydantic.errors.PydanticUndefinedAnnotation: name 'Node' is not defined at x.py:1");
});

test('mcs: the first error CS line; fallback: the last line; long lines are clipped', () => {
  assert.equal(firstErrorLine('a.cs(3,1): warning CS0168: x\na.cs(9,2): error CS0104: `Task\' is ambiguous', PATTERNS.mcs), "a.cs(9,2): error CS0104: `Task' is ambiguous");
  assert.equal(firstErrorLine('one\ntwo\n', []), 'two');
  assert.equal(firstErrorLine(`error: ${'x'.repeat(500)}`, [], 50).length, 50);
});

test('generation: the message under the language heading, else under the spec heading', () => {
  const out = 'openapi-generator 7: …\nerror: java: .cache/x/java.yaml:\n    attribute components.schemas.A.default is not of type integer\n';
  assert.equal(generationError(out, 'java'), 'attribute components.schemas.A.default is not of type integer');
  const spec = 'error: spec a.json:\n    There were issues with the specification.\n';
  assert.equal(generationError(spec, 'python'), 'There were issues with the specification.');
  assert.equal(generationError('error: a.json: #/paths: must be an object\n', 'python'), 'a.json: #/paths: must be an object');
});

test('paths in error lines are shown relative to the cell build folder and the repository', () => {
  const ctx = { root: '/r', docDir: '/r/.cache/corpus/d', work: '/r/.cache/corpus/d/build/java' };
  assert.equal(shortenPaths('[ERROR] /r/.cache/corpus/d/build/java/src/A.java:[1,2] x', ctx), '[ERROR] src/A.java:[1,2] x');
  assert.equal(shortenPaths('see /r/.cache/corpus/d/logs/a.log and /r/package.json', ctx), 'see logs/a.log and package.json');
});

test('a module that does not parse: the SyntaxError with its file, line and code', () => {
  const out = ['file:///b/src/schemas.js:17', "            'headers': ,", '                       ^', '', "SyntaxError: Unexpected token ','", '    at compileSourceTextModule (node:internal)'].join('\n');
  assert.equal(firstErrorLine(out, PATTERNS.node), "SyntaxError: Unexpected token ',' at /b/src/schemas.js:17: 'headers': ,");
});

test('generation: the spec validation item beats openapi-generator log lines', () => {
  const out = [
    'error: openapi-generator:',
    '    [pool-1-thread-4] ERROR o.o.codegen.utils.ModelUtils - Undefined array inner type for `null`.',
    'error: spec a.json:',
    '    There were issues with the specification.',
    '    Errors: ',
    "    \t-attribute paths.'/x'(post).requestBody.schema.items is missing",
  ].join('\n');
  assert.equal(generationError(out, 'java'), "attribute paths.'/x'(post).requestBody.schema.items is missing");
});

test('a Python module that does not parse: the SyntaxError with its file, line and code', () => {
  const out = [
    'Traceback (most recent call last):',
    '  File "/s/pkg/models/a.py", line 35',
    '    from pkg.models. import ContentDirectory',
    '                     ^^^^^^',
    'SyntaxError: invalid syntax',
  ].join('\n');
  assert.equal(firstErrorLine(out, PATTERNS.python), 'SyntaxError: invalid syntax at /s/pkg/models/a.py:35: from pkg.models. import ContentDirectory');
});

test('a Python exception under a traceback: with its innermost frame', () => {
  const out = ['Traceback (most recent call last):', '  File "/s/a.py", line 3, in <module>', '    import b', '  File "/s/b.py", line 9, in <module>', '    x = y[1:2]',
    '  File "/usr/lib/python3.11/typing.py", line 308, in _deduplicate', '    all_params = set(params)', "TypeError: unhashable type: 'slice'"].join('\n');
  assert.equal(firstErrorLine(out, PATTERNS.python), "TypeError: unhashable type: 'slice' at /s/b.py:9");
});

test("generate.mjs's refusal gives its first problem, pointer and reason", () => {
  const out = [
    'warning: spec a.json: /components/schemas/A/default is null, but the schema is not `nullable: true`',
    'error: spec a.json: cannot generate from this document, nothing was written; 2 problems:',
    '  - /paths/~1a/post/requestBody/content/application~1json/schema is `type: array` without `items` (OpenAPI 3.0 requires `items`; the SDKs could not type the elements)',
    "  - /paths/~1b/get/responses/200/content/application~1json/schema/$ref '#/components/schemas/B' does not resolve",
  ].join('\n');
  assert.equal(generationError(out, 'java'), '/paths/~1a/post/requestBody/content/application~1json/schema is `type: array` without `items` (OpenAPI 3.0 requires `items`; the SDKs could not type the elements)');
});

test('javadoc: its first error line, not "Exit code: 1" nor the warnings before it', () => {
  const out = [
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-javadoc-plugin:3.11.2:jar (attach-javadocs) on project x: MavenReportException: Error while generating Javadoc: ',
    '[ERROR] Exit code: 1',
    '[ERROR] /b/src/main/java/A.java:28: warning: no comment',
    '[ERROR] /b/src/main/java/ClientOptions.java:103: error: unknown tag: example',
  ].join('\n');
  assert.equal(firstErrorLine(out, PATTERNS.javac), '[ERROR] /b/src/main/java/ClientOptions.java:103: error: unknown tag: example');
});
