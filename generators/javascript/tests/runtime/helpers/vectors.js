// Loads the shared behaviour vectors (test/vectors/*.json, format in test/vectors/README.md).
// The folder comes from SAIS_VECTORS (an absolute path, set by generators/javascript/test.sh);
// without it, the nearest `test/vectors` folder above this file. Not finding one is an error,
// never a skip: a test run that proves nothing must not pass.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The vectors folder, or throws saying where it looked. */
export function vectorsDir() {
    const fromEnv = process.env.SAIS_VECTORS;
    if (fromEnv) {
        if (!path.isAbsolute(fromEnv) || !fs.statSync(fromEnv, {throwIfNoEntry: false})?.isDirectory()) {
            throw new Error(`SAIS_VECTORS=${fromEnv} is not an absolute path to a folder`);
        }
        return fromEnv;
    }
    const start = path.dirname(fileURLToPath(import.meta.url));
    for (let dir = start; ; dir = path.dirname(dir)) {
        const candidate = path.join(dir, 'test', 'vectors');
        if (fs.statSync(candidate, {throwIfNoEntry: false})?.isDirectory()) {
            return candidate;
        }
        if (path.dirname(dir) === dir) {
            throw new Error(`no test/vectors folder above ${start}; set SAIS_VECTORS to the repository's test/vectors`);
        }
    }
}

/**
 * Every `*.json` file of the folder as `{file, rule, description, cases}`, checked against the
 * README's format (a malformed file is an error, not an empty set of cases).
 */
export function loadVectorFiles(dir = vectorsDir()) {
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
    if (files.length === 0) {
        throw new Error(`${dir} holds no vector files`);
    }
    return files.map((file) => {
        const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
        const where = `${file}:`;
        if (!doc || typeof doc.rule !== 'string' || typeof doc.description !== 'string' || !Array.isArray(doc.cases) || doc.cases.length === 0) {
            throw new Error(`${where} expected {rule, description, cases: [...]} with at least one case`);
        }
        const names = new Set();
        for (const [i, c] of doc.cases.entries()) {
            if (!c || typeof c.name !== 'string' || !c.input || typeof c.input !== 'object' || !('expected' in c)) {
                throw new Error(`${where} case ${i} must have a name, an input object and expected`);
            }
            if (names.has(c.name)) {
                throw new Error(`${where} two cases are named ${JSON.stringify(c.name)}`);
            }
            names.add(c.name);
        }
        return {file, ...doc};
    });
}

/**
 * Fails unless `object` has every key of `required` and no key outside `required` + `optional`:
 * a case shape this runner does not know must not pass by being half-read.
 */
export function checkKeys(object, required, optional = [], what = 'input') {
    if (object === null || typeof object !== 'object' || Array.isArray(object)) {
        throw new Error(`${what} must be an object (got ${JSON.stringify(object)})`);
    }
    const missing = required.filter((key) => !(key in object));
    const unknown = Object.keys(object).filter((key) => !required.includes(key) && !optional.includes(key));
    if (missing.length || unknown.length) {
        throw new Error(`${what} has an unknown shape: ${missing.length ? `missing ${missing.join(', ')}` : ''}`
            + `${missing.length && unknown.length ? '; ' : ''}${unknown.length ? `unknown ${unknown.join(', ')}` : ''}`);
    }
}
