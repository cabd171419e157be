/**
 * A small seeded PRNG (mulberry32): the same `--seed` gives the same chaos decisions and the
 * same generated IDs on every run. Not for anything secret.
 * @param {number} seed any 32-bit integer
 * @returns {() => number} a float in [0, 1)
 */
export function seededRandom(seed) {
  // The state in a typed array: an unsigned 32-bit value above 2^31 kept in a closure variable
  // would be a new heap number on every call (an ID draws 26 of them).
  const state = new Uint32Array([seed >>> 0]);
  return function next() {
    state[0] += 0x6d2b79f5;
    let t = state[0];
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
