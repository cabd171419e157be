// The generator (templates, postprocess.mjs) on edge-cases.yaml: shapes of foreign documents that
// once broke the generated SDK (npm run corpus). The SDK is generated for real (generate.mjs, one
// JVM), then its declarations are compiled with a consumer and its methods called against a local
// server. Run by test.sh; the caller holds the build slot, so generate.mjs is run directly.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import {startLocalServer} from '../runtime/helpers/local-server.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');

let work;
let sdk;
let server;

before(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'sais-js-generator-'));
    // The SDK's own dependencies (ajv, eventsource-parser) and tsc's @types, from the repository.
    await fs.symlink(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    await run(process.execPath, [path.join(root, 'generators/generate.mjs'), '--spec', path.join(here, 'edge-cases.yaml'),
        '--out', path.join(work, 'out'), '--only', 'javascript'], {cwd: root, maxBuffer: 16 << 20});
    sdk = path.join(work, 'out/javascript');
    server = await startLocalServer();
});

after(async () => {
    server?.close();
    if (work) await fs.rm(work, {recursive: true, force: true});
});

async function client(options = {}) {
    const {SecureAIStudio} = await import(pathToFileURL(path.join(sdk, 'src/index.js')).href);
    return new SecureAIStudio({apiKey: 'sk_edge_fixture_key', baseURL: server.baseUrl, maxRetries: 0, ...options});
}

test('an optional body before a required params: the declarations compile, strictly, with a consumer', async () => {
    const consumer = path.join(work, 'consumer.ts');
    await fs.writeFile(consumer, [
        `import {SecureAIStudio} from './out/javascript/src/index.js';`,
        `const client = new SecureAIStudio({apiKey: 'k'});`,
        `export const a = client.things.uploadAsset('t1', undefined, {name: 'a.txt'});`,
        `export const b = client.things.uploadAsset('t1', {label: 'x'}, {name: 'a.txt'});`,
        `export const c = client.things.pingMirror('t1');`,
        `export const d = client.search.query('s1', '{ x }', {a: 1}, {operationName: 'Q'});`,
        `export const e: AsyncIterable<{data?: object | null}> = client.search.subscribe('s1', 'subscription { x }');`,
        '',
    ].join('\n'));
    await fs.writeFile(path.join(work, 'package.json'), '{"type": "module"}\n');
    const tsc = path.join(root, 'node_modules/.bin/tsc');
    try {
        await run(tsc, ['--noEmit', '--strict', '--noUncheckedIndexedAccess', '--exactOptionalPropertyTypes', '--target', 'es2022',
            '--lib', 'es2022,dom', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node',
            '--typeRoots', path.join(root, 'node_modules/@types'), consumer, path.join(sdk, 'src/index.d.cts')], {cwd: work});
    } catch (err) {
        assert.fail(`tsc: ${err.stdout}${err.stderr}`);
    }
    const dts = await fs.readFile(path.join(sdk, 'src/index.d.cts'), 'utf8');
    assert.match(dts, /uploadAsset\(thingId: string, body: Input<AssetLabel> \| undefined, params: \w+, options\?: RequestOptions\)/);
});

test('an optional body before a required params: undefined is sent as no body, params as the query', async () => {
    const sais = await client();
    server.replyJson({id: 'a1', state: 'ready'}, 201);
    assert.deepEqual({...await sais.things.uploadAsset('t1', undefined, {name: 'a.txt'})}, {id: 'a1', state: 'ready'});
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.url, '/api/v1/things/t1/assets?name=a.txt');
    assert.equal(server.last.body.length, 0);
});

test('an operation with its own relative server and no optional parameter resolves it against the base URL', async () => {
    const sais = await client();
    server.replyJson({id: 't1', state: 'pending'});
    assert.deepEqual({...await sais.things.pingMirror('t1')}, {id: 't1', state: 'pending'});
    assert.equal(server.last.url, '/mirror/ping/t1');
});

test('a repeated enum value, an inline enum among oneOf alternatives: strict response validation compiles and checks', async () => {
    const sais = await client({validation: 'strict'});
    server.replyJson({id: 't1', state: 'ready', public: 'true'});
    assert.equal((await sais.things.pingMirror('t1')).state, 'ready');
    server.replyJson({id: 't1', state: 'pending', public: false});
    assert.equal((await sais.things.pingMirror('t1')).public, false);
    server.replyJson({id: 't1', state: 'ready', public: 1});
    await assert.rejects(sais.things.pingMirror('t1'), {name: 'ResponseValidationError'});
    server.replyJson({id: 't1', state: 'gone'});
    await assert.rejects(sais.things.pingMirror('t1'), {name: 'ResponseValidationError'});
});

test('an allOf of a schema whose model name another schema shares: the model constructs and decodes', async () => {
    const {default: ThingRepository} = await import(pathToFileURL(path.join(sdk, 'src/model/ThingRepository.js')).href);
    assert.equal(new ThingRepository('r1').id, 'r1');
    assert.deepEqual({...ThingRepository.constructFromObject({id: 'r1', extra: 'x'})}, {id: 'r1', extra: 'x'});
});

test('an allOf with a oneOf among its parts decodes data that matches no variant, keeping it as received', async () => {
    const {default: LabeledShape} = await import(pathToFileURL(path.join(sdk, 'src/model/LabeledShape.js')).href);
    // (A decoded model also has its absent required properties, as undefined: defined ones compared.)
    const defined = (obj) => Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
    assert.deepEqual(defined(LabeledShape.constructFromObject({label: 'x', radius: 2})), {label: 'x', radius: 2});
    assert.deepEqual(defined(LabeledShape.constructFromObject({label: 'y'})), {label: 'y'});
});

test('an x-graphql operation under a path parameter: query and subscribe call it and decode its result model (ModelResponse)', async () => {
    const sais = await client({validation: 'strict'});
    server.replyJson({data: {x: 1}});
    const result = await sais.search.query('s 1', '{ x }', {a: 1});
    assert.equal(result.constructor.name, 'ModelResponse');
    assert.deepEqual({...result}, {data: {x: 1}});
    assert.equal(server.last.url, '/api/v1/spaces/s%201/graphql');
    assert.deepEqual(JSON.parse(server.last.body), {query: '{ x }', variables: {a: 1}});
    server.replyChunks(['event: next\ndata: {"data":{"x":2}}\n\n', 'event: complete\ndata:\n\n']);
    const results = [];
    for await (const payload of sais.search.subscribe('s1', 'subscription { x }')) results.push(payload);
    assert.deepEqual(results.map((r) => [r.constructor.name, {...r}]), [['ModelResponse', {data: {x: 2}}]]);
    assert.equal(server.last.headers.accept, 'text/event-stream');
    server.replyChunks(['event: next\ndata: {"errors":[{"path":["x"]}]}\n\n']);
    await assert.rejects((async () => {
        for await (const payload of sais.search.subscribe('s1', 'subscription { x }')) void payload;
    })(), (err) => err.name === 'ResponseValidationError' && err.issues.some((issue) => issue.path === '/errors/0/message'));
});
