// One language's build-and-test steps for a generated SDK, as its ecosystem does them. Each
// step's command(ctx) returns {cmd, args, cwd?, env?} or {skip: reason}; a step runs only when
// the one before it passed.
//
// Build and package reuse generators/<lang>/build.sh (with SAIS_BUILD_ROOT, so the project's
// own builds in .cache/build are never touched). The unit-test steps repeat only the unit-test
// part of generators/<lang>/test.sh: the rest of test.sh (consumer smoke test, README examples)
// calls this project's mock server with openapi.yaml and writes to the shared
// .cache/consumer/<lang>, so it cannot run for a foreign document.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PATTERNS } from './first-error.mjs';

export const LANGUAGES = ['python', 'javascript', 'java', 'csharp'];

const buildSh = (lang) => (ctx) => ({
  cmd: 'bash',
  args: [path.join(ctx.root, 'generators', lang, 'build.sh'), ctx.sdkDir],
  cwd: ctx.root,
});

function only(dir, re, what) {
  const hits = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => re.test(f)) : [];
  if (hits.length !== 1) throw new Error(`expected one ${what} in ${dir}, found ${hits.length}`);
  return path.join(dir, hits[0]);
}

function libraryPath(pkg, fallback, pick = () => true) {
  try {
    const found = execFileSync('pkg-config', ['--variable=Libraries', pkg], { encoding: 'utf8' })
      .split(/\s+/)
      .find((f) => f && pick(f));
    if (found) return found;
  } catch {
    /* no .pc file: Debian's usual location */
  }
  return fallback;
}

// Imports every module of every top-level package installed in PYTHONPATH's first entry, and
// checks each comes from there (not from a copy elsewhere on sys.path).
const PY_IMPORT_ALL = `
import importlib, os, pkgutil, sys
site = os.path.realpath(sys.argv[1])
pkgs = [n for n in sorted(os.listdir(site)) if os.path.isfile(os.path.join(site, n, '__init__.py'))]
if not pkgs: raise SystemExit('no package installed in ' + site)
count = 0
for name in pkgs:
    top = importlib.import_module(name)
    if not os.path.realpath(top.__file__).startswith(site): raise SystemExit(name + ' imported from ' + top.__file__)
    for info in pkgutil.walk_packages(top.__path__, name + '.'):
        importlib.import_module(info.name); count += 1
print('imported', ', '.join(pkgs), 'and', count, 'modules')
`;

const python = [
  { name: 'build', patterns: [...PATTERNS.python, /^error: /], command: buildSh('python') },
  {
    name: 'install',
    patterns: PATTERNS.pip,
    command: (ctx) => {
      fs.rmSync(ctx.pySite, { recursive: true, force: true });
      const wheel = only(path.join(ctx.work, 'dist'), /\.whl$/, 'wheel');
      // --no-deps --no-index: the runtime dependencies are the same for every document and
      // already in the tools venv; the wheel itself is what differs.
      return { cmd: ctx.pyTools('python'), args: ['-m', 'pip', 'install', '-q', '--no-deps', '--no-index', '--target', ctx.pySite, wheel] };
    },
  },
  {
    name: 'import',
    patterns: PATTERNS.python,
    command: (ctx) => ({ cmd: ctx.pyTools('python'), args: ['-P', '-c', PY_IMPORT_ALL, ctx.pySite], env: ctx.pyEnv }),
  },
  {
    name: 'test',
    patterns: PATTERNS.python,
    command: (ctx) => ({
      cmd: ctx.pyTools('python'),
      args: ['-P', '-m', 'pytest', '-p', 'no:cacheprovider', '-q', '-rfE', 'tests'],
      cwd: path.join(ctx.work, 'src'),
      env: ctx.pyEnv,
    }),
  },
];

function jsPackageName(ctx) {
  return JSON.parse(fs.readFileSync(path.join(ctx.sdkDir, 'package.json'), 'utf8')).name;
}

function shipsDeclarations(dir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (pkg.types || pkg.typings) return true;
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).some((e) => (e.isDirectory() ? e.name !== 'node_modules' && walk(path.join(d, e.name)) : /\.d\.[cm]?ts$/.test(e.name)));
  return walk(dir);
}

const javascript = [
  { name: 'build', patterns: PATTERNS.node, command: buildSh('javascript') },
  {
    name: 'install',
    patterns: [/^tar: /],
    // The tarball unpacked as npm would install it; its dependencies resolve from the
    // repository's node_modules (the consumer folder is inside the repository).
    command: (ctx) => {
      const dest = path.join(ctx.jsConsumer, 'node_modules', jsPackageName(ctx));
      fs.rmSync(ctx.jsConsumer, { recursive: true, force: true });
      fs.mkdirSync(dest, { recursive: true });
      fs.writeFileSync(path.join(ctx.jsConsumer, 'package.json'), '{ "name": "corpus-consumer", "private": true, "type": "module" }\n');
      const tarball = only(path.join(ctx.work, 'dist'), /\.tgz$/, 'npm tarball');
      return { cmd: 'tar', args: ['-xzf', tarball, '-C', dest, '--strip-components=1'], heavy: false };
    },
  },
  {
    name: 'import',
    patterns: PATTERNS.node,
    command: (ctx) => ({
      cmd: process.execPath,
      args: ['--input-type=module', '-e', `const m = await import(${JSON.stringify(jsPackageName(ctx))}); if (!Object.keys(m).length) throw new Error('the package exports nothing'); console.log('exports:', Object.keys(m).length);`],
      cwd: ctx.jsConsumer,
      heavy: false,
    }),
  },
  {
    name: 'types',
    patterns: [/error TS\d+/],
    command: (ctx) => {
      const name = jsPackageName(ctx);
      if (!shipsDeclarations(path.join(ctx.jsConsumer, 'node_modules', name))) return { skip: 'the SDK ships no type declarations' };
      fs.writeFileSync(path.join(ctx.jsConsumer, 'consumer.ts'), `import * as sdk from ${JSON.stringify(name)};\nexport const exported: object = sdk;\n`);
      const tsc = path.join(ctx.root, 'node_modules', '.bin', 'tsc');
      return { cmd: tsc, args: ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', 'consumer.ts'], cwd: ctx.jsConsumer };
    },
  },
  {
    name: 'test',
    patterns: PATTERNS.node,
    command: (ctx) => ({ cmd: 'bash', args: ['-c', 'node --test test/*.test.js'], cwd: path.join(ctx.work, 'src'), env: { SAIS_VECTORS: ctx.vectors } }),
  },
];

const mvn = (goal) => (ctx) => ({ cmd: 'mvn', args: ['-B', '-o', '-Dstyle.color=never', goal], cwd: ctx.work, env: { SAIS_VECTORS: ctx.vectors } });

const java = [
  {
    name: 'build',
    patterns: PATTERNS.javac,
    // build.sh ends with `mvn install`: skip the install, or every corpus SDK (same coordinates)
    // would replace the project's own jar in ~/.m2.
    command: (ctx) => ({ ...buildSh('java')(ctx), env: { MAVEN_OPTS: `${process.env.MAVEN_OPTS ?? ''} -Dmaven.install.skip=true`.trim() } }),
  },
  { name: 'test-compile', patterns: PATTERNS.javac, command: mvn('test-compile') },
  { name: 'test', patterns: PATTERNS.surefire, command: mvn('test') },
];

function csharpPaths(ctx) {
  const sdk = path.join(ctx.work, 'sdk');
  const pkg = path.basename(only(sdk, /\.nuspec$/, '.nuspec'), '.nuspec');
  return {
    sdk,
    pkg,
    tests: path.join(ctx.scratch, 'csharp-tests'),
    dll: path.join(sdk, 'lib', 'netstandard2.0', `${pkg}.dll`),
    nunit: libraryPath('nunit', '/usr/lib/cli/nunit.framework-2.6.3/nunit.framework.dll', (f) => f.endsWith('nunit.framework.dll')),
    newtonsoft: libraryPath('newtonsoft-json', '/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll'),
  };
}

function listFiles(dir, re) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => re.test(f))
    .map((f) => path.join(dir, f))
    .sort();
}

const csharp = [
  { name: 'build', patterns: PATTERNS.mcs, command: buildSh('csharp') },
  {
    name: 'test-compile',
    patterns: PATTERNS.mcs,
    command: (ctx) => {
      const p = csharpPaths(ctx);
      const sources = listFiles(path.join(p.sdk, 'tests'), /\.cs$/);
      if (!sources.length) throw new Error(`no tests under ${path.join(p.sdk, 'tests')}`);
      fs.rmSync(p.tests, { recursive: true, force: true });
      fs.mkdirSync(p.tests, { recursive: true });
      for (const f of [p.dll, p.nunit, p.newtonsoft]) fs.copyFileSync(f, path.join(p.tests, path.basename(f)));
      const ref = (f) => `-r:${path.join(p.tests, path.basename(f))}`;
      return {
        cmd: 'mcs',
        args: ['-langversion:7.2', '-target:library', '-nologo', '-warnaserror+', `-out:${path.join(p.tests, `${p.pkg}.Tests.dll`)}`,
          '-r:System.dll', '-r:System.Core.dll', '-r:System.Net.Http.dll', '-r:Facades/netstandard.dll', ref(p.dll), ref(p.newtonsoft), ref(p.nunit), ...sources],
        cwd: p.tests,
      };
    },
  },
  {
    name: 'test',
    patterns: PATTERNS.nunit,
    command: (ctx) => {
      const p = csharpPaths(ctx);
      return { cmd: 'nunit-console', args: ['-nologo', '-noshadow', `${p.pkg}.Tests.dll`, `-xml=${path.join(p.tests, 'TestResult.xml')}`], cwd: p.tests, env: { SAIS_VECTORS: ctx.vectors } };
    },
  },
];

export const STEPS = { python, javascript, java, csharp };

/** Paths and environment one (document, language) cell works with. */
export function cellContext({ root, docDir, lang }) {
  const buildRoot = path.join(docDir, 'build');
  const scratch = path.join(docDir, 'check');
  const pySite = path.join(scratch, 'python-site');
  const vectors = process.env.SAIS_VECTORS || path.join(root, 'test', 'vectors');
  return {
    root,
    lang,
    docDir,
    sdkDir: path.join(docDir, 'sdks', lang),
    buildRoot,
    work: path.join(buildRoot, lang),
    scratch,
    vectors,
    pySite,
    jsConsumer: path.join(scratch, 'js-consumer'),
    pyTools: (bin) => path.join(root, '.cache', 'python', 'tools', 'bin', bin),
    pyEnv: { PYTHONPATH: pySite, PYTHONNOUSERSITE: '1', SAIS_VECTORS: vectors },
  };
}
