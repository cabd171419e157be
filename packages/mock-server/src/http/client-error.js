import { STATUS_CODES } from 'node:http';
import { problemBody } from './problem.js';

// node:http's parser error codes → the status that names the problem.
const STATUS_BY_CODE = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_TIMEOUT: 408,
};

// What the client sent wrong, in words (the parser's own messages are terse).
const REASON_BY_CODE = {
  HPE_HEADER_OVERFLOW: 'the request headers are larger than the server accepts',
  ERR_HTTP_REQUEST_TIMEOUT: 'the request was not received in time',
  HPE_HEADER_TIMEOUT: 'the request headers were not received in time',
  HPE_INVALID_METHOD: 'the request method is not a valid HTTP token',
  HPE_INVALID_HEADER_TOKEN: 'a header name or value has a character HTTP does not allow',
  HPE_INVALID_CONTENT_LENGTH: 'Content-Length is not a non-negative decimal number',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'Content-Length is sent together with Transfer-Encoding, or more than once',
};

/**
 * The `clientError` listener: malformed HTTP (bad request line, header syntax, oversized headers,
 * a request that arrives too slowly) never reaches the handler, so it is answered here, straight
 * on the socket, as `application/problem+json` (431 for oversized headers, 408 for timeouts, else
 * 400), and the connection is closed: the parser cannot find where the next request starts.
 * Nothing is written when the socket is gone or a response on it has already begun.
 *
 * @param {object} deps
 * @param {(op, status) => {template, headers}} deps.problemFor from buildProblemCatalog
 * @param {() => string} deps.nextRequestId
 */
export function createClientErrorHandler({ problemFor, nextRequestId }) {
  return function onClientError(err, socket) {
    const inFlight = socket._httpMessage; // a response already started on this socket
    if (err?.code === 'ECONNRESET' || !socket.writable || socket.writableEnded || (inFlight && inFlight.headersSent)) {
      socket.destroy();
      return;
    }
    const status = STATUS_BY_CODE[err?.code] ?? 400;
    const requestId = nextRequestId();
    const reason = REASON_BY_CODE[err?.code] ?? `the request is not valid HTTP/1.1 (${err?.code ?? 'parse error'})`;
    const problem = problemFor(null, status);
    const body = problemBody(problem.template, status, { detail: `The request could not be read: ${reason}.`, instance: '', requestId });
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      'Content-Type: application/problem+json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      `X-Request-Id: ${requestId}`,
      'Connection: close',
    ];
    for (let i = 0; i < problem.headers.length; i += 2) head.push(`${problem.headers[i]}: ${problem.headers[i + 1]}`);
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  };
}
