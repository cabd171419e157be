// Consumer smoke test: runs in a fresh npm project that only has the packed tarball installed.
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {APIError, ApiClient, HealthApi, ImageJob, JobList, JobsApi, Page, VideoJob} from '@secure-ai-studio/sdk';

const resolved = createRequire(import.meta.url).resolve('@secure-ai-studio/sdk/package.json');
assert.match(resolved, /node_modules\/@secure-ai-studio\/sdk\//, `resolved from ${resolved}, not the installed tarball`);
const baseUrl = process.env.SAIS_BASE_URL;

const client = new ApiClient(baseUrl);
client.authentications.apiKeyAuth.apiKey = 'sk_test_smoke';
assert.equal((await new HealthApi(client).getLiveness()).status, 'ok');
const page = await new JobsApi(client).listJobs({limit: 10});
assert.ok(page instanceof Page);
assert.ok(page.body instanceof JobList);
for (const job of page.data) {
    assert.ok(job instanceof ImageJob || job instanceof VideoJob, `unexpected job ${JSON.stringify(job)}`);
}

await assert.rejects(new JobsApi(new ApiClient(baseUrl)).listJobs(), (err) => err instanceof APIError && err.status === 401);
console.log(`javascript consumer smoke test passed (${page.data.length} jobs listed from ${baseUrl})`);
