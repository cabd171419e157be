/**
 * A small seeded PRNG (mulberry32): the same `--seed` gives the same chaos decisions and the
 * same generated IDs on every run. Not for anything secret.
 * @param {number} seed any 32-bit integer
 * @returns {() => number} a float in [0, 1)
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
