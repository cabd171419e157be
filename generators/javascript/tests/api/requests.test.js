// Requests built by the generated API classes, sent to a real local HTTP server.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import {
    APIConnectionError, APIError, ApiClient, AssetsApi, BinaryResponse, byteRange, AwsS3Destination, BackupCreate, BackupDestination, BackupsApi, HealthApi,
    ImageJob, ImageJobRequest, JobsApi, TemplateUpdate, TemplatesApi, VideoJob,
} from '../../src/internal.js';
import {startLocalServer} from '../helpers/local-server.js';
import {ASSET, BACKUP, IMAGE_JOB, PROBLEM_404, TEMPLATE, VIDEO_JOB} from './helpers/payloads.js';

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

function apiKeyClient() {
    const client = new ApiClient(server.baseUrl);
    client.authentications.apiKeyAuth.apiKey = 'sk_test_123';
    return client;
}

function bearerClient() {
    const client = new ApiClient(server.baseUrl);
    client.authentications.bearerAuth.accessToken = 'jwt.token.value';
    return client;
}

test('API key auth sends X-API-Key and no Authorization', async () => {
    server.replyJson(IMAGE_JOB);
    const job = await new JobsApi(apiKeyClient()).getJob(IMAGE_JOB.id);
    assert.ok(job instanceof ImageJob);
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.url, `/api/v1/jobs/${IMAGE_JOB.id}`);
    assert.equal(server.last.headers['x-api-key'], 'sk_test_123');
    assert.equal(server.last.headers.authorization, undefined);
});

test('bearer auth sends Authorization: Bearer', async () => {
    server.replyJson({...VIDEO_JOB, status: 'canceled'});
    const job = await new JobsApi(bearerClient()).cancelJob(VIDEO_JOB.id);
    assert.equal(job.status, 'canceled');
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.url, `/api/v1/jobs/${VIDEO_JOB.id}/cancel`);
    assert.equal(server.last.headers.authorization, 'Bearer jwt.token.value');
    assert.equal(server.last.headers['x-api-key'], undefined);
});

test('an operation with security [] sends no credentials', async () => {
    server.replyJson({status: 'ok', version: '1.0.0', checks: []});
    const health = await new HealthApi(apiKeyClient()).getLiveness();
    assert.equal(health.status, 'ok');
    assert.equal(server.last.url, '/api/v1/health/live');
    assert.equal(server.last.headers['x-api-key'], undefined);
    assert.equal(server.last.headers.authorization, undefined);
});

test('listJobs encodes filters as query parameters and decodes the page', async () => {
    server.replyJson({data: [IMAGE_JOB, VIDEO_JOB], nextCursor: 'c_2'});
    const page = await new JobsApi(apiKeyClient()).listJobs({status: 'running', type: 'video', limit: 5, cursor: 'c_1'});
    const url = new URL(server.last.url, 'http://x');
    assert.equal(url.pathname, '/api/v1/jobs');
    assert.deepEqual(Object.fromEntries(url.searchParams), {cursor: 'c_1', limit: '5', status: 'running', type: 'video'});
    assert.deepEqual(page.data.map((j) => j.constructor), [ImageJob, VideoJob]);
    assert.equal(page.nextCursor, 'c_2');
});

test('createImageJob sends JSON and Idempotency-Key; WithHttpInfo exposes status and headers', async () => {
    server.replyJson({...IMAGE_JOB, status: 'queued'}, 202, {Location: `/api/v1/jobs/${IMAGE_JOB.id}`});
    const body = new ImageJobRequest('a lighthouse');
    body.width = 640;
    body.style = 'illustration';
    const {data, response} = await new JobsApi(apiKeyClient()).createImageJobWithHttpInfo(body, {idempotencyKey: 'idem-1'});
    assert.equal(response.status, 202);
    assert.equal(response.headers.get('location'), `/api/v1/jobs/${IMAGE_JOB.id}`);
    assert.ok(data instanceof ImageJob);
    assert.equal(data.status, 'queued');
    assert.equal(server.last.url, '/api/v1/generate/image');
    assert.equal(server.last.headers['idempotency-key'], 'idem-1');
    assert.equal(server.last.headers['content-type'], 'application/json');
    // Exactly the fields the caller set: no spec defaults (height, count) added (R3.7).
    assert.deepEqual(JSON.parse(server.last.body), {prompt: 'a lighthouse', width: 640, style: 'illustration'});
});

test('createBackup sends the polymorphic destination and decodes the subtype back', async () => {
    server.replyJson(BACKUP, 202);
    const destination = new BackupDestination(new AwsS3Destination('aws_s3', 'acme-backups', 'eu-west-1'));
    const backup = await new BackupsApi(apiKeyClient()).createBackup(new BackupCreate(destination, ['templates']));
    assert.deepEqual(JSON.parse(server.last.body), {
        destination: {provider: 'aws_s3', bucket: 'acme-backups', region: 'eu-west-1'}, scope: ['templates']});
    assert.ok(backup.destination instanceof AwsS3Destination);
});

test('R9.2: downloadAssetContent gives the exact bytes, status, type, length and parsed Content-Range', async () => {
    const payload = Buffer.from(Array.from({length: 256}, (_, i) => i));
    server.replyBytes(payload.subarray(0, 100), 'image/png', 206, {'Content-Range': 'bytes 0-99/256'});
    const {data, response} = await new AssetsApi(apiKeyClient()).downloadAssetContentWithHttpInfo(ASSET.id, {range: byteRange(0, 99)});
    assert.equal(response.status, 206);
    assert.ok(data instanceof BinaryResponse);
    assert.equal(data.partial, true);
    assert.equal(data.contentType, 'image/png');
    assert.equal(data.contentLength, 100);
    assert.deepEqual(data.contentRange, {unit: 'bytes', start: 0, end: 99, size: 256});
    const bytes = await data.bytes();
    assert.ok(Buffer.isBuffer(bytes));
    assert.deepEqual(bytes, payload.subarray(0, 100));
    await assert.rejects(data.bytes(), /already been read/);
    assert.equal(server.last.url, `/api/v1/assets/${ASSET.id}/content`);
    assert.equal(server.last.headers.range, 'bytes=0-99');
    assert.match(server.last.headers.accept, /image\/png/);
    assert.match(server.last.headers.accept, /video\/mp4/);
});

test('R9.2: the body as a stream; byteRange builds Range values; a 416 is an APIError', async () => {
    server.replyBytes(Buffer.from('0123456789'), 'video/mp4', 200, {'Content-Range': 'bytes 0-9/*'});
    const content = await new AssetsApi(apiKeyClient()).downloadAssetContent(ASSET.id);
    assert.equal(content.partial, false);
    assert.equal(content.contentRange.size, undefined);
    const chunks = [];
    for await (const chunk of content.stream()) chunks.push(Buffer.from(chunk));
    assert.equal(Buffer.concat(chunks).toString(), '0123456789');
    assert.throws(() => content.stream(), /already been read/);

    assert.equal(byteRange(512), 'bytes=512-');
    assert.throws(() => byteRange(10, 5), /start <= end/);
    server.replyJson({title: 'Range Not Satisfiable', status: 416}, 416, {}, 'application/problem+json');
    await assert.rejects(new AssetsApi(apiKeyClient()).downloadAssetContent(ASSET.id, {range: 'bytes=900-999'}),
        (err) => err instanceof APIError && err.status === 416);
});

test('R9.1: path parameters are percent-encoded; a missing or empty one is a TypeError naming operation and parameter', async () => {
    server.replyJson(IMAGE_JOB);
    await new JobsApi(apiKeyClient()).getJob('a/b c', {validation: 'off'});
    assert.equal(server.last.url, '/api/v1/jobs/a%2Fb%20c');
    const since = server.requests.length;
    for (const bad of [undefined, null, '']) {
        await assert.rejects(new JobsApi(apiKeyClient()).getJob(bad), {name: 'TypeError', message: "Missing the required parameter 'jobId' when calling getJob"});
    }
    assert.equal(server.requests.length, since);
});

test('R9.3: bytes without a name go as filename "file", typed by their magic number', async () => {
    server.replyJson(ASSET, 201);
    await new AssetsApi(apiKeyClient()).uploadReferenceImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    assert.match(server.last.body.toString('latin1'), /name="file"; filename="file"\r\nContent-Type: image\/png\r\n/);
});

test('R9.3: a stream as a multipart file is refused before sending', async () => {
    const since = server.requests.length;
    await assert.rejects(new AssetsApi(apiKeyClient()).uploadReferenceImage(new ReadableStream()), /streams are not accepted/);
    assert.equal(server.requests.length, since);
});

test('uploadReferenceImage sends a multipart file part and a field', async () => {
    server.replyJson(ASSET, 201);
    const content = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    const file = new File([content], 'ref.png', {type: 'image/png'});
    const asset = await new AssetsApi(apiKeyClient()).uploadReferenceImage(file, {description: 'frame 1'});
    assert.equal(asset.sizeBytes, 6);
    assert.match(server.last.headers['content-type'], /^multipart\/form-data; boundary=/);
    // Parse the body back with the platform's own multipart parser.
    const form = await new Response(server.last.body, {headers: {'Content-Type': server.last.headers['content-type']}}).formData();
    assert.equal(form.get('file').name, 'ref.png');
    assert.deepEqual(Buffer.from(await form.get('file').arrayBuffer()), content);
    assert.equal(form.get('description'), 'frame 1');
});

test('uploadReferenceImage accepts a Buffer as the file', async () => {
    server.replyJson(ASSET, 201);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('raw-bytes')]);
    await new AssetsApi(apiKeyClient()).uploadReferenceImage(jpeg);
    const form = await new Response(server.last.body, {headers: {'Content-Type': server.last.headers['content-type']}}).formData();
    assert.deepEqual(Buffer.from(await form.get('file').arrayBuffer()), jpeg);
    assert.equal(form.get('file').type, 'image/jpeg');
});

test('updateTemplate sends If-Match and exposes the new ETag', async () => {
    server.replyJson(TEMPLATE, 200, {ETag: '"v4-9a8b7c"'});
    const update = new TemplateUpdate();
    update.name = 'Renamed';
    const {data, response} = await new TemplatesApi(apiKeyClient()).updateTemplateWithHttpInfo(TEMPLATE.id, '"v3-5f2b9c"', update);
    assert.equal(server.last.method, 'PATCH');
    assert.equal(server.last.headers['if-match'], '"v3-5f2b9c"');
    assert.deepEqual(JSON.parse(server.last.body), {name: 'Renamed'});
    assert.equal(response.headers.get('etag'), '"v4-9a8b7c"');
    assert.equal(data.name, 'Renamed');
});

test('a problem+json error rejects with NotFoundError carrying status, headers and problem', async () => {
    server.replyJson(PROBLEM_404, 404, {'X-Request-Id': PROBLEM_404.requestId}, 'application/problem+json');
    await assert.rejects(new JobsApi(apiKeyClient()).getJob('job_0000000000'), (err) => {
        assert.ok(err instanceof APIError);
        assert.equal(err.status, 404);
        assert.equal(err.headers.get('x-request-id'), PROBLEM_404.requestId);
        assert.equal(err.problem.code, 'not_found');
        assert.equal(err.message, '404 not_found: No job has that ID.');
        return true;
    });
});

test('a missing required parameter rejects before anything is sent', async () => {
    const count = server.requests.length;
    await assert.rejects(new JobsApi(apiKeyClient()).getJob(undefined), /Missing the required parameter 'jobId' when calling getJob/);
    assert.equal(server.requests.length, count);
});

test('an unreachable server rejects with APIConnectionError carrying the fetch failure', async () => {
    const probe = net.createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const {port} = probe.address();
    await new Promise((resolve) => probe.close(resolve)); // nothing listens there any more
    const client = new ApiClient(`http://127.0.0.1:${port}/api/v1`, {maxRetries: 0});
    await assert.rejects(new HealthApi(client).getLiveness(), (err) => {
        assert.ok(err instanceof APIConnectionError);
        assert.ok(!(err instanceof APIError));
        assert.ok(err.cause instanceof TypeError);
        assert.match(err.message, /^Connection error: ECONNREFUSED/);
        return true;
    });
});
