import http from 'node:http';
import { GraphQLError } from 'graphql';
import { parseSse } from '../record/parse-sse.js';

// The request headers that carry the caller's identity to the REST operation.
const CREDENTIALS = ['authorization', 'x-api-key', 'cookie'];

/**
 * Runs a REST operation for a GraphQL field by calling this same server over loopback HTTP, so
 * GraphQL answers exactly what REST answers in every mode (spec mode's examples, the stateful
 * store, faults) without a second implementation of any of them. Arguments map to parameters by
 * name (`Idempotency-Key` is `idempotencyKey`, the rule graphql/check enforces), `input` is the
 * JSON body.
 *
 * @param {object} o
 * @param {Map<string, object>} o.operations raw operations by operationId (spec/operations.js)
 * @param {string} o.basePath the server's base path (`/api/v1`)
 * @param {http.Agent} o.agent keep-alive agent, destroyed when the server closes
 */
export function createRestCaller({ operations, basePath, agent }) {
  function request(req, operationId, args, accept) {
    const op = operations.get(operationId);
    if (!op) throw new GraphQLError(`The REST operation ${operationId} does not exist.`);
    let target = op.pathTemplate;
    const query = new URLSearchParams();
    const headers = { accept };
    for (const name of CREDENTIALS) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
    for (const p of op.parameters) {
      const value = args[argName(p.name)];
      if (value === undefined || value === null) continue;
      if (p.in === 'path') target = target.replace(`{${p.name}}`, encodeURIComponent(String(value)));
      else if (p.in === 'query') for (const v of Array.isArray(value) ? value : [value]) query.append(p.name, String(v));
      else if (p.in === 'header') headers[p.name.toLowerCase()] = String(value);
    }
    let body = null;
    if (args.input !== undefined) {
      body = JSON.stringify(args.input);
      headers['content-type'] = 'application/json';
    } else if (op.requestBody === undefined && op.method !== 'GET') headers['content-length'] = '0';
    const search = query.toString();
    const { localAddress, localPort } = req.socket;
    return new Promise((resolve, reject) => {
      const out = http.request({
        host: localAddress,
        port: localPort,
        method: op.method,
        path: `${basePath}${target}${search ? `?${search}` : ''}`,
        headers,
        agent,
      }, resolve);
      out.on('error', (err) => reject(new GraphQLError(`${operationId} could not be called: ${err.message}.`)));
      out.end(body ?? undefined);
    });
  }

  return {
    /** The JSON body of a 2xx answer; a GraphQL error carrying the REST problem otherwise. */
    async call(req, operationId, args) {
      const res = await request(req, operationId, args, 'application/json');
      const text = await readText(res);
      const json = text === '' ? null : JSON.parse(text);
      if (res.statusCode >= 200 && res.statusCode < 300) return json;
      throw problemError(operationId, res.statusCode, json);
    },

    /**
     * An async iterator over the `data` of each event of a REST event stream, ending when the
     * stream does; `return()` (the subscriber went away) closes the REST connection.
     */
    async stream(req, operationId, args) {
      const res = await request(req, operationId, args, 'text/event-stream');
      if (res.statusCode !== 200) {
        const text = await readText(res);
        let json = null;
        try {
          json = JSON.parse(text);
        } catch {
          // a non-JSON failure keeps its status only
        }
        throw problemError(operationId, res.statusCode, json);
      }
      return eventData(res);
    },
  };
}

/** A parameter's GraphQL argument name (the same rule as graphql/check/agreement.mjs). */
export function argName(name) {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p[0].toLowerCase() + p.slice(1) : p[0].toUpperCase() + p.slice(1).toLowerCase())).join('');
}

function problemError(operationId, status, problem) {
  const detail = typeof problem?.detail === 'string' ? problem.detail : typeof problem?.title === 'string' ? problem.title : `HTTP ${status}`;
  return new GraphQLError(`${operationId}: ${detail}`, {
    extensions: {
      status,
      ...(typeof problem?.code === 'string' ? { code: problem.code } : {}),
      ...(typeof problem?.requestId === 'string' ? { requestId: problem.requestId } : {}),
    },
  });
}

function readText(res) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
  });
}

// Events are cut at blank lines as they arrive; each complete block is parsed by parse-sse.js.
async function* eventData(res) {
  res.setEncoding('utf8');
  let buffer = '';
  try {
    for await (const chunk of res) {
      buffer += chunk;
      const blocks = buffer.split(/\r\n\r\n|\n\n|\r\r/);
      buffer = blocks.pop();
      for (const block of blocks) for (const event of parseSse(`${block}\n\n`)) yield JSON.parse(event.data);
    }
    for (const event of parseSse(`${buffer}\n\n`)) yield JSON.parse(event.data);
  } finally {
    res.destroy();
  }
}
