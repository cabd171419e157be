// Checks the vector files themselves (not an SDK): every file is listed in the README and has
// well-formed, uniquely named cases, and where a maintained library implements the same rule the
// cases agree with it, so a typo in a vector cannot make five SDKs agree on a wrong answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createParser } from 'eventsource-parser';

const dir = path.dirname(fileURLToPath(import.meta.url));
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const load = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));

test('every vector file is listed in the README and every listed file exists', () => {
  const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
  const listed = [...readme.matchAll(/^\| `([\w-]+\.json)` \|/gm)].map((m) => m[1]).sort();
  assert.deepEqual(files, listed);
});

for (const f of files) {
  test(`${f}: a rule, a description and uniquely named cases with input and expected`, () => {
    const v = load(f);
    assert.match(v.rule, /^R\d+\.\d+/, 'rule');
    assert.ok(v.description.length > 20, 'description');
    assert.ok(v.cases.length > 0, 'cases');
    const names = new Set();
    v.cases.forEach((c, i) => {
      assert.equal(typeof c.name, 'string', `/cases/${i}/name`);
      assert.ok(!names.has(c.name), `/cases/${i}/name duplicates "${c.name}"`);
      names.add(c.name);
      assert.ok(c.input && typeof c.input === 'object', `/cases/${i}/input`);
      assert.ok('expected' in c, `/cases/${i}/expected`);
    });
  });
}

test('sse.json agrees with eventsource-parser fed whole, byte by byte and split at every offset', () => {
  const parse = (chunks) => {
    const events = [];
    const parser = createParser({
      onEvent: (e) => events.push({ event: e.event || 'message', data: e.data, ...(e.id !== undefined && { id: e.id }) }),
    });
    const decoder = new TextDecoder();
    for (const chunk of chunks) parser.feed(decoder.decode(chunk, { stream: true }));
    return events;
  };
  for (const c of load('sse.json').cases) {
    const bytes = new TextEncoder().encode(c.input.stream);
    const ways = [[bytes], [...bytes].map((b) => Uint8Array.of(b))];
    for (let i = 1; i < bytes.length; i++) ways.push([bytes.slice(0, i), bytes.slice(i)]);
    for (const chunks of ways) assert.deepEqual(parse(chunks), c.expected.events, `${c.name} (${chunks.length} chunks)`);
  }
});

test('graphql-sse.json agrees with eventsource-parser and the GraphQL-over-SSE rule: next payloads until complete', () => {
  for (const c of load('graphql-sse.json').cases) {
    const payloads = [];
    let complete = false;
    const parser = createParser({
      onEvent: (e) => {
        if (complete) return;
        if (e.event === 'complete') complete = true;
        else if (e.event === 'next') payloads.push(JSON.parse(e.data));
      },
    });
    parser.feed(c.input.stream);
    assert.deepEqual(payloads, c.expected.payloads, c.name);
  }
});

test('path-segment.json agrees with encodeURIComponent; empty and dot segments are errors', () => {
  for (const c of load('path-segment.json').cases) {
    const v = c.input.value;
    if (['', '.', '..'].includes(v)) assert.deepEqual(c.expected, { error: true }, c.name);
    else assert.equal(c.expected.encoded, encodeURIComponent(v), c.name);
  }
});

test('a percent-encoded dot segment does not survive the WHATWG URL parser (why R9.1 rejects them)', () => {
  assert.equal(new URL('http://h/api/v1/templates/%2E').pathname, '/api/v1/templates/');
  assert.equal(new URL('http://h/api/v1/users/%2E%2E/roles').pathname, '/api/v1/roles');
});

test('backoff.json follows min(500 * 2^(n-1), 8000) * (1 - 0.25 U)', () => {
  for (const c of load('backoff.json').cases) {
    const base = Math.min(500 * 2 ** (c.input.retry - 1), 8000);
    assert.ok(Math.abs(c.expected.delayMs - base * (1 - 0.25 * c.input.random)) < 1e-6, c.name);
    assert.deepEqual([c.expected.minMs, c.expected.maxMs], [base * 0.75, base], c.name);
  }
});

test('header-value.json: valid exactly when every character is HTAB, SP or visible ASCII', () => {
  for (const c of load('header-value.json').cases) {
    assert.equal(c.expected.valid, /^[\t\x20-\x7e]*$/.test(c.input.value), c.name);
  }
});
