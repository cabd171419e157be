/**
 * `--chaos <rate>`: that share of requests gets a fault a real server or its network produces:
 * a documented 503 or 429 with `Retry-After`, or a connection reset. Drawn from a seeded PRNG,
 * so `--seed` repeats a run's faults request for request.
 *
 * @param {{ rate: number, random: () => number }} options
 * @returns {(op) => null | { kind: 'status', status: number, retryAfter: string } | { kind: 'reset' }}
 */
export function createChaos({ rate, random }) {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`chaos rate must be between 0 and 1, got ${rate}`);
  return function decide(op) {
    if (rate === 0 || random() >= rate) return null;
    // Only statuses the operation documents: the mock never answers what its spec forbids.
    const statuses = ['503', '429'].filter((s) => op.responses.byStatus.has(s));
    const pick = Math.floor(random() * (statuses.length + 1));
    if (pick === statuses.length) return { kind: 'reset' };
    return { kind: 'status', status: Number(statuses[pick]), retryAfter: String(1 + Math.floor(random() * 2)) };
  };
}
