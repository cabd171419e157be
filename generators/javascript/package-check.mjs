#!/usr/bin/env node
// Checks a packed npm tarball as a registry user would meet it (issue 16), beyond what publint
// and attw check:
//   node generators/javascript/package-check.mjs TARBALL [--same-license FILE]
// - package.json names its repository (with the folder), homepage, bugs and an SPDX license, and
//   the tarball carries LICENSE (with --same-license, byte for byte that file: the repository's)
//   and CHANGELOG.md;
// - every relative link of README.md points at a file inside the tarball (npm shows the README
//   without the repository around it);
// - the declarations ship once: no two .d.ts/.d.cts/.d.mts files of the tarball are identical;
// - engines and CommonJS agree: `require()` of the unpacked package works on this Node, and with
//   `--no-experimental-require-module` (Node before 20.19) it either works too or fails with an
//   error naming the Node version engines require, which must then be >= 20.19.
// Prints one line per check; exits 1 naming each failure.
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';

const {values: options, positionals: [tarball]} = parseArgs({options: {'same-license': {type: 'string'}}, allowPositionals: true});
if (!tarball || !fs.existsSync(tarball)) {
    console.error('usage: node package-check.mjs TARBALL [--same-license FILE]');
    process.exit(2);
}

// Node 20.19 is where require() of ES modules works without a flag on Node 20.
const REQUIRE_ESM_NODE = [20, 19];
const problems = [];
const ok = (line) => console.log(`  ok  ${line}`);
const fail = (line) => problems.push(line);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sais-package-check-'));
try {
    execFileSync('tar', ['-xzf', path.resolve(tarball), '-C', dir]);
    // Installed as npm would: node_modules/<name>, so require(name) goes through "exports".
    const unpacked = path.join(dir, 'package');
    const pkg = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8'));
    const pkgDir = path.join(dir, 'node_modules', pkg.name);
    fs.mkdirSync(path.dirname(pkgDir), {recursive: true});
    fs.renameSync(unpacked, pkgDir);
    const files = fs.readdirSync(pkgDir, {recursive: true}).map(String).filter((f) => fs.statSync(path.join(pkgDir, f)).isFile());
    const label = `${pkg.name}@${pkg.version}`;

    checkMetadata(pkg, files, label);
    checkReadmeLinks(pkgDir, files, label);
    checkDeclarationsOnce(pkgDir, files, label);
    linkDependencies(pkgDir);
    checkRequire(pkgDir, pkg, label);
} finally {
    fs.rmSync(dir, {recursive: true, force: true});
}

if (problems.length) {
    for (const p of problems) console.error(`  error: ${p}`);
    console.error(`package-check: ${problems.length} problem(s) in ${tarball}`);
    process.exit(1);
}
console.log(`package-check: ${path.basename(tarball)} passed`);

function checkMetadata(pkg, files, label) {
    const repo = pkg.repository;
    if (!repo || typeof repo !== 'object' || !/^git\+https:\/\/.+\.git$/.test(repo.url ?? '') || !repo.directory) {
        fail(`${label}: package.json "repository" must be {type: "git", url: "git+https://….git", directory} (got ${JSON.stringify(repo)})`);
    } else ok(`repository ${repo.url} (${repo.directory})`);
    if (!/^https:\/\//.test(pkg.homepage ?? '')) fail(`${label}: package.json "homepage" must be an https URL (got ${JSON.stringify(pkg.homepage)})`);
    else ok(`homepage ${pkg.homepage}`);
    if (!/^https:\/\//.test(pkg.bugs?.url ?? '')) fail(`${label}: package.json "bugs.url" must be an https URL (got ${JSON.stringify(pkg.bugs)})`);
    else ok(`bugs ${pkg.bugs.url}`);
    if (pkg.license !== 'Apache-2.0') fail(`${label}: package.json "license" must be "Apache-2.0" (got ${JSON.stringify(pkg.license)})`);
    else ok('license Apache-2.0');
    for (const name of ['LICENSE', 'CHANGELOG.md', 'README.md']) {
        if (!files.includes(name)) fail(`${label}: the tarball has no ${name}`);
        else ok(`ships ${name}`);
    }
    if (files.includes('LICENSE') && !/Apache License\s+Version 2\.0/.test(fs.readFileSync(path.join(dir, 'node_modules', pkg.name, 'LICENSE'), 'utf8'))) {
        fail(`${label}: LICENSE is not the Apache License 2.0 text`);
    }
    if (files.includes('LICENSE') && options['same-license']) {
        const shipped = fs.readFileSync(path.join(dir, 'node_modules', pkg.name, 'LICENSE'));
        if (!shipped.equals(fs.readFileSync(options['same-license']))) fail(`${label}: the shipped LICENSE differs from ${options['same-license']}`);
        else ok(`LICENSE is ${options['same-license']}`);
    }
}

function checkReadmeLinks(pkgDir, files, label) {
    const readme = path.join(pkgDir, 'README.md');
    if (!fs.existsSync(readme)) return;
    const text = fs.readFileSync(readme, 'utf8').replace(/```[\s\S]*?```/g, '');
    const dead = [];
    let count = 0;
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        count++;
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const file = path.normalize(decodeURI(target.split('#')[0]));
        if (file.startsWith('..') || !files.includes(file)) dead.push(target);
    }
    if (dead.length) fail(`${label}: README.md has ${dead.length} link(s) to files not in the package: ${dead.slice(0, 5).join(', ')}${dead.length > 5 ? ', …' : ''}`);
    else ok(`README.md: ${count} links, none to a file outside the package`);
}

function checkDeclarationsOnce(pkgDir, files, label) {
    const seen = new Map();
    const before = problems.length;
    const declarations = files.filter((f) => /\.d\.[cm]?ts$/.test(f));
    for (const f of declarations) {
        // Compared without blank lines and indentation: copies that differ only there are copies.
        const text = fs.readFileSync(path.join(pkgDir, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
        if (text.length > 2048 && seen.has(text)) fail(`${label}: ${f} is identical to ${seen.get(text)} (ship one set of declarations)`);
        seen.set(text, f);
    }
    const bytes = declarations.reduce((n, f) => n + fs.statSync(path.join(pkgDir, f)).size, 0);
    if (problems.length === before) ok(`declarations once: ${declarations.join(', ')} (${(bytes / 1024).toFixed(0)} KB)`);
}

/** The tarball's dependencies, from the node_modules this checker runs beside. */
function linkDependencies(pkgDir) {
    const modules = path.join(dir, 'node_modules');
    fs.mkdirSync(modules, {recursive: true});
    let from = path.dirname(new URL(import.meta.url).pathname);
    while (!fs.existsSync(path.join(from, 'node_modules')) && path.dirname(from) !== from) from = path.dirname(from);
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
        const source = path.join(from, 'node_modules', dep);
        const target = path.join(modules, dep);
        fs.mkdirSync(path.dirname(target), {recursive: true});
        if (fs.existsSync(source) && !fs.existsSync(target)) fs.symlinkSync(source, target);
    }
}

function checkRequire(pkgDir, pkg, label) {
    const script = `const m = require(${JSON.stringify(pkg.name)}); const n = Object.keys(m).length; if (!n) throw new Error('require() gives an empty module'); console.log(n);`;
    const run = (flags) => spawnSync(process.execPath, [...flags, '-e', script], {encoding: 'utf8', cwd: dir});
    const plain = run([]);
    if (plain.status !== 0) fail(`${label}: require() fails on Node ${process.version}: ${firstLine(plain.stderr)}`);
    else ok(`require() on Node ${process.version}: ${plain.stdout.trim()} exports`);
    const minimum = minimumNode(pkg.engines?.node);
    if (!minimum) fail(`${label}: package.json "engines.node" must be ">=X.Y" (got ${JSON.stringify(pkg.engines?.node)})`);
    const old = run(['--no-experimental-require-module']);
    if (old.status === 0) {
        ok(`require() with --no-experimental-require-module (as Node < 20.19): works, engines ${pkg.engines?.node}`);
        return;
    }
    const needsRequireEsm = minimum && (minimum[0] > REQUIRE_ESM_NODE[0] || (minimum[0] === REQUIRE_ESM_NODE[0] && minimum[1] >= REQUIRE_ESM_NODE[1]));
    if (!needsRequireEsm) {
        fail(`${label}: require() needs require(esm) (fails with --no-experimental-require-module: ${firstLine(old.stderr)}) but engines.node is ${JSON.stringify(pkg.engines?.node)}, which allows Node before 20.19`);
    } else if (!/20\.19/.test(old.stderr)) {
        fail(`${label}: require() without require(esm) fails without naming Node 20.19: ${firstLine(old.stderr)}`);
    } else {
        ok(`require() with --no-experimental-require-module: refused naming Node 20.19, and engines ${pkg.engines.node} excludes those versions`);
    }
}

function minimumNode(range) {
    const m = /^>=\s*(\d+)(?:\.(\d+))?/.exec(range ?? '');
    return m ? [Number(m[1]), Number(m[2] ?? 0)] : undefined;
}

function firstLine(text) {
    return (text.split('\n').find((l) => /Error|error/.test(l)) ?? text.split('\n')[0] ?? '').trim().slice(0, 300);
}
