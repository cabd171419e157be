"""Server-sent event streams as typed events (docs/sdk-behavior.md R8.4).

`SSEDecoder` is the WHATWG event-stream parsing algorithm (HTML, "Interpreting an event stream"):
UTF-8 with a leading BOM dropped, CR / LF / CRLF line ends (also split across chunks), `:`
comments, multi-line `data:` joined with "\\n", `retry:` and unknown fields ignored, an `id`
containing NUL ignored, an unterminated last message discarded. It is written here rather than
taken from sseclient-py, which dispatches an unterminated last message, keeps a leading BOM in
the first field name and accepts ids with NUL (test/vectors/sse.json). `EventStream` feeds it the
response body chunk by chunk as they arrive and decodes each message's data from JSON into the
spec's `x-event-schema` model; `AsyncEventStream` does the same over an async response."""
from __future__ import annotations

import codecs
import contextlib
import json
from dataclasses import dataclass
from typing import Any, AsyncGenerator, AsyncIterator, Callable, Generator, Generic, Iterable, Iterator, List, Optional, TypeVar

from .errors import ResponseValidationError

Data = TypeVar("Data")


@dataclass(frozen=True)
class ServerSentEvent(Generic[Data]):
    """One SSE message: ``event`` is its name ("message" if none), ``id`` its id (or None),
    ``data`` its JSON data decoded into the event schema's model."""

    event: str
    """The event's name: its `event:` field, "message" when the message has none."""
    id: Optional[str]
    """The message's `id:` field; None when it set none."""
    data: Data
    """The message's `data:` lines joined, decoded into the event schema's model."""


@dataclass(frozen=True)
class RawEvent:
    """One dispatched SSE message before its data is decoded: `id` is None unless the message
    set one."""

    event: str
    data: str
    id: Optional[str] = None


class SSEDecoder:
    """Incremental WHATWG event-stream parser: `feed(bytes)` returns the messages completed by
    those bytes; whatever is left at the end of the stream is discarded (not dispatched)."""

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False  # the leading BOM is dropped only at the very start
        self._pending = ""  # an unfinished line
        self._after_cr = False  # a CR ended the last line: a LF right after it is the same line end
        self._reset()

    def _reset(self) -> None:
        self._data: List[str] = []
        self._event = ""
        self._id: Optional[str] = None

    def feed(self, chunk: bytes) -> List[RawEvent]:
        text = self._text.decode(chunk)
        if not self._started and text:
            self._started = True
            text = text[1:] if text.startswith("\ufeff") else text
        events: List[RawEvent] = []
        for char in text:
            if self._after_cr:
                self._after_cr = False
                if char == "\n":
                    continue
            if char in "\r\n":
                self._after_cr = char == "\r"
                event = self._line(self._pending)
                self._pending = ""
                if event is not None:
                    events.append(event)
            else:
                self._pending += char
        return events

    def _line(self, line: str) -> Optional[RawEvent]:
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        return None  # retry and unknown fields are ignored

    def _dispatch(self) -> Optional[RawEvent]:
        if not self._data:
            self._reset()
            return None
        event = RawEvent(self._event or "message", "\n".join(self._data), self._id)
        self._reset()
        return event


def parse_events(chunks: Iterable[bytes]) -> Iterator[RawEvent]:
    """Every message of a stream given as byte chunks, as they complete."""
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)


class EventStream(Generic[Data]):
    """An iterator of ``ServerSentEvent`` over one open httpx response; iterable once. Leaving the
    loop early (``break``) or ``close()`` closes the connection; the SDK never reconnects by
    itself (pass ``last_event_id`` to resume). ``response`` is the httpx response (status,
    headers)."""

    def __init__(self, response: Any, decode: Callable[[str], Data], operation_id: str) -> None:
        self.response = response
        """The open httpx response (status code, headers)."""
        self.request_id: Optional[str] = response.headers.get("X-Request-Id")
        """The response's `X-Request-Id` header."""
        self._decode = decode
        self._operation_id = operation_id
        self._iterated = False

    def __iter__(self) -> Iterator[ServerSentEvent[Data]]:
        with contextlib.closing(self._messages()) as messages:
            for message in messages:
                yield ServerSentEvent(event=message.event, id=message.id, data=event_data(self, message.data))

    def _messages(self) -> Generator[RawEvent, None, None]:
        """Each message as it completes, its data not decoded (GraphQL subscriptions read these);
        the connection is closed when the generator ends or is closed."""
        if self._iterated:
            raise RuntimeError("an event stream can be iterated only once")
        self._iterated = True
        try:
            # iter_raw: each socket read as it arrives (iter_bytes would do the same here; raw
            # avoids a decoder for a stream that is never compressed).
            yield from parse_events(self.response.iter_raw())
        finally:
            self.close()

    def close(self) -> None:
        """Closes the connection (also done when the loop ends or is left)."""
        self.response.close()

    def __enter__(self) -> "EventStream[Data]":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncEventStream(Generic[Data]):
    """``async for event in stream`` yields one typed `ServerSentEvent` per message as it arrives
    (the same parser, fed by the async response); leaving the loop, ``await stream.close()`` or
    cancelling the task closes the connection (R8.4, R2.3)."""

    def __init__(self, response: Any, decode: Callable[[str], Data], operation_id: str) -> None:
        self.response = response
        """The open httpx response (status code, headers)."""
        self.request_id: Optional[str] = response.headers.get("X-Request-Id")
        """The response's `X-Request-Id` header."""
        self._decode = decode
        self._operation_id = operation_id
        self._iterated = False

    async def __aiter__(self) -> AsyncIterator[ServerSentEvent[Data]]:
        messages = self._messages()
        try:
            async for message in messages:
                yield ServerSentEvent(event=message.event, id=message.id, data=event_data(self, message.data))
        finally:
            await messages.aclose()

    async def _messages(self) -> AsyncGenerator[RawEvent, None]:
        """Each message as it completes, its data not decoded; the connection is closed when the
        generator ends or is closed."""
        if self._iterated:
            raise RuntimeError("an event stream can be iterated only once")
        self._iterated = True
        decoder = SSEDecoder()
        try:
            async for chunk in self.response.aiter_raw():
                for message in decoder.feed(chunk):
                    yield message
        finally:
            await self.close()

    async def close(self) -> None:
        """Closes the connection (also done when the loop ends or is left, or the task is cancelled)."""
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncEventStream[Data]":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


def event_data(stream: Any, text: str) -> Any:
    """One message's data decoded into the event model; data that is not JSON is an error (R8.4)."""
    try:
        json.loads(text)
    except ValueError as error:
        raise ResponseValidationError(
            stream._operation_id, [{"path": "", "message": f"the event data is not valid JSON ({error})"}], stream.request_id,
        ) from error
    return stream._decode(text)
