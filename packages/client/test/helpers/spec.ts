import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The spec the client was generated from; tests answer with its own response examples. */
export const spec = parse(readFileSync(fileURLToPath(new URL('../../../../openapi.yaml', import.meta.url)), 'utf8'));

interface Located {
  path: string;
  method: string;
  op: Record<string, any>;
}

export function findOperation(operationId: string): Located {
  for (const [path, item] of Object.entries<Record<string, any>>(spec.paths)) {
    for (const [method, op] of Object.entries<Record<string, any>>(item)) {
      if (op?.operationId === operationId) return { path, method: method.toUpperCase(), op };
    }
  }
  throw new Error(`no operation ${operationId} in openapi.yaml`);
}

function deref(node: any): any {
  let current = node;
  while (current?.$ref) current = current.$ref.slice(2).split('/').reduce((n: any, k: string) => n[k], spec);
  return current;
}

/** A deep copy of the spec's example for an operation's response (first media type). */
export function example(operationId: string, status?: number): any {
  const { op } = findOperation(operationId);
  const code = status ?? Number(Object.keys(op.responses).find((c) => c.startsWith('2')));
  const response = deref(op.responses[String(code)]);
  const media: any = Object.values(response.content ?? {})[0];
  const value = media?.example ?? (Object.values(media?.examples ?? {})[0] as any)?.value;
  if (value === undefined) throw new Error(`no example for ${operationId} ${code}`);
  return structuredClone(value);
}
