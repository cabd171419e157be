import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';
import { onServerCpu } from './cpu-pinning.js';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/** The servers compared (the node:http floor, sais-mock in spec and stateful mode, Prism, Steady): how to start each on a port, and when it is ready. */
export const SERVERS = [
  {
    name: 'node-http',
    baseline: true,
    command: (spec, port) => [process.execPath, [path.join(here, 'baseline-server.js'), String(port), spec]],
    ready: /baseline listening/,
  },
  {
    name: 'sais-mock',
    command: (spec, port) => [process.execPath, [path.join(here, '..', 'bin', 'sais-mock.js'), '--spec', spec, '--port', String(port)]],
    ready: /sais-mock listening on/,
  },
  {
    name: 'sais-mock-stateful',
    // The same requests against stateful mode: every POST creates, every GET pages real data.
    command: (spec, port) => [process.execPath, [path.join(here, '..', 'bin', 'sais-mock.js'), '--spec', spec, '--port', String(port), '--stateful']],
    ready: /sais-mock listening on/,
    // Reset before each GET round: the list then holds the seeded page, the same answer spec
    // mode sends, so the two modes are compared on the same bytes, not on a 20-item page.
    resetBeforeGet: '/_mock/reset',
  },
  {
    name: 'prism',
    command: (spec, port) => [process.execPath, [binOf('@stoplight/prism-cli', 'prism'), 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'error', spec]],
    ready: null, // logs nothing at -v error: wait for the port
  },
  {
    name: 'steady',
    command: (spec, port) => [process.execPath, [binOf('@stdy/cli', 'steady'), '--host', '127.0.0.1', '-p', String(port), '-q', '--log-level', 'summary', spec]],
    // Its banner differs when CI is set ("Server listening at" vs "Ready to accept requests"): wait for the port.
    ready: null,
  },
];

function binOf(pkg, name) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const manifest = require(manifestPath);
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
  return path.join(path.dirname(manifestPath), bin);
}

/** A free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server (on the server CPU when `pinning` is given, see cpu-pinning.js) and resolves
 * `{ port, pgid, stop, startupMs }` once it accepts connections.
 */
export async function startServer(server, spec, { timeoutMs = 60_000, pinning = null } = {}) {
  const port = await freePort();
  const [cmd, args] = onServerCpu(pinning, server.command(spec, port));
  const started = performance.now();
  // Own process group: Steady's launcher starts a native binary, which must go down with it.
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' }, detached: true });
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  };
  let output = '';
  const onData = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const code = await Promise.race([exited, sleep(50).then(() => undefined)]);
    if (code !== undefined) {
      kill('SIGKILL');
      throw new Error(`${server.name} exited (${code}) before it was ready:\n${output}`);
    }
    const ready = server.ready ? server.ready.test(output) : await canConnect(port);
    if (ready && (await canConnect(port))) break;
    if (Date.now() > deadline) {
      kill('SIGKILL');
      throw new Error(`${server.name} was not ready within ${timeoutMs} ms:\n${output}`);
    }
  }
  const startupMs = performance.now() - started;
  return {
    port,
    /** The server's process group (it is started detached): every process it starts is in it. */
    pgid: child.pid,
    startupMs,
    async stop() {
      if (child.exitCode !== null) return kill('SIGKILL'); // the group may outlive its leader
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
