// Calls the JavaScript SDK the way a contract says, for any operation: the operationId is looked
// up in the table operations.mjs reads from the SDK's API classes, and the contract's input is
// laid out as that method's arguments. What the SDK cannot do is reported as such, never done by
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
 * The SDK's client for the contract's `client` options. Options the SDK has no setting for go to
 * `notes`, which the verdict quotes when the contract fails.
 */
export function buildClient(contract, baseURL, notes) {
  const { auth, maxRetries, timeoutMs } = contract.client ?? {};
  const client = new sdk.ApiClient(baseURL);
  if (auth === 'apiKey') client.authentications.apiKeyAuth.apiKey = CREDENTIALS.apiKey;
  if (auth === 'bearer' || auth === 'bearerWithRefresh') client.authentications.bearerAuth.accessToken = CREDENTIALS.accessToken;
  if (auth === 'bearerWithRefresh') {
    if ('refreshToken' in client.authentications.bearerAuth) client.authentications.bearerAuth.refreshToken = CREDENTIALS.refreshToken;
    else notes.push('the SDK has no refresh-token setting');
  }
  if (maxRetries !== undefined) {
    if ('maxRetries' in client) client.maxRetries = maxRetries;
    else if (maxRetries > 0) notes.push(`the SDK has no maxRetries option (the contract asks for ${maxRetries})`);
  }
  if (timeoutMs !== undefined) client.timeout = timeoutMs; // ApiClient#timeout, in ms
  return client;
}

const place = (args, opts, slot, value) => {
  if ('arg' in slot) args[slot.arg] = value;
  else opts[slot.opt] = value;
};

/** The method's arguments for the contract's input; an input that does not fit is an Error. */
async function argumentsFor(op, contract, client, root) {
  const input = contract.input ?? {};
  const args = new Array(op.args.length).fill(undefined);
  const opts = {};
  for (const location of ['path', 'query']) {
    for (const [name, value] of Object.entries(input[location] ?? {})) {
      const slot = op.params[location].get(name);
      if (!slot) throw new Error(`input.${location}.${name} is no ${location} parameter of ${op.id}`);
      place(args, opts, slot, value);
    }
  }
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    const wire = [...op.params.header.keys()].find((key) => key.toLowerCase() === name.toLowerCase());
    // A header the operation does not declare can only travel as one of the client's default headers.
    if (wire) place(args, opts, op.params.header.get(wire), value);
    else client.defaultHeaders[name] = value;
  }

  const body = input.body ?? undefined;
  if (op.params.form.size) {
    const fields = { ...body };
    if (contract.call === 'upload') {
      if (!input.file) throw new Error('an upload contract needs input.file');
      const bytes = await readFile(resolve(root, input.file.path));
      fields.file = new File([bytes], basename(input.file.path), { type: input.file.contentType });
    }
    for (const [name, value] of Object.entries(fields)) {
      const slot = op.params.form.get(name);
      if (!slot) throw new Error(`${name} is no multipart field of ${op.id}`);
      place(args, opts, slot, value);
    }
  } else if (contract.call === 'upload') {
    throw new Error(`${op.id} takes no multipart body, but the contract's call is upload`);
  } else if (op.body) {
    place(args, opts, op.body, body);
  } else if (body !== undefined) {
    throw new Error(`${op.id} takes no request body, but input.body is given`);
  }
  const optsAt = op.args.indexOf('opts');
  if (optsAt >= 0) args[optsAt] = opts;
  return args;
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
export async function perform(client, contract, root) {
  const op = operations().get(contract.operation);
  if (!op) throw new Error(`the JavaScript SDK has no operation '${contract.operation}'`);
  const api = new op.api(client);
  const args = await argumentsFor(op, contract, client, root);
  const call = contract.call ?? 'call';
  // `wait`: the SDK's waiter for this poll operation, found through the table each API class
  // carries (`waiters`: poll operationId -> method name), generated from x-long-running.
  const waiter = call === 'wait' ? op.api.waiters?.[op.id] : undefined;
  if (call === 'wait' && !waiter) return { unsupported: `the SDK has no waiter polling ${op.id} (${op.api.name}.waiters has none)` };
  try {
    const returned = call === 'wait' ? api[waiter](...args, waitOptions(contract.input?.wait)) : api[op.method](...args);
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
      case 'download': {
        const returnedValue = await returned;
        // A binary result object (R9.2) gives its body through bytes().
        const value = typeof returnedValue?.bytes === 'function' ? await returnedValue.bytes() : returnedValue;
        const bytes = value instanceof Blob ? new Uint8Array(await value.arrayBuffer()) : bytesOf(value);
        if (!bytes) return { unsupported: `${op.id} resolved to a ${typeName(value)}, not bytes` };
        return { bytes: { length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } };
      }
      default: { // call, upload, wait
        const result = await returned;
        // An empty (204) answer decodes to null; contracts write it as null.
        return { result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
      }
    }
  } catch (error) {
    return describeError(error);
  }
}
