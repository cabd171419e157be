import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startMock, AUTH } from './helpers/mock.js';
import { startContractMock } from './helpers/contracts.js';

// Every case here once crashed the process or got an answer without a body. After each one the
// server must still answer the next normal request.

const BOUNDARY = 'sais-hostile';
// A file part whose closing boundary never comes: busboy errors the part's file stream.
const TRUNCATED_MULTIPART =
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n partial`;
const multipartInit = (headers = {}) => ({
  method: 'POST',
  headers: { ...headers, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  body: TRUNCATED_MULTIPART,
});

/** Raw bytes over one connection; resolves to everything the server sent before closing. */
function rawExchange(port, bytes, { timeoutMs = 10_000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within ${timeoutMs} ms; got ${JSON.stringify(data.slice(0, 200))}`));
    }, timeoutMs);
    socket.setEncoding('latin1');
    socket.on('data', (c) => (data += c));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseResponse(data));
    });
    socket.on('error', () => {}); // a reset after the answer still resolves through 'close'
    socket.write(bytes);
  });
}

function parseResponse(text) {
  const end = text.indexOf('\r\n\r\n');
  const head = end === -1 ? text : text.slice(0, end);
  const [statusLine, ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  const body = end === -1 ? '' : text.slice(end + 4);
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { raw: text, status: Number(statusLine.slice(9, 12)), headers, body, json };
}

function assertProblem(r, status, detailPattern) {
  assert.equal(r.status, status, r.raw?.slice(0, 300) ?? r.text);
  const type = r.headers.get ? r.headers.get('content-type') : r.headers['content-type'];
  assert.equal(type, 'application/problem+json');
  assert.equal(r.json.status, status);
  assert.match(r.json.requestId, /^req_[0-9A-Za-z]{8,40}$/);
  if (detailPattern) assert.match(r.json.detail, detailPattern);
}

describe('hostile input: spec mode', () => {
  let m;
  let port;
  before(async () => {
    m = await startMock({ headersTimeout: 600, requestTimeout: 1500 });
    port = Number(new URL(m.url).port);
  });
  after(() => {
    assert.deepEqual(m.internalErrors.map((e) => e.message), [], 'no request should reach the last-resort handler');
    return m.close();
  });
  const stillServing = async () => assert.equal((await m.api('/health/live')).status, 200, 'the server answers the next request');

  it('answers a truncated multipart body (file part without closing boundary) with 400 problem+json', async () => {
    const r = await m.api('/assets', multipartInit(AUTH));
    assertProblem(r, 400, /not valid multipart\/form-data: Unexpected end of form/);
    assert.deepEqual(r.json.errors, [{ location: 'body', name: '', message: 'not valid multipart/form-data: Unexpected end of form' }]);
    await stillServing();
  });

  it('survives many truncated multipart bodies in a row, cut at every length', async () => {
    for (let cut = 1; cut < TRUNCATED_MULTIPART.length; cut += 7) {
      const r = await m.api('/assets', { ...multipartInit(AUTH), body: TRUNCATED_MULTIPART.slice(0, cut) });
      assert.ok(r.status === 400 || r.status === 422, `cut at ${cut}: ${r.status} ${r.text}`);
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
    }
    await stillServing();
  });

  it('answers JSON nested 100,000 levels deep without a stack overflow', async () => {
    const depth = 100_000;
    for (const body of ['['.repeat(depth) + ']'.repeat(depth), '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), '['.repeat(depth)]) {
      const r = await m.api('/templates', { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body });
      assert.ok(r.status === 400 || r.status === 422, `${r.status} ${r.text.slice(0, 200)}`);
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
    }
    await stillServing();
  });

  it('answers malformed HTTP with problem+json: 431 for a 100 KB header, 400 for NUL, bad method, negative Content-Length', async () => {
    const cases = [
      [`GET /api/v1/health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100 * 1024)}\r\n\r\n`, 431, /headers are larger/],
      ['GET /api/v1/health/live HTTP/1.1\r\nHost: x\r\nX-Nul: a\x00b\r\n\r\n', 400, /character HTTP does not allow/],
      ['G@T /api/v1/health/live HTTP/1.1\r\nHost: x\r\n\r\n', 400, /method is not a valid HTTP token/],
      ['POST /api/v1/templates HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n', 400, /Content-Length/],
      ['GARBAGE \x00\x01 NOT-HTTP\r\n\r\n', 400, /could not be read/],
    ];
    for (const [bytes, status, detail] of cases) {
      const r = await rawExchange(port, bytes);
      assertProblem(r, status, detail);
      assert.equal(r.headers['x-request-id'], r.json.requestId);
      assert.equal(r.headers.connection, 'close');
      assert.equal(Number(r.headers['content-length']), Buffer.byteLength(r.body));
      await stillServing();
    }
  });

  it('times out a client that sends its headers byte by byte and stalls, while serving others', async () => {
    const started = Date.now();
    const slow = new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let data = '';
      socket.setEncoding('latin1');
      socket.on('data', (c) => (data += c));
      socket.on('close', () => resolve({ ...parseResponse(data), ms: Date.now() - started }));
      socket.on('error', () => {});
      const bytes = 'GET /api/v1/health/live HTTP/1.1\r\nHost: x\r\nX-Slow: ';
      let i = 0;
      const drip = setInterval(() => {
        if (socket.destroyed || i >= bytes.length) return clearInterval(drip); // then it stalls
        socket.write(bytes[i++]);
      }, 5);
    });
    // Stalled connections hold nothing the others need.
    const stalled = Array.from({ length: 20 }, () => net.connect(port, '127.0.0.1').on('error', () => {}));
    for (const s of stalled) s.write('POST /api/v1/templates HTTP/1.1\r\nHost: x\r\nContent-Le');
    for (let i = 0; i < 5; i++) await stillServing();
    const r = await slow;
    assertProblem(r, 408, /not received in time/);
    assert.ok(r.ms < 5000, `timed out after ${r.ms} ms`);
    for (const s of stalled) s.destroy();
    await stillServing();
  });

  it('times out a client that trickles its body and never finishes it', async () => {
    const started = Date.now();
    const r = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let data = '';
      socket.setEncoding('latin1');
      socket.on('data', (c) => (data += c));
      socket.on('close', () => resolve({ ...parseResponse(data), ms: Date.now() - started }));
      socket.on('error', () => {});
      socket.write('POST /api/v1/templates HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
      const drip = setInterval(() => (socket.destroyed ? clearInterval(drip) : socket.write(' ')), 50);
    });
    assert.ok(r.ms < 6000, `cut off after ${r.ms} ms`);
    assert.ok(r.raw === '' || r.status === 408, `either closed or 408, got ${r.raw.slice(0, 200)}`);
    await stillServing();
  });
});

describe('hostile input: contract mode', () => {
  let m;
  before(async () => {
    m = await startContractMock();
  });
  after(() => {
    assert.deepEqual(m.internalErrors.map((e) => e.message), []);
    return m.close();
  });

  it('answers a truncated multipart body in a session with 400 problem+json and records the mismatch', async () => {
    const s = await m.session('assets/upload-sends-the-file-and-description');
    const r = await s.api('/assets', multipartInit({ 'x-api-key': 'sk_test_contract' }));
    assertProblem(r, 400, /not valid multipart\/form-data/);
    const report = await s.report();
    assert.deepEqual(report.mismatches, ['exchange 0: body: malformed multipart body: Unexpected end of form']);
    assert.equal((await m.raw('/_contracts')).status, 200, 'the server answers the next request');
  });

  it('answers a truncated multipart body to a spec-mode path beside the sessions', async () => {
    const r = await call(m.url, '/api/v1/assets', multipartInit({ 'x-api-key': 'k' }));
    assertProblem(r, 400);
    assert.equal((await m.raw('/_contracts')).status, 200);
  });
});

async function call(url, p, init) {
  const res = await fetch(`${url}${p}`, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) };
}
