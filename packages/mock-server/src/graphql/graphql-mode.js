import http from 'node:http';
import { GraphQLError, execute, getOperationAST, parse, subscribe, validate } from 'graphql';
import { listOperations } from '../spec/operations.js';
import { send, sendProblem } from '../http/send.js';
import { toPayload } from '../http/payload.js';
import { loadGraphqlSchema } from './load-schema.js';
import { createRestCaller } from './rest-call.js';
import { negotiate, EVENT_STREAM } from './negotiate.js';
import { readParams } from './read-params.js';
import { nestingDepth } from './nesting-depth.js';

// The `extensions.code` of request errors, as GraphQL servers commonly name them (Apollo's), so
// SDKs can tell a document that does not parse from one that does not validate (R5.3).
const PARSE_FAILED = 'GRAPHQL_PARSE_FAILED';
const VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED';
const BAD_REQUEST = 'BAD_REQUEST';

/** `error` with `extensions.code` set, unless it has one. */
function coded(error, code) {
  if (error.extensions?.code !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes, source: error.source, positions: error.positions, path: error.path,
    originalError: error.originalError, extensions: { ...error.extensions, code },
  });
}

/** Root fields (REST calls) one document may run. */
export const MAX_REST_CALLS = 50;
/** Tokens one document may have (graphql-js's own limit). */
export const MAX_TOKENS = 10_000;
/** Nesting one document may have (the schema itself is less than 10 levels deep). */
export const MAX_DEPTH = 64;

/**
 * GraphQL over HTTP for every operation that names its SDL in `x-graphql-schema`: the document
 * is parsed and validated against the SDL (graphql-js), then executed with each root field
 * running its REST operation on this same server (rest-call.js), so spec mode answers from the
 * examples and stateful mode from the store.
 * - `application/graphql-response+json` when the client accepts it, `application/json` otherwise;
 * - a document that does not parse or validate, an unknown operationName or variables that do
 *   not fit: 400 with `{errors}`; a result with `data` (even with field errors): 200;
 * - GET runs queries (and subscriptions); a mutation over GET is 405 with `Allow: POST`;
 * - `Accept: text/event-stream`: GraphQL over SSE, distinct connections mode: one `next` event
 *   per execution result (request errors too), then `complete`.
 * Returns null when the spec has no such operation.
 *
 * @param {object} o
 * @param {{doc, file, dir}} o.spec
 * @param {string} o.basePath
 * @param {(op, status) => object} o.problemFor
 */
export function createGraphqlMode({ spec, basePath, problemFor }) {
  const raw = listOperations(spec.doc);
  const schemas = new Map();
  const byFile = new Map();
  const operationIds = new Set(raw.map((o) => o.operationId));
  for (const o of raw) {
    const file = o.operation['x-graphql-schema'];
    if (file === undefined) continue;
    if (!byFile.has(file)) byFile.set(file, loadGraphqlSchema(spec, o.pointer, file, operationIds));
    schemas.set(o.operationId, byFile.get(file));
  }
  if (schemas.size === 0) return null;
  const agent = new http.Agent({ keepAlive: true });
  const rest = createRestCaller({ operations: new Map(raw.map((o) => [o.operationId, o])), basePath, agent });
  const streams = new Set();

  async function answer(ctx, schema) {
    const { req } = ctx;
    const { sse, mediaType } = negotiate(req.headers.accept);
    const reply = (status, result) => (sse ? streamResults(ctx, [result], streams) : sendResult(ctx, status, mediaType, result));
    const requestError = (error, code = BAD_REQUEST) => reply(400, { errors: [coded(error instanceof GraphQLError ? error : new GraphQLError(error), code)] });

    const params = readParams(ctx);
    if (params.error) return requestError(params.error);
    if (nestingDepth(params.query) > MAX_DEPTH) return requestError(`The document nests more than ${MAX_DEPTH} levels deep.`);
    let document;
    try {
      document = parse(params.query, { maxTokens: MAX_TOKENS });
    } catch (err) {
      return requestError(err instanceof GraphQLError ? err : `The document cannot be parsed: ${err?.message ?? String(err)}.`, PARSE_FAILED);
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return reply(400, { errors: invalid.map((e) => coded(e, VALIDATION_FAILED)) });
    const operation = getOperationAST(document, params.operationName ?? undefined);
    if (operation === null) {
      return requestError(params.operationName
        ? `The document has no operation named ${params.operationName}.`
        : 'The document has several operations: name the one to run in operationName.');
    }
    if (operation.operation === 'mutation' && (req.method === 'GET' || req.method === 'HEAD')) {
      // sendProblem lets this Allow replace the documented one (an example value).
      return sendProblem(ctx.res, req, ctx.requestId, 405, problemFor(ctx.op, 405), {
        detail: 'A mutation cannot run over GET; send it as a POST.',
        extraHeaders: ['Allow', 'POST'],
      });
    }
    // Each root field is one REST call; aliases could multiply one document into thousands.
    let calls = 0;
    const budget = () => {
      if (++calls > MAX_REST_CALLS) throw new GraphQLError(`A document may run at most ${MAX_REST_CALLS} root fields; split it.`);
    };
    const args = {
      schema,
      document,
      operationName: params.operationName ?? undefined,
      variableValues: params.variables ?? undefined,
      contextValue: {
        rest: (operationId, values) => (budget(), rest.call(req, operationId, values)),
        restStream: (operationId, values) => (budget(), rest.stream(req, operationId, values)),
      },
    };
    if (operation.operation === 'subscription') {
      if (!sse) return requestError('A subscription is answered as an event stream: send it with Accept: text/event-stream.');
      const results = await subscribe(args);
      // Errors before the stream starts (variables, a failing REST call) are one result.
      return streamResults(ctx, Symbol.asyncIterator in results ? results : [results], streams);
    }
    const result = await execute(args);
    // No `data` at all means the request failed before execution (variables that do not fit).
    if (!('data' in result)) return reply(400, { ...result, errors: (result.errors ?? []).map((e) => coded(e, BAD_REQUEST)) });
    return reply(200, result);
  }

  return {
    /** The responder for the GraphQL operations; every other operation goes to `next`. */
    wrap(next) {
      return function respond(ctx) {
        const schema = schemas.get(ctx.op.operationId);
        if (schema === undefined) return next(ctx);
        return answer(ctx, schema).catch((err) => failed(ctx, err, problemFor));
      };
    },
    close() {
      for (const stop of streams) stop();
      streams.clear();
      agent.destroy();
    },
  };
}

function sendResult(ctx, status, mediaType, result) {
  const headers = ctx.op.responses.byStatus.get(String(status))?.headers ?? [];
  send(ctx.res, status, headers, mediaType, toPayload(JSON.stringify(result), 'json'), ctx.requestId, ctx.req.method === 'HEAD');
}

// GraphQL over SSE, distinct connections: `next` per result, then `complete` (with an empty
// `data:` line so EventSource dispatches it). The client closing stops the source stream.
async function streamResults(ctx, results, streams) {
  const { res, requestId, op } = ctx;
  const headers = (op.responses.byStatus.get('200')?.headers ?? []).slice();
  headers.push('X-Request-Id', requestId, 'Content-Type', EVENT_STREAM, 'Cache-Control', 'no-cache');
  res.writeHead(200, headers);
  const iterator = results[Symbol.asyncIterator]?.() ?? results[Symbol.iterator]();
  let open = true;
  const stop = () => {
    open = false;
    Promise.resolve(iterator.return?.()).catch(() => {}); // the source is being dropped anyway
    if (!res.writableEnded) res.end();
  };
  streams.add(stop);
  res.on('close', () => {
    if (open) stop();
    streams.delete(stop);
  });
  try {
    for (let step = await iterator.next(); !step.done && open; step = await iterator.next()) {
      res.write(`event: next\ndata: ${JSON.stringify(step.value)}\n\n`);
    }
  } catch (err) {
    // The source stream broke mid-way (the REST stream sent something unreadable): say so in
    // one more result, then complete as usual, so the client is not left guessing.
    if (open) res.write(`event: next\ndata: ${JSON.stringify({ errors: [{ message: `The event stream failed: ${err?.message ?? String(err)}` }] })}\n\n`);
  } finally {
    if (open && !res.writableEnded) res.end('event: complete\ndata:\n\n');
    streams.delete(stop);
  }
}

// Nothing inside GraphQL handling may crash the server or leave the client hanging.
function failed(ctx, err, problemFor) {
  const { req, res, requestId } = ctx;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendProblem(res, req, requestId, 400, problemFor(null, 400), {
    detail: `The mock could not process this GraphQL request: ${err?.message ?? String(err)}.`,
  });
}
