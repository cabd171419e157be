// C# samples (C# 7.2, netstandard2.0, as Mono's mcs compiles them):
// `await client.<Resource>.<Method>Async(pathParams..., body?, params?)` with request models as
// object initialisers (`new TemplateCreate { Name = ... }`), enums as the SDK's constants
// (`JobType.Image`, an inline enum as `EncryptionSettings.KeySourceEnum.PlatformManaged`), dates as
// `DateTimeOffset`, and the operation's params class (`new TemplateListParams { Limit = 5 }`;
// the form fields of an upload go there too).
import { csharpConstant, csharpProperty, pascal } from './names.mjs';

const cString = (s) => JSON.stringify(String(s));

function expr(node, indent, usings) {
  switch (node.kind) {
    case 'null':
      return 'null';
    case 'string':
      return cString(node.value);
    case 'int':
      return node.long ? `${node.value}L` : String(node.value);
    case 'number':
      return Number.isInteger(node.value) ? `${node.value}.0` : String(node.value);
    case 'bool':
      return String(node.value);
    case 'date':
    case 'datetime':
      usings.add('System.Globalization');
      return `DateTimeOffset.Parse(${cString(node.value)}, CultureInfo.InvariantCulture)`;
    case 'enum':
      if (node.model) return `${node.model}.${csharpConstant(node.value)}`;
      if (!node.owner) throw new Error(`an inline enum outside a model (${node.prop}) has no C# type`);
      return `${node.owner}.${pascal(node.prop)}Enum.${csharpConstant(node.value)}`;
    case 'array': {
      usings.add('System.Collections.Generic');
      const type = node.itemModel ?? elementType(node);
      return `new List<${type}> { ${node.items.map((i) => expr(i, indent, usings)).join(', ')} }`;
    }
    case 'map':
      return plain(node.value, indent, usings);
    case 'object': {
      if (!node.model) return plain(Object.fromEntries(node.fields.map((f) => [f.name, f.typed.value])), indent, usings);
      const inner = indent + '    ';
      const fields = node.fields.map((f) => `${inner}${csharpProperty(f.name)} = ${expr(f.typed, inner, usings)},`);
      return `new ${node.model}\n${indent}{\n${fields.join('\n')}\n${indent}}`;
    }
    default:
      throw new Error(`no C# expression for a ${node.kind}`);
  }
}

function elementType(node) {
  const kinds = { string: 'string', date: 'DateTimeOffset', datetime: 'DateTimeOffset', int: 'int', number: 'double', bool: 'bool' };
  const first = node.items[0];
  if (first && kinds[first.kind]) return first.long ? 'long' : kinds[first.kind];
  return { string: 'string', integer: 'int', number: 'double', boolean: 'bool' }[node.itemKind] ?? 'object';
}

/** A free-form value (`type: object` without properties): dictionaries and lists of objects. */
function plain(value, indent, usings) {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    usings.add('System.Collections.Generic');
    return `new List<object> { ${value.map((v) => plain(v, indent, usings)).join(', ')} }`;
  }
  if (typeof value === 'object') {
    usings.add('System.Collections.Generic');
    return `new Dictionary<string, object> { ${Object.entries(value).map(([k, v]) => `{ ${cString(k)}, ${plain(v, indent, usings)} }`).join(', ')} }`;
  }
  return typeof value === 'string' ? cString(value) : String(value);
}

export function csharpSample(op) {
  const usings = new Set(['System', 'System.Threading.Tasks', 'SecureAiStudio.Sdk', 'SecureAiStudio.Sdk.Models']);
  const indent = '';
  const args = op.pathParams.map((p) => cString(p.value));
  if (op.body && !op.body.multipart) args.push(expr(op.body.typed, indent, usings));
  const inits = [];
  if (op.body?.multipart) {
    inits.push(`${csharpProperty(op.body.fileField)} = FileUpload.FromFile("reference.png")`);
    for (const f of op.body.fields) inits.push(`${csharpProperty(f.name)} = ${expr(f.typed, indent + '    ', usings)}`);
  }
  for (const p of op.callParams) inits.push(`${csharpProperty(p.name)} = ${expr(p.typed, indent + '    ', usings)}`);
  if (inits.length > 0) args.push(`new ${op.paramsName} { ${inits.join(', ')} }`);
  const call = `client.${pascal(op.tag)}.${pascal(op.method)}Async(${args.join(', ')})`;
  const lines = [];
  const g = op.graphql;
  if (g) {
    // R13.1: the document, its variables and the operation name, not the raw body.
    const gArgs = [cString(g.document)];
    if (g.variables !== null || g.operationName !== null) gArgs.push(plain(g.variables ?? {}, indent, usings));
    if (g.operationName !== null) gArgs.push(cString(g.operationName));
    lines.push(`var result = await client.${pascal(op.tag)}.${pascal(g.method)}Async(\n    ${gArgs.join(',\n    ')});`, '// Errors of single fields come beside the data; an invalid document throws BadRequestException.', 'Console.WriteLine(result.Data + " " + (result.Errors == null ? 0 : result.Errors.Count) + " errors");');
  } else if (op.paginated) {
    lines.push('// Every item of every page; the next page is fetched when this one is used up.', `var items = (await ${call}).AutoPagingAsync();`, 'while (await items.MoveNextAsync()) Console.WriteLine(items.Current);');
  } else if (op.response === 'events') {
    lines.push(`using (var events = await ${call})`, '{', '    while (await events.MoveNextAsync()) Console.WriteLine(events.Current.Event + " " + events.Current.Data);', '}');
  } else if (op.response === 'binary') {
    lines.push(`byte[] content = await ${call};`, 'Console.WriteLine(content.Length + " bytes");');
  } else if (op.response === 'empty') {
    lines.push(`await ${call};`);
  } else if (op.waiter) {
    lines.push(`var result = await ${call};`, `// Polls until the work is done (${op.waiter.terminal.join(', ')}).`, `var done = await client.${pascal(op.tag)}.${pascal(op.waiter.method)}Async(result.Id);`, 'Console.WriteLine(done.Status);');
  } else {
    lines.push(`var result = await ${call};`, 'Console.WriteLine(result);');
  }
  return [
    ...[...usings].sort(usingOrder).map((u) => `using ${u};`),
    '',
    'static class Example',
    '{',
    '    static void Main() => Run().GetAwaiter().GetResult();',
    '',
    '    static async Task Run()',
    '    {',
    '        // Reads the API key from SECURE_AI_STUDIO_API_KEY and the base URL from SECURE_AI_STUDIO_BASE_URL.',
    '        using (var client = new SecureAIStudioClient())',
    '        {',
    ...lines.flatMap((l) => l.split('\n')).map((l) => `            ${l}`),
    '        }',
    '    }',
    '}',
  ].join('\n') + '\n';
}

// `System*` first, as Visual Studio sorts them.
function usingOrder(a, b) {
  const sa = a === 'System' || a.startsWith('System.');
  const sb = b === 'System' || b.startsWith('System.');
  return sa === sb ? a.localeCompare(b) : sa ? -1 : 1;
}
