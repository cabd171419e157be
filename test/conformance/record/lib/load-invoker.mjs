// The recorder calls packages/client exactly as the TypeScript conformance driver does, by
// importing the driver's own invoke.ts. Node 20 cannot import TypeScript, so esbuild bundles
// invoke.ts with the client's sources into one ES module under .cache first (about 0.3 s).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * @param {string} root the repository root
 * @returns {Promise<{buildClient: Function, perform: Function, CREDENTIALS: object}>} invoke.ts's exports
 */
export async function loadInvoker(root) {
  const outdir = join(root, '.cache/conformance/record');
  mkdirSync(outdir, { recursive: true });
  // One file per process, removed once imported: recorders running side by side never collide.
  const outfile = join(outdir, `invoke-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(root, 'test/conformance/typescript/invoke.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
