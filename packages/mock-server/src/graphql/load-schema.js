import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getDirectiveValues, isInterfaceType } from 'graphql';
import { SpecError } from '../spec/spec-error.js';
import { toPointer } from '../spec/json-pointer.js';

/**
 * The executable schema of a GraphQL operation's `x-graphql-schema` (an SDL file relative to the
 * spec): every root field runs the REST operation its `@rest(operation:)` names through
 * `context.rest` (rest-call.js), a subscription field streams it through `context.restStream`,
 * and an interface resolves to the type its REST discriminator maps the value to.
 *
 * @param {{doc: object, file: string, dir: string}} spec
 * @param {string} pointer the operation's JSON pointer (for errors)
 * @param {string} sdlPath the x-graphql-schema value
 * @param {Set<string>} operationIds the spec's operations, which every @rest must name
 */
export function loadGraphqlSchema(spec, pointer, sdlPath, operationIds) {
  const at = `${pointer}/x-graphql-schema`;
  if (typeof sdlPath !== 'string' || sdlPath === '') throw new SpecError(spec.file, at, 'must be the path of an SDL file, relative to the spec');
  const file = path.resolve(spec.dir, sdlPath);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SpecError(spec.file, at, `cannot read ${sdlPath} (${err.code ?? err.message})`);
  }
  let schema;
  try {
    schema = buildSchema(text);
  } catch (err) {
    throw new SpecError(spec.file, at, `${sdlPath} is not a valid GraphQL schema: ${err.message}`);
  }
  const rest = schema.getDirective('rest');
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    const streaming = root === schema.getSubscriptionType();
    for (const field of Object.values(root.getFields())) {
      const operationId = rest ? getDirectiveValues(rest, field.astNode)?.operation : undefined;
      if (!operationId) throw new SpecError(spec.file, at, `${sdlPath}: ${root.name}.${field.name} has no @rest(operation: ...)`);
      if (!operationIds.has(operationId)) throw new SpecError(spec.file, at, `${sdlPath}: ${root.name}.${field.name} runs ${operationId}, which is no operation of the spec`);
      if (streaming) {
        field.subscribe = (_, args, context) => context.restStream(operationId, args);
        field.resolve = (event) => event;
      } else {
        field.resolve = (_, args, context) => context.rest(operationId, args);
      }
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInterfaceType(type)) type.resolveType = discriminatorResolver(spec, type.name, sdlPath);
  }
  return schema;
}

// `Job` → by `type`: image → ImageJob, video → VideoJob, read from the REST schema's discriminator.
function discriminatorResolver(spec, name, sdlPath) {
  const d = spec.doc.components?.schemas?.[name]?.discriminator;
  if (!d?.propertyName) {
    throw new SpecError(spec.file, toPointer(['components', 'schemas', name]), `${sdlPath}: the interface ${name} needs a REST schema of that name with a discriminator`);
  }
  const mapping = new Map(Object.entries(d.mapping ?? {}).map(([value, ref]) => [value, ref.split('/').pop()]));
  return (value) => mapping.get(value?.[d.propertyName]);
}
