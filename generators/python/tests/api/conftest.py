"""Shared fixtures of the tests of openapi.yaml's own surface (not shipped with the SDK; test.sh
runs them against the built sdks/python): a real HTTP server on 127.0.0.1.

Each test queues the responses the server should send and afterwards inspects the requests
it recorded, so request building (paths, query, headers, auth, bodies) and response decoding
are checked over a real socket rather than against mocks of the transport.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest



@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (attempt timeouts)
    drop: bool = False  # close the connection without any response (a connection error)
    # A streamed body: these pieces are written one by one (no Content-Length; the connection
    # closes after the last); before each piece after the first the server waits for `gate`.
    chunks: list[bytes] | None = None
    gate: threading.Event | None = None
    chunk_delay: float = 0.0  # seconds between the pieces of a streamed body


class LocalServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.replies: list[Reply] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append(
                    Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                reply = server.replies.pop(0) if server.replies else Reply(500, b'{"title":"no reply queued"}')
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(2)  # socket.SHUT_RDWR: the client sees a reset/EOF
                    return
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.chunks is not None:
                    self._stream(reply)
                    return
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up first (an attempt timeout test)

            def _stream(self, reply: Reply) -> None:
                self.close_connection = True
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    for i, piece in enumerate(reply.chunks or []):
                        if i and reply.gate is not None:
                            reply.gate.wait(timeout=5)  # a client that buffers the stream fails, not hangs
                        if reply.chunk_delay and i:
                            time.sleep(reply.chunk_delay)
                        self.wfile.write(piece)
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client closed the stream early

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

            def log_message(self, *args: object) -> None:  # keep pytest output clean
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/api/v1"
        # A short poll interval keeps shutdown() (once per test) fast.
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def reply_json(self, payload: object, status: int = 200, content_type: str = "application/json",
                   headers: dict[str, str] | None = None) -> None:
        self.replies.append(Reply(status, json.dumps(payload).encode(), {"Content-Type": content_type, **(headers or {})}))

    def reply_bytes(self, data: bytes, content_type: str, status: int = 200,
                    headers: dict[str, str] | None = None) -> None:
        self.replies.append(Reply(status, data, {"Content-Type": content_type, **(headers or {})}))

    def reply_problem(self, status: int, code: str | None = None, headers: dict[str, str] | None = None,
                      **members: object) -> None:
        problem = {"type": "about:blank", "title": "Problem", "status": status, **members}
        if code is not None:
            problem["code"] = code
        self.reply_json(problem, status=status, content_type="application/problem+json", headers=headers)

    @property
    def last(self) -> Recorded:
        assert self.requests, "the server received no request"
        return self.requests[-1]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()
