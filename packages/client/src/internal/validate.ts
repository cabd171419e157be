import type { ZodMiniType } from 'zod/mini';
import { ResponseValidationError } from '../core/errors.js';
import type { Logger, ValidationMode } from '../core/request-options.js';
import { toJsonPointer } from './json-pointer.js';

/**
 * R7: checks `data` against `schema`. The data is returned as received (never the parsed
 * copy), so unknown fields from a newer server survive and 'off' and 'strict' return the same.
 */
export function validateResponse<T>(
  data: T,
  schema: ZodMiniType | undefined,
  mode: ValidationMode,
  operationId: string,
  logger: Logger,
  requestId?: string,
): T {
  if (mode === 'off' || !schema) return data;
  const result = schema.safeParse(data);
  if (result.success) return data;
  const issues = result.error.issues.map((issue) => ({ path: toJsonPointer(issue.path), message: issue.message }));
  const error = new ResponseValidationError(operationId, issues, requestId);
  if (mode === 'strict') throw error;
  logger.warn(error.message, error);
  return data;
}
