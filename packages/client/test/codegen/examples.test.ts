import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const pkgDir = fileURLToPath(new URL('../..', import.meta.url));
const resourcesDir = join(pkgDir, 'src/generated/resources');

/** Every ```ts block of the generated method docs, with the leading ` * ` removed. */
function generatedExamples(): { where: string; code: string }[] {
  const out: { where: string; code: string }[] = [];
  for (const file of readdirSync(resourcesDir)) {
    const text = readFileSync(join(resourcesDir, file), 'utf8');
    for (const match of text.matchAll(/```ts\n([\s\S]*?)\n\s*\* ```/g)) {
      out.push({ where: file, code: (match[1] as string).split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n') });
    }
  }
  return out;
}

test('every generated method example type-checks against the client', () => {
  const examples = generatedExamples();
  expect(examples.length).toBeGreaterThanOrEqual(49);
  const dir = mkdtempSync(join(tmpdir(), 'sais-examples-'));
  const body = examples.map((e, i) => `// ${e.where}\nexport async function example${i}() {\n${e.code}\n}\n`).join('\n');
  const file = join(dir, 'examples.ts');
  writeFileSync(
    file,
    `import { toFile, type SecureAIStudio } from ${JSON.stringify(join(pkgDir, 'src/index.js'))};\ndeclare const client: SecureAIStudio;\ndeclare const pngBytes: Uint8Array;\n\n${body}`,
  );
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(
    process.execPath,
    [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom,dom.iterable', '--types', 'node', '--typeRoots', join(pkgDir, '../../node_modules/@types'), file],
    { encoding: 'utf8', cwd: pkgDir },
  );
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 60_000);
