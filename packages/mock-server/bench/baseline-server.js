// The ceiling for any Node mock: a bare node:http server answering a fixed JSON body.
import http from 'node:http';

const body = JSON.stringify({ data: [], nextCursor: null });
const port = Number(process.argv[2] ?? 0);
const server = http.createServer((req, res) => {
  req.resume();
  res.writeHead(200, ['Content-Type', 'application/json', 'Content-Length', String(body.length)]);
  res.end(body);
});
server.listen(port, '127.0.0.1', () => console.log(`baseline listening on ${server.address().port}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
