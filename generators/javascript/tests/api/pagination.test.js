// R6 auto-pagination driven by x-pagination, against a real local HTTP server.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {ApiClient, ImageJob, JobsApi, Page, PagePromise, TemplatesApi} from '../../src/internal.js';
import {startLocalServer} from '../helpers/local-server.js';
import {IMAGE_JOB, TEMPLATE} from './helpers/payloads.js';

let server;
before(async () => { server = await startLocalServer(); });
after(() => server.close());

const api = () => {
    const client = new ApiClient(server.baseUrl, {apiKey: 'sk_test_123'});
    return new TemplatesApi(client);
};
const tpl = (id) => ({...TEMPLATE, id: id.replace('tpl_', 'tpl_0000000')});
const sent = (since) => server.requests.slice(since).map((r) => new URL(r.url, 'http://x'));
const query = (url) => Object.fromEntries(url.searchParams);

test('R6.1: the list method resolves to the first page with data, nextCursor and the response', async () => {
    server.replyJson({data: [tpl('tpl_1')], nextCursor: 'c_2'}, 200, {'X-Request-Id': 'req_page_1'});
    const promise = api().listTemplates({limit: 1});
    assert.ok(promise instanceof PagePromise);
    const page = await promise;
    assert.ok(page instanceof Page);
    assert.deepEqual(page.data.map((t) => t.id), [tpl('tpl_1').id]);
    assert.equal(page.nextCursor, 'c_2');
    assert.equal(page.hasNextPage(), true);
    assert.equal(page.response.status, 200);
    assert.equal(page.requestId, 'req_page_1');
    assert.deepEqual(JSON.parse(JSON.stringify(page)), {data: [tpl('tpl_1')], nextCursor: 'c_2'});
});

test('R6.1/R6.2/R6.3: for await walks every page lazily with the same filters, limit unchanged', async () => {
    const since = server.requests.length;
    server.replyJson({data: [tpl('tpl_1'), tpl('tpl_2')], nextCursor: 'c_2'});
    server.replyJson({data: [], nextCursor: 'c_3'}); // an empty page with a cursor continues
    server.replyJson({data: [tpl('tpl_3')], nextCursor: null});
    const seen = [];
    for await (const template of api().listTemplates({kind: 'image', limit: 2})) {
        seen.push(template.id);
        // Lazy: the second page is requested only once the first page's items are used up.
        if (seen.length === 1) assert.equal(server.requests.length - since, 1);
    }
    assert.deepEqual(seen, ['tpl_1', 'tpl_2', 'tpl_3'].map((id) => tpl(id).id));
    assert.deepEqual(sent(since).map(query), [
        {limit: '2', kind: 'image'},
        {cursor: 'c_2', limit: '2', kind: 'image'},
        {cursor: 'c_3', limit: '2', kind: 'image'},
    ]);
});

test('R6.3: no limit is invented', async () => {
    const since = server.requests.length;
    server.replyJson({data: [tpl('tpl_1')], nextCursor: ''}); // '' ends the iteration (and breaks the schema's pattern)
    const ids = [];
    for await (const t of api().listTemplates(undefined, {validation: 'off'})) ids.push(t.id);
    assert.deepEqual(ids, [tpl('tpl_1').id]);
    assert.deepEqual(sent(since).map(query), [{}]);
});

test('R6.2: a repeated cursor ends the iteration (loop guard); absent nextCursor ends it too', async () => {
    const since = server.requests.length;
    server.replyJson({data: [tpl('tpl_1')], nextCursor: 'c_same'});
    server.replyJson({data: [tpl('tpl_2')], nextCursor: 'c_same'});
    const ids = [];
    for await (const t of api().listTemplates()) ids.push(t.id);
    assert.deepEqual(ids, ['tpl_1', 'tpl_2'].map((id) => tpl(id).id));
    assert.equal(server.requests.length - since, 2);

    server.replyJson({data: [tpl('tpl_9')]}); // nextCursor absent: the schema requires it, so validation is off
    const page = await api().listTemplates({}, {validation: 'off'});
    assert.equal(page.nextCursor, null);
    assert.equal(page.hasNextPage(), false);
    assert.throws(() => page.getNextPage(), /No next page/);
});

test('R6.1: getNextPage and iterPages step page by page; items decode to model classes', async () => {
    server.replyJson({data: [IMAGE_JOB], nextCursor: 'c_2'});
    server.replyJson({data: [{...IMAGE_JOB, id: 'job_00000002'}], nextCursor: null});
    const client = new ApiClient(server.baseUrl, {apiKey: 'sk_test_123'});
    const first = await new JobsApi(client).listJobs({status: 'succeeded'});
    assert.ok(first.data[0] instanceof ImageJob);
    const second = await first.getNextPage();
    assert.equal(new URL(server.last.url, 'http://x').searchParams.get('status'), 'succeeded');
    assert.deepEqual(second.data.map((j) => j.id), ['job_00000002']);
    assert.equal(second.hasNextPage(), false);

    server.replyJson({data: [IMAGE_JOB], nextCursor: 'c_2'});
    server.replyJson({data: [], nextCursor: null});
    const sizes = [];
    for await (const page of (await new JobsApi(client).listJobs()).iterPages()) sizes.push(page.data.length);
    assert.deepEqual(sizes, [1, 0]);
});
