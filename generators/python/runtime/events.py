"""Server-sent event streams as typed events (docs/sdk-behavior.md R8.4).

The WHATWG event-stream parsing (comments, `retry:`, multi-line `data:` joined with "\\n", events
split across network chunks) is sseclient-py's; this module feeds it the response body chunk by
chunk as they arrive and turns each message into ``ServerSentEvent(event, id, data)``, with `data`
decoded from JSON into the spec's `x-event-schema` model."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Generic, Iterator, Optional, TypeVar

from sseclient import SSEClient

from .errors import ResponseValidationError

Data = TypeVar("Data")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class ServerSentEvent(Generic[Data]):
    """One SSE message: ``event`` is its name ("message" if none), ``id`` its id (or None),
    ``data`` its JSON data decoded into the event schema's model."""

    event: str
    id: Optional[str]
    data: Data


def _chunks(response: Any) -> Iterator[bytes]:
    """The body's bytes as they arrive: chunk by chunk for chunked transfer, else whatever each
    socket read returns (read1), so events are yielded without waiting for the stream's end."""
    if getattr(response, "chunked", False) and response.supports_chunked_reads():
        yield from response.read_chunked(decode_content=True)
        return
    while True:
        chunk = response.read1(_CHUNK)
        if not chunk:
            return
        yield chunk


def lift_read_timeout(response: Any) -> None:
    """Removes the per-read timeout from the socket under an open urllib3 response (R2.4). The
    socket is the connection's, or, once http.client handed it to the response (a server that
    closes the connection after the stream), the one under the response's file object."""
    sock = getattr(getattr(response, "connection", None), "sock", None)
    if sock is None:
        raw = getattr(getattr(getattr(response, "_fp", None), "fp", None), "raw", None)
        sock = getattr(raw, "_sock", None)
    if sock is not None:
        sock.settimeout(None)


class EventStream(Generic[Data]):
    """An iterator of ``ServerSentEvent`` over one open response; iterable once. Leaving the loop
    early (``break``) or ``close()`` closes the connection; the SDK never reconnects by itself
    (pass ``last_event_id`` to resume). ``response`` is the raw HTTP response (status, headers)."""

    def __init__(self, response: Any, decode: Callable[[str], Data], operation_id: str) -> None:
        self.response = response
        self.request_id: Optional[str] = response.headers.get("X-Request-Id")
        self._decode = decode
        self._operation_id = operation_id
        self._iterated = False

    def __iter__(self) -> Iterator[ServerSentEvent[Data]]:
        if self._iterated:
            raise RuntimeError("an event stream can be iterated only once")
        self._iterated = True
        try:
            for message in SSEClient(_chunks(self.response)).events():
                yield ServerSentEvent(event=message.event or "message", id=message.id, data=self._data(message.data))
        finally:
            self.close()

    def _data(self, text: str) -> Data:
        try:
            json.loads(text)
        except ValueError as error:
            raise ResponseValidationError(
                self._operation_id, [{"path": "", "message": f"the event data is not valid JSON ({error})"}], self.request_id,
            ) from error
        return self._decode(text)

    def close(self) -> None:
        # Close first: a half-read connection must not go back to the pool as reusable.
        self.response.close()
        self.response.release_conn()

    def __enter__(self) -> "EventStream[Data]":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
