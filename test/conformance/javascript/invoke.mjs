// Calls the JavaScript SDK the way a contract says, for any operation: the operationId is looked
// up in the table operations.mjs reads from the SDK (client.<resource>.<method>), and the
// contract's input is laid out as that method's arguments. What the SDK cannot do is reported as such, never done by
// the driver on its behalf.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { operations, sdk } from './operations.mjs';

/** Credentials every driver uses (docs/contracts.md, Drivers). */
export const CREDENTIALS = {
  apiKey: 'sk_test_contract',
  accessToken: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl',
  refreshToken: 'rt_contractrefreshtoken0001',
};

/**
 * The SDK's client options for the contract's `client` options; `new SecureAIStudio(...)` is built
 * in perform(), once the input's undeclared headers are known. The SDK has a setting for every
 * contract option, so nothing goes to `notes` (which the verdict quotes when a contract fails).
 */
export function buildClient(contract, baseURL) {
  const { auth, maxRetries, timeoutMs } = contract.client ?? {};
  // No credentials from the environment: the contract says which, if any.
  const options = { baseURL, apiKey: undefined, accessToken: undefined };
  if (auth === 'apiKey') options.apiKey = CREDENTIALS.apiKey;
  if (auth === 'bearer' || auth === 'bearerWithRefresh') options.accessToken = CREDENTIALS.accessToken;
  if (auth === 'bearerWithRefresh') options.refreshToken = CREDENTIALS.refreshToken;
  if (maxRetries !== undefined) options.maxRetries = maxRetries;
  if (timeoutMs !== undefined) options.timeout = timeoutMs; // ms per attempt
  return options;
}

/**
 * The method's arguments `(...pathParams, body?, params?, options?)` and the client's default
 * headers for the contract's input; an input that does not fit is an Error.
 */
async function argumentsFor(op, contract, root) {
  const input = contract.input ?? {};
  const path = op.path.map((name) => input.path?.[name]);
  for (const name of Object.keys(input.path ?? {})) {
    if (!op.path.includes(name)) throw new Error(`input.path.${name} is no path parameter of ${op.id}`);
  }
  const params = {};
  for (const [name, value] of Object.entries(input.query ?? {})) {
    const key = op.params.query.get(name);
    if (!key) throw new Error(`input.query.${name} is no query parameter of ${op.id}`);
    params[key] = value;
  }
  const options = {};
  const defaultHeaders = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    const wire = [...op.params.header.keys()].find((key) => key.toLowerCase() === name.toLowerCase());
    if (wire) params[op.params.header.get(wire)] = value;
    else if (name.toLowerCase() === 'idempotency-key' && op.idempotencyHeader) options.idempotencyKey = value;
    // A header the operation does not declare can only travel as one of the client's default headers.
    else defaultHeaders[name] = value;
  }

  const hasForm = op.params.form.size > 0;
  let body;
  if (hasForm) {
    body = { ...input.body };
    if (contract.call === 'upload') {
      if (!input.file) throw new Error('an upload contract needs input.file');
      const bytes = await readFile(resolve(root, input.file.path));
      body.file = new File([bytes], basename(input.file.path), { type: input.file.contentType });
    }
    for (const name of Object.keys(body)) {
      if (!op.params.form.has(name)) throw new Error(`${name} is no multipart field of ${op.id}`);
    }
  } else if (contract.call === 'upload') {
    throw new Error(`${op.id} takes no multipart body, but the contract's call is upload`);
  } else if (op.body) {
    body = input.body ?? undefined;
  } else if (input.body !== undefined) {
    throw new Error(`${op.id} takes no request body, but input.body is given`);
  }
  const hasParams = op.params.query.size > 0 || op.params.header.size > 0;
  const args = [...path, ...(hasForm || op.body ? [body] : []), ...(hasParams ? [params] : [])];
  return { args, options, defaultHeaders };
}

const typeName = (value) => (value === null ? 'null' : value?.constructor?.name ?? typeof value);

/** The class name of `value` and of each of its ancestors, nearest first. */
function classChain(value) {
  const names = [];
  for (let proto = Object.getPrototypeOf(value ?? {}); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    names.push(proto.constructor?.name ?? '?');
  }
  return names;
}

/** A Headers object or a plain header record as `{name: value}`. */
function headerRecord(headers) {
  if (headers == null || typeof headers !== 'object') return undefined;
  if (typeof headers.entries === 'function' && !Array.isArray(headers)) return Object.fromEntries(headers.entries());
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)]));
}

/**
 * What was raised, as the driver protocol reports it (docs/contracts.md, Driver results): the
 * class name as the SDK spells it and its ancestors (the runner maps them to neutral names),
 * status, code, requestId, message, the response headers, the causes' messages and the error's
 * other own fields (the runner checks none holds a secret, R5.5).
 */
function describeError(error) {
  const [own, ...ancestors] = classChain(error);
  const type = error?.name && error.name !== 'Error' ? error.name : own ?? typeof error;
  const causes = [];
  for (let cause = error?.cause, n = 0; cause && n < 10; cause = cause.cause, n++) {
    causes.push(String(cause.code && !String(cause.message ?? '').includes(cause.code) ? `${cause.code}: ${cause.message}` : cause.message ?? cause));
  }
  let fields = {};
  try {
    fields = JSON.parse(JSON.stringify(error)) ?? {};
  } catch {
    // a field that does not serialise is not reported
  }
  const headers = headerRecord(error?.headers ?? error?.response?.headers);
  return {
    error: {
      type,
      ancestors: own === type ? ancestors : [own, ...ancestors].filter(Boolean),
      status: error?.status,
      code: error?.code,
      requestId: error?.requestId,
      message: String(error?.message ?? error),
      ...(headers ? { headers } : {}),
      causes,
      fields,
    },
  };
}

/** The contract's `input.wait` ({intervalMs, maxIntervalMs, timeoutMs}) as the SDK's waiter options. */
function waitOptions(wait = {}) {
  const names = { intervalMs: 'interval', maxIntervalMs: 'maxInterval', timeoutMs: 'timeout' };
  return Object.fromEntries(Object.entries(wait).map(([key, value]) => {
    if (!(key in names)) throw new Error(`input.wait.${key} is not a waiter option (${Object.keys(names).join(', ')})`);
    return [names[key], value];
  }));
}

/**
 * `(document, variables?, options?)` of a GraphQL method from the contract's `input.body`
 * (`query`, `variables`, `operationName`, each passed only when given) and the call's options.
 */
function graphqlArguments(body = {}, options = {}) {
  for (const key of Object.keys(body)) {
    if (!['query', 'variables', 'operationName'].includes(key)) throw new Error(`input.body.${key} is no GraphQL request field (query, variables, operationName)`);
  }
  const graphqlOptions = { ...options, ...(body.operationName !== undefined ? { operationName: body.operationName } : {}) };
  const args = [body.query, body.variables];
  if (Object.keys(graphqlOptions).length) args.push(graphqlOptions);
  else if (body.variables === undefined) args.pop();
  return args;
}

const isAsyncIterable = (value) => value != null && typeof value[Symbol.asyncIterator] === 'function';

function bytesOf(value) {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return null;
}

/**
 * Performs the contract's `call` and reports what came back or was raised; `{unsupported}`
 * says what the SDK lacks for this kind of call.
 */
export async function perform(clientOptions, contract, root) {
  const op = operations().get(contract.operation);
  if (!op) throw new Error(`the JavaScript SDK has no operation '${contract.operation}'`);
  const { args, options, defaultHeaders } = await argumentsFor(op, contract, root);
  const client = new sdk.SecureAIStudio({ ...clientOptions, ...(Object.keys(defaultHeaders).length ? { defaultHeaders } : {}) });
  const resource = client[op.resource];
  const call = contract.call ?? 'call';
  // `wait`: the waiter the client offers beside this poll operation (x-waiter), e.g. jobs.waitFor.
  if (call === 'wait' && !op.waiter) return { unsupported: `the SDK has no waiter polling ${op.id} (client.${op.resource} has none)` };
  // `query`/`subscribe`: the GraphQL methods of the operation's resource (x-graphql), e.g. graphql.query.
  const graphqlMethod = call === 'query' || call === 'subscribe' ? op.graphql?.[call] : undefined;
  if ((call === 'query' || call === 'subscribe') && !graphqlMethod) {
    return { unsupported: `the SDK has no GraphQL ${call} method over ${op.id} (client.${op.resource} has none)` };
  }
  try {
    const returned = call === 'wait'
      ? resource[op.waiter](...args.slice(0, op.path.length), waitOptions(contract.input?.wait))
      : graphqlMethod
        ? resource[graphqlMethod](...args.slice(0, op.path.length), ...graphqlArguments(contract.input?.body, options))
        : resource[op.method](...args, ...(Object.keys(options).length ? [options] : []));
    switch (call) {
      case 'paginate': {
        // An auto-paginating SDK hands back an async iterable (possibly a thenable one).
        const iterable = isAsyncIterable(returned) ? returned : await returned;
        if (isAsyncIterable(iterable)) {
          const items = [];
          for await (const item of iterable) items.push(item?.id);
          return { items };
        }
        const ids = Array.isArray(iterable?.data) ? iterable.data.map((item) => item?.id) : [];
        return {
          unsupported: `the SDK has no auto-pagination yet: ${op.id} resolved to one ${typeName(iterable)} page `
            + `(items [${ids.join(', ')}], nextCursor ${JSON.stringify(iterable?.nextCursor ?? null)}), not an async iterable`,
        };
      }
      case 'events': {
        const stream = isAsyncIterable(returned) ? returned : await returned;
        if (isAsyncIterable(stream)) {
          const events = [];
          for await (const { event, data } of stream) events.push({ event, data: JSON.parse(JSON.stringify(data)) });
          return { events };
        }
        const size = typeof stream === 'string' ? ` of ${stream.length} characters` : '';
        return { unsupported: `the SDK has no SSE iterator yet: ${op.id} resolved to a ${typeName(stream)}${size} (the raw stream), not an async iterable of events` };
      }
      case 'subscribe': {
        const payloads = [];
        for await (const payload of returned) payloads.push({ event: 'next', data: JSON.parse(JSON.stringify(payload)) });
        return { events: payloads };
      }
      case 'download': {
        const returnedValue = await returned;
        // A binary result object (R9.2) gives its body through bytes().
        const value = typeof returnedValue?.bytes === 'function' ? await returnedValue.bytes() : returnedValue;
        const bytes = value instanceof Blob ? new Uint8Array(await value.arrayBuffer()) : bytesOf(value);
        if (!bytes) return { unsupported: `${op.id} resolved to a ${typeName(value)}, not bytes` };
        return { bytes: { length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } };
      }
      default: { // call, upload, wait, query
        const result = await returned;
        // An empty (204) answer decodes to null; contracts write it as null.
        return { result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
      }
    }
  } catch (error) {
    return describeError(error);
  }
}
