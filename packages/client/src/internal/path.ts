/**
 * Fills `{name}` placeholders of an OpenAPI path template, percent-encoding each value with
 * `encodeURIComponent` semantics (R9.1). Throws a TypeError naming the operation and parameter,
 * before anything is sent, when a value is missing or empty (`/templates/` would list instead of
 * read), exactly `.` or `..` (fetch's WHATWG URL parser resolves dot segments, even as `%2E`, so
 * `/users/../roles` would reach `/roles`), or not encodable (a lone UTF-16 surrogate).
 */
export function buildPath(template: string, params: Record<string, string | number>, operationId: string): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    const fail = (why: string) => new TypeError(`${operationId}: path parameter '${name}' ${why}`);
    if (value === undefined || value === null || value === '') throw fail(`is required (got ${JSON.stringify(value)})`);
    const text = String(value);
    if (text === '.' || text === '..') throw fail(`cannot be '${text}' (fetch would resolve it as a dot segment)`);
    try {
      return encodeURIComponent(text);
    } catch {
      throw fail('is not valid UTF-16');
    }
  });
}
