import http from 'node:http';
import { loadSpec, checkDocument } from './spec/load-spec.js';
import { listOperations } from './spec/operations.js';
import { basePaths } from './spec/base-paths.js';
import { createAjvPair } from './validation/create-ajv.js';
import { compileOperation } from './validation/compile-operation.js';
import { buildRouter } from './http/router.js';
import { createRequestHandler } from './http/handle-request.js';
import { createSpecResponder } from './modes/spec-mode.js';
import { buildProblemCatalog } from './responses/problem-catalog.js';
import { createRequestIdSource } from './http/request-id.js';
import { SpecError } from './spec/spec-error.js';

export const DEFAULT_MAX_BODY_SIZE = 10 * 1024 * 1024;

/**
 * Builds a mock server for an OpenAPI 3.0 document. Everything is compiled here, once:
 * the route table, ajv validators and the serialised example responses.
 *
 * @param {object} options
 * @param {string} [options.spec] path to the OpenAPI document (YAML or JSON)
 * @param {object} [options.document] an already-parsed document (with `specDir` for files)
 * @param {number} [options.maxBodySize] largest accepted request body in bytes (default 10 MiB)
 * @param {(ctx) => void} [options.respond] a responder replacing spec mode (contract mode plugs in
 *   here); it gets `{ req, res, op, requestId, params, query, body }` for a valid request
 * @param {(err, req) => void} [options.onInternalError] told about unexpected failures
 * @example
 * const mock = createMockServer({ spec: 'openapi.yaml' });
 * const { url } = await mock.listen(0);
 */
export function createMockServer(options) {
  const started = performance.now();
  const spec = options.document
    ? { doc: checkDocument(options.document, options.spec ?? '<document>'), file: options.spec ?? '<document>', dir: options.specDir ?? process.cwd() }
    : loadSpec(options.spec);
  const ajvPair = createAjvPair(spec.doc);
  const operations = listOperations(spec.doc).map((op) => {
    try {
      return compileOperation(op, spec, ajvPair);
    } catch (err) {
      if (err instanceof SpecError) throw err;
      throw new SpecError(spec.file, op.pointer, `cannot compile ${op.operationId}: ${err.message}`);
    }
  });
  const bases = basePaths(spec.doc);
  const router = buildRouter(operations, bases);
  const problemFor = buildProblemCatalog(operations);
  const handler = createRequestHandler({
    router,
    problemFor,
    nextRequestId: createRequestIdSource(),
    respond: options.respond ?? createSpecResponder({ problemFor }),
    maxBodySize: options.maxBodySize ?? DEFAULT_MAX_BODY_SIZE,
    onInternalError: options.onInternalError,
  });
  const server = http.createServer({ keepAliveTimeout: 65_000 }, handler);
  server.on('clientError', (err, socket) => {
    // Malformed HTTP never reaches the handler; answer it plainly and drop the connection.
    if (socket.writable && !socket.writableEnded) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  const compileMs = performance.now() - started;

  return {
    server,
    operations,
    basePaths: bases,
    compileMs,
    /** Starts listening (port 0 picks a free one); resolves to `{ port, url }`. */
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const actual = server.address().port;
          const shown = host.includes(':') ? `[${host}]` : host;
          resolve({ port: actual, url: `http://${shown}:${actual}` });
        });
      });
    },
    /** Stops accepting connections and closes idle keep-alive ones. */
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      });
    },
  };
}

