import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 15_000,
    // The shared behaviour vectors (test/vectors/README.md), unless the caller points elsewhere.
    env: { SAIS_VECTORS: process.env.SAIS_VECTORS ?? fileURLToPath(new URL('../../test/vectors', import.meta.url)) },
  },
});
