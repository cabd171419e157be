// Java samples: `client.<resource>().<method>(pathParams..., body?, params?)` with request models
// built by their builders (`TemplateCreate.builder().name(...).build()`), enums as the SDK's
// constants (`JobType.IMAGE`, an inline enum as `EncryptionSettings.KeySourceEnum.PLATFORM_MANAGED`),
// dates parsed from the example, and the operation's params class from
// `io.secureaistudio.sdk.params` (`TemplateListParams.builder().limit(5).build()`; form fields of
// an upload go there too).
import { camelHeader } from '../../../generators/lib/sdk-names.mjs';
import { upperSnake, pascal } from './names.mjs';

const MODEL = 'io.secureaistudio.sdk.model';
const PARAMS = 'io.secureaistudio.sdk.params';

const jString = (s) => JSON.stringify(String(s));
const member = (name) => name.replace(/^./, (c) => c.toLowerCase());

/** A Java expression of a typed value; `imports` collects what it needs. */
function expr(node, indent, imports) {
  switch (node.kind) {
    case 'null':
      return 'null';
    case 'string':
      return jString(node.value);
    case 'int':
      return node.long ? `${node.value}L` : String(node.value);
    case 'number':
      return Number.isInteger(node.value) ? `${node.value}.0` : String(node.value);
    case 'bool':
      return String(node.value);
    case 'date':
      imports.add('java.time.LocalDate');
      return `LocalDate.parse(${jString(node.value)})`;
    case 'datetime':
      imports.add('java.time.OffsetDateTime');
      return `OffsetDateTime.parse(${jString(node.value)})`;
    case 'enum': {
      if (node.model) {
        imports.add(`${MODEL}.${node.model}`);
        return `${node.model}.${upperSnake(node.value)}`;
      }
      if (!node.owner) throw new Error(`an inline enum outside a model (${node.prop}) has no Java type`);
      imports.add(`${MODEL}.${node.owner}`);
      return `${node.owner}.${pascal(node.prop)}Enum.${upperSnake(node.value)}`;
    }
    case 'array':
      imports.add('java.util.List');
      return `List.of(${node.items.map((i) => expr(i, indent, imports)).join(', ')})`;
    case 'map':
      return plainMap(node.value, imports);
    case 'object': {
      if (!node.model) return plainMap(Object.fromEntries(node.fields.map((f) => [f.name, f.typed.value])), imports);
      imports.add(`${MODEL}.${node.model}`);
      const inner = indent + '    ';
      const calls = node.fields.map((f) => `\n${inner}.${member(f.name)}(${expr(f.typed, inner, imports)})`);
      return `${node.model}.builder()${calls.join('')}\n${inner}.build()`;
    }
    default:
      throw new Error(`no Java expression for a ${node.kind}`);
  }
}

function plainMap(value, imports) {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    imports.add('java.util.List');
    return `List.of(${value.map((v) => plainMap(v, imports)).join(', ')})`;
  }
  if (typeof value === 'object') {
    imports.add('java.util.Map');
    return `Map.of(${Object.entries(value).map(([k, v]) => `${jString(k)}, ${plainMap(v, imports)}`).join(', ')})`;
  }
  return typeof value === 'string' ? jString(value) : String(value);
}

export function javaSample(op) {
  const imports = new Set(['io.secureaistudio.sdk.SecureAIStudioClient']);
  const indent = '';
  const args = op.pathParams.map((p) => jString(p.value));
  if (op.body && !op.body.multipart && !op.graphql) args.push(expr(op.body.typed, indent, imports));
  const builder = [];
  if (op.body?.multipart) {
    imports.add('java.nio.file.Path');
    builder.push(`.${member(op.body.fileField)}(Path.of("reference.png"))`);
    for (const f of op.body.fields) builder.push(`.${member(f.name)}(${expr(f.typed, indent + '    ', imports)})`);
  }
  for (const p of op.callParams) {
    const name = p.in === 'header' ? camelHeader(p.name) : member(p.name);
    builder.push(`.${name}(${expr(p.typed, indent + '    ', imports)})`);
  }
  if (builder.length > 0) {
    imports.add(`${PARAMS}.${op.paramsName}`);
    args.push(`${op.paramsName}.builder()\n${indent}    ${builder.join(`\n${indent}    `)}\n${indent}    .build()`);
  }
  const g = op.graphql;
  const lines = [];
  if (g) {
    // R13.1: the document, its variables and the operation name, not the raw body.
    const gArgs = [jString(g.document)];
    if (g.variables !== null || g.operationName !== null) gArgs.push(plainMap(g.variables ?? {}, imports));
    if (g.operationName !== null) gArgs.push(jString(g.operationName));
    lines.push(`var result = client.${op.tag}().${g.method}(\n    ${gArgs.join(',\n    ')});`, '// Errors of single fields come beside the data; an invalid document throws BadRequestException.', 'System.out.println(result.getData() + " " + result.getErrors());');
  }
  const call = `client.${op.tag}().${op.method}(${args.join(', ')})`;
  if (g) {
    // the GraphQL sample is written above
  } else if (op.paginated) {
    lines.push('// Every item of every page; the next page is fetched when this one is used up.', `for (var item : ${call}.autoPager()) {`, '  System.out.println(item);', '}');
  } else if (op.response === 'events') {
    lines.push(`try (var events = ${call}) {`, '  for (var event : events) {', '    System.out.println(event.getEvent() + " " + event.getData());', '  }', '}');
  } else if (op.response === 'binary') {
    lines.push(`byte[] content = ${call};`, 'System.out.println(content.length + " bytes");');
  } else if (op.response === 'empty') {
    lines.push(`${call};`);
  } else if (op.waiter) {
    lines.push(`var result = ${call};`, `// Polls until the work is done (${op.waiter.terminal.join(', ')}).`, `var done = client.${op.tag}().${op.waiter.method}(result.getId());`, 'System.out.println(done.getStatus());');
  } else {
    lines.push(`var result = ${call};`, 'System.out.println(result);');
  }
  return [
    ...[...imports].sort().map((i) => `import ${i};`),
    '',
    'public class Example {',
    '  public static void main(String[] args) throws Exception {',
    '    // Reads the API key from SECURE_AI_STUDIO_API_KEY and the base URL from SECURE_AI_STUDIO_BASE_URL.',
    '    SecureAIStudioClient client = SecureAIStudioClient.fromEnv();',
    ...lines.flatMap((l) => l.split('\n')).map((l) => `    ${l}`),
    '  }',
    '}',
  ].join('\n') + '\n';
}
