// Inputs nobody had tried (issue 10), against a real local HTTP server: each test failed before
// its fix. Retry-After forms, dot path segments, header values with CR/LF/non-ASCII, secrets in
// error headers, causes, URL user-info and printed clients, upload content types, request bodies
// without spec defaults, and a job type this version does not know.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import util from 'node:util';
import net from 'node:net';
import {Writable} from 'node:stream';
import {
    APIConnectionError, ApiClient, ApiKeyCreate, ApiKeyWithSecret, ApiKeysApi, AssetsApi, AuthenticationError,
    ImageJobRequest, JobsApi, ResponseValidationError, RolesApi, TemplateUpdate, TemplatesApi,
} from '../../src/internal.js';
import {startLocalServer} from '../helpers/local-server.js';
import {ASSET, IMAGE_JOB, TEMPLATE} from './helpers/payloads.js';

const API_KEY = 'sk_test_hostile_4f9a2b7c1d8e';
const ACCESS_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';
const REFRESH_TOKEN = 'rt_hostile_refresh_0001';
const SECRETS = [API_KEY, ACCESS_TOKEN, REFRESH_TOKEN];

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

function client(options = {}) {
    const c = new ApiClient(server.baseUrl, {maxRetries: 0, ...options});
    c.authentications.apiKeyAuth.apiKey = API_KEY;
    c.delays = [];
    c.sleep = async (ms) => { c.delays.push(ms); };
    c.random = () => 0;
    return c;
}

const assertNoSecret = (text, what) => {
    for (const secret of SECRETS) {
        assert.ok(!text.includes(secret), `${what} shows a secret: ${text}`);
    }
};

/** Rejects with a TypeError whose message matches `pattern`, and nothing reached the server. */
async function rejectsBeforeSending(promise, pattern) {
    const since = server.requests.length;
    await assert.rejects(promise, (err) => {
        assert.equal(err.constructor, TypeError, `${err.name}: ${err.message}`);
        assert.match(err.message, pattern);
        return true;
    });
    assert.equal(server.requests.length, since, 'nothing may be sent');
}

// --- R3.5 Retry-After -------------------------------------------------------------------------

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');

/** `at` in each HTTP-date form a server may send (RFC 9110 §5.6.7) plus the two lenient ones. */
function httpDates(at) {
    const d = new Date(at);
    const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    const date = `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    return {
        'numeric zone': `${DAYS[d.getUTCDay()]}, ${date} ${time} +0000`,
        'no weekday': `${date} ${time} GMT`,
        'RFC 850': `${LONG_DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${pad(d.getUTCFullYear() % 100)} ${time} GMT`,
        'asctime': `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${d.getUTCFullYear()}`,
    };
}

test('R3.5: Retry-After as a numeric-zone, weekday-less, RFC 850 or asctime date replaces the backoff', async () => {
    const at = Math.floor(Date.now() / 1000) * 1000 + 20000; // whole seconds, 20 s ahead
    for (const [form, value] of Object.entries(httpDates(at))) {
        server.replyJson({title: 'Busy', status: 503}, 503, {'Retry-After': value}, 'application/problem+json');
        server.replyJson(IMAGE_JOB);
        const c = client({maxRetries: 1});
        await new JobsApi(c).getJob(IMAGE_JOB.id);
        assert.equal(c.delays.length, 1, form);
        // The backoff would be 500 ms; the date says ~20 s (less the time since `at` was computed).
        assert.ok(c.delays[0] > 15000 && c.delays[0] <= 20000, `${form} (${value}): waited ${c.delays[0]} ms`);
    }
});

// --- R9.1 path segments -----------------------------------------------------------------------

test('R9.1: a path parameter of "." or ".." is an argument error naming operation and parameter, nothing sent', async () => {
    await rejectsBeforeSending(new TemplatesApi(client()).getTemplate('.'), /^getTemplate: path parameter 'templateId' must not be "\."/);
    await rejectsBeforeSending(new RolesApi(client()).assignUserRoles('..', {roleIds: ['rol_1']}),
        /^assignUserRoles: path parameter 'userId' must not be "\.\."/);
    // Other dotted values are ordinary segments.
    server.replyJson(TEMPLATE);
    await new TemplatesApi(client()).getTemplate('...', {validation: 'off'});
    assert.equal(server.last.url, '/api/v1/templates/...');
});

// --- R9.4 header values -----------------------------------------------------------------------

test('R9.4: CR/LF/NUL/non-ASCII in If-Match, Idempotency-Key, a header parameter or a per-call header is a TypeError before sending', async () => {
    const templates = new TemplatesApi(client());
    const update = new TemplateUpdate();
    update.name = 'x';
    await rejectsBeforeSending(templates.updateTemplate(TEMPLATE.id, '"v1"\r\nX-Injected: 1', update),
        /^updateTemplate: header parameter 'ifMatch' \(If-Match\) contains CR/);
    await rejectsBeforeSending(templates.updateTemplate(TEMPLATE.id, '"v1"\nb', update), /'ifMatch' \(If-Match\) contains LF/);
    await rejectsBeforeSending(templates.updateTemplate(TEMPLATE.id, 'a\u0000b', update), /'ifMatch' \(If-Match\) contains NUL/);
    await rejectsBeforeSending(templates.updateTemplate(TEMPLATE.id, '"clé"', update), /'ifMatch' \(If-Match\) contains a non-ASCII character/);
    const jobs = new JobsApi(client());
    await rejectsBeforeSending(jobs.createImageJob({prompt: 'p'}, {idempotencyKey: 'key\n'}),
        /^createImageJob: header parameter 'idempotencyKey' \(Idempotency-Key\) contains LF/);
    await rejectsBeforeSending(jobs.createImageJob({prompt: 'p'}, {}, {idempotencyKey: 'k\r1'}),
        /^createImageJob: request option 'idempotencyKey' contains CR/);
    await rejectsBeforeSending(jobs.getJob(IMAGE_JOB.id, {headers: {'X-Trace': 'a\nb'}}), /^getJob: request option headers\['X-Trace'\] contains LF/);
    await rejectsBeforeSending(new AssetsApi(client()).downloadAssetContent(ASSET.id, {range: 'bytes=0-1\r\n'}),
        /^downloadAssetContent: header parameter 'range' \(Range\) contains CR/);
    // Nothing quotes the value: it may be a credential.
    await assert.rejects(jobs.getJob(IMAGE_JOB.id, {headers: {'X-Trace': `${API_KEY}\n`}}), (err) => {
        assertNoSecret(err.message, 'the argument error');
        return true;
    });
});

test('R9.4: a bad default header fails at construction, or before sending when set later', async () => {
    assert.throws(() => new ApiClient(server.baseUrl, {defaultHeaders: {'X-Team': 'blue\r\nX-Evil: 1'}}),
        {name: 'TypeError', message: /^defaultHeaders\['X-Team'\] contains CR/});
    const c = client();
    c.defaultHeaders['X-Team'] = 'grün';
    await rejectsBeforeSending(new JobsApi(c).getJob(IMAGE_JOB.id), /^getJob: default header 'X-Team' contains a non-ASCII character/);
    const keyed = client();
    keyed.authentications.apiKeyAuth.apiKey = `${API_KEY}\n`;
    await assert.rejects(new JobsApi(keyed).getJob(IMAGE_JOB.id), (err) => {
        assert.equal(err.constructor, TypeError);
        assert.match(err.message, /^getJob: the configured credential \(X-API-Key header\) contains LF/);
        assertNoSecret(err.message, 'the argument error');
        return true;
    });
});

// --- R5.5 secrets -----------------------------------------------------------------------------

test('R5.5: error.headers are redacted: secrets in any value, credential headers whole', async () => {
    server.replyJson({title: 'Unauthorized', status: 401, code: 'invalid_key'}, 401, {
        'WWW-Authenticate': `ApiKey realm="api", key="${API_KEY}"`,
        'Set-Cookie': 'session=abc123; HttpOnly',
        'X-Echo-Api-Key': API_KEY,
        'X-Request-Id': 'req_echo',
    }, 'application/problem+json');
    await assert.rejects(new JobsApi(client()).getJob(IMAGE_JOB.id), (err) => {
        assert.ok(err instanceof AuthenticationError);
        assert.equal(err.headers.get('www-authenticate'), 'ApiKey realm="api", key="[REDACTED]"');
        assert.equal(err.headers.get('set-cookie'), '[REDACTED]');
        assert.equal(err.headers.get('x-echo-api-key'), '[REDACTED]');
        assert.equal(err.requestId, 'req_echo');
        assertNoSecret(util.inspect(err, {depth: 10}) + JSON.stringify([...err.headers]), 'the error');
        return true;
    });
});

test('R5.5: a connection error over a URL with user-info carries neither the key nor the user-info, causes included', async () => {
    const probe = net.createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const {port} = probe.address();
    await new Promise((resolve) => probe.close(resolve));
    const c = new ApiClient(`http://ops:pa55word-${API_KEY}@127.0.0.1:${port}/api/v1`, {maxRetries: 0, apiKey: API_KEY});
    await assert.rejects(new JobsApi(c).getJob(IMAGE_JOB.id), (err) => {
        assert.ok(err instanceof APIConnectionError);
        assert.ok(err.cause instanceof TypeError, 'the cause keeps its type');
        const shown = [];
        for (let e = err; e; e = e.cause) shown.push(e.message, e.stack);
        shown.push(util.inspect(err, {depth: 10}));
        const text = shown.join('\n');
        assertNoSecret(text, 'the connection error');
        assert.ok(!text.includes('pa55word') && !text.includes('ops:'), `user-info shown: ${text}`);
        assert.match(text, /http:\/\/\[REDACTED\]@127\.0\.0\.1/);
        return true;
    });
});

test('R5.5: util.inspect, console.log, JSON.stringify and String of a client (and its schemes and API classes) hide every credential', async () => {
    const c = new ApiClient(server.baseUrl, {apiKey: API_KEY, accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN,
        defaultHeaders: {'X-Team': 'blue', 'Authorization': `Bearer ${ACCESS_TOKEN}`}});
    const logged = [];
    const log = new console.Console(new Writable({write(chunk, encoding, done) { logged.push(String(chunk)); done(); }}));
    log.log(c);
    log.log(c.authentications);
    log.log(new JobsApi(c));
    const printed = [util.inspect(c, {depth: 10, showHidden: true}), JSON.stringify(c), String(c),
        util.inspect(c.authentications, {depth: 10}), JSON.stringify(c.authentications), `${c.authentications.bearerAuth}`,
        JSON.stringify(new JobsApi(c)), ...logged].join('\n');
    assertNoSecret(printed, 'the printed client');
    assert.match(printed, /apiKey: '\[REDACTED\]'/);
    assert.match(printed, /X-Team/);
    // The credentials stay usable and settable.
    assert.equal(c.authentications.apiKeyAuth.apiKey, API_KEY);
    assert.equal(c.authentications.bearerAuth.refreshToken, REFRESH_TOKEN);
    server.replyJson(IMAGE_JOB);
    await new JobsApi(c).getJob(IMAGE_JOB.id);
    assert.equal(server.last.headers.authorization, `Bearer ${ACCESS_TOKEN}`);
});

const NEW_KEY = {
    id: 'key_01JD8K2M4P6R8T0V', name: 'CI', prefix: 'sk_live_4f9a', scopes: ['jobs:read'],
    createdAt: '2026-11-21T10:00:00Z', lastUsedAt: null, expiresAt: null,
    secret: 'sk_live_4f9a2b7c1d8e3f6a5b0c9d2e7f1a4b8c',
};

test('R5.5: a format: password property (ApiKeyWithSecret.secret) is readable but masked when printed', async () => {
    server.replyJson(NEW_KEY, 201);
    const key = await new ApiKeysApi(client()).createApiKey(new ApiKeyCreate('CI', ['jobs:read']));
    assert.ok(key instanceof ApiKeyWithSecret);
    assert.equal(key.secret, NEW_KEY.secret);
    assert.equal(JSON.parse(JSON.stringify(key)).secret, NEW_KEY.secret, 'serialised data stays as received');
    const printed = [util.inspect(key), util.inspect({key}, {depth: 5}), String(key)].join('\n');
    assert.ok(!printed.includes(NEW_KEY.secret), printed);
    assert.match(util.inspect(key), /secret: '\[REDACTED\]'/);
    assert.match(util.inspect(key), /prefix: 'sk_live_4f9a'/);
});

test('R5.5/R7.1: a validation warning about a secret property never prints its value', async () => {
    const bad = {...NEW_KEY, secret: 'sk_live_NOT-HEX-at-all-but-secret-0123456789'};
    const warnings = [];
    const c = client({logger: {warn: (...args) => warnings.push(args)}});
    server.replyJson(bad, 201);
    const key = await new ApiKeysApi(c).createApiKey(new ApiKeyCreate('CI', ['jobs:read']));
    assert.equal(key.secret, bad.secret);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0][0], /\/secret/);
    assert.ok(!util.inspect(warnings, {depth: 10}).includes(bad.secret), 'the warning prints the secret');
    server.replyJson(bad, 201);
    await assert.rejects(new ApiKeysApi(client({validation: 'strict'})).createApiKey(new ApiKeyCreate('CI', ['jobs:read'])), (err) => {
        assert.ok(err instanceof ResponseValidationError);
        assert.ok(!util.inspect(err, {depth: 10}).includes(bad.secret));
        return true;
    });
});

// --- R9.3 upload content type -----------------------------------------------------------------

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');
const WEBP = Buffer.from('524946462400000057454250565038', 'hex');

async function uploadedPart() {
    const form = await new Response(server.last.body, {headers: {'Content-Type': server.last.headers['content-type']}}).formData();
    const file = form.get('file');
    return {name: file.name, type: file.type, bytes: Buffer.from(await file.arrayBuffer())};
}

test('R9.3: an upload is typed by the caller, else the file name, else the magic number; unknown bytes are a TypeError naming file', async () => {
    const assets = new AssetsApi(client());
    const cases = [
        [PNG, {name: 'file', type: 'image/png'}],
        [new Uint8Array(WEBP), {name: 'file', type: 'image/webp'}],
        [new File([JPEG], 'photo.JPG'), {name: 'photo.JPG', type: 'image/jpeg'}],
        [new File([PNG], 'notes.txt'), {name: 'notes.txt', type: 'image/png'}],
        [new File([JPEG], 'ref.png', {type: 'image/x-custom'}), {name: 'ref.png', type: 'image/x-custom'}],
        [new Blob([WEBP]), {name: 'file', type: 'image/webp'}],
    ];
    for (const [file, expected] of cases) {
        server.replyJson(ASSET, 201);
        await assets.uploadReferenceImage(file);
        const part = await uploadedPart();
        assert.deepEqual({name: part.name, type: part.type}, expected);
        assert.ok(part.bytes.length > 0);
    }
    for (const unknown of [Buffer.from([1, 2, 3]), new File([Buffer.from('hello')], 'data.bin'), new Uint8Array()]) {
        await rejectsBeforeSending(assets.uploadReferenceImage(unknown), /^uploadReferenceImage: option 'file': cannot tell the file's content type/);
    }
});

// --- R3.7 request bodies ----------------------------------------------------------------------

test('R3.7: a request body carries exactly the fields the caller set, no spec defaults', async () => {
    const jobs = new JobsApi(client());
    server.replyJson({...IMAGE_JOB, status: 'queued'}, 202);
    await jobs.createImageJob(new ImageJobRequest('a lighthouse'));
    assert.deepEqual(JSON.parse(server.last.body), {prompt: 'a lighthouse'});
    server.replyJson({...IMAGE_JOB, status: 'queued'}, 202);
    await jobs.createImageJob({prompt: 'a lighthouse', seed: 7});
    assert.deepEqual(JSON.parse(server.last.body), {prompt: 'a lighthouse', seed: 7});
});

// --- R7.3 a job type this version does not know -----------------------------------------------

const AUDIO_JOB = {...IMAGE_JOB, id: 'job_01JD8KAUDIO0000000000000', type: 'audio', params: {voice: 'ada', seconds: 30}, extra: {nested: [1, 2]}};

test('R7.3: a job of an unknown type (audio) comes back with every field kept: a warning in warn mode, ResponseValidationError in strict', async () => {
    const warnings = [];
    server.replyJson(AUDIO_JOB);
    const job = await new JobsApi(client({logger: {warn: (message, error) => warnings.push({message, error})}})).getJob(AUDIO_JOB.id);
    assert.notEqual(job, null);
    assert.deepEqual(JSON.parse(JSON.stringify(job)), AUDIO_JOB);
    assert.equal(job.type, 'audio');
    assert.equal(job.id, AUDIO_JOB.id);
    assert.equal(warnings.length, 1);
    assert.ok(warnings[0].error instanceof ResponseValidationError);
    assert.match(warnings[0].message, /^Response of getJob does not match openapi\.yaml at \/type/);

    server.replyJson({data: [IMAGE_JOB, AUDIO_JOB], nextCursor: null});
    const page = await new JobsApi(client({validation: 'off'})).listJobs();
    assert.deepEqual(JSON.parse(JSON.stringify(page.data[1])), AUDIO_JOB, 'kept inside a list too');

    server.replyJson(AUDIO_JOB);
    await assert.rejects(new JobsApi(client({validation: 'strict'})).getJob(AUDIO_JOB.id), (err) => {
        assert.ok(err instanceof ResponseValidationError);
        assert.equal(err.operationId, 'getJob');
        assert.ok(err.issues.some((issue) => issue.path === '/type'), JSON.stringify(err.issues));
        return true;
    });
});
