// The SDL and openapi.yaml agree: every object, interface and input type is the REST schema of
// its name (inputs without `Input`) field by field, enums are the same sets, and every root
// field's @rest operation exists with matching arguments and result. Each problem names the SDL
// line, the GraphQL coordinate (Type.field) and what is wrong.
import {
  buildSchema, getDirectiveValues, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType,
} from 'graphql';
import { operations, resolve } from '../../scripts/spec-check/load.mjs';
import { compareType, enumDifference, enumRepresentable } from './compare-type.mjs';
import { discriminatorValues, objectView, refName } from './rest-view.mjs';

const ROOTS = ['Query', 'Mutation', 'Subscription'];

/**
 * @param {string} sdl the GraphQL schema text
 * @param {object} spec the parsed OpenAPI document (scripts/spec-check/load.mjs loadSpec)
 * @param {{sdlFile?: string}} [options] the name problems are reported under
 * @returns {{problems: {at: string, coordinate: string, message: string}[], counts: object}}
 */
export function checkAgreement(sdl, spec, { sdlFile = 'graphql/schema.graphql' } = {}) {
  const problems = [];
  let schema;
  try {
    schema = buildSchema(sdl);
  } catch (err) {
    const loc = err.locations?.[0];
    problems.push({ at: loc ? `${sdlFile}:${loc.line}:${loc.column}` : sdlFile, coordinate: '', message: `not a valid GraphQL schema: ${err.message}` });
    return { problems, counts: null };
  }
  const report = (node, coordinate, message) => problems.push({ at: `${sdlFile}:${node?.loc?.startToken.line ?? '?'}`, coordinate, message });
  const components = spec.components?.schemas ?? {};
  const discriminators = discriminatorValues(spec);
  const byId = new Map([...operations(spec)].map((o) => [o.op.operationId, o]));
  const counts = { types: 0, enums: 0, inputs: 0, queries: 0, mutations: 0, subscriptions: 0 };

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ROOTS.includes(type.name)) continue;
    if (isEnumType(type)) {
      counts.enums++;
      const rest = components[type.name];
      // An enum REST names must be the same set; one it does not name is checked where it is used.
      if (rest && Array.isArray(rest.enum)) {
        if (!enumRepresentable(rest.enum)) report(type.astNode, type.name, `REST's ${type.name} has values that are no GraphQL names; use String where it is used`);
        else for (const m of enumDifference(type, rest.enum)) report(type.astNode, type.name, m);
      }
      continue;
    }
    const input = isInputObjectType(type);
    if (!input && !isObjectType(type) && !isInterfaceType(type)) continue;
    if (input) counts.inputs++;
    else counts.types++;
    const restName = input ? type.name.replace(/Input$/, '') : type.name;
    if (input && restName === type.name) {
      report(type.astNode, type.name, 'an input type is named after its REST request schema plus Input');
      continue;
    }
    const view = components[restName] ? objectView(spec, components[restName]) : null;
    if (view === null) {
      report(type.astNode, type.name, `openapi.yaml has no object schema components/schemas/${restName}`);
      continue;
    }
    const disc = discriminators.get(restName);
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const prop = view.properties.get(field.name);
      if (!prop) {
        report(field.astNode, coordinate, `${restName} has no property '${field.name}' (it has: ${[...view.properties.keys()].join(', ')})`);
        continue;
      }
      if (isInterfaceType(type) && !prop.inAll) {
        report(field.astNode, coordinate, `not every branch of ${restName} has '${field.name}', so an interface cannot promise it`);
        continue;
      }
      if (prop.differs) {
        report(field.astNode, coordinate, `the branches of ${restName} give '${field.name}' different schemas, so one GraphQL type cannot stand for them`);
        continue;
      }
      const enumValues = disc?.property === field.name ? disc.values : undefined;
      for (const m of compareType(spec, field.type, prop.schema, { required: prop.required, input, enumValues })) report(field.astNode, coordinate, m);
    }
    // The fields REST always sends belong in the output type too.
    if (!input && !isInterfaceType(type)) {
      for (const [name, prop] of view.properties) {
        if (prop.required && !(name in type.getFields())) report(type.astNode, type.name, `lacks '${name}', which REST's ${restName} requires`);
      }
    }
  }

  const rest = schema.getDirective('rest');
  for (const root of ROOTS) {
    const type = schema.getType(root);
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      counts[{ Query: 'queries', Mutation: 'mutations', Subscription: 'subscriptions' }[root]]++;
      checkRootField(spec, root, field, rest, byId, (m) => report(field.astNode, `${root}.${field.name}`, m));
    }
  }
  return { problems, counts };
}

function checkRootField(spec, root, field, rest, byId, report) {
  const operationId = rest && field.astNode ? getDirectiveValues(rest, field.astNode)?.operation : undefined;
  if (!operationId) return report('has no @rest(operation: ...) naming the REST operation it runs');
  const target = byId.get(operationId);
  if (!target) return report(`@rest names '${operationId}', which is no operationId of openapi.yaml`);
  const { method, op, params } = target;
  const success = successResponse(spec, op);
  if (root === 'Query' && method !== 'get') report(`a query must run a GET operation, but ${operationId} is ${method.toUpperCase()}`);
  if (root === 'Mutation' && method === 'get') report(`a mutation must run an operation that changes something, but ${operationId} is GET`);

  // Arguments: the operation's path and query parameters, its headers optionally, and `input`.
  const args = new Map(field.args.map((a) => [a.name, a]));
  for (const p of params) {
    const name = argName(p.name);
    const arg = args.get(name);
    args.delete(name);
    if (!arg) {
      if (p.in !== 'header' || p.required) report(`lacks the argument '${name}' for ${operationId}'s ${p.in} parameter ${p.name}`);
      continue;
    }
    for (const m of compareType(spec, arg.type, p.schema, { required: p.required === true, input: true })) report(`argument ${name} ${m}`);
  }
  const body = resolve(spec, op.requestBody);
  const json = body?.content?.['application/json'];
  const input = args.get('input');
  args.delete('input');
  if (json && !input) report(`lacks the argument 'input' for ${operationId}'s request body`);
  if (!json && input) report(`has an argument 'input' but ${operationId} takes no JSON request body`);
  if (json && input) {
    for (const m of compareType(spec, input.type, json.schema, { required: body.required === true, input: true })) report(`argument input ${m}`);
  }
  for (const name of args.keys()) report(`argument '${name}' is no parameter of ${operationId}`);

  // The result: the success response's schema (a subscription: each event's x-event-schema).
  const node = root === 'Subscription' ? success?.content?.['text/event-stream']?.['x-event-schema'] : success?.content?.['application/json']?.schema;
  const named = getNamedType(field.type);
  if (!node) return report(`${operationId}'s success response has no ${root === 'Subscription' ? 'event stream with x-event-schema' : 'JSON body'}`);
  if (refName(node) !== named.name) report(`returns ${named} but ${operationId} answers ${refName(node) ?? 'an inline schema'}`);
  // A root field is nullable, so one failing REST call nulls only its own field.
  if (field.type !== named) report(`returns ${field.type}; root fields are nullable (${named}) so one failure does not null the whole result`);
  return undefined;
}

function successResponse(spec, op) {
  const status = Object.keys(op.responses ?? {}).filter((s) => /^2\d\d$/.test(s)).sort()[0];
  return status ? resolve(spec, op.responses[status]) : undefined;
}

/** A parameter's argument name: `Idempotency-Key` → `idempotencyKey`, `cursor` → `cursor`. */
export function argName(name) {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p[0].toLowerCase() + p.slice(1) : p[0].toUpperCase() + p.slice(1).toLowerCase())).join('');
}
