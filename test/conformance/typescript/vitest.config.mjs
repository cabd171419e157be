// The TypeScript conformance driver: one vitest test per contract of the bundle that
// test/conformance/run.mjs names in SAIS_CONTRACTS_BUNDLE.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Keep vite's cache with the repository's other caches, not in a node_modules of its own here.
  cacheDir: here('../../../.cache/conformance/vite'),
  test: {
    include: ['*.test.ts'],
    // Retry contracts wait out real backoff (R3.4) and Retry-After; sessions are independent,
    // so contracts run side by side.
    testTimeout: 60_000,
    maxConcurrency: 8,
  },
});
