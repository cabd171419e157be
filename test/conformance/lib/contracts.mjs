// Loads the recorded contracts (docs/contracts.md) and checks each against its format and
// against openapi.yaml, so a bad contract stops the run with its file, JSON pointer and reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createParser } from 'eventsource-parser';
import { loadSpec, operationMatcher, operations, parseYaml, pointer, resolve } from '../../../scripts/spec-check/load.mjs';
import { createValidator } from '../../../scripts/spec-check/validator.mjs';
import { carriesPayload } from '../../../scripts/spec-check/graphql-sse.mjs';

const contractSchema = JSON.parse(readFileSync(new URL('./contract.schema.json', import.meta.url), 'utf8'));

function yamlFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return name.endsWith('.yaml') ? [full] : [];
  });
}

/**
 * The checks of one contract, compiled once per spec: `check(contract)` returns its problems as
 * `{segments, message}` (format first, then the spec), so the loader and the recorder
 * (test/conformance/record/) hold every contract to the same rules.
 * @param {string} specFile openapi.yaml
 */
export async function createContractChecker(specFile) {
  const spec = await loadSpec(specFile);
  const validator = createValidator(spec);
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validateFormat = ajv.compile(contractSchema);
  const match = operationMatcher(spec);
  const byId = new Map([...operations(spec)].map((o) => [o.op.operationId, o]));
  const pollOperations = new Set([...byId.values()].map((o) => o.op['x-long-running']?.pollOperation).filter(Boolean));
  return {
    spec,
    operationIds: [...byId.keys()],
    /** The spec's operation for an operationId, or undefined. */
    operation: (id) => byId.get(id),
    /** @returns {{segments: (string|number)[], message: string}[]} */
    check(contract) {
      const found = [];
      const report = (segments, message) => found.push({ segments, message });
      if (!validateFormat(contract)) {
        for (const e of validateFormat.errors) report(e.instancePath.split('/').slice(1), `${e.message} (contract format)`);
        return found;
      }
      checkAgainstSpec(contract, { spec, validator, match, byId, pollOperations, report });
      return found;
    },
  };
}

/**
 * @param {string[]} dirs folders of contracts (searched recursively)
 * @param {string} specFile openapi.yaml
 * @returns {Promise<{contracts: object[], problems: string[], operationIds: string[]}>} problems as `file#/pointer: reason`
 */
export async function loadContracts(dirs, specFile) {
  const checker = await createContractChecker(specFile);
  const contracts = [];
  const problems = [];

  for (const dir of dirs) {
    for (const file of yamlFiles(dir)) {
      const id = relative(dir, file).slice(0, -'.yaml'.length).split(sep).join('/');
      const shown = relative(process.cwd(), file);
      const { value: contract, error } = parseYaml(readFileSync(file, 'utf8'));
      if (error) {
        problems.push(`${shown}:${error.line ?? '?'}: YAML syntax error: ${error.message}`);
        continue;
      }
      const found = checker.check(contract);
      for (const { segments, message } of found) problems.push(`${shown}${pointer(segments)}: ${message}`);
      if (found.length === 0) contracts.push({ id, file: shown, ...contract });
    }
  }
  return { contracts, problems, operationIds: checker.operationIds };
}

function checkAgainstSpec(contract, { spec, validator, match, byId, pollOperations, report }) {
  const target = byId.get(contract.operation);
  if (!target) return report(['operation'], `no operation '${contract.operation}' in openapi.yaml`);
  const waits = contract.call === 'wait';
  if (waits && !pollOperations.has(contract.operation)) {
    report(['operation'], `call: wait needs the pollOperation of an x-long-running operation (${[...pollOperations].join(', ')}), not ${contract.operation}`);
  }
  if (!waits && contract.input?.wait !== undefined) report(['input', 'wait'], 'waiter options belong to call: wait only');
  if (contract.call === 'query' || contract.call === 'subscribe') checkGraphqlCall(contract, target.op, report);
  // No exchanges: the SDK must raise its argument error before sending anything (R9.1, R9.4).
  if (contract.exchanges.length === 0) {
    const { error } = contract.expect;
    if (error?.type !== 'ArgumentError') report(['expect'], 'a contract with no exchanges expects the SDK to send nothing, so its expect must be error: {type: ArgumentError}');
    for (const field of ['status', 'code', 'requestId', 'headers']) {
      if (error?.[field] !== undefined) report(['expect', 'error', field], `nothing is sent, so there is no response to take ${field} from`);
    }
  }
  contract.exchanges.forEach((exchange, i) => {
    const { request, response } = exchange;
    const at = ['exchanges', i];
    const route = match(request.method, request.path);
    if (!route) return report([...at, 'request', 'path'], `${request.method} ${request.path} is no operation of openapi.yaml`);
    if (i === 0 && route.op.operationId !== contract.operation) {
      report([...at, 'request'], `the first request calls ${route.op.operationId}, not ${contract.operation}`);
    }
    // A waiter only polls (a token refresh aside, R1.4).
    if (waits && route.op.operationId !== contract.operation && route.op.operationId !== 'refreshToken') {
      report([...at, 'request'], `a call: wait contract polls ${contract.operation}, but this request calls ${route.op.operationId}`);
    }
    for (const name of Object.keys(request.query ?? {})) {
      if (!route.params.some((p) => p.in === 'query' && p.name === name)) report([...at, 'request', 'query', name], `${route.op.operationId} has no query parameter '${name}'`);
    }
    if (request.body !== undefined) {
      const schemaAt = [...route.at, 'requestBody', 'content', 'application/json', 'schema'];
      if (!route.op.requestBody?.content?.['application/json']) report([...at, 'request', 'body'], `${route.op.operationId} takes no JSON body`);
      else for (const err of validator.validate(schemaAt, request.body)) report([...at, 'request', 'body'], `does not match the request schema: ${err}`);
    }
    if (!response) return;
    const status = String(response.status);
    // An intermediary's answer (a load balancer's 502 page) is not the API's: the spec neither
    // documents its status nor describes its body.
    if (response.intermediary !== undefined) {
      if (response.status < 400) report([...at, 'response', 'status'], `an intermediary's answer stands in for a failure, so its status must be 4xx or 5xx, not ${status}`);
      if (response.events !== undefined) report([...at, 'response', 'events'], 'an intermediary does not answer with the API\'s event stream');
      return;
    }
    const documented = route.op.responses?.[status] ?? route.op.responses?.default;
    if (!documented) return report([...at, 'response', 'status'], `${route.op.operationId} documents no ${status} response`);
    const resolved = resolve(spec, documented);
    if (response.events && !response.offSpec) {
      const ref = resolved.content?.['text/event-stream']?.['x-event-schema']?.$ref;
      if (!ref) return report([...at, 'response', 'events'], `the ${status} response of ${route.op.operationId} is no event stream`);
      response.events.forEach((event, k) => {
        if (!carriesPayload(route.op, event)) return;
        for (const err of validator.validate(ref.slice(2).split('/'), event.data)) {
          report([...at, 'response', 'events', k, 'data'], `does not match ${ref}: ${err}`);
        }
      });
    }
    if (response.bodyText !== undefined && isEventStream(response) && !response.offSpec) {
      const ref = resolved.content?.['text/event-stream']?.['x-event-schema']?.$ref;
      if (!ref) return report([...at, 'response', 'bodyText'], `the ${status} response of ${route.op.operationId} is no event stream`);
      rawEvents(response.bodyText).forEach((event, k) => {
        if (!carriesPayload(route.op, event)) return undefined;
        let data;
        try {
          data = JSON.parse(event.data);
        } catch {
          return report([...at, 'response', 'bodyText'], `event ${k} (${event.event ?? 'message'}): its data is not JSON (mark the response offSpec to send it anyway)`);
        }
        for (const err of validator.validate(ref.slice(2).split('/'), data)) report([...at, 'response', 'bodyText'], `event ${k} (${event.event ?? 'message'}) does not match ${ref}: ${err}`);
        return undefined;
      });
    }
    if (response.body === undefined || response.offSpec || exchange.fault?.kind === 'malformed') return;
    const type = Object.keys(resolved.content ?? {}).find((t) => t.endsWith('json'));
    if (!type) return report([...at, 'response', 'body'], `the ${status} response of ${route.op.operationId} has no JSON body`);
    const base = documented.$ref ? documented.$ref.slice(2).split('/') : [...route.at, 'responses', status];
    for (const err of validator.validate([...base, 'content', type, 'schema'], response.body)) {
      report([...at, 'response', 'body'], `does not match the ${status} response schema: ${err}`);
    }
  });
  const last = contract.exchanges.at(-1);
  const { error } = contract.expect;
  // The runner matches these patterns as Unicode regular expressions (lib/outcome.mjs).
  const patterns = [[['message'], error?.message], ...Object.entries(error?.headers ?? {}).map(([name, m]) => [['headers', name], m])];
  for (const [segments, matcher] of patterns) {
    if (typeof matcher?.pattern !== 'string') continue;
    try {
      new RegExp(matcher.pattern, 'u');
    } catch (e) {
      report(['expect', 'error', ...segments, 'pattern'], `not a valid regular expression: ${e.message}`);
    }
  }
  if (error?.status !== undefined && last?.response && last.response.status !== error.status) {
    report(['expect', 'error', 'status'], `expects ${error.status} but the last exchange answers ${last.response.status}`);
  }
}

// `call: query` and `call: subscribe` run the SDK's `client.graphql.query/subscribe(document,
// variables, {operationName})`, which exist for a POST operation serving GraphQL; the input is
// the GraphQL-over-HTTP body those methods send.
const GRAPHQL_FIELDS = new Set(['query', 'variables', 'operationName']);
function checkGraphqlCall(contract, op, report) {
  const { call } = contract;
  if (op['x-graphql-schema'] === undefined || !op.requestBody) {
    report(['operation'], `call: ${call} runs client.graphql.${call}, which wraps a POST operation with x-graphql-schema; ${contract.operation} is none`);
  }
  const body = contract.input?.body;
  if (typeof body?.query !== 'string') report(['input', 'body', 'query'], `call: ${call} needs the GraphQL document as a string`);
  for (const name of Object.keys(body ?? {})) {
    if (!GRAPHQL_FIELDS.has(name)) report(['input', 'body', name], `call: ${call} sends only query, variables and operationName`);
  }
  for (const part of ['path', 'query', 'headers', 'file']) {
    if (contract.input?.[part] !== undefined) report(['input', part], `call: ${call} takes only input.body`);
  }
  const kind = Object.keys(contract.expect)[0];
  const allowed = call === 'subscribe' ? ['events', 'error'] : ['result', 'error'];
  if (!allowed.includes(kind)) report(['expect', kind], `call: ${call} expects ${allowed.join(' or ')}`);
}

const isEventStream = (response) => Object.entries(response.headers ?? {})
  .some(([name, value]) => name.toLowerCase() === 'content-type' && /^text\/event-stream\s*(;|$)/i.test(value));

/** The events of a raw `text/event-stream` body, parsed by the WHATWG rules (R8.4). */
function rawEvents(text) {
  const events = [];
  const parser = createParser({ onEvent: (event) => events.push(event) });
  parser.feed(text);
  parser.reset({ consume: true });
  return events;
}

/** Operations that no contract calls. */
export function uncoveredOperations({ contracts, operationIds }) {
  const covered = new Set(contracts.map((c) => c.operation));
  return operationIds.filter((id) => !covered.has(id));
}
