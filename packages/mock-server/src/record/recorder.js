import http from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadSpec } from '../spec/load-spec.js';
import { listOperations } from '../spec/operations.js';
import { basePaths } from '../spec/base-paths.js';
import { createAjvPair } from '../validation/create-ajv.js';
import { compileOperation } from '../validation/compile-operation.js';
import { createResponseValidators } from '../validation/response-validators.js';
import { buildRouter } from '../http/router.js';
import { readBody } from '../http/read-body.js';
import { forward, clientHeaders } from './forward.js';
import { checkRequest } from './check-request.js';
import { parseSse } from './parse-sse.js';
import { createRedactor } from './redact.js';
import { toContract, scenarioName, isRetryable, isRefresh } from './to-contract.js';
import { readUpload } from './upload.js';

/**
 * Record mode (`sais-mock record`): a reverse proxy in front of a real server. Every exchange
 * is forwarded to `upstream`, validated against the spec in both directions (violations
 * reported with their JSON pointer), and written under `out` as a contract of
 * docs/contracts.md, one file per scenario: a request and the retries of it that follow a
 * retryable answer, or a request answered 401, the token refresh that follows and the repeated
 * request (R1.4). Multipart uploads become `call: upload` contracts with the file next to them.
 * Files are `<first tag>/<operation>-<outcome>.yaml`, never overwritten.
 *
 * @param {object} o
 * @param {string} o.spec the OpenAPI document
 * @param {string} o.upstream the real server's base URL (its path prefixes the request path)
 * @param {string} o.out folder to write contracts to
 * @param {string[]} [o.secrets] values never to write (replaced wherever they appear)
 * @param {(line: string) => void} [o.log] told about every violation and written file
 * @param {string} [o.root] folder `bodyFile` paths are relative to (default: cwd)
 */
export function createRecorder(o) {
  const spec = loadSpec(o.spec);
  const ajvPair = createAjvPair(spec.doc);
  const raw = listOperations(spec.doc);
  const compiled = raw.map((op) => compileOperation(op, spec, ajvPair));
  const rawById = new Map(raw.map((op) => [op.operationId, op]));
  const router = buildRouter(compiled, basePaths(spec.doc));
  const validators = createResponseValidators(spec.doc, ajvPair);
  const redact = createRedactor(o.secrets ?? []);
  const log = o.log ?? (() => {});
  const root = o.root ?? process.cwd();
  const used = new Set();
  const written = [];
  let open = null; // the scenario the next retry would join
  let pending = Promise.resolve();

  const server = http.createServer((req, res) => {
    readBody(req, 64 * 1024 * 1024, (err, body) => {
      if (err) return void res.destroy();
      // Exchanges are recorded one after another, so retries group with what they retry.
      pending = pending.then(() => exchange(req, res, body)).catch((e) => {
        log(`sais-mock record: could not record ${req.method} ${req.url}: ${e.message}`);
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end(`sais-mock record: ${e.message}\n`);
      });
    });
  });

  async function exchange(req, res, body) {
    const request = { method: req.method, url: req.url, headers: req.headers, body };
    redact.learnCredentials(req.headers);
    const checked = await checkRequest(router, request);
    let upstreamAnswer;
    try {
      upstreamAnswer = await forward(o.upstream, request);
    } catch (e) {
      log(`sais-mock record: ${req.method} ${req.url}: the upstream failed (${e.message}); answered 502, nothing written`);
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`sais-mock record: the upstream failed: ${e.message}\n`);
      return;
    }
    res.writeHead(upstreamAnswer.status, clientHeaders(upstreamAnswer.rawHeaders).concat(['Content-Length', String(upstreamAnswer.body.length)]));
    res.end(req.method === 'HEAD' ? undefined : upstreamAnswer.body);

    const opId = checked.op?.operationId ?? '(no operation)';
    report(opId, 'request', checked.violations);
    if (checked.op === null) return;
    const rawOp = rawById.get(checked.op.operationId);
    const response = readResponse(upstreamAnswer);
    const responseViolations = checkResponse(rawOp, response);
    report(opId, 'response', responseViolations);
    if (!CONTRACT_METHODS.has(req.method)) return log(`sais-mock record: ${opId}: ${req.method} is not a method contracts record; not written`);
    if (checked.violations.length || responseViolations.length) return log(`sais-mock record: ${opId} ${response.status}: not written (the exchange breaks the spec)`);

    let upload;
    if (checked.multipart !== null) {
      upload = await readUpload({ headers: req.headers, body, rawOp, doc: spec.doc, out: o.out, root });
      if (upload.problem) return log(`sais-mock record: ${opId} ${response.status}: not written (${upload.problem})`);
    }

    const url = new URL(req.url, 'http://x');
    const entry = {
      op: checked.op,
      rawOp,
      found: checked.found,
      request: { method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body: checked.body, upload },
      response,
      signature: signature(req, url, body),
    };
    const last = open?.exchanges.at(-1);
    if (open && open.refreshAt === null && last.response.status === 401 && open.exchanges[0].request.headers.authorization !== undefined && isRefresh(entry.request)) {
      open.exchanges.push(entry); // R1.4: the refresh after a 401 belongs to the call it unblocks
      open.refreshAt = open.exchanges.length - 1;
    } else if (open && open.signature === entry.signature && (isRetryable(last.response) || (open.refreshAt === open.exchanges.length - 1 && last.response.status < 300))) {
      open.exchanges.push(entry); // a retry, or the repeat after a successful refresh
    } else {
      open = { signature: entry.signature, exchanges: [entry], file: null, refreshAt: null };
    }
    write(open);
  }

  function readResponse(answer) {
    const type = String(answer.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const out = { status: answer.status, headers: answer.headers, json: undefined, text: '', events: null, bytes: null, bodyFile: null };
    if (answer.body.length === 0) return out;
    if (type === 'text/event-stream') {
      out.events = parseSse(answer.body.toString('utf8')).map((e) => ({ ...(e.id !== undefined ? { id: e.id } : {}), event: e.event, data: parseJson(e.data) }));
    } else if (/json$/.test(type)) {
      out.json = parseJson(answer.body.toString('utf8'));
    } else if (type.startsWith('text/')) {
      out.text = answer.body.toString('utf8');
    } else {
      out.bytes = answer.body;
    }
    return out;
  }

  function checkResponse(rawOp, response) {
    const found = validators.check(rawOp, response.status, response.headers['content-type'], response.json) ?? [];
    for (const [i, e] of (response.events ?? []).entries()) {
      for (const v of validators.checkEvent(rawOp, e.data) ?? []) found.push({ ...v, name: `/events/${i}/data${v.name}` });
    }
    return found;
  }

  function report(opId, direction, violations) {
    for (const v of violations) log(`sais-mock record: ${opId} ${direction} ${v.location}${v.name ? ` ${v.location === 'body' ? v.name || '/' : v.name}` : ''}: ${v.message}`);
  }

  function write(scenario) {
    const exchanges = scenario.exchanges;
    const tag = exchanges[0].rawOp.operation.tags?.[0] ?? 'untagged';
    const base = `${tag}/${scenarioName(exchanges)}`;
    if (scenario.file === null || !scenario.file.startsWith(`${base}`)) {
      // A retry renames its scenario (`…-raises-429-…` → `…-retries-429-then-returns-201`).
      if (scenario.file !== null) {
        const old = path.join(o.out, `${scenario.file}.yaml`);
        rmSync(old, { force: true });
        used.delete(scenario.file);
        if (written.includes(old)) written.splice(written.indexOf(old), 1);
      }
      let name = base;
      for (let n = 2; used.has(name) || existsSync(path.join(o.out, `${name}.yaml`)); n++) name = `${base}-${n}`;
      used.add(name);
      scenario.file = name;
    }
    for (const x of exchanges) {
      if (x.response.bytes !== null && x.response.bodyFile === null) {
        const hash = createHash('sha256').update(x.response.bytes).digest('hex').slice(0, 16);
        const file = path.join(o.out, 'files', `${hash}.bin`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, x.response.bytes);
        x.response.bodyFile = path.relative(root, file).split(path.sep).join('/');
      }
    }
    const contract = toContract(scenario.file, exchanges, redact, { upstream: o.upstream });
    const text = `# Recorded by sais-mock record through ${new URL(o.upstream).origin}; secrets are replaced by the contract credentials.\n${yaml.dump(contract, { lineWidth: 120, noRefs: true })}`;
    if (redact.leaks(text)) throw new Error(`the contract for ${scenario.file} would hold a secret; not written`);
    const file = path.join(o.out, `${scenario.file}.yaml`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    if (!written.includes(file)) written.push(file);
    log(`sais-mock record: wrote ${shown(file)} (${exchanges.length} exchange${exchanges.length > 1 ? 's' : ''})`);
  }

  return {
    server,
    /** The contract files written so far. */
    written,
    /** Resolves once every exchange received so far is recorded. */
    settled: () => pending,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve({ port: server.address().port, url: `http://${host}:${server.address().port}` });
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      });
    },
  };
}

// The methods of docs/contracts.md's recorded requests (HEAD and OPTIONS are passed on only).
const CONTRACT_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function signature(req, url, body) {
  const h = req.headers;
  return createHash('sha256').update(JSON.stringify([req.method, url.pathname, url.search, h['idempotency-key'] ?? '', h['if-match'] ?? '', body.toString('base64')])).digest('hex');
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}


// A path as the user would type it: relative inside the current folder, else absolute.
function shown(file) {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? path.resolve(file) : rel;
}
