import { sendProblem } from '../http/send.js';
import { writeReply } from './reply.js';

/**
 * How stateful mode answers: every answer it builds is checked against the operation's response
 * schema first; one the spec forbids is reported to `onViolation` and spec mode's documented
 * answer goes out instead, so the server never says what its own spec forbids.
 */
export function createAnswers({ validators, specResponder, problemFor, onViolation }) {
  /** An application/problem+json answer with the spec's documented problem for `status`. */
  function problem(ctx, status, detail, errors) {
    return sendProblem(ctx.res, ctx.req, ctx.requestId, status, problemFor(ctx.op, status), { detail, errors });
  }

  /** Does the reply `r` match the spec? Reports it when not. */
  function check(ctx, pair, r) {
    const violations = validators.check(pair.raw, r.status, r.contentType, r.body);
    if (violations === null) return true;
    onViolation?.({ operationId: pair.op.operationId, status: r.status, violations });
    return false;
  }

  /** Sends `r` if the spec allows it, else spec mode's answer. */
  function finish(ctx, pair, r) {
    if (!check(ctx, pair, r)) return specResponder(ctx);
    return writeReply(ctx.res, ctx.req, r, ctx.requestId);
  }

  return { problem, check, finish };
}
