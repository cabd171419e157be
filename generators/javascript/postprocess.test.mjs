// Unit tests of postprocess.mjs (run by test.sh): repeated enum values, as a document may list
// them (readme/schema-enums in the corpus), leave schemas.js and the declarations once each.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {dedupeSchemaEnums, dedupeLiteralUnions, dropSelfParent} from './postprocess.mjs';

test('schemas.js: repeated enum values are dropped, the first of each kept in order', () => {
    const text = `'a': {anyOf: [{type: 'null'}, S({enum: [0, 2, 2]})]},\n'b': S({enum: ["", "", "available", "available"]}),\n'c': {enum: ['x', "y", 'x']},`;
    assert.equal(dedupeSchemaEnums(text),
        `'a': {anyOf: [{type: 'null'}, S({enum: [0, 2]})]},\n'b': S({enum: ["", "available"]}),\n'c': {enum: ['x', "y"]},`);
});

test('schemas.js: an enum list without repeats, and a quoted comma, are left as they are', () => {
    const text = `{enum: ["a, b", "a", 1, 1.5, true, null]}`;
    assert.equal(dedupeSchemaEnums(text), text);
});

test('declarations: literal unions lose repeated members, other unions are untouched', () => {
    const text = [
        `    'p'?: (0 | 2 | 2) | null;`,
        `    'q'?: ("" | "" | "available" | "available");`,
        `export type Status = "a" | "b" | "a";`,
        `    validation?: 'strict' | 'warn' | 'off';`,
        `    r?: (string | string);`,
    ].join('\n');
    assert.equal(dedupeLiteralUnions(text), [
        `    'p'?: (0 | 2) | null;`,
        `    'q'?: ("" | "available");`,
        `export type Status = "a" | "b";`,
        `    validation?: 'strict' | 'warn' | 'off';`,
        `    r?: (string | string);`,
    ].join('\n'));
});

test('a model listing itself among its allOf parents loses the self-import and self-calls only', () => {
    const model = (parents) => [
        `import ApiClient from '../ApiClient.js';`,
        `import Org from './Org.js';`,
        ...(parents.includes('Cond') ? [`import Cond from './Cond.js';`] : []),
        `class Cond {`,
        `    constructor(a) {`,
        `        Cond.initialize(this, a);`,
        `    }`,
        `    static constructFromObject(data, obj) {`,
        `        if (data) {`,
        `            obj = obj || new Cond();`,
        ...parents.map((p) => `            ${p}.constructFromObject(data, obj);`),
        `            if (Object.prototype.hasOwnProperty.call(data, 'child')) {`,
        `                obj['child'] = Cond.constructFromObject(data['child']);`,
        `            }`,
        `        }`,
        `    }`,
        `}`,
        ``,
    ].join('\n');
    assert.equal(dropSelfParent(model(['Cond', 'Org']), 'Cond'), model(['Org']));
    assert.equal(dropSelfParent(model(['Org']), 'Cond'), model(['Org']));
});
