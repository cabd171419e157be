import { STATUS_CODES } from 'node:http';

/** Problem types and codes used when the spec documents none for a status. */
export const FALLBACK_PROBLEMS = {
  400: { type: 'https://sais-mock.dev/problems/bad-request', code: 'bad_request' },
  401: { type: 'https://sais-mock.dev/problems/unauthenticated', code: 'unauthenticated' },
  404: { type: 'https://sais-mock.dev/problems/not-found', code: 'not_found' },
  405: { type: 'https://sais-mock.dev/problems/method-not-allowed', code: 'method_not_allowed' },
  408: { type: 'https://sais-mock.dev/problems/request-timeout', code: 'request_timeout' },
  413: { type: 'https://sais-mock.dev/problems/payload-too-large', code: 'payload_too_large' },
  415: { type: 'https://sais-mock.dev/problems/unsupported-media-type', code: 'unsupported_media_type' },
  416: { type: 'https://sais-mock.dev/problems/range-not-satisfiable', code: 'range_not_satisfiable' },
  422: { type: 'https://sais-mock.dev/problems/validation-failed', code: 'validation_failed' },
  431: { type: 'https://sais-mock.dev/problems/request-header-fields-too-large', code: 'request_header_fields_too_large' },
};

// The API's Problem schema bounds (maxLength, maxItems, no control characters).
const MAX_ERRORS = 100;
const CONTROL = /[\x00-\x1F\x7F]/g;

/**
 * An `application/problem+json` body. `template` supplies `type`/`title`/`code`, taken from the
 * spec's own example for that status when it has one, so the mock's errors look like the API's.
 */
export function problemBody(template, status, { detail, instance, requestId, errors }) {
  const body = {
    type: template?.type ?? FALLBACK_PROBLEMS[status]?.type ?? 'about:blank',
    title: template?.title ?? STATUS_CODES[status] ?? 'Error',
    status,
    detail: clip(detail, 4000),
    instance: clip(instance, 2048),
    code: template?.code ?? FALLBACK_PROBLEMS[status]?.code ?? 'error',
    requestId,
  };
  if (errors) {
    body.errors = errors.slice(0, MAX_ERRORS).map((e) => ({
      location: e.location,
      name: clip(e.name, 1024),
      message: clip(e.message, 1000),
    }));
  }
  return JSON.stringify(body);
}

function clip(text, max) {
  const clean = String(text ?? '').replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

/** `{ type, title, code }` from a documented problem example, or null. */
export function problemTemplateFrom(example) {
  if (!example || typeof example !== 'object' || typeof example.code !== 'string') return null;
  return { type: example.type, title: example.title, code: example.code };
}
