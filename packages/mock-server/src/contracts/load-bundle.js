import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContractBundleError } from './contract-bundle-error.js';
import { compileHeaderMatchers } from './header-matchers.js';
import { malformedBody, preparePlayback } from './prepare-playback.js';
import { toPointer } from '../spec/json-pointer.js';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Reads a contracts bundle (the JSON array `npm run conformance` writes, see docs/contracts.md)
 * and prepares every contract for replay: header matchers compiled, response bodies serialised,
 * `bodyFile`s read (relative to `root`). Returns a Map of contract id → prepared contract.
 * Throws ContractBundleError naming the file, JSON pointer and reason.
 *
 * @param {string} file path of the bundle
 * @param {object} [options]
 * @param {string} [options.root] folder `bodyFile` paths are relative to (default: cwd)
 */
export function loadContractsBundle(file, { root = process.cwd() } = {}) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ContractBundleError(file, '', `cannot read the file (${err.code ?? err.message})`);
  }
  let list;
  try {
    list = JSON.parse(text);
  } catch (err) {
    throw new ContractBundleError(file, '', `not valid JSON: ${err.message}`);
  }
  return prepareContracts(list, { file, root });
}

/** The same for an already-parsed bundle (`file` only names it in errors). */
export function prepareContracts(list, { file = '<contracts>', root = process.cwd() } = {}) {
  if (!Array.isArray(list)) throw new ContractBundleError(file, '', `expected a JSON array of contracts, got ${kindOf(list)}`);
  const fail = (segments, reason) => {
    throw new ContractBundleError(file, toPointer(segments), reason);
  };
  const files = new Map(); // bodyFile path → Buffer, each file read once
  const readBodyFile = (relative, at) => {
    const full = path.resolve(root, relative);
    if (!files.has(full)) {
      try {
        files.set(full, readFileSync(full));
      } catch (err) {
        fail(at, `bodyFile ${JSON.stringify(relative)} cannot be read from ${root} (${err.code ?? err.message})`);
      }
    }
    return files.get(full);
  };

  const byId = new Map();
  list.forEach((contract, ci) => {
    const at = [ci];
    if (!isObject(contract)) fail(at, `expected a contract object, got ${kindOf(contract)}`);
    if (typeof contract.id !== 'string' || contract.id === '') fail([...at, 'id'], 'must be a non-empty string');
    if (byId.has(contract.id)) fail([...at, 'id'], `duplicate contract id ${JSON.stringify(contract.id)}`);
    if (!Array.isArray(contract.exchanges) || contract.exchanges.length === 0) {
      fail([...at, 'exchanges'], `contract ${contract.id}: must be a non-empty array of exchanges`);
    }
    const exchanges = contract.exchanges.map((exchange, ei) => prepareExchange(exchange, ei, [...at, 'exchanges', ei], { fail, readBodyFile }));
    // Only the header values a later `sameAs` refers to are kept per session (bounded memory).
    const remember = exchanges.map(() => new Set());
    for (const ex of exchanges) for (const m of ex.request.headers) if (m.kind === 'sameAs') remember[m.index].add(m.name);
    exchanges.forEach((ex, i) => {
      ex.remember = [...remember[i]];
    });
    byId.set(contract.id, { id: contract.id, file: contract.file ?? null, operation: contract.operation ?? null, exchanges });
  });
  return byId;
}

function prepareExchange(exchange, index, at, { fail, readBodyFile }) {
  if (!isObject(exchange)) fail(at, `expected an exchange object, got ${kindOf(exchange)}`);
  const { request, response, fault } = exchange;
  if (!isObject(request)) fail([...at, 'request'], 'every exchange needs a recorded request object');
  if (typeof request.method !== 'string' || !METHODS.has(request.method.toUpperCase())) {
    fail([...at, 'request', 'method'], `must be an HTTP method, got ${JSON.stringify(request.method)}`);
  }
  if (typeof request.path !== 'string' || !request.path.startsWith('/')) {
    fail([...at, 'request', 'path'], `must be a path starting with "/", got ${JSON.stringify(request.path)}`);
  }
  if (request.path.includes('?')) fail([...at, 'request', 'path'], 'must not contain a query string; put parameters in `query`');
  const query = new Map();
  if (request.query !== undefined) {
    if (!isObject(request.query)) fail([...at, 'request', 'query'], `must be an object of parameter → value, got ${kindOf(request.query)}`);
    for (const [name, value] of Object.entries(request.query)) {
      if (!['string', 'number', 'boolean'].includes(typeof value)) fail([...at, 'request', 'query', name], `must be a text value, got ${kindOf(value)}`);
      query.set(name, String(value));
    }
  }
  let multipart = null;
  if (request.multipart !== undefined) {
    if (request.body !== undefined) fail([...at, 'request'], 'has both `body` and `multipart`; a request has one or the other');
    multipart = prepareMultipart(request.multipart, [...at, 'request', 'multipart'], fail);
  }
  const prepared = {
    request: {
      method: request.method.toUpperCase(),
      path: request.path,
      query,
      headers: compileHeaderMatchers(request.headers, index, [...at, 'request', 'headers'], fail),
      hasBody: request.body !== undefined,
      body: request.body,
      multipart,
    },
    fault: null,
    playback: null,
    malformed: null,
    remember: [],
  };
  if (fault !== undefined) prepared.fault = prepareFault(fault, response, [...at, 'fault'], fail);
  if (response !== undefined) prepared.playback = preparePlayback(response, [...at, 'response'], { fail, readBodyFile });
  else if (fault === undefined) fail(at, 'needs a `response` or a `fault`');
  prepared.malformed = prepared.fault?.kind === 'malformed' ? malformedBody(prepared.playback) : null;
  return prepared;
}

function prepareMultipart(multipart, at, fail) {
  if (!isObject(multipart)) fail(at, `must be an object {fields, files}, got ${kindOf(multipart)}`);
  const fields = new Map();
  const files = new Map();
  for (const [name, value] of Object.entries(multipart.fields ?? {})) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) fail([...at, 'fields', name], `must be a text value, got ${kindOf(value)}`);
    fields.set(name, String(value));
  }
  for (const [name, spec] of Object.entries(multipart.files ?? {})) {
    if (!isObject(spec) || typeof spec.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(spec.sha256)) {
      fail([...at, 'files', name], 'must be {sha256: <64 lower-case hex digits>, contentType?}');
    }
    if (spec.contentType !== undefined && typeof spec.contentType !== 'string') fail([...at, 'files', name, 'contentType'], 'must be a media type string');
    files.set(name, { sha256: spec.sha256, contentType: spec.contentType ?? null });
  }
  return { fields, files };
}

function prepareFault(fault, response, at, fail) {
  if (!isObject(fault)) fail(at, `must be an object {kind, …}, got ${kindOf(fault)}`);
  switch (fault.kind) {
    case 'delay':
      if (!Number.isInteger(fault.ms) || fault.ms < 0 || fault.ms > 600_000) fail([...at, 'ms'], `must be a whole number of milliseconds (0–600000), got ${JSON.stringify(fault.ms)}`);
      return { kind: 'delay', ms: fault.ms };
    case 'reset':
      if (response !== undefined) fail(at, 'a reset answers nothing, so the exchange must not also have a `response`');
      return { kind: 'reset' };
    case 'malformed':
      return { kind: 'malformed' };
    default:
      return fail([...at, 'kind'], `must be one of delay, reset, malformed; got ${JSON.stringify(fault.kind)}`);
  }
}

export function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function kindOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}
