"""Shared fixtures of the runtime tests: a real HTTP server on 127.0.0.1, and `h`, which runs
each test once with the sync client and once with the async one of fixture_sdk.py.

Each test queues the responses the server should send and afterwards inspects the requests
it recorded, so request building (paths, query, headers, auth, bodies) and response decoding
are checked over a real socket rather than against mocks of the transport. Waits (retries,
polls) are recorded in `h.waits` instead of being slept.
"""
from __future__ import annotations

import asyncio
import inspect
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Awaitable, Callable, Iterator

import pytest

from fixture_sdk import KEY, AsyncFixture, Fixture


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
    # After the pieces, keep the stream open with a comment line every 20 ms (for up to 5 s)
    # until a write fails: `closed` is set when the client has closed the connection.
    keep_open: bool = False
    closed: threading.Event = field(default_factory=threading.Event)


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
                    for _ in range(250 if reply.keep_open else 0):
                        time.sleep(0.02)
                        self.wfile.write(b": still here\n\n")
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    reply.closed.set()  # the client closed the stream early

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


async def value(result: Any) -> Any:
    """`result`, awaited when the client is the async one."""
    return await result if inspect.isawaitable(result) else result


async def items(result: Any) -> list:
    """Every item of a page, stream or pager, with `for` or `async for` as the client needs."""
    result = await value(result) if not hasattr(result, "__aiter__") else result
    if hasattr(result, "__aiter__"):
        return [item async for item in result]
    return list(result)


class Harness:
    """Runs `use(client)` with a new client of the kind under test (its waits recorded)."""

    def __init__(self, asynchronous: bool, server: LocalServer) -> None:
        self.asynchronous = asynchronous
        self.server = server
        self.waits: list[float] = []

    def client(self, **options: Any) -> Any:
        options.setdefault("api_key", KEY)
        options.setdefault("base_url", self.server.base_url)
        client = (AsyncFixture if self.asynchronous else Fixture)(**options)
        client._sleep = self.waits.append

        async def asleep(seconds: float) -> None:
            self.waits.append(seconds)

        client._asleep = asleep
        return client

    def run(self, use: Callable[[Any], Awaitable[Any]], **options: Any) -> Any:
        async def main() -> Any:
            client = self.client(**options)
            try:
                return await use(client)
            finally:
                await value(client.close())

        return asyncio.run(main())

    def call(self, method: Callable[[Any], Any], **options: Any) -> Any:
        """`method(client.widgets)`, awaited when async."""
        return self.run(lambda client: value(method(client.widgets)), **options)


@pytest.fixture(params=["sync", "async"])
def h(request: pytest.FixtureRequest, server: LocalServer) -> Harness:
    return Harness(request.param == "async", server)
