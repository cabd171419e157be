import http from 'node:http';
import { loadSpec, checkDocument } from './spec/load-spec.js';
import { listOperations } from './spec/operations.js';
import { basePaths } from './spec/base-paths.js';
import { createAjvPair } from './validation/create-ajv.js';
import { compileOperation } from './validation/compile-operation.js';
import { buildRouter } from './http/router.js';
import { createRequestHandler } from './http/handle-request.js';
import { createClientErrorHandler } from './http/client-error.js';
import { createSpecResponder } from './modes/spec-mode.js';
import { buildProblemCatalog } from './responses/problem-catalog.js';
import { createRequestIdSource } from './http/request-id.js';
import { SpecError } from './spec/spec-error.js';
import { createContractMode } from './modes/contract-mode.js';
import { loadContractsBundle, prepareContracts } from './contracts/load-bundle.js';
import { withFaults } from './faults/apply-faults.js';
import { createChaos } from './faults/chaos.js';
import { seededRandom } from './faults/seeded-random.js';
import { createStatefulMode } from './stateful/stateful-mode.js';
import { withGraphql } from './graphql/index.js';

export const DEFAULT_MAX_BODY_SIZE = 10 * 1024 * 1024;
export const DEFAULT_HEADERS_TIMEOUT = 20_000;
export const DEFAULT_REQUEST_TIMEOUT = 60_000;

/**
 * Builds a mock server for an OpenAPI 3.0 document. Everything is compiled here, once:
 * the route table, ajv validators and the serialised example responses.
 *
 * @param {object} options
 * @param {string} [options.spec] path to the OpenAPI document (YAML or JSON)
 * @param {object} [options.document] an already-parsed document (with `specDir` for files)
 * @param {number} [options.maxBodySize] largest accepted request body in bytes (default 10 MiB)
 * @param {number} [options.headersTimeout] ms a client has to send the request headers (20 s)
 * @param {number} [options.requestTimeout] ms a client has to send the whole request (60 s)
 * @param {(ctx) => void} [options.respond] a responder replacing spec mode's answers; it gets `{ req, res, op, requestId, params, query, body, media }` for a valid request (`media`: the body's declared media type, `{ mediaType, kind, schema }`, null without a body)
 * @param {string} [options.contractsBundle] a contracts bundle (JSON array, docs/contracts.md):
 *   adds contract mode, its sessions served beside spec mode under `/_contracts` and `/_sessions`
 * @param {object[]} [options.contracts] the same bundle, already parsed
 * @param {string} [options.contractsRoot] folder `bodyFile` paths are relative to (default: cwd)
 * @param {number} [options.maxSessions] contract sessions kept before the oldest is dropped (10,000)
 * @param {(err, req) => void} [options.onInternalError] told about unexpected failures
 * @param {boolean|object} [options.stateful] stateful mode (src/stateful/): resources kept in
 *   memory per collection; an object may set `stepMs`, the time a long-running resource spends
 *   in each state (default 1000)
 * @param {number} [options.chaos] share of valid requests (0–1) answered with a fault (faults/chaos.js)
 * @param {number} [options.seed] seeds chaos and stateful mode's generated IDs (default 1)
 * @param {(entry) => void} [options.onFault] told about every fault, with its request ID
 * @param {(entry) => void} [options.onViolation] told when a stateful answer would break the spec
 *   (`{operationId, status, violations}`); spec mode answers instead
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
  const nextRequestId = createRequestIdSource();
  const maxBodySize = options.maxBodySize ?? DEFAULT_MAX_BODY_SIZE;
  const seed = options.seed ?? 1;
  const specResponder = createSpecResponder({ problemFor });
  const stateful = options.stateful
    ? createStatefulMode({ operations, doc: spec.doc, basePath: bases[0], problemFor, specResponder, seed, ajvPair, onViolation: options.onViolation, ...(typeof options.stateful === 'object' ? options.stateful : {}) })
    : null;
  // Faults wrap whichever responder runs; spec mode without them pays one header check.
  const chaos = options.chaos ? createChaos({ rate: options.chaos, random: seededRandom(seed ^ 0x5eed) }) : null;
  // Operations with x-graphql-schema are answered by src/graphql/ in spec and stateful mode.
  const graphql = options.respond ? null : withGraphql(stateful?.respond ?? specResponder, { spec, basePath: bases[0], problemFor });
  const faults = withFaults(options.respond ?? graphql.respond, { problemFor, chaos, onFault: options.onFault });
  const specHandler = createRequestHandler({
    router,
    problemFor,
    nextRequestId,
    respond: faults.respond,
    maxBodySize,
    onInternalError: options.onInternalError,
  });
  const contractMode = createContractModeFor(options, bases[0], nextRequestId, maxBodySize);
  // Without a bundle spec mode runs untouched; with one, its requests pay a single character check.
  const admin = [contractMode, stateful].filter((m) => m !== null);
  const handler = admin.length === 0
    ? specHandler
    : (req, res) => {
        if (req.url.charCodeAt(1) === 95 /* "_" */ && admin.some((m) => m.handle(req, res, nextRequestId))) return;
        specHandler(req, res);
      };
  // Slow clients are timed out (408 problem) so a trickle of bytes cannot hold a connection.
  const headersTimeout = options.headersTimeout ?? DEFAULT_HEADERS_TIMEOUT;
  const requestTimeout = Math.max(options.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT, headersTimeout);
  const server = http.createServer({
    keepAliveTimeout: 65_000,
    headersTimeout,
    requestTimeout,
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(headersTimeout / 4))),
  }, handler);
  server.on('clientError', createClientErrorHandler({ problemFor, nextRequestId }));
  const compileMs = performance.now() - started;

  return {
    server,
    operations,
    basePaths: bases,
    compileMs,
    /** Contract mode (`{ sessions }`), or null without a contracts bundle. */
    contractMode,
    /** Stateful mode (`{ store, reset() }`), or null. */
    stateful,
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
      contractMode?.close();
      stateful?.close();
      graphql?.close();
      faults.close();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      });
    },
  };
}

function createContractModeFor(options, basePath, nextRequestId, maxBodySize) {
  if (options.contractsBundle === undefined && options.contracts === undefined) return null;
  const root = options.contractsRoot ?? process.cwd();
  const contracts = options.contractsBundle !== undefined
    ? loadContractsBundle(options.contractsBundle, { root })
    : prepareContracts(options.contracts, { root });
  return createContractMode({ contracts, basePath, nextRequestId, maxBodySize, maxSessions: options.maxSessions, onInternalError: options.onInternalError });
}
