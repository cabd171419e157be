// A real HTTP server on 127.0.0.1 for the SDK's tests: tests queue replies, then inspect the
// requests it recorded (method, URL, headers, raw body). A reply can also be a connection reset,
// arrive late, or be streamed in chunks (server-sent events); `closed` counts responses whose
// connection ended, finished or not.
import http from 'node:http';

export async function startLocalServer() {
    const requests = [];
    const replies = [];
    const state = {closed: 0};
    const server = http.createServer((req, res) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
            requests.push({method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks)});
            const reply = replies.shift() ?? {status: 500, body: Buffer.from('{"title":"no reply queued"}'), headers: {'Content-Type': 'application/json'}};
            if (reply.reset) {
                req.socket.destroy(); // connection reset: no HTTP response at all
                return;
            }
            res.on('close', () => { state.closed++; });
            if (reply.chunks) {
                res.writeHead(reply.status, reply.headers);
                const writeNext = (i) => {
                    if (res.destroyed) return;
                    if (i === reply.chunks.length) {
                        if (!reply.keepOpen) res.end();
                        return;
                    }
                    res.write(reply.chunks[i]);
                    setTimeout(() => writeNext(i + 1), reply.gapMs ?? 5);
                };
                writeNext(0);
                return;
            }
            // unref: a late answer nobody waits for any more must not keep the test process alive.
            setTimeout(() => {
                if (res.destroyed) return;
                res.writeHead(reply.status, {...reply.headers, 'Content-Length': reply.body.length});
                res.end(reply.body);
            }, reply.delayMs ?? 0).unref();
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const {port} = server.address();
    return {
        baseUrl: `http://127.0.0.1:${port}/api/v1`,
        requests,
        get closed() {
            return state.closed;
        },
        get last() {
            if (requests.length === 0) throw new Error('the server received no request');
            return requests[requests.length - 1];
        },
        replyJson(payload, status = 200, headers = {}, contentType = 'application/json') {
            replies.push({status, body: Buffer.from(JSON.stringify(payload)), headers: {'Content-Type': contentType, ...headers}});
        },
        replyBytes(data, contentType, status = 200, headers = {}) {
            replies.push({status, body: Buffer.from(data), headers: {'Content-Type': contentType, ...headers}});
        },
        /** The next request's connection is destroyed without a response. */
        replyReset() {
            replies.push({reset: true});
        },
        /**
         * Streams the next response as `chunks` written `gapMs` apart; with `keepOpen` the
         * response never ends (the client must close it).
         */
        replyChunks(chunks, headers = {'Content-Type': 'text/event-stream'}, {status = 200, gapMs = 5, keepOpen = false} = {}) {
            replies.push({status, chunks, headers, gapMs, keepOpen});
        },
        /** Answers the next request only after `delayMs` (for attempt timeouts). */
        replyJsonAfter(delayMs, payload, status = 200) {
            replies.push({status, delayMs, body: Buffer.from(JSON.stringify(payload)), headers: {'Content-Type': 'application/json'}});
        },
        /**
         * Drops the replies no request took, and returns how many there were: a client that gives
         * up before its request arrives (an attempt timeout on a loaded machine) leaves its reply
         * queued, and the next test's first request would get it.
         */
        discardReplies() {
            return replies.splice(0).length;
        },
        close() {
            server.closeAllConnections();
            return new Promise((resolve) => server.close(resolve));
        },
    };
}
