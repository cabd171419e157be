/**
 * Fills `{name}` placeholders of an OpenAPI path template, percent-encoding each value (R9.1).
 * Throws a TypeError naming the parameter when a value is missing or empty, since sending
 * `/templates/undefined` would hit the wrong resource.
 */
export function buildPath(template: string, params: Record<string, string | number>, operationId: string): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`${operationId}: path parameter '${name}' is required (got ${JSON.stringify(value)})`);
    }
    return encodeURIComponent(String(value));
  });
}
