import { defineConfig } from 'tsup';

// ESM (.js) + CommonJS (.cjs), each with its own declaration file (.d.ts / .d.cts), so that
// both `import` and `require` resolve correct types (checked by attw in `npm run lint:package`).
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: false,
});
