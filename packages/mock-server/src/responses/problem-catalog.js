/**
 * Which problem `type`/`title`/`code` and headers the mock's own error answers use for a status:
 * the operation's documented response for that status when it has one, else the first one any
 * operation documents, else built-in defaults (see FALLBACK_PROBLEMS).
 */
export function buildProblemCatalog(operations) {
  const global = new Map();
  for (const op of operations) {
    for (const [key, response] of op.responses.byStatus) {
      if (response.problem && !global.has(key)) global.set(key, response);
    }
  }
  const none = { template: null, headers: [] };
  return function problemFor(op, status) {
    const key = String(status);
    const own = op?.responses.byStatus.get(key);
    const shared = global.get(key);
    if (!own && !shared) return none;
    return { template: own?.problem ?? shared?.problem ?? null, headers: (own ?? shared).headers };
  };
}
