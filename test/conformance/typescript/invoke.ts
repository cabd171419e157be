// Calls the TypeScript client the way a contract says, for any operation: the operationId is
// looked up in the client's generated tables (operations.ts for the wire shape, resources/index.ts
// for `client.<resource>.<method>`), and the arguments are laid out as the generator lays out
// every method: path parameters in path order, then the body, then query+header params, then
// per-call options. Adding a contract needs no code here.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { SecureAIStudio, toFile, type ClientOptions, type OperationSpec, type RequestOptions } from '../../../packages/client/src/index.ts';
import * as operations from '../../../packages/client/src/generated/operations.ts';
import { operationMethods } from '../../../packages/client/src/generated/resources/index.ts';

/** Credentials every driver uses (docs/contracts.md, Drivers). */
export const CREDENTIALS = {
  apiKey: 'sk_test_contract',
  accessToken: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl',
  refreshToken: 'rt_contractrefreshtoken0001',
};

export interface Contract {
  id: string;
  operation: string;
  call?: 'call' | 'paginate' | 'events' | 'download' | 'upload' | 'wait' | 'query' | 'subscribe';
  client?: { auth?: 'apiKey' | 'bearer' | 'bearerWithRefresh'; maxRetries?: number; timeoutMs?: number };
  input?: {
    path?: Record<string, string | number | boolean>;
    query?: Record<string, unknown>;
    headers?: Record<string, string>;
    body?: unknown;
    file?: { path: string; contentType: string };
    wait?: { intervalMs?: number; maxIntervalMs?: number; timeoutMs?: number };
  };
  expect: Record<string, unknown>;
}

/** What the call produced, as the driver protocol reports it (docs/contracts.md, Driver results). */
export type Outcome =
  | {
    error: {
      type: string; ancestors: string[]; status?: number; code?: string; requestId?: string; message: string;
      headers?: Record<string, string>; causes: string[]; fields: Record<string, unknown>;
    };
  }
  | { result: unknown }
  | { items: unknown[] }
  | { events: { event: string; data: unknown }[] }
  | { bytes: { length: number; sha256: string } };

/**
 * The client a contract asks for. `extra` adds client options the contract does not state (the
 * recorder's recording `fetch` and its spec-mode `Prefer` header); drivers pass none.
 */
export function buildClient(contract: Contract, baseURL: string, warnings: string[], extra: ClientOptions = {}): SecureAIStudio {
  const { auth, maxRetries, timeoutMs } = contract.client ?? {};
  const options: ClientOptions = { ...extra, baseURL, logger: { warn: (message: string) => warnings.push(message) } };
  if (auth === 'apiKey') options.apiKey = CREDENTIALS.apiKey;
  if (auth === 'bearer' || auth === 'bearerWithRefresh') options.accessToken = CREDENTIALS.accessToken;
  if (auth === 'bearerWithRefresh') options.refreshToken = CREDENTIALS.refreshToken;
  if (maxRetries !== undefined) options.maxRetries = maxRetries;
  if (timeoutMs !== undefined) options.timeout = timeoutMs;
  return new SecureAIStudio(options);
}

/** The resource method's arguments for the contract's input; a misfit input is an Error. */
async function argumentsFor(op: OperationSpec, contract: Contract, root: string): Promise<unknown[]> {
  const input = contract.input ?? {};
  const args: unknown[] = [];
  for (const [, name] of op.path.matchAll(/\{([^}]+)\}/g)) {
    if (input.path?.[name!] === undefined) throw new Error(`input.path.${name} is missing (${op.method} ${op.path})`);
    args.push(String(input.path[name!]));
  }
  for (const name of Object.keys(input.path ?? {})) {
    if (!op.path.includes(`{${name}}`)) throw new Error(`input.path.${name} is no path parameter of ${op.id}`);
  }

  let body = input.body ?? undefined;
  if (contract.call === 'upload') {
    if (!input.file) throw new Error('an upload contract needs input.file');
    const bytes = await readFile(resolve(root, input.file.path));
    body = { ...(body as object | undefined), file: toFile(bytes, basename(input.file.path), input.file.contentType) };
  }
  if (op.body) args.push(body);
  else if (body !== undefined) throw new Error(`${op.id} takes no request body, but input.body is given`);

  const params: Record<string, unknown> = {};
  const options: RequestOptions = {};
  for (const [name, value] of Object.entries(input.query ?? {})) {
    if (!op.query?.includes(name)) throw new Error(`input.query.${name} is no query parameter of ${op.id}`);
    params[name] = value;
  }
  const byWireName = new Map(Object.entries(op.headers ?? {}).map(([key, wire]) => [wire.toLowerCase(), key]));
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    const key = byWireName.get(name.toLowerCase());
    if (key) params[key] = value;
    else if (name.toLowerCase() === 'idempotency-key') options.idempotencyKey = value;
    else options.headers = { ...options.headers, [name]: value };
  }
  if (op.query?.length || Object.keys(op.headers ?? {}).length) args.push(params);
  args.push(options);
  return args;
}

/** The raised error's class name, as the language spells it, and its ancestors, nearest first. */
function classChain(error: unknown): string[] {
  const names: string[] = [];
  for (let proto = Object.getPrototypeOf(error ?? {}); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    names.push(proto.constructor?.name ?? '?');
  }
  return names;
}

/**
 * What was raised, as the driver protocol reports it (docs/contracts.md, Driver results): the
 * raw class name and ancestors (the runner maps them to neutral names), the fields `expect` can
 * compare, the response headers, the causes' messages and the error's other own fields (the
 * runner checks none holds a secret, R5.5).
 */
function describeError(error: unknown): Extract<Outcome, { error: unknown }> {
  const e = error as { name?: string; status?: number; code?: string; requestId?: string; message?: string; headers?: unknown; cause?: unknown };
  const [own, ...ancestors] = classChain(error);
  const type = e?.name && e.name !== 'Error' ? e.name : (own ?? typeof error);
  const causes: string[] = [];
  for (let cause = e?.cause as { message?: unknown; cause?: unknown } | undefined, n = 0; cause && n < 10; cause = cause.cause as typeof cause, n++) {
    causes.push(String(cause.message ?? cause));
  }
  let fields: Record<string, unknown> = {};
  try {
    fields = JSON.parse(JSON.stringify(error)) ?? {};
  } catch {
    // a field that does not serialise is not reported
  }
  const headers = e?.headers instanceof Headers ? Object.fromEntries(e.headers.entries()) : undefined;
  return {
    error: {
      type,
      ancestors: own === type ? ancestors : [own!, ...ancestors].filter(Boolean),
      status: e?.status,
      code: e?.code,
      requestId: e?.requestId,
      message: String(e?.message ?? error),
      ...(headers ? { headers } : {}),
      causes,
      fields,
    },
  };
}

/**
 * `call: wait` (R8): the waiter of the resource whose `x-long-running.pollOperation` is the
 * contract's operation, found by the client's naming convention: the poll method `retrieve<X>`
 * has the waiter `waitFor<X>` on the same resource (`jobs.retrieve` → `jobs.waitFor`,
 * `compliance.retrieveReport` → `compliance.waitForReport`). Its arguments are the poll's path
 * parameters, then the waiter options.
 */
function waiterCall(op: OperationSpec, route: readonly [string, string], contract: Contract): { name: string; args: unknown[] } {
  const polled = Object.values(operations as Record<string, OperationSpec>).some((o) => o.longRunning?.pollOperation === op.id);
  if (!polled) throw new Error(`${op.id} is the pollOperation of no x-long-running operation, so it has no waiter`);
  if (!route[1].startsWith('retrieve')) throw new Error(`the poll method ${route.join('.')} does not start with 'retrieve', so its waiter cannot be named`);
  const name = `waitFor${route[1].slice('retrieve'.length)}`;
  const input = contract.input ?? {};
  const args: unknown[] = [];
  for (const [, param] of op.path.matchAll(/\{([^}]+)\}/g)) {
    if (input.path?.[param!] === undefined) throw new Error(`input.path.${param} is missing (${op.method} ${op.path})`);
    args.push(String(input.path[param!]));
  }
  const { intervalMs, maxIntervalMs, timeoutMs } = input.wait ?? {};
  args.push({
    ...(intervalMs !== undefined ? { interval: intervalMs } : {}),
    ...(maxIntervalMs !== undefined ? { maxInterval: maxIntervalMs } : {}),
    ...(timeoutMs !== undefined ? { timeout: timeoutMs } : {}),
  });
  return { name, args };
}

/**
 * `call: query` and `call: subscribe` (R13): the resource of an operation with a request body
 * has `query(document, variables?, {operationName?, ...options})` and `subscribe(...)` beside the
 * operation's own method. `input.body` holds the GraphQL request; each field is passed only when
 * given, and `input.headers` become per-call options as for any call.
 */
function graphqlCall(op: OperationSpec, route: readonly [string, string], contract: Contract): unknown[] {
  const input = contract.input ?? {};
  if (!op.body) throw new Error(`${op.id} takes no request body, so it has no ${route[0]}.${contract.call}`);
  for (const key of ['path', 'query', 'file'] as const) {
    if (input[key] !== undefined) throw new Error(`call: ${contract.call} takes no input.${key}`);
  }
  const { query, variables, operationName, ...rest } = (input.body ?? {}) as Record<string, unknown>;
  if (typeof query !== 'string') throw new Error(`call: ${contract.call} needs input.body.query, the GraphQL document`);
  if (Object.keys(rest).length) throw new Error(`input.body.${Object.keys(rest)[0]} is no field of a GraphQL request`);
  const options: Record<string, unknown> = operationName === undefined ? {} : { operationName };
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (name.toLowerCase() === 'idempotency-key') options.idempotencyKey = value;
    else options.headers = { ...(options.headers as object), [name]: value };
  }
  return [query, variables, options];
}

/** Performs the contract's `call` against `client` and reports what came back or was raised. */
export async function perform(client: SecureAIStudio, contract: Contract, root: string): Promise<Outcome> {
  const op = (operations as Record<string, OperationSpec>)[contract.operation];
  const route = (operationMethods as Record<string, readonly [string, string]>)[contract.operation];
  if (!op || !route) throw new Error(`the TypeScript client has no operation '${contract.operation}'`);
  const resource = (client as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[route[0]]!;
  if (contract.call === 'wait') {
    const { name, args } = waiterCall(op, route, contract);
    if (typeof resource[name] !== 'function') throw new Error(`the TypeScript client has no waiter ${route[0]}.${name} for ${op.id}`);
    try {
      return { result: JSON.parse(JSON.stringify(await resource[name]!.apply(resource, args))) };
    } catch (error) {
      return describeError(error);
    }
  }
  if (contract.call === 'query' || contract.call === 'subscribe') {
    const call = contract.call;
    const args = graphqlCall(op, route, contract);
    if (typeof resource[call] !== 'function') throw new Error(`the TypeScript client has no ${route[0]}.${call} for ${op.id}`);
    try {
      const answer = await resource[call]!.apply(resource, args);
      if (call === 'query') return { result: JSON.parse(JSON.stringify(answer)) };
      const events: { event: string; data: unknown }[] = [];
      for await (const payload of answer as AsyncIterable<unknown>) events.push({ event: 'next', data: JSON.parse(JSON.stringify(payload)) });
      return { events };
    } catch (error) {
      return describeError(error);
    }
  }
  const method = resource[route[1]]!.bind(resource);
  const args = await argumentsFor(op, contract, root);
  try {
    switch (contract.call ?? 'call') {
      case 'paginate': {
        const items: unknown[] = [];
        for await (const item of method(...args) as AsyncIterable<{ id?: unknown }>) items.push(item?.id);
        return { items };
      }
      case 'events': {
        const events: { event: string; data: unknown }[] = [];
        for await (const { event, data } of (await method(...args)) as AsyncIterable<{ event: string; data: unknown }>) events.push({ event, data });
        return { events };
      }
      case 'download': {
        const bytes = await ((await method(...args)) as { bytes(): Promise<Uint8Array> }).bytes();
        return { bytes: { length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } };
      }
      default: {
        let result = await method(...args);
        // One call of a list operation gives its first page; the decoded body is the page's.
        if (op.pagination) result = (result as { body: unknown }).body;
        // An empty (204) answer decodes to undefined; contracts write it as null.
        return { result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
      }
    }
  } catch (error) {
    return describeError(error);
  }
}
