// An example value paired with its schema, so each language can write it as a typed literal:
// Java and C# need the model class of every object (`AwsS3Destination`, the variant a `oneOf`
// discriminator picks), the enum type of every enum value (a component such as `JobType`, or
// the inline enum of a property, `EncryptionSettings.KeySourceEnum`), and dates apart from
// strings. The value itself is never changed.
import { resolve } from '../../scripts/spec-check/load.mjs';

/**
 * @param {object} doc the staged OpenAPI document
 * @param {object} schema the schema (or `$ref`) the value follows
 * @param {unknown} value the example value
 * @param {{at: string, owner?: string|null, prop?: string}} ctx where the value is (for errors)
 *   and, inside an object, the model and property it belongs to (inline enums are named by them)
 */
export function typedValue(doc, schema, value, ctx) {
  const name = componentName(schema);
  const target = resolve(doc, schema) ?? {};
  if (value === null) return { kind: 'null' };
  if (Array.isArray(target.oneOf) || Array.isArray(target.anyOf)) return variantValue(doc, target, name, value, ctx);
  const merged = mergeAllOf(doc, target);
  if (Array.isArray(merged.enum)) {
    return { kind: 'enum', value, model: name, owner: name ? null : ctx.owner ?? null, prop: ctx.prop ?? null };
  }
  if (Array.isArray(value)) {
    const items = merged.items ?? {};
    const itemTarget = resolve(doc, items) ?? {};
    // Only enums and objects are types of their own in every SDK; a named string (`TemplateTag`)
    // is a plain string.
    const itemName = Array.isArray(itemTarget.enum) || itemTarget.properties || itemTarget.oneOf ? componentName(items) : null;
    return {
      kind: 'array',
      itemModel: itemName,
      itemKind: Array.isArray(itemTarget.enum) ? 'enum' : itemTarget.type ?? 'any',
      items: value.map((v, i) => typedValue(doc, items, v, { ...ctx, at: `${ctx.at}/${i}` })),
    };
  }
  if (typeof value === 'object') {
    if (!merged.properties) return { kind: 'map', value };
    const model = name ?? null;
    return {
      kind: 'object',
      model,
      fields: Object.entries(value).map(([prop, v]) => {
        const propSchema = merged.properties[prop];
        if (!propSchema) throw new Error(`${ctx.at}: the example has '${prop}', which ${model ?? 'the schema'} does not declare`);
        return { name: prop, typed: typedValue(doc, propSchema, v, { at: `${ctx.at}/${prop}`, owner: model, prop }) };
      }),
    };
  }
  if (typeof value === 'string') {
    if (merged.format === 'date') return { kind: 'date', value };
    if (merged.format === 'date-time') return { kind: 'datetime', value };
    return { kind: 'string', value };
  }
  if (typeof value === 'number') {
    if (merged.type === 'integer') return { kind: 'int', value, long: merged.format === 'int64' };
    return { kind: 'number', value };
  }
  if (typeof value === 'boolean') return { kind: 'bool', value };
  throw new Error(`${ctx.at}: cannot write a sample value of type ${typeof value}`);
}

/** A `oneOf`: the variant the discriminator names, else the first whose required members are all there. */
function variantValue(doc, target, baseName, value, ctx) {
  const variants = target.oneOf ?? target.anyOf;
  let chosen;
  const property = target.discriminator?.propertyName;
  if (property && value && typeof value === 'object') {
    const tag = value[property];
    const mapped = target.discriminator.mapping?.[tag];
    chosen = mapped ? variants.find((v) => v.$ref === mapped) ?? { $ref: mapped } : variants.find((v) => componentName(v) === tag);
  }
  chosen ??= variants.find((v) => {
    const s = resolve(doc, v) ?? {};
    return value && typeof value === 'object' && (s.required ?? []).every((r) => r in value);
  });
  if (!chosen) throw new Error(`${ctx.at}: the example matches no variant of ${baseName ?? 'the oneOf'}`);
  return { ...typedValue(doc, chosen, value, ctx), base: baseName };
}

function mergeAllOf(doc, schema) {
  if (!Array.isArray(schema.allOf)) return schema;
  const parts = schema.allOf.map((s) => mergeAllOf(doc, resolve(doc, s) ?? {}));
  return {
    ...schema,
    ...Object.assign({}, ...parts),
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), schema.properties ?? {}),
  };
}

export function componentName(schema) {
  const m = typeof schema?.$ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref) : null;
  return m ? m[1] : null;
}
