import { isDeepStrictEqual } from 'node:util';
import { escapeToken } from '../spec/json-pointer.js';

/**
 * Where two JSON values differ, as readable phrases with JSON pointers:
 * `/name: expected "a", got "b"`, `/tags: expected 2 items, got 3`, `/extra: not expected, got 1`.
 * Object key order never matters. At most `limit` phrases.
 */
export function jsonDifferences(expected, actual, limit = 5) {
  const out = [];
  walk(expected, actual, '', out, limit);
  return out;
}

function walk(expected, actual, at, out, limit) {
  if (out.length >= limit || isDeepStrictEqual(expected, actual)) return;
  const where = at === '' ? '(whole body)' : at;
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      if (out.length >= limit) return;
      const child = `${at}/${escapeToken(key)}`;
      if (!Object.hasOwn(actual, key)) out.push(`${child}: missing, expected ${show(expected[key])}`);
      else if (!Object.hasOwn(expected, key)) out.push(`${child}: not expected, got ${show(actual[key])}`);
      else walk(expected[key], actual[key], child, out, limit);
    }
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      out.push(`${where}: expected ${expected.length} item${expected.length === 1 ? '' : 's'}, got ${actual.length}`);
      return;
    }
    for (let i = 0; i < expected.length && out.length < limit; i++) walk(expected[i], actual[i], `${at}/${i}`, out, limit);
    return;
  }
  out.push(`${where}: expected ${show(expected)}, got ${show(actual)}`);
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A JSON value shown briefly. */
export function show(value) {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
}
