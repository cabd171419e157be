// Whether one GraphQL field or argument type fits the REST schema of the same value.
import { GraphQLEnumType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType } from 'graphql';
import { resolve } from '../../scripts/spec-check/load.mjs';
import { isNullable, objectView, refName } from './rest-view.mjs';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Can every value be a GraphQL enum value (a Name, not true/false/null)? */
export function enumRepresentable(values) {
  return values.every((v) => typeof v === 'string' && GRAPHQL_NAME.test(v) && !['true', 'false', 'null'].includes(v));
}

/**
 * The reasons `gType` does not fit the REST schema `node`, [] when it does.
 * Nullability must agree exactly: non-null in GraphQL iff REST requires the value and never
 * sends null, so neither side promises what the other does not keep.
 * @param {object} o
 * @param {boolean} o.required the REST property (parameter, body) is required
 * @param {boolean} [o.input] an input position: object schemas are `<Name>Input` types
 * @param {string[]} [o.enumValues] the values to expect instead of the schema's own enum
 */
export function compareType(spec, gType, node, o) {
  const reasons = [];
  const nonNull = isNonNullType(gType);
  const inner = nonNull ? gType.ofType : gType;
  const nullable = isNullable(spec, node);
  const wantNonNull = o.required && !nullable;
  if (nonNull && !wantNonNull) reasons.push(`is ${gType} but REST ${o.required ? 'allows null' : 'does not require it'} (write ${inner})`);
  if (!nonNull && wantNonNull) reasons.push(`is ${gType} but REST always has it (required, not nullable): write ${inner}!`);
  const s = resolve(spec, node);
  if (!s) return [...reasons, 'has no REST schema (a dangling $ref?)'];
  if (isListType(inner)) {
    if (s.type !== 'array') return [...reasons, `is a list (${inner}) but REST has ${describe(s)}`];
    return [...reasons, ...compareType(spec, inner.ofType, s.items, { ...o, required: true, enumValues: undefined }).map((r) => `its items ${r}`)];
  }
  if (s.type === 'array') return [...reasons, `is ${inner} but REST has an array`];
  return [...reasons, ...compareNamed(spec, inner, node, s, o)];
}

function compareNamed(spec, type, node, s, o) {
  const values = o.enumValues ?? s.enum;
  if (Array.isArray(values)) {
    if (!enumRepresentable(values)) {
      return type.name === 'String' ? [] : [`is ${type} but REST's enum [${values.join(', ')}] has values that are no GraphQL names, so it must be String`];
    }
    if (!isEnumType(type)) return [`is ${type} but REST has the enum [${values.join(', ')}]: use a GraphQL enum of those values`];
    return enumDifference(type, values);
  }
  if (objectView(spec, s) !== null && (s.type === 'object' || s.oneOf || s.allOf)) {
    const name = refName(node);
    if (name === null) return [`is ${type} but REST has an inline object (no component to name it)`];
    const want = o.input ? `${name}Input` : name;
    const kindOk = o.input ? isInputObjectType(type) : isObjectType(type) || isInterfaceType(type);
    if (type.name !== want || !kindOk) return [`is ${type} but REST has ${name}: use the ${o.input ? 'input' : 'object or interface'} type ${want}`];
    return [];
  }
  const want = scalarFor(s);
  if (want === null) return [`is ${type} but REST has ${describe(s)}, which has no GraphQL counterpart here`];
  if (!want.includes(type.name)) return [`is ${type} but REST has ${describe(s)}: use ${want.join(' or ')}`];
  return [];
}

/** The names of the GraphQL scalars a REST scalar schema may be. */
function scalarFor(s) {
  switch (s.type) {
    case 'string':
      if (s.format === 'date-time') return ['DateTime'];
      if (s.format === 'date') return ['Date'];
      if (s.format === 'binary' || s.format === 'byte') return null;
      return ['String', 'ID'];
    case 'integer':
      return s.format === 'int64' ? ['Long'] : ['Int'];
    case 'number':
      return ['Float'];
    case 'boolean':
      return ['Boolean'];
    default:
      return null;
  }
}

/** The differences between a GraphQL enum's values and a REST enum, [] when they are equal sets. */
export function enumDifference(type, values) {
  if (!(type instanceof GraphQLEnumType)) return [`${type} is no enum`];
  const have = new Set(type.getValues().map((v) => v.name));
  const want = new Set(values);
  const missing = [...want].filter((v) => !have.has(v));
  const extra = [...have].filter((v) => !want.has(v));
  const out = [];
  if (missing.length) out.push(`enum ${type} lacks REST's ${missing.join(', ')}`);
  if (extra.length) out.push(`enum ${type} has ${extra.join(', ')}, which REST does not`);
  return out;
}

function describe(s) {
  if (Array.isArray(s.enum)) return `the enum [${s.enum.join(', ')}]`;
  if (s.type === 'array') return 'an array';
  if (s.oneOf) return 'a oneOf';
  return s.format ? `${s.type} (${s.format})` : String(s.type ?? 'an untyped schema');
}
