// Finishes a generated JavaScript SDK (called by generators/generate.mjs on the fresh output,
// before it replaces sdks/javascript/): removes repeated values from enum lists, keeping the first
// of each in order. A document may list a value twice (`enum: [0, 2, 2]`); JSON Schema requires
// enum items to be unique (Ajv refuses the schema), and a literal union repeating a member is noise.
// Mustache cannot dedupe a list, hence this pass over the two rendered forms:
//   src/schemas.js                 `enum: [a, b, b]`  ->  `enum: [a, b]`
//   src/index.d.ts, src/index.d.cts `(a | b | b)`     ->  `(a | b)`, and `export type E = a | a;`
// It also drops a model's references to itself as one of its own allOf parts (GitHub's
// RepositoryRulesetConditions lists itself among its parents): the self-import is a duplicate
// declaration (a SyntaxError at load) and the self-call in constructFromObject never returns.
//   src/model/X.js  `import X from './X.js';`, `X.constructFromObject(data, obj);` (a parent's
//                   call, templates/partial_model_generic.mustache; its constructor calls no
//                   parent's initialize, so only its own one is there)
// Usage: import and call the default export with the SDK folder.
import fs from 'node:fs';
import path from 'node:path';

// One rendered literal: a double- or single-quoted string (with escapes), or a number/true/false/null.
const LITERAL = String.raw`(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)`;
const ENUM_LIST = new RegExp(String.raw`enum: \[(${LITERAL}(?:, ${LITERAL})*)\]`, 'g');
// A parenthesised union of literals only, as templates/dts_enum.mustache renders it inside `( )`.
// A union of literals only, as templates/dts_enum.mustache renders it: inside `( )` for a
// property, or as a whole `export type Name = ...;` for an enum model (index.d.mustache).
const UNION = new RegExp(String.raw`\((${LITERAL}(?: \| ${LITERAL})+)\)`, 'g');
const TYPE_UNION = new RegExp(String.raw`^(export type [\w$]+ = )(${LITERAL}(?: \| ${LITERAL})+);$`, 'gm');
const LITERAL_ITEM = new RegExp(LITERAL, 'g');

/** The literals of a rendered list, first occurrences only (compared by value where JSON can read them). */
function distinct(list) {
    const seen = new Set();
    return list.match(LITERAL_ITEM).filter((item) => {
        let key = item;
        try {
            key = JSON.stringify(JSON.parse(item));
        } catch {
            // A single-quoted string is not JSON: compare its text.
        }
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

/** schemas.js text with every `enum: [...]` list free of repeats. */
export function dedupeSchemaEnums(text) {
    return text.replace(ENUM_LIST, (_, list) => `enum: [${distinct(list).join(', ')}]`);
}

/** Declaration text with every parenthesised literal union free of repeats. */
export function dedupeLiteralUnions(text) {
    return text
        .replace(UNION, (_, list) => `(${distinct(list).join(' | ')})`)
        .replace(TYPE_UNION, (_, head, list) => `${head}${distinct(list).join(' | ')};`);
}

const escape = (name) => name.replace(/[$]/g, '\\$&');

/** A model module's text without its references to itself as an allOf parent (see above). */
export function dropSelfParent(text, name) {
    const n = escape(name);
    const selfImport = new RegExp(String.raw`^import ${n} from '\./${n}\.js';\n`, 'm');
    const selfParse = new RegExp(String.raw`^ +${n}\.constructFromObject\(data, obj\);\n`, 'gm');
    return text.replace(selfImport, '').replace(selfParse, '');
}

function rewrite(file, transform) {
    if (!fs.existsSync(file)) return;
    const text = fs.readFileSync(file, 'utf8');
    const next = transform(text);
    if (next !== text) fs.writeFileSync(file, next);
}

export default function postprocess(dir) {
    rewrite(path.join(dir, 'src', 'schemas.js'), dedupeSchemaEnums);
    for (const name of ['index.d.ts', 'index.d.cts']) rewrite(path.join(dir, 'src', name), dedupeLiteralUnions);
    const models = path.join(dir, 'src', 'model');
    if (!fs.existsSync(models)) return;
    for (const file of fs.readdirSync(models).filter((f) => f.endsWith('.js')).sort()) {
        rewrite(path.join(models, file), (text) => dropSelfParent(text, file.slice(0, -'.js'.length)));
    }
}
