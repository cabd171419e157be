import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SCHEMATHESIS_VERSION = '4.32.5';

/**
 * The `st` executable of schemathesis SCHEMATHESIS_VERSION in a venv under `cacheDir`, created
 * (python3 -m venv + pip) when it is missing or holds another version, else reused as it is.
 */
export function ensureSchemathesis(cacheDir, log = (line) => process.stdout.write(`${line}\n`)) {
  const venv = path.join(cacheDir, `schemathesis-${SCHEMATHESIS_VERSION}`);
  const st = path.join(venv, 'bin', 'st');
  if (existsSync(st) && versionOf(st) === SCHEMATHESIS_VERSION) return st;
  log(`fuzz: installing schemathesis ${SCHEMATHESIS_VERSION} into ${path.relative(process.cwd(), venv) || venv}`);
  run('python3', ['-m', 'venv', '--clear', venv]);
  run(path.join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`]);
  const got = versionOf(st);
  if (got !== SCHEMATHESIS_VERSION) throw new Error(`schemathesis in ${venv} reports version ${got ?? 'none'}, expected ${SCHEMATHESIS_VERSION}`);
  return st;
}

function versionOf(st) {
  const r = spawnSync(st, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? /(\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] ?? null : null;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}
