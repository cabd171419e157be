import fs from 'node:fs';
import path from 'node:path';

/**
 * Makes `dest` exactly `src` (removing files the generator no longer writes). `dest` is a
 * generated SDK folder, 100% generator output, so deleting it first is safe.
 */
export function replaceTree(src, dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  try {
    fs.renameSync(src, dest);
  } catch (err) {
    if (err.code !== 'EXDEV') throw err;
    fs.cpSync(src, dest, { recursive: true, verbatimSymlinks: true });
  }
}
