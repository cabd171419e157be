import { deref } from '../spec/operations.js';

const FORMAT_SAMPLES = {
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  time: '00:00:00Z',
  email: 'user@example.com',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  uuid: '00000000-0000-4000-8000-000000000000',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  byte: '',
  binary: '',
};

/**
 * A value for a schema that has no example: its example, default or first enum value, else a
 * minimal value of its type (required properties only, one array item). Used for responses and
 * headers the spec gives no example for, so every documented response can be served.
 */
export function sampleFromSchema(schema, doc, depth = 0) {
  const s = deref(doc, schema);
  if (!s || typeof s !== 'object' || depth > 12) return null;
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  if (s.allOf) {
    return s.allOf.reduce((acc, part) => {
      const v = sampleFromSchema(part, doc, depth + 1);
      return v && typeof v === 'object' && !Array.isArray(v) ? { ...acc, ...v } : acc;
    }, {});
  }
  if (s.oneOf || s.anyOf) return sampleFromSchema((s.oneOf ?? s.anyOf)[0], doc, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type ?? (s.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const out = {};
      for (const name of s.required ?? []) {
        if (s.properties?.[name]) out[name] = sampleFromSchema(s.properties[name], doc, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = Math.max(1, s.minItems ?? 1);
      return Array.from({ length: Math.min(n, 3) }, () => sampleFromSchema(s.items, doc, depth + 1));
    }
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 0;
    case 'boolean':
      return false;
    case 'string': {
      const base = FORMAT_SAMPLES[s.format] ?? 'string';
      return s.minLength > base.length ? base.padEnd(s.minLength, 'x') : base;
    }
    default:
      return s.nullable ? null : {};
  }
}
