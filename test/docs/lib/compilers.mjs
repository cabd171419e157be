// One compiler run per language over every sample of that language, against the SDK as users
// get it: tsc against packages/client, mypy against the built Python wheel (.cache/build/python),
// tsc --checkJs against the JavaScript SDK's declarations plus `node --check`, javac against the
// built Java jar and its Maven dependencies, mcs against the built C# DLL. Each returns
// `{failed: Map<file, message[]>, output}`: the files a diagnostic names, so a report says which
// operation's sample broke.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const BUILD = process.env.SAIS_BUILD_ROOT ?? path.join(ROOT, '.cache/build');

/** Runs a command; never throws for a non-zero exit (the diagnostics are the result). */
export async function run(cmd, args, options = {}) {
  try {
    const { stdout, stderr } = await exec(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...options });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    if (typeof err.code !== 'number') throw new Error(`${cmd} could not be started: ${err.message}`);
    return { code: err.code, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** Groups compiler diagnostics by the sample file they name. */
function byFile(output, files, pattern) {
  const failed = new Map();
  for (const line of output.split('\n')) {
    const m = pattern.exec(line);
    if (!m) continue;
    const file = files.find((f) => path.resolve(f) === path.resolve(m[1]) || f.endsWith(m[1]));
    if (!file) continue;
    failed.set(file, [...(failed.get(file) ?? []), line.trim()]);
  }
  return failed;
}

function requireFile(file, hint) {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: ${hint}`);
  return file;
}

function verdict(result, files, pattern) {
  const failed = byFile(result.output, files, pattern);
  if (result.code !== 0 && failed.size === 0) failed.set('(compiler)', [result.output.trim().split('\n').slice(-20).join('\n')]);
  return { failed, output: result.output };
}

const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

/** TypeScript: strict tsc, `@secure-ai-studio/client` mapped to the client's sources. */
export async function compileTypeScript(dir, files) {
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'Bundler',
      strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')],
      baseUrl: '.', paths: { '@secure-ai-studio/client': [path.join(ROOT, 'packages/client/src/index.ts')] },
    },
    files: files.map((f) => path.basename(f)),
  }, null, 2));
  return verdict(await run(process.execPath, [TSC, '-p', dir, '--pretty', 'false']), files, /^(.+\.ts)\(\d+,\d+\): error/);
}

/** JavaScript: `node --check` (syntax) and tsc --checkJs against the SDK's own index.d.ts. */
export async function compileJavaScript(dir, files) {
  const failed = new Map();
  for (const file of files) {
    const r = await run(process.execPath, ['--check', file]);
    if (r.code !== 0) failed.set(file, [r.output.trim()]);
  }
  const dts = requireFile(path.join(ROOT, 'sdks/javascript/src/index.d.ts'), 'generate the JavaScript SDK (npm run generate -- --only javascript)');
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'Bundler',
      allowJs: true, checkJs: true, strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')],
      baseUrl: '.', paths: { '@secure-ai-studio/sdk': [dts] },
    },
    files: files.map((f) => path.basename(f)),
  }, null, 2));
  const typed = verdict(await run(process.execPath, [TSC, '-p', dir, '--pretty', 'false']), files, /^(.+\.mjs)\(\d+,\d+\): error/);
  for (const [f, m] of typed.failed) failed.set(f, [...(failed.get(f) ?? []), ...m]);
  return { failed, output: typed.output };
}

/** Python: a venv with the built wheel (reinstalled when the wheel changes), then one mypy --strict run. */
export async function compilePython(dirs, files) {
  const venv = await pythonVenv();
  const mypy = requireFile(path.join(ROOT, '.cache/python/tools/bin/mypy'), 'build the Python SDK first (bash generators/python/build.sh sdks/python sets up the tools venv)');
  const r = await run(mypy, ['--strict', '--no-incremental', '--cache-dir=/dev/null', '--python-executable', venv.python, ...dirs], { cwd: ROOT });
  return { ...verdict(r, files, /^(.+\.py):\d+: error/), python: venv.python };
}

export async function pythonVenv() {
  const dist = path.join(BUILD, 'python/dist');
  const wheel = fs.existsSync(dist) ? fs.readdirSync(dist).find((f) => f.endsWith('.whl')) : undefined;
  if (!wheel) throw new Error(`no wheel in ${path.relative(ROOT, dist)}: build the Python SDK first (bash generators/python/build.sh sdks/python)`);
  const venv = path.join(ROOT, '.cache/docs/venv');
  const python = path.join(venv, 'bin/python');
  const stamp = path.join(venv, 'wheel.stamp');
  const wheelFile = path.join(dist, wheel);
  const id = `${wheel} ${fs.statSync(wheelFile).size} ${fs.statSync(wheelFile).mtimeMs}`;
  if (!fs.existsSync(python)) {
    const made = await run('python3', ['-m', 'venv', venv]);
    if (made.code !== 0) throw new Error(`python3 -m venv ${venv} failed:\n${made.output}`);
  }
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== id) {
    const pip = await run(python, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', '--force-reinstall', '--no-deps', wheelFile]);
    if (pip.code !== 0) throw new Error(`pip install ${wheel} failed:\n${pip.output}`);
    // Dependencies once (from the pip cache), then only the wheel itself on later runs.
    const deps = await run(python, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', wheelFile]);
    if (deps.code !== 0) throw new Error(`pip install ${wheel} (dependencies) failed:\n${deps.output}`);
    fs.writeFileSync(stamp, id);
  }
  return { python };
}

/** Java: javac over every sample against the built jar and the dependencies its pom names. */
export async function compileJava(dir, files, outDir) {
  const classpath = await javaClasspath();
  fs.mkdirSync(outDir, { recursive: true });
  const r = await run('javac', ['-proc:none', '-Xlint:none', '-encoding', 'UTF-8', '-d', outDir, '-cp', classpath, ...files]);
  return { ...verdict(r, files, /^(.+\.java):\d+: error/), classpath: `${outDir}${path.delimiter}${classpath}` };
}

export async function javaClasspath() {
  const target = path.join(BUILD, 'java/target');
  const jar = fs.existsSync(target) ? fs.readdirSync(target).find((f) => /^secure-ai-studio-sdk-[\d.]+\.jar$/.test(f)) : undefined;
  if (!jar) throw new Error(`no SDK jar in ${path.relative(ROOT, target)}: build the Java SDK first (bash generators/java/build.sh sdks/java)`);
  const out = path.join(ROOT, '.cache/docs/java-classpath.txt');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // The runtime dependencies as Maven resolves them (from the local repository once fetched).
  const r = await run('mvn', ['-q', '-B', '-Dstyle.color=never', 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath', '-Dmdep.includeScope=runtime', `-Dmdep.outputFile=${out}`], { cwd: path.join(BUILD, 'java') });
  if (r.code !== 0) throw new Error(`mvn dependency:build-classpath failed:\n${r.output.trim().split('\n').slice(-15).join('\n')}`);
  return `${path.join(target, jar)}${path.delimiter}${fs.readFileSync(out, 'utf8').trim()}`;
}

const NEWTONSOFT = process.env.NEWTONSOFT ?? '/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll';

/** C#: one mcs run, all samples into one library, against the built DLL (Mono, C# 7.2). */
export async function compileCSharp(dir, files, outDir) {
  const dll = requireFile(path.join(BUILD, 'csharp/sdk/lib/netstandard2.0/SecureAiStudio.Sdk.dll'), 'build the C# SDK first (bash generators/csharp/build.sh sdks/csharp)');
  requireFile(NEWTONSOFT, 'apt-get install libnewtonsoft-json-cil-dev');
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of [dll, NEWTONSOFT]) fs.copyFileSync(f, path.join(outDir, path.basename(f)));
  const samples = path.join(outDir, 'Samples.dll');
  const r = await run('mcs', ['-langversion:7.2', '-target:library', '-nologo', '-warnaserror+', `-out:${samples}`,
    '-r:System.Net.Http.dll', '-r:Facades/netstandard.dll', `-r:${path.join(outDir, 'SecureAiStudio.Sdk.dll')}`, `-r:${path.join(outDir, 'Newtonsoft.Json.dll')}`, ...files]);
  return { ...verdict(r, files, /^(.+\.cs)\(\d+,\d+\): error/), samples };
}
