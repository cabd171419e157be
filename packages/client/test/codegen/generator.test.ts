import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
// @ts-expect-error plain .mjs generator modules without type declarations
import { componentContext, orderComponents, schemaExpr } from '../../scripts/codegen/zod-schemas.mjs';
// @ts-expect-error plain .mjs generator modules without type declarations
import { applyDiscriminators } from '../../scripts/codegen/discriminators.mjs';

const generate = fileURLToPath(new URL('../../scripts/generate.mjs', import.meta.url));
const specPath = fileURLToPath(new URL('../../../../openapi.yaml', import.meta.url));

/** Runs the generator in --check mode against a spec text; returns exit code and stderr. */
function checkSpec(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sais-gen-'));
  // The spec's externalValue examples are relative to it: make them resolve from the copy too.
  symlinkSync(fileURLToPath(new URL('../../../../examples', import.meta.url)), join(dir, 'examples'));
  const file = join(dir, 'openapi.yaml');
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, [generate, '--check', file], { encoding: 'utf8', cwd: dir });
  return { status: run.status, stderr: run.stderr };
}

/** Evaluates a generated zod expression (component refs resolved from `scope`). */
function evalSchema(expr: string, scope: Record<string, unknown> = {}) {
  return new Function('z', ...Object.keys(scope), `return ${expr};`)(z, ...Object.values(scope));
}

describe('zod generator', () => {
  const ctx = componentContext({ components: { schemas: {} } });

  test('maps constraints to checks that accept and reject like the spec says', () => {
    const schema = evalSchema(
      schemaExpr(
        {
          type: 'object',
          required: ['id', 'count'],
          properties: {
            id: { type: 'string', maxLength: 8, pattern: '^t_[a-z]+$' },
            count: { type: 'integer', minimum: 1, maximum: 5 },
            when: { type: 'string', format: 'date-time', nullable: true },
            tags: { type: 'array', maxItems: 2, items: { type: 'string', enum: ['a', 'b'] } },
          },
        },
        '/components/schemas/X',
        ctx,
      ),
    );
    expect(schema.safeParse({ id: 't_ab', count: 3, when: '2026-11-21T10:00:00Z', tags: ['a'] }).success).toBe(true);
    expect(schema.safeParse({ id: 't_ab', count: 3, when: null, extra: 1 }).success).toBe(true);
    for (const bad of [{ id: 't_ABC', count: 3 }, { id: 't_abcdefgh', count: 3 }, { id: 't_a', count: 0 }, { id: 't_a', count: 1.5 }, { id: 't_a', count: 1, when: '2026-11-21 10:00' }, { id: 't_a', count: 1, tags: ['a', 'b', 'a'] }, { id: 't_a', count: 1, tags: ['c'] }, { count: 1 }]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  test('a oneOf with a discriminator becomes a discriminated union on the patched literal', () => {
    const doc = applyDiscriminators({
      components: {
        schemas: {
          Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } } },
          Cat: { type: 'object', properties: { kind: { type: 'string' }, purrs: { type: 'boolean' } } },
          Dog: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } },
        },
      },
    });
    expect(doc.components.schemas.Cat.properties.kind.enum).toEqual(['cat']);
    expect(doc.components.schemas.Dog.properties.kind.enum).toEqual(['Dog']);
    expect(doc.components.schemas.Cat.required).toEqual(['kind']);
    const c = componentContext(doc);
    const Cat = evalSchema(schemaExpr(doc.components.schemas.Cat, '', c));
    const Dog = evalSchema(schemaExpr(doc.components.schemas.Dog, '', c));
    const Pet = evalSchema(schemaExpr(doc.components.schemas.Pet, '', c), { Cat, Dog });
    expect(Pet.safeParse({ kind: 'cat', purrs: true }).success).toBe(true);
    expect(Pet.safeParse({ kind: 'Dog' }).success).toBe(true);
    expect(Pet.safeParse({ kind: 'cow' }).success).toBe(false);
  });

  test('components are ordered after their dependencies; recursion is reported with its path', () => {
    expect(orderComponents({ components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' } } } })).toEqual(['B', 'A']);
    expect(() =>
      orderComponents({ components: { schemas: { A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } }, B: { type: 'array', items: { $ref: '#/components/schemas/A' } } } } }),
    ).toThrow('openapi.yaml#/components/schemas/A: recursive schema (A → B → A) is not supported by the zod generator');
  });
});

describe('generate.mjs', () => {
  test('--check passes on the committed output', () => {
    expect(execFileSync(process.execPath, [generate, '--check'], { encoding: 'utf8' })).toMatch(/src\/generated is up to date \(\d+ files/);
  });

  test('--check fails naming stale files when the spec changes', () => {
    const changed = readFileSync(specPath, 'utf8').replace('Lists templates in the library', 'Lists every template in the library');
    const { status, stderr } = checkSpec(changed);
    expect(status).toBe(1);
    expect(stderr).toContain('src/generated is stale');
    expect(stderr).toContain('differs: src/generated/resources/templates.ts');
  });

  test('bad specs fail with the file and JSON pointer of the problem, no stack trace', () => {
    const base = readFileSync(specPath, 'utf8');
    const badPattern = checkSpec(base.replace("pattern: '^tpl_[0-9A-Za-z]{8,40}$'", "pattern: '^tpl_[0-9A-Za-z]{8,40$('"));
    expect(badPattern.status).toBe(1);
    expect(badPattern.stderr).toMatch(/^openapi\.yaml#\/components\/schemas\/TemplateId\/pattern: invalid regular expression/m);
    expect(badPattern.stderr).not.toMatch(/\n\s+at /);
    const noOpId = checkSpec(base.replace(/ +operationId: getTemplate\n/, ''));
    expect(noOpId.stderr).toMatch(/openapi\.yaml#\/paths\/~1templates~1\{templateId\}\/get: operationId is required/);
    expect(checkSpec('openapi: 2.0\n').stderr).toMatch(/openapi\.yaml#\/openapi: expected an OpenAPI 3\.0\.x document/);
    expect(checkSpec('openapi: 3.0.3\npaths: [\n').stderr).toMatch(/^openapi\.yaml: not valid YAML: /);
  });
});
