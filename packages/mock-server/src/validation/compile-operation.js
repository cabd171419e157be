import { compileParams } from './compile-params.js';
import { compileSecurity } from './compile-security.js';
import { compileBody } from './compile-body.js';
import { compileResponses } from '../responses/compile-responses.js';
import { compilePagination } from '../responses/pagination.js';

/**
 * Everything the hot path needs for one operation, computed once at start: parameter, security
 * and body validators, the pre-serialised responses and the last page of a paginated list.
 */
export function compileOperation(op, spec, ajvPair) {
  const { doc } = spec;
  const params = compileParams(op, doc, ajvPair.coercing);
  const security = compileSecurity(op.security, doc);
  const usesCookies = Boolean(params.cookie) || (op.security ?? []).some((req) =>
    Object.keys(req ?? {}).some((name) => doc.components?.securitySchemes?.[name]?.in === 'cookie'));
  const responses = compileResponses(op, doc, spec);
  return {
    operationId: op.operationId,
    method: op.method,
    pathTemplate: op.pathTemplate,
    params,
    security,
    usesCookies,
    body: compileBody(op.requestBody, doc, ajvPair),
    responses,
    pagination: compilePagination(op, doc, responses),
  };
}
