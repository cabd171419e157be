/** Turns a zod issue path into an RFC 6901 JSON pointer (`['data', 0, 'id']` → `/data/0/id`). */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
