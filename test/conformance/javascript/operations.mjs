// The operation table of the JavaScript SDK, read from the SDK itself: every exported `*Api`
// class has one `<operationId>WithHttpInfo(...)` method per operation, and its generated body
// names each wire parameter with the argument that feeds it:
//   const pathParams = { 'jobId': jobId };  const headerParams = { 'Range': opts['range'] };
//   const formParams = { 'file': file };    const postBody = templateCreate;
// Reading those from the method's source (Function.prototype.toString) gives, for any
// operationId, which argument position or `opts` key carries each path/query/header/form
// parameter and the body, so adding a contract or an operation needs no driver code.
import * as sdk from '../../../sdks/javascript/src/index.js';

const LOCATIONS = { pathParams: 'path', queryParams: 'query', headerParams: 'header', formParams: 'form' };

/**
 * @typedef {{arg: number} | {opt: string}} Slot  where a value goes: a positional argument or a key of `opts`
 * @typedef {{id: string, api: Function, method: string, args: string[],
 *   params: {path: Map<string, Slot>, query: Map<string, Slot>, header: Map<string, Slot>, form: Map<string, Slot>},
 *   body: Slot | null}} Operation
 */

function slotFor(expression, args, where) {
  const opt = expression.match(/\bopts\[['"]([^'"]+)['"]\]/);
  if (opt) return { opt: opt[1] };
  const name = expression.match(/^[A-Za-z_$][\w$]*$/)?.[0] ?? expression.match(/\(([A-Za-z_$][\w$]*)\b/)?.[1];
  const arg = args.indexOf(name);
  if (arg >= 0) return { arg };
  throw new Error(`cannot tell which argument feeds ${where} (\`${expression}\`)`);
}

/** Parses one generated `<op>WithHttpInfo` method into an Operation. */
function parse(id, api, fn) {
  const source = fn.toString();
  const signature = source.match(/^[\w$]+\s*\(([^)]*)\)/);
  if (!signature) throw new Error(`${api.name}#${id}WithHttpInfo: unexpected method source`);
  // The last parameter, `requestOptions`, holds per-call options (timeout, signal, ...), not
  // operation input; contracts never fill it.
  const args = signature[1].split(',').map((a) => a.trim()).filter((a) => a && a !== 'requestOptions');
  const params = {};
  for (const [block, location] of Object.entries(LOCATIONS)) {
    const found = source.match(new RegExp(`const ${block} = \\{([^}]*)\\}`));
    if (!found) throw new Error(`${api.name}#${id}WithHttpInfo: no ${block} object`);
    params[location] = new Map();
    for (const [, wire, expression] of found[1].matchAll(/['"]([^'"]+)['"]\s*:\s*([^\n]+?),?\s*$/gm)) {
      params[location].set(wire, slotFor(expression.trim(), args, `${location} parameter ${wire} of ${id}`));
    }
  }
  const postBody = source.match(/const postBody = ([^;]+);/)?.[1].trim();
  const body = !postBody || postBody === 'null' ? null : slotFor(postBody, args, `the body of ${id}`);
  return { id, api, method: id, args, params, body };
}

let table;
/** operationId → Operation, for every operation the SDK's API classes offer. */
export function operations() {
  if (table) return table;
  table = new Map();
  for (const [name, api] of Object.entries(sdk)) {
    if (!/Api$/.test(name) || typeof api !== 'function') continue;
    for (const key of Object.getOwnPropertyNames(api.prototype)) {
      const id = key.match(/^(.+)WithHttpInfo$/)?.[1];
      if (id && typeof api.prototype[id] === 'function') table.set(id, parse(id, api, api.prototype[key]));
    }
  }
  return table;
}

export { sdk };
