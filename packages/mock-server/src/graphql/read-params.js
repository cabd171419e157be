/**
 * The GraphQL-over-HTTP request parameters: from the JSON body of a POST (already validated
 * against the operation's request schema), or from the query string of a GET, where
 * `variables` is JSON text. Returns `{query, variables, operationName}` or `{error}`.
 */
export function readParams({ req, body, query }) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return { error: 'The request body must be a JSON object with a query.' };
    return pick(body.query, body.variables, body.operationName);
  }
  const single = (name) => (Array.isArray(query?.[name]) ? { error: `The query parameter ${name} is given more than once.` } : { value: query?.[name] });
  for (const name of ['query', 'variables', 'operationName']) {
    const got = single(name);
    if (got.error) return got;
  }
  let variables = null;
  const text = query?.variables;
  if (text !== undefined && text !== '') {
    try {
      variables = JSON.parse(text);
    } catch (err) {
      // The parser quotes the text it stopped at, which may hold a lone surrogate: not for a JSON answer.
      return { error: `The query parameter variables is not JSON: ${String(err.message).toWellFormed()}.` };
    }
  }
  return pick(query?.query, variables, query?.operationName);
}

function pick(document, variables, operationName) {
  if (typeof document !== 'string' || document === '') return { error: 'The request has no query (the GraphQL document).' };
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return { error: 'variables must be a JSON object.' };
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return { error: 'operationName must be a string.' };
  return { query: document, variables: variables ?? null, operationName: operationName || null };
}
