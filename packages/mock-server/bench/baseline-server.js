// The floor for these responses: a bare node:http server that reads each benchmark request and
// answers with the bytes sais-mock sends for it (status, headers, body; captured once at start),
// doing no other work. Its latency comes from node:http, the kernel and the load generator
// parsing those bytes, so no node:http server sending the same responses can do better.
//
//   node bench/baseline-server.js <port> <spec>
import http from 'node:http';
import { createMockServer } from '../src/server.js';
import { loadSpec } from '../src/spec/load-spec.js';
import { buildScenarios } from './scenarios.js';
import { exchange } from './exchange.js';

// node:http adds these itself on every response, as it does for sais-mock.
const ADDED_BY_NODE = new Set(['date', 'connection', 'keep-alive']);

const [portArg, spec] = process.argv.slice(2);
const replies = await captureReplies(spec);
const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
  // Like any server that looks at the body, it answers once the body is in, not before.
  req.on('end', () => {
    const reply = replies.get(req.method);
    if (reply === undefined) {
      res.writeHead(404, ['Content-Length', '0']);
      return res.end();
    }
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body);
  });
  req.resume();
});
server.listen(Number(portArg ?? 0), '127.0.0.1', () => console.log(`baseline listening on ${server.address().port}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));

/** Method → `{ status, headers, body }` as sais-mock answered each scenario. */
async function captureReplies(specFile) {
  const mock = createMockServer({ spec: specFile });
  const { port } = await mock.listen(0);
  const base = mock.basePaths[0] ?? '';
  const out = new Map();
  try {
    for (const scenario of buildScenarios(loadSpec(specFile).doc)) {
      const { status, headers, body } = await exchange(port, base + scenario.path, scenario);
      out.set(scenario.method, { status, headers: headers.filter(([name]) => !ADDED_BY_NODE.has(name.toLowerCase())).flat(), body });
    }
  } finally {
    await mock.close();
  }
  return out;
}
