// Writes src/generated/resources/<tag>.ts: one base class per tag with a typed method per
// operation (TSDoc from the spec's summary, description and examples), plus index.ts mapping
// every operationId to its resource method. Hand-written classes in src/resources extend these.
import { describeAll } from './operations.mjs';
// One naming module for every SDK: each operation's x-sdk-method, else the shared rule.
import { camelHeader, pascal, resourceClass, resourceProperty, sdkParamsName } from '../../../../generators/lib/sdk-names.mjs';
import { oneLine } from './zod-schemas.mjs';

const comment = (text) => String(text).replace(/\*\//g, '*\\/');

function jsLiteral(value, indent) {
  const json = JSON.stringify(value, null, 2).replace(/"([A-Za-z_$][A-Za-z0-9_$]*)":/g, '$1:');
  return json.split('\n').join('\n' + indent);
}

function exampleOf(param) {
  return param.example ?? param.schema?.example ?? param.name;
}

function bodyExample(d) {
  const media = d.body.content[d.bodyKind === 'json' ? 'application/json' : 'multipart/form-data'];
  if (d.bodyKind === 'multipart') return null;
  return media.example ?? Object.values(media.examples ?? {})[0]?.value ?? {};
}

function opTypes(d) {
  const O = `operations[${JSON.stringify(d.id)}]`;
  const P = pascal(d.id);
  const t = { params: undefined, body: undefined, result: undefined, item: undefined, event: undefined, decls: [] };
  const paramLines = [];
  for (const p of d.query) {
    const doc = p.description ? `  /** ${comment(oneLine(p.description))} */\n` : '';
    paramLines.push(`${doc}  ${p.name}${p.required ? '' : '?'}: NonNullable<${O}['parameters']['query']>[${JSON.stringify(p.name)}];`);
  }
  for (const p of d.headerParams) {
    const doc = `  /** \`${p.name}\` header${p.description ? `: ${comment(oneLine(p.description))}` : ''} */\n`;
    paramLines.push(`${doc}  ${camelHeader(p.name)}${p.required ? '' : '?'}: NonNullable<${O}['parameters']['header']>[${JSON.stringify(p.name)}];`);
  }
  if (paramLines.length) {
    // Every SDK's name for it (`TemplateListParams`), from the shared rule.
    t.params = sdkParamsName(d.op);
    t.paramsRequired = [...d.query, ...d.headerParams].some((p) => p.required);
    t.decls.push(`/** Query and header parameters of \`${d.id}\`. */\nexport interface ${t.params} {\n${paramLines.join('\n')}\n}`);
  }
  if (d.body) {
    t.body = `${P}Body`;
    if (d.bodyKind === 'json') {
      t.decls.push(`/** Request body of \`${d.id}\`. */\nexport type ${P}Body = NonNullable<${O}['requestBody']>['content']['application/json'];`);
    } else {
      const media = d.body.content['multipart/form-data'];
      const schema = media.schema.$ref ? d.resolve(media.schema.$ref) : media.schema;
      const binary = Object.entries(schema.properties ?? {}).filter(([, s]) => s.format === 'binary').map(([k]) => k);
      const required = new Set(schema.required ?? []);
      // Each file part keeps the document's description as its doc comment (typedoc requires one).
      const files = binary
        .map((k) => `\n  /** ${(schema.properties[k].description ?? `The \`${k}\` file part.`).replace(/\*\//g, '*\\/')} A Blob, File or bytes (see \`toFile\`). */\n  ${k}${required.has(k) ? '' : '?'}: Uploadable;`)
        .join('');
      t.decls.push(
        `/** Multipart request body of \`${d.id}\`; file parts take a Blob, File or bytes. */\nexport type ${P}Body = Omit<NonNullable<${O}['requestBody']>['content']['multipart/form-data'], ${binary.map((k) => JSON.stringify(k)).join(' | ')}> & {${files}\n};`,
      );
      t.usesUploadable = true;
    }
  }
  if (d.response === 'json') {
    t.result = `${P}Response`;
    t.decls.push(`/** Response body of \`${d.id}\` (HTTP ${d.status}). */\nexport type ${P}Response = ${O}['responses'][${d.status}]['content']['application/json'];`);
    if (d.pagination) {
      t.item = `${P}Item`;
      t.decls.push(`/** One item of a \`${d.id}\` page. */\nexport type ${P}Item = ${P}Response[${JSON.stringify(d.pagination.itemsField)}][number];`);
    }
  } else if (d.response === 'sse') {
    t.event = `${P}Event`;
    const name = d.schema.$ref.split('/').pop();
    t.decls.push(`/** The \`data\` of one \`${d.id}\` server-sent event. */\nexport type ${P}Event = components['schemas'][${JSON.stringify(name)}];`);
  }
  return t;
}

function renderMethod(d, t, prop) {
  const name = d.sdkMethod;
  const args = [];
  const call = [];
  for (const p of d.pathParams) args.push(`${p.name}: string`);
  if (d.pathParams.length) call.push(`path: { ${d.pathParams.map((p) => p.name).join(', ')} }`);
  const later = [];
  if (t.body) later.push({ name: 'body', type: t.body, required: d.body.required === true });
  if (t.params) later.push({ name: 'params', type: t.params, required: t.paramsRequired });
  // An optional argument cannot precede a required one: it then takes `| undefined` instead.
  later.forEach((a, i) => {
    const laterRequired = later.slice(i + 1).some((b) => b.required);
    args.push(a.required ? `${a.name}: ${a.type}` : laterRequired ? `${a.name}: ${a.type} | undefined` : `${a.name}?: ${a.type}`);
  });
  if (t.body) call.push('body');
  if (t.params) call.push('params');
  args.push('options?: RequestOptions');
  const callArgs = `{ ${call.join(', ')} }`;
  let returns;
  let impl;
  if (d.pagination) {
    returns = `PagePromise<${t.item}>`;
    impl = `this._client.requestPage<${t.item}>(ops.${d.id}, ${callArgs}, options)`;
  } else if (d.response === 'json') {
    returns = `APIPromise<${t.result}>`;
    impl = `this._client.request<${t.result}>(ops.${d.id}, ${callArgs}, options)`;
  } else if (d.response === 'sse') {
    returns = `APIPromise<Stream<${t.event}>>`;
    impl = `this._client.requestStream<${t.event}>(ops.${d.id}, ${callArgs}, options)`;
  } else if (d.response === 'binary') {
    returns = 'APIPromise<BinaryResponse>';
    impl = `this._client.requestBinary(ops.${d.id}, ${callArgs}, options)`;
  } else {
    returns = 'APIPromise<void>';
    impl = `this._client.request<void>(ops.${d.id}, ${callArgs}, options)`;
  }

  // Example call built from the spec's own examples.
  const exArgs = d.pathParams.map((p) => JSON.stringify(exampleOf(p)).replace(/^"|"$/g, "'"));
  if (t.body) {
    const ex = bodyExample(d);
    exArgs.push(ex === null ? "{ file: toFile(pngBytes, 'reference.png', 'image/png') }" : jsLiteral(ex, ''));
  }
  const requiredParams = [...d.query, ...d.headerParams].filter((p) => p.required);
  if (t.params && requiredParams.length) {
    exArgs.push(`{ ${requiredParams.map((p) => `${d.query.includes(p) ? p.name : camelHeader(p.name)}: ${JSON.stringify(exampleOf(p))}`).join(', ')} }`);
  }
  const invocation = `client.${prop}.${name}(${exArgs.join(', ')})`;
  let example;
  if (d.pagination) example = [`for await (const item of ${invocation}) {`, '  console.log(item);', '}'];
  else if (d.response === 'sse') example = [`for await (const event of await ${invocation}) {`, '  console.log(event.event, event.data);', '}'];
  else if (d.response === 'binary') example = [`const content = await ${invocation};`, 'const bytes = await content.bytes();'];
  else if (d.response === 'empty') example = [`await ${invocation};`];
  else example = [`const result = await ${invocation};`];

  const doc = ['/**'];
  if (d.op.summary) doc.push(` * ${comment(oneLine(d.op.summary))}.`.replace(/\.\.$/, '.'));
  if (d.op.description) doc.push(' *', ...comment(d.op.description.trim()).split('\n').map((l) => ` * ${l}`.trimEnd()));
  doc.push(' *', ` * \`${d.method} ${d.path}\` (operation \`${d.id}\`${d.auth ? '' : ', no authentication'}${d.idempotencyKey ? ', sends an Idempotency-Key' : ''}).`);
  for (const p of d.pathParams) doc.push(` * @param ${p.name} - ${comment(oneLine(p.description ?? p.name))}`);
  if (t.body) doc.push(' * @param body - The request body.');
  if (t.params) doc.push(' * @param params - Query and header parameters.');
  doc.push(' * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.');
  doc.push(' * @example', ' * ```ts', ...example.flatMap((l) => l.split('\n')).map((l) => ` * ${l}`), ' * ```', ' */');
  return `${doc.map((l) => '  ' + l).join('\n')}\n  ${name}(${args.join(', ')}): ${returns} {\n    return ${impl};\n  }`;
}

export function renderResourceFiles(doc, header) {
  const all = describeAll(doc).map((d) => ({
    ...d,
    resolve: (ref) => ref.split('/').slice(1).reduce((n, k) => n[k], doc),
  }));
  const tags = [...new Set(all.map((d) => d.tag))];
  const files = new Map();
  const index = [];
  for (const tag of tags) {
    const ops = all.filter((d) => d.tag === tag);
    const prop = resourceProperty(tag);
    const cls = `${resourceClass(tag)}Base`;
    const types = ops.map(opTypes);
    const names = new Set();
    for (const d of ops) {
      const n = d.sdkMethod;
      if (names.has(n)) throw new Error(`openapi.yaml: tag '${tag}' would get two methods named '${n}'; give them distinct x-sdk-method values`);
      names.add(n);
    }
    const methods = ops.map((d, i) => renderMethod(d, types[i], prop));
    const body = methods.join('\n\n') + '\n';
    const declText = types.flatMap((t) => t.decls).join('\n\n');
    const used = (id) => new RegExp(`\\b${id}\\b`).test(body + declText);
    const imports = [];
    if (used('APIPromise')) imports.push("import type { APIPromise } from '../../core/api-promise.js';");
    if (used('BinaryResponse')) imports.push("import type { BinaryResponse } from '../../core/binary.js';");
    if (used('PagePromise')) imports.push("import type { PagePromise } from '../../core/pagination.js';");
    imports.push("import type { RequestOptions } from '../../core/request-options.js';");
    imports.push("import { APIResource } from '../../core/resource.js';");
    if (used('Stream')) imports.push("import type { Stream } from '../../core/streaming.js';");
    if (used('Uploadable')) imports.push("import type { Uploadable } from '../../core/uploads.js';");
    const typeNames = ['components', 'operations'].filter((n) => new RegExp(`\\b${n}\\[`).test(declText));
    if (typeNames.length) imports.push(`import type { ${typeNames.join(', ')} } from '../openapi.js';`);
    imports.push("import * as ops from '../operations.js';");
    const tagInfo = (doc.tags ?? []).find((t) => t.name === tag);
    const classDoc = [
      '/**',
      ` * Operations tagged \`${tag}\`${tagInfo?.description ? `: ${comment(oneLine(tagInfo.description))}` : '.'}`,
      ' * Generated base of the hand-written resource class; reach it as',
      ` * \`client.${prop}\`.`,
      ' */',
    ].join('\n');
    files.set(`${tag}.ts`, `${header}${imports.join('\n')}\n\n${declText}\n\n${classDoc}\nexport class ${cls} extends APIResource {\n${body}}\n`);
    for (const d of ops) index.push(`  ${d.id}: [${JSON.stringify(prop)}, ${JSON.stringify(d.sdkMethod)}],`);
  }
  files.set(
    'index.ts',
    `${header}/** Every operationId of openapi.yaml and the client property and method that call it. */\nexport const operationMethods = {\n${index.join('\n')}\n} as const;\n`,
  );
  return files;
}
