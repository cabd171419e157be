#!/usr/bin/env node
// Packs the client as npm publishes it and runs the repository's package checker on the tarball
// (generators/javascript/package-check.mjs, shared with the JavaScript SDK): metadata, LICENSE
// (the repository's), CHANGELOG, README links, one set of declarations, engines vs require().
// Run `npm run build` first (`npm run lint:package` does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const root = join(pkgDir, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'sais-client-pack-'));
try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: pkgDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const [tarball] = readdirSync(out).filter((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${out}`);
  execFileSync(process.execPath, [join(root, 'generators/javascript/package-check.mjs'), join(out, tarball), '--same-license', join(root, 'LICENSE')], { stdio: 'inherit' });
} catch (err) {
  if (err.status) process.exit(err.status);
  throw err;
} finally {
  rmSync(out, { recursive: true, force: true });
}
