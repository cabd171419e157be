// TypeScript (packages/client) and JavaScript (sdks/javascript) samples: both SDKs have the call
// shape `client.<resource>.<method>(...pathParams, body?, params?, options?)` with plain object
// bodies in wire names and params in camelCase, so one writer serves both, differing only in the
// package they import.

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JS literal of a typed value; objects and arrays break over lines past a short width. */
export function jsLiteral(node, indent = '') {
  switch (node.kind) {
    case 'null':
      return 'null';
    case 'string':
    case 'date':
    case 'datetime':
    case 'enum':
      return quote(node.value);
    case 'int':
    case 'number':
    case 'bool':
      return String(node.value);
    case 'map':
      return plain(node.value, indent);
    case 'array': {
      const parts = node.items.map((i) => jsLiteral(i, indent + '  '));
      return wrap('[', ']', parts, indent);
    }
    case 'object': {
      const parts = node.fields.map((f) => `${IDENT.test(f.name) ? f.name : quote(f.name)}: ${jsLiteral(f.typed, indent + '  ')}`);
      return wrap('{', '}', parts, indent);
    }
    default:
      throw new Error(`no JavaScript literal for a ${node.kind}`);
  }
}

function plain(value, indent) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return wrap('[', ']', value.map((v) => plain(v, indent + '  ')), indent);
  if (typeof value === 'object') {
    return wrap('{', '}', Object.entries(value).map(([k, v]) => `${IDENT.test(k) ? k : quote(k)}: ${plain(v, indent + '  ')}`), indent);
  }
  return typeof value === 'string' ? quote(value) : String(value);
}

function wrap(open, close, parts, indent) {
  if (parts.length === 0) return open + close;
  const flat = `${open} ${parts.join(', ')} ${close}`.replace(/^\[ (.*) \]$/, '[$1]');
  if (flat.length <= 60 && !flat.includes('\n')) return flat;
  return `${open}\n${parts.map((p) => `${indent}  ${p}`).join(',\n')},\n${indent}${close}`;
}

function quote(s) {
  return `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/**
 * @param {object} op an operation model (operation-model.mjs)
 * @param {{pkg: string}} how the package the sample imports
 */
export function javascriptLikeSample(op, { pkg }) {
  const imports = ['SecureAIStudio'];
  const prelude = [];
  const args = op.pathParams.map((p) => quote(p.value));
  if (op.body?.multipart) {
    imports.push('toFile');
    prelude.push("import { readFile } from 'node:fs/promises';");
    const fields = [`${op.body.fileField}: await toFile(await readFile('reference.png'), 'reference.png')`, ...op.body.fields.map((f) => `${f.name}: ${jsLiteral(f.typed, '')}`)];
    args.push(`{ ${fields.join(', ')} }`);
  } else if (op.body) {
    args.push(jsLiteral(op.body.typed, ''));
  }
  if (op.callParams.length > 0) {
    args.push(`{ ${op.callParams.map((p) => `${IDENT.test(p.key) ? p.key : quote(p.key)}: ${jsLiteral(p.typed, '')}`).join(', ')} }`);
  }
  const g = op.graphql;
  if (g) {
    // R13.1: the document, its variables and the operation name, not the raw body.
    args.splice(0, args.length, quote(g.document));
    if (g.variables !== null || g.operationName !== null) args.push(plain(g.variables ?? {}, '  '));
    if (g.operationName !== null) args.push(`{ operationName: ${quote(g.operationName)} }`);
  }
  const call = g
    ? `client.${op.tag}.${g.method}(\n  ${args.join(',\n  ')},\n)`
    : `client.${op.tag}.${op.method}(${args.join(', ')})`;
  const lines = [
    ...prelude,
    `import { ${imports.join(', ')} } from '${pkg}';`,
    '',
    '// Reads the API key from SECURE_AI_STUDIO_API_KEY and the base URL from SECURE_AI_STUDIO_BASE_URL.',
    'const client = new SecureAIStudio();',
    '',
  ];
  if (g) {
    lines.push(`const { data, errors } = await ${call};`, '// Errors of single fields come beside the data; an invalid document throws BadRequestError.', 'console.log(data, errors);');
  } else if (op.paginated) {
    lines.push(`// Every item of every page; the next page is fetched when this one is used up.`, `for await (const item of ${call}) {`, '  console.log(item);', '}');
  } else if (op.response === 'events') {
    lines.push(`for await (const event of await ${call}) {`, '  console.log(event.event, event.data);', '}');
  } else if (op.response === 'binary') {
    lines.push(`const content = await ${call};`, 'const bytes = await content.bytes();', "console.log(content.contentType, bytes.length, 'bytes');");
  } else if (op.response === 'empty') {
    lines.push(`await ${call};`);
  } else if (op.waiter) {
    lines.push(`const result = await ${call};`, `// Polls until the work is done (${op.waiter.terminal.join(', ')}).`, `const done = await client.${op.tag}.${op.waiter.method}(result.id);`, 'console.log(done.status);');
  } else {
    lines.push(`const result = await ${call};`, 'console.log(result);');
  }
  return lines.join('\n') + '\n';
}
