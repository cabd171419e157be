// Consumer smoke test: runs in a fresh npm project that only has the packed tarball installed.
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {AuthenticationError, Page, SecureAIStudio} from '@secure-ai-studio/sdk';

const require = createRequire(import.meta.url);
const resolved = require.resolve('@secure-ai-studio/sdk/package.json');
assert.match(resolved, /node_modules\/@secure-ai-studio\/sdk\//, `resolved from ${resolved}, not the installed tarball`);
// require() gives the very same classes as import (Node >= 20.19 requires ES modules).
const cjs = require('@secure-ai-studio/sdk');
assert.equal(cjs.SecureAIStudio, SecureAIStudio);
assert.equal(cjs.default, SecureAIStudio);

const baseURL = process.env.SAIS_BASE_URL;
const client = new SecureAIStudio({baseURL, apiKey: 'sk_test_smoke'});
assert.equal((await client.health.liveness()).status, 'ok');
const page = await client.jobs.list({limit: 10});
assert.ok(page instanceof Page);
for (const job of page.data) {
    assert.ok(job.type === 'image' || job.type === 'video', `unexpected job ${JSON.stringify(job)}`);
}

delete process.env.SECURE_AI_STUDIO_API_KEY; // no credentials at all: the server says 401
await assert.rejects(new SecureAIStudio({baseURL}).jobs.list(), (err) => err instanceof AuthenticationError && err.status === 401);
console.log(`javascript consumer smoke test passed (${page.data.length} jobs listed from ${baseURL}; require() and import agree)`);
