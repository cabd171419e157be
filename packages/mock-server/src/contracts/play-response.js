/**
 * Plays one recorded exchange back: the prepared response, or its fault.
 * - `delay`: waits `ms`, then answers the response (a bare 204 when the exchange has none);
 *   nothing is sent if the client gave up first.
 * - `reset`: destroys the connection without answering (a TCP RST where Node supports it).
 * - `malformed`: the response's status (or 200) and headers with `Content-Type:
 *   application/json` and a truncated JSON body.
 *
 * @param {{add(timer, res), done(timer)}} track told about pending delays, so closing the server
 *   can cancel them
 */
export function playExchange(req, res, exchange, requestId, track) {
  const { fault } = exchange;
  if (fault === null) return writePlayback(req, res, exchange.playback, requestId);
  switch (fault.kind) {
    case 'reset':
      return resetConnection(req);
    case 'malformed':
      return writeMalformed(req, res, exchange, requestId);
    case 'delay': {
      const timer = setTimeout(() => {
        track.done(timer);
        if (res.destroyed || res.writableEnded) return;
        if (exchange.playback === null) writeHead(res, 204, ['X-Request-Id', requestId]).end();
        else writePlayback(req, res, exchange.playback, requestId);
      }, fault.ms);
      track.add(timer, res);
      res.once('close', () => {
        clearTimeout(timer);
        track.done(timer);
      });
      return undefined;
    }
    default:
      return resetConnection(req);
  }
}

function writePlayback(req, res, playback, requestId) {
  const headers = withDefaults(playback, playback.contentType, requestId);
  const noBody = req.method === 'HEAD' || playback.status === 204 || playback.status === 304;
  if (playback.events !== null) {
    headers.push('Cache-Control', 'no-cache');
    writeHead(res, playback.status, headers);
    if (noBody) return res.end();
    // One write per event, as a server streaming them would.
    for (const frame of playback.events) res.write(frame);
    return res.end();
  }
  const data = playback.data;
  const length = data === null ? 0 : typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  if (!noBody || req.method === 'HEAD') headers.push('Content-Length', String(length));
  writeHead(res, playback.status, headers);
  return noBody || data === null ? res.end() : res.end(data);
}

function writeMalformed(req, res, exchange, requestId) {
  const { playback, malformed } = exchange;
  const headers = withDefaults(playback ?? { headers: [], hasRequestId: false, bodyRequestId: null }, 'application/json', requestId);
  headers.push('Content-Length', String(Buffer.byteLength(malformed)));
  writeHead(res, playback?.status ?? 200, headers);
  return req.method === 'HEAD' ? res.end() : res.end(malformed);
}

function withDefaults(playback, contentType, requestId) {
  const headers = playback.headers.slice();
  if (contentType !== null) headers.push('Content-Type', contentType);
  if (!playback.hasRequestId) headers.push('X-Request-Id', playback.bodyRequestId ?? requestId);
  return headers;
}

function writeHead(res, status, headers) {
  res.writeHead(status, headers);
  return res;
}

function resetConnection(req) {
  const socket = req.socket;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}
