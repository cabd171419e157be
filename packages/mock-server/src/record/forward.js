import http from 'node:http';
import https from 'node:https';

// Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are not forwarded.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length']);

/**
 * Sends one buffered request to the upstream and buffers its answer. Hand-written on node:http
 * rather than http-proxy/undici: record mode needs both bodies whole anyway (to validate and
 * write them), so a streaming proxy would only add taps around what these few lines do.
 *
 * @returns {Promise<{ status: number, headers: object, rawHeaders: string[], body: Buffer }>}
 */
export function forward(upstream, { method, url, headers, body }, { timeoutMs = 60_000 } = {}) {
  const target = new URL(url, upstream);
  const base = new URL(upstream);
  // The upstream's base path prefixes the request path (`--upstream http://host/v2`).
  target.pathname = base.pathname.replace(/\/$/, '') + new URL(url, 'http://x').pathname;
  const outgoing = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name)) outgoing[name] = value;
  if (body.length > 0 || !['GET', 'HEAD', 'DELETE'].includes(method)) outgoing['content-length'] = String(body.length);
  const lib = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(target, { method, headers: outgoing, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`the upstream did not answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The upstream's headers for the client, without hop-by-hop ones (Content-Length is recomputed). */
export function clientHeaders(rawHeaders) {
  const out = [];
  for (let i = 0; i < rawHeaders.length; i += 2) if (!HOP_BY_HOP.has(rawHeaders[i].toLowerCase())) out.push(rawHeaders[i], rawHeaders[i + 1]);
  return out;
}
