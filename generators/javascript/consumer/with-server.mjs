// with-server.mjs ROOT [--stateful] -- CMD...: starts a local API server on a free port, runs CMD
// with SAIS_BASE_URL and SECURE_AI_STUDIO_BASE_URL pointing at it, then stops the server. Uses the
// project's mock server (packages/mock-server) when present, else the small in-process stub below;
// SAIS_SMOKE_SERVER=stub forces the stub. --stateful: the mock server in stateful mode
// (`sais-mock --stateful --step-ms 50`: what one call creates the next reads back, long-running
// resources move on every 50 ms), and no stub fallback.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const [root, ...rest] = process.argv.slice(2);
const stateful = rest[0] === '--stateful';
const [sep, ...command] = stateful ? rest.slice(1) : rest;
if (!root || sep !== '--' || command.length === 0) {
    console.error('usage: node with-server.mjs ROOT [--stateful] -- CMD...');
    process.exit(2);
}

const JOB = {type: 'image', status: 'succeeded', progress: 100, createdAt: '2026-11-21T10:15:00Z',
    updatedAt: '2026-11-21T10:15:42Z', completedAt: '2026-11-21T10:15:42Z', error: null,
    outputAssetIds: [], params: {prompt: 'A lighthouse at dusk', width: 1024, height: 768, count: 1}};
const JOBS = {data: [
    {...JOB, id: 'job_01JD8K2M4P6R8T0V2X4Z6B8D0F'},
    {...JOB, id: 'job_01JD8K9W1Y3A5C7E9G1J3L5N7Q', type: 'video', status: 'running', progress: 40, completedAt: null,
        params: {prompt: 'A neon market at night', durationSeconds: 8, fps: 24}},
], nextCursor: null};
const HEALTH = {status: 'ok', version: '1.0.0', checks: []};

function startStub() {
    const server = http.createServer((req, res) => {
        const send = (status, body, type = 'application/json') => {
            res.writeHead(status, {'Content-Type': type});
            res.end(JSON.stringify(body));
        };
        const {pathname} = new URL(req.url, 'http://stub');
        if (req.method === 'GET' && pathname === '/api/v1/health/live') return send(200, HEALTH);
        if (req.method === 'GET' && pathname === '/api/v1/jobs') {
            return req.headers['x-api-key'] || req.headers.authorization
                ? send(200, JOBS)
                : send(401, {title: 'Unauthorized', status: 401}, 'application/problem+json');
        }
        return send(404, {title: 'Not Found', status: 404}, 'application/problem+json');
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () =>
        resolve({url: `http://127.0.0.1:${server.address().port}`, stop: () => server.close()})));
}

function startMock(bin) {
    const mode = stateful ? ['--stateful', '--step-ms', '50'] : [];
    const child = spawn(process.execPath, [bin, '--spec', path.join(root, 'openapi.yaml'), ...mode, '--port', '0'], {stdio: ['ignore', 'pipe', 'inherit']});
    return new Promise((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => { child.kill(); reject(new Error('mock server did not start within 10 s')); }, 10000);
        child.stdout.on('data', (chunk) => {
            out += chunk;
            const match = out.match(/listening on (http:\/\/[\d.:]+)/);
            if (match) {
                clearTimeout(timer);
                resolve({url: match[1], stop: () => child.kill()});
            }
        });
        child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`mock server exited (${code}): ${out}`)); });
    });
}

const mockBin = path.join(root, 'packages/mock-server/bin/sais-mock.js');
if (stateful && !existsSync(mockBin)) {
    console.error(`with-server.mjs: --stateful needs the project's mock server (${mockBin})`);
    process.exit(2);
}
const useMock = stateful || (existsSync(mockBin) && process.env.SAIS_SMOKE_SERVER !== 'stub');
if (!useMock) console.log('(using the in-process stub server, not packages/mock-server)');
const server = useMock ? await startMock(mockBin) : await startStub();
console.log(`server: ${server.url}`);
const child = spawn(command[0], command.slice(1), {stdio: 'inherit', env: {
    ...process.env,
    SAIS_BASE_URL: `${server.url}/api/v1`,
    // What `new SecureAIStudio()` reads (R4.1): the README examples construct it without options.
    SECURE_AI_STUDIO_BASE_URL: `${server.url}/api/v1`,
    SECURE_AI_STUDIO_API_KEY: process.env.SECURE_AI_STUDIO_API_KEY ?? 'sk_test_example',
}});
child.on('exit', (code, signal) => {
    server.stop();
    process.exit(code ?? (signal ? 1 : 0));
});
// Stopped from outside (timeout, Ctrl-C): the server goes with us.
for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
        child.kill(sig);
        server.stop();
        process.exit(1);
    });
}
