// The part of each operation's page that the spec says only implicitly: the errors it answers
// with their problem `code`s (from the documented responses' examples), what the SDKs do about
// rate limits, retries and idempotency in plain words, and the rulebook rules
// (docs/sdk-behavior.md) the operation follows, linked. Appended to the staged copy's
// description; openapi.yaml is never written.
import { resolve } from '../../scripts/spec-check/load.mjs';

const RETRY_STATUSES = new Set(['408', '429', '500', '502', '503', '504']);

/** The problem codes of one response: its example, its named examples, and the schema's `code` enum. */
export function problemCodes(doc, response) {
  const r = resolve(doc, response) ?? {};
  const codes = new Set();
  for (const media of Object.values(r.content ?? {})) {
    const values = [media.example, ...Object.values(media.examples ?? {}).map((e) => resolve(doc, e)?.value)];
    for (const v of values) if (v && typeof v.code === 'string') codes.add(v.code);
  }
  return { codes: [...codes], description: (r.description ?? '').trim() };
}

/** `[{status, codes, description}]` for every non-2xx response of the operation. */
export function errorsOf(doc, op) {
  return Object.entries(op.responses ?? {})
    .filter(([status]) => !/^2/.test(status))
    .map(([status, response]) => ({ status, ...problemCodes(doc, response) }));
}

/**
 * The rulebook rules an operation follows: `[{id, title}]` (`R3.6`), from what it declares.
 * @param {object} model the operation model (operation-model.mjs)
 * @param {object} op the staged operation object
 */
export function rulesOf(model, op, params) {
  const rules = [];
  const add = (id, title) => rules.push({ id, title });
  if (model.public) add('R1.3', 'sent without credentials');
  else add('R1.1', 'authentication (bearer token, else API key)');
  add('R2.1', 'timeout per attempt');
  add('R2.3', 'cancellation');
  if (model.response === 'events') add('R2.4', 'no overall deadline for the stream');
  add('R3.1', 'retries');
  add('R3.3', 'which methods are retried');
  add('R3.5', 'Retry-After');
  if (model.idempotent) add('R3.6', 'idempotency keys');
  add('R5.2', 'errors by status');
  add('R5.3', 'problem details on the error');
  if (model.paginated) add('R6.1', 'pagination');
  if (model.response === 'json' || model.response === 'events') add('R7.1', 'response validation');
  if (op['x-long-running']) add('R8.1', 'waiting for the result');
  if (op['x-waiter']) add('R8.2', 'polling by waitFor');
  if (model.response === 'events') add('R8.4', 'server-sent events');
  if (model.pathParams.length > 0) add('R9.1', 'path parameters encoded, dot segments refused');
  if (model.response === 'binary') add('R9.2', 'binary download');
  if (model.body?.multipart) add('R9.3', 'multipart upload');
  if (params.some((p) => p.in === 'header' && p['x-sdk-request-option'] !== 'idempotencyKey')) add('R9.4', 'header values checked');
  if (model.body && !model.body.multipart) add('R9.5', 'only the fields you set are sent');
  add('R10.1', 'raw response access');
  const etag = Object.values(op.responses ?? {}).some((r) => r?.headers?.ETag);
  if (etag || params.some((p) => p.in === 'header' && p.name === 'If-Match')) add('R11.1', 'ETags and If-Match');
  add('R12.1', `the method is \`${model.tag}.${model.method}\` in every SDK`);
  return rules;
}

/** The Markdown appended to the operation's description. */
export function operationNotes(doc, model, op, params, { rulebookHref }) {
  const errors = errorsOf(doc, op);
  const out = ['', '', '### Errors', '', '| Status | Problem `code` | When |', '| --- | --- | --- |'];
  for (const e of errors) {
    const codes = e.codes.length ? e.codes.map((c) => `\`${c}\``).join(', ') : '—';
    out.push(`| ${e.status} | ${codes} | ${e.description.replace(/\s+/g, ' ').replace(/\|/g, '\\|')} |`);
  }
  out.push('', '### Rate limits and retries', '');
  const retryable = errors.filter((e) => RETRY_STATUSES.has(e.status) || /^5/.test(e.status)).map((e) => e.status);
  const lockCodes = errors.filter((e) => e.status === '409').flatMap((e) => e.codes).filter((c) => c === 'resource_locked' || c === 'lock_conflict');
  out.push(
    'Every response carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`. ' +
      (errors.some((e) => e.status === '429') ? 'When the limit is used up the answer is `429` (`rate_limited`) with `Retry-After`. ' : ''),
  );
  const retriedHere = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(model.httpMethod) || model.idempotent;
  const retried = [...retryable, ...(lockCodes.length ? [`409 (${lockCodes.map((c) => `\`${c}\``).join(', ')})`] : [])];
  if (retriedHere) {
    out.push(
      `The SDKs retry this ${model.httpMethod} by themselves after connection errors, timeouts and ${retried.join(', ') || 'retryable statuses'}: ` +
        'up to 2 times by default (`maxRetries`), waiting `Retry-After` when the server sends it, else an exponential backoff with jitter. ' +
        'Other errors are raised at once.',
    );
  } else {
    out.push(
      `A ${model.httpMethod} is retried only when it carries an \`Idempotency-Key\`: the SDKs raise the first failure of this call at once, ` +
        'unless you pass an `idempotencyKey` option, which makes it retryable like a GET.',
    );
  }
  out.push('', '### Idempotency', '');
  if (model.idempotent) {
    out.push(
      'This operation creates something and accepts `Idempotency-Key`. The SDKs send a fresh random key with every call and the same key on each retry of that call, ' +
        'so a retried request returns the first result instead of creating twice. Pass your own key (`idempotencyKey`) to make a repeated call from your side safe too.',
    );
  } else if (['GET', 'HEAD', 'PUT', 'DELETE'].includes(model.httpMethod)) {
    out.push(`A ${model.httpMethod} is idempotent by itself: repeating it has the effect of doing it once.`);
  } else {
    out.push('This operation takes no `Idempotency-Key`; repeating it repeats its effect.');
  }
  out.push('', '### Rulebook', '', 'Every SDK follows these rules of the [SDK behaviour rulebook](' + rulebookHref('') + ') for this call:', '');
  for (const r of rulesOf(model, op, params)) out.push(`- [${r.id}](${rulebookHref(r.id)}) ${r.title}`);
  return out.join('\n');
}
