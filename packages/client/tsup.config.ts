import { writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// ESM (.js) and CommonJS (.cjs) builds with one set of declarations:
// - the CommonJS build bundles ky, which is published as ES modules only: Node before 20.19
//   cannot require() it, and engines says ">=20". zod and eventsource-parser ship CommonJS, so
//   they stay dependencies in both builds (the ESM build bundles nothing).
// - the declarations are emitted once, with the CommonJS build (index.d.cts); index.d.ts, the
//   ES module entry's, re-exports them (an ES module may import a CommonJS one in every
//   TypeScript module mode). attw checks both resolutions in `npm run lint:package`.
const common = {
  entry: ['src/index.ts'],
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: false,
} as const;

const ESM_DECLARATIONS = `// The declarations of the ES module entry: the CommonJS build's (index.d.cts), re-exported.
export * from './index.cjs';
`;

export default defineConfig([
  {
    ...common,
    format: ['esm'],
    dts: false,
    onSuccess: async () => writeFileSync('dist/index.d.ts', ESM_DECLARATIONS),
  },
  { ...common, format: ['cjs'], dts: true, noExternal: ['ky'] },
]);
