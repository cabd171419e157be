"""Binary downloads (docs/sdk-behavior.md R9.2): the body as a stream or as bytes (readable once),
with the status, content type and length, and the parsed `Content-Range` of a 206 answer."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, AsyncIterator, Iterator, Optional

# RFC 9110 14.4: "<unit> <first>-<last>/<complete length or *>", or "<unit> */<complete length>".
_CONTENT_RANGE = re.compile(r"([!#$%&'*+.^_`|~0-9A-Za-z-]+) (?:([0-9]+)-([0-9]+)/([0-9]+|\*)|\*/([0-9]+))")


def byte_range(start: int, end: Optional[int] = None) -> str:
    """The `Range` value for bytes `start`..`end` (inclusive; to the end when None): `bytes=0-1023`."""
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise ValueError(f"start must be an integer >= 0 (got {start!r})")
    if end is not None and (isinstance(end, bool) or not isinstance(end, int) or end < start):
        raise ValueError(f"end must be an integer >= start ({start}) or None (got {end!r})")
    return f"bytes={start}-{'' if end is None else end}"


@dataclass(frozen=True)
class ContentRange:
    """A parsed `Content-Range`: `bytes 0-9/6000`; `size` is None for `bytes 0-9/*`, `start` and
    `end` are None for an unsatisfied range (`bytes */6000`)."""

    unit: str
    """The range unit (`bytes`)."""
    start: Optional[int]
    """The first byte's offset; None for an unsatisfied range."""
    end: Optional[int]
    """The last byte's offset (inclusive); None for an unsatisfied range."""
    size: Optional[int]
    """The whole representation's length; None when the server gave `*`."""

    @classmethod
    def parse(cls, value: Optional[str]) -> Optional["ContentRange"]:
        """None when `value` is absent or not a valid Content-Range (end before start, or past
        a known size)."""
        match = _CONTENT_RANGE.fullmatch((value or "").strip())
        if not match:
            return None
        unit, start, end, size, unsatisfied = match.groups()
        if unsatisfied is not None:
            return cls(unit, None, None, int(unsatisfied))
        first, last = int(start), int(end)
        total = None if size == "*" else int(size)
        if last < first or (total is not None and last >= total):
            return None
        return cls(unit, first, last, total)


class _Download:
    """What the sync and async downloads share: status, headers, content type and length, the
    parsed Content-Range, the request ID, and the body readable once."""

    def __init__(self, response: Any) -> None:
        self._response = response
        self.status: int = response.status_code
        """The HTTP status code (200, or 206 for a range)."""
        self.headers: Any = response.headers
        """The response headers."""
        self.content_type: Optional[str] = response.headers.get("Content-Type")
        """The `Content-Type` header."""
        length = response.headers.get("Content-Length")
        self.content_length: Optional[int] = int(length) if length and length.isdigit() else None
        """The `Content-Length` header as a number; None when absent or not a number."""
        self.content_range: Optional[ContentRange] = ContentRange.parse(response.headers.get("Content-Range"))
        """The parsed `Content-Range` header of a range answer; None when absent or invalid."""
        self.partial: bool = self.status == 206
        """True for a 206 (Partial Content) answer."""
        self.request_id: Optional[str] = response.headers.get("X-Request-Id")
        """The response's `X-Request-Id` header."""
        self._consumed = False

    def _take(self) -> None:
        if self._consumed:
            raise RuntimeError("the body of a binary response can be read only once")
        self._consumed = True

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, content_type={self.content_type!r}, content_length={self.content_length})"


class BinaryResponse(_Download):
    """A 2xx binary answer. ``read()`` returns all the bytes, ``iter_bytes()`` streams them; the
    body can be consumed once. ``partial`` is True for a 206 (range) answer."""

    def read(self) -> bytes:
        """All the body's bytes; the body can be consumed once (then the response is closed)."""
        self._take()
        try:
            return bytes(self._response.read())
        finally:
            self.close()

    def iter_bytes(self, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
        """The body in chunks of up to `chunk_size` bytes as they arrive; once, then closed."""
        self._take()
        try:
            yield from self._response.iter_bytes(chunk_size)
        finally:
            self.close()

    def close(self) -> None:
        """Closes the connection without reading the rest of the body."""
        self._response.close()

    def __enter__(self) -> "BinaryResponse":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncBinaryResponse(_Download):
    """A download of the async client: ``await read()`` or ``async for chunk in iter_bytes()``."""

    async def read(self) -> bytes:
        """All the body's bytes; the body can be consumed once (then the response is closed)."""
        self._take()
        try:
            return bytes(await self._response.aread())
        finally:
            await self.close()

    async def iter_bytes(self, chunk_size: int = 64 * 1024) -> AsyncIterator[bytes]:
        """The body in chunks of up to `chunk_size` bytes as they arrive; once, then closed."""
        self._take()
        try:
            async for chunk in self._response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await self.close()

    async def close(self) -> None:
        """Closes the connection without reading the rest of the body."""
        await self._response.aclose()

    async def __aenter__(self) -> "AsyncBinaryResponse":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()
