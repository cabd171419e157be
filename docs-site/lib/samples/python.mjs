// Python samples, sync (`SecureAIStudio`) and async (`AsyncSecureAIStudio`): path parameters
// positional, everything else keyword arguments in snake_case, the request body's fields
// flattened into them (a `oneOf` body is passed whole as `body=`), nested objects as dicts in
// wire names (the SDK validates them into its models), enum lists as enum members and dates as
// `datetime`/`date` objects, which is what the SDK's annotations ask for.
import { snake, upperSnake } from './names.mjs';

// Python keywords a parameter name can collide with; openapi-generator prefixes them with `var_`.
const KEYWORDS = new Set(['from', 'import', 'class', 'def', 'global', 'in', 'is', 'lambda', 'not', 'or', 'and', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'async', 'await', 'del', 'elif', 'else', 'except', 'finally', 'for', 'if', 'nonlocal', 'assert', 'break', 'continue', 'None', 'True', 'False']);

const argName = (name) => (KEYWORDS.has(snake(name)) ? `var_${snake(name)}` : snake(name));

function pyString(s) {
  return JSON.stringify(String(s));
}

/** A plain Python literal (dict keys in wire names), for values the SDK accepts as dicts. */
function plain(value, indent) {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (Array.isArray(value)) return wrap('[', ']', value.map((v) => plain(v, indent + '    ')), indent);
  if (typeof value === 'object') return wrap('{', '}', Object.entries(value).map(([k, v]) => `${pyString(k)}: ${plain(v, indent + '    ')}`), indent);
  return typeof value === 'string' ? pyString(value) : String(value);
}

function wrap(open, close, parts, indent) {
  if (parts.length === 0) return open + close;
  const flat = `${open}${parts.join(', ')}${close}`;
  if (flat.length <= 60 && !flat.includes('\n')) return flat;
  return `${open}\n${parts.map((p) => `${indent}    ${p}`).join(',\n')},\n${indent}${close}`;
}

/** A keyword argument's value: typed where the SDK's annotation is a Python type, else plain. */
function argValue(node, indent, imports) {
  switch (node.kind) {
    case 'datetime':
      imports.add('from datetime import datetime');
      return `datetime.fromisoformat(${pyString(String(node.value).replace(/Z$/, '+00:00'))})`;
    case 'date':
      imports.add('from datetime import date');
      return `date.fromisoformat(${pyString(node.value)})`;
    case 'array':
      if (node.itemKind === 'enum' && node.itemModel) {
        imports.add(`from secure_ai_studio import ${node.itemModel}`);
        return wrap('[', ']', node.items.map((i) => `${node.itemModel}.${upperSnake(i.value, 'ENUM_')}`), indent);
      }
      return wrap('[', ']', node.items.map((i) => argValue(i, indent + '    ', imports)), indent);
    default:
      return plain(toPlain(node), indent);
  }
}

function toPlain(node) {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.fields.map((f) => [f.name, toPlain(f.typed)]));
    case 'array':
      return node.items.map(toPlain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

function callArgs(op, indent, imports) {
  // Each keyword argument sits on its own line one level in, so its value's lines go there too.
  const inner = indent + '    ';
  const args = op.pathParams.map((p) => pyString(p.value));
  const kw = [];
  if (op.body?.multipart) {
    kw.push(`${snake(op.body.fileField)}=("reference.png", Path("reference.png").read_bytes())`);
    imports.add('from pathlib import Path');
    for (const f of op.body.fields) kw.push(`${argName(f.name)}=${argValue(f.typed, inner, imports)}`);
  } else if (op.body) {
    const t = op.body.typed;
    if (t.base || t.kind !== 'object') kw.push(`body=${plain(toPlain(t), inner)}`);
    else for (const f of t.fields) kw.push(`${argName(f.name)}=${argValue(f.typed, inner, imports)}`);
  }
  for (const p of op.callParams) kw.push(`${argName(p.name)}=${argValue(p.typed, inner, imports)}`);
  const all = [...args, ...kw];
  const flat = all.join(', ');
  if (flat.length <= 50 && !flat.includes('\n')) return flat;
  return `\n${all.map((a) => `${indent}    ${a}`).join(',\n')},\n${indent}`;
}

function body(op, { aio, indent }) {
  const imports = new Set();
  const aw = aio ? 'await ' : '';
  const target = `client.${snake(op.tag)}.${snake(op.method)}`;
  const call = `${target}(${callArgs(op, indent, imports)})`;
  const lines = [];
  const g = op.graphql;
  if (g) {
    // R13.1: the document, its variables and the operation name, not the raw body.
    const gArgs = [pyString(g.document)];
    if (g.variables !== null) gArgs.push(plain(g.variables, '    '));
    if (g.operationName !== null) gArgs.push(`operation_name=${pyString(g.operationName)}`);
    lines.push(`result = ${aw}client.${snake(op.tag)}.${snake(g.method)}(\n    ${gArgs.join(',\n    ')},\n)`, '# Errors of single fields come beside the data; an invalid document raises BadRequestError.', 'print(result.data, result.errors)');
  } else if (op.paginated) {
    lines.push(`# Every item of every page; the next page is fetched when this one is used up.`, `${aio ? 'async ' : ''}for item in ${aw}${call}:`, `    print(item)`);
  } else if (op.response === 'events') {
    lines.push(`${aio ? 'async ' : ''}for event in ${aw}${call}:`, `    print(event.event, event.data)`);
  } else if (op.response === 'binary') {
    lines.push(`content = ${aw}${call}`, `data = ${aw}content.read()`, `print(content.content_type, len(data), "bytes")`);
  } else if (op.response === 'empty') {
    lines.push(`${aw}${call}`);
  } else if (op.waiter) {
    lines.push(`result = ${aw}${call}`, `# Polls until the work is done (${op.waiter.terminal.join(', ')}).`, `done = ${aw}client.${snake(op.tag)}.${snake(op.waiter.method)}(result.id)`, `print(done.status)`);
  } else {
    lines.push(`result = ${aw}${call}`, `print(result)`);
  }
  return { imports, lines: lines.flatMap((l) => l.split('\n')) };
}

const ENV_NOTE = '# Reads the API key from SECURE_AI_STUDIO_API_KEY and the base URL from SECURE_AI_STUDIO_BASE_URL.';

export function pythonSample(op) {
  const { imports, lines } = body(op, { aio: false, indent: '' });
  return [
    ...sortedImports(imports, 'from secure_ai_studio import SecureAIStudio'),
    '',
    ENV_NOTE,
    'with SecureAIStudio() as client:',
    ...lines.map((l) => `    ${l}`),
  ].join('\n') + '\n';
}

export function pythonAsyncSample(op) {
  const { imports, lines } = body(op, { aio: true, indent: '' });
  return [
    ...sortedImports(new Set([...imports, 'import asyncio']), 'from secure_ai_studio import AsyncSecureAIStudio'),
    '',
    '',
    'async def main() -> None:',
    `    ${ENV_NOTE}`,
    '    async with AsyncSecureAIStudio() as client:',
    ...lines.map((l) => `        ${l}`),
    '',
    '',
    'asyncio.run(main())',
  ].join('\n') + '\n';
}

/** Standard library imports first, then the SDK's (one `from secure_ai_studio import` line). */
function sortedImports(imports, client) {
  const sdkNames = new Set([client.replace(/^from secure_ai_studio import /, '')]);
  const std = [];
  for (const line of imports) {
    const m = /^from secure_ai_studio import (.+)$/.exec(line);
    if (m) sdkNames.add(m[1]);
    else std.push(line);
  }
  // `import x` lines before `from x import y`, as isort writes them.
  const out = [...std.sort((a, b) => (a.startsWith('from ') - b.startsWith('from ')) || a.localeCompare(b))];
  if (out.length) out.push('');
  out.push(`from secure_ai_studio import ${[...sdkNames].sort().join(', ')}`);
  return out;
}
