import { parseCookies } from '../http/parse-cookies.js';
import { parseMultipart } from '../validation/parse-multipart.js';
import { BAD_URL } from '../http/router.js';

const EMPTY = Object.freeze(Object.create(null));

/**
 * Validates a proxied request against its operation with the same compiled validators spec
 * mode answers from (security, parameters, body), collecting the violations instead of
 * answering them. Returns `{ op, found, body, multipart, violations }`; `op` is null when no
 * operation matches (the request is forwarded anyway and reported).
 */
export async function checkRequest(router, { method, url, headers, body }) {
  const found = router.match(method, url);
  if (found === null || found === BAD_URL) return { op: null, found: null, body: undefined, multipart: null, violations: [{ location: 'path', name: '', message: `${method} ${url.split('?')[0]} is no operation of the spec` }] };
  const op = found.store;
  const query = found.searchParams ?? EMPTY;
  const cookies = op.usesCookies ? parseCookies(headers.cookie) : EMPTY;
  const violations = [];
  if (op.security !== null) {
    const failure = op.security(headers, query, cookies);
    if (failure !== null) violations.push(...failure.violations);
  }
  const p = op.params;
  for (const [check, value] of [[p.path, found.params], [p.query, query], [p.header, headers], [p.cookie, cookies]]) {
    if (check !== null) violations.push(...(check(value) ?? []));
  }
  let value;
  let multipart = null;
  if (op.body !== null) {
    if (body.length === 0) {
      if (op.body.required) violations.push({ location: 'body', name: '', message: 'a request body is required' });
    } else {
      const media = op.body.pick(headers['content-type']);
      if (media === null) violations.push({ location: 'header', name: 'Content-Type', message: `must be one of: ${op.body.allowed.join(', ')}` });
      else if (media.kind === 'json') {
        try {
          value = JSON.parse(body.toString('utf8'));
          violations.push(...(media.validate?.(value) ?? []));
        } catch (err) {
          violations.push({ location: 'body', name: '', message: `not valid JSON: ${err.message}` });
        }
      } else if (media.kind === 'multipart') {
        const parsed = await parseMultipart(headers, body, media.encoding);
        if (parsed.malformed !== null) violations.push({ location: 'body', name: '', message: `not valid multipart/form-data: ${parsed.malformed}` });
        else {
          violations.push(...parsed.violations, ...(media.validate?.({ ...parsed.fields }) ?? []));
          multipart = parsed;
        }
      }
    }
  }
  return { op, found, body: value, multipart, violations };
}
