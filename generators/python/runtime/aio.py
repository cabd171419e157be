"""The asynchronous side of the resource surface (`AsyncSecureAIStudio`): each call runs the
synchronous call in a worker thread, so sync and async share one implementation of every rule
(retries, refresh, validation, redaction). Cancelling the awaiting task (R2.3) sets the call's
cancel event, which stops the attempt, retry wait or poll wait at once; the task sees
`asyncio.CancelledError`. Pages, event streams and downloads get async wrappers whose
`async for` / `await` fetch the next page, message or chunk the same way."""
from __future__ import annotations

import asyncio
import threading
from typing import Any, AsyncIterator, Callable, Generic, List, Mapping, Optional, TypeVar

from .binary import BinaryResponse, ContentRange
from .events import EventStream, ServerSentEvent
from .pagination import Page

T = TypeVar("T")
Item = TypeVar("Item")
Data = TypeVar("Data")
_END = object()


async def run_in_thread(call: Callable[[threading.Event], T], cancel: Optional[threading.Event] = None,
                        on_cancel: Optional[Callable[[], None]] = None) -> T:
    """``call(cancel_event)`` in the loop's default executor; task cancellation sets the event
    (and runs `on_cancel`, e.g. closing a stream a blocked read waits on) before it propagates."""
    event = cancel if cancel is not None else threading.Event()
    future = asyncio.get_running_loop().run_in_executor(None, call, event)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        event.set()
        if on_cancel is not None:
            on_cancel()
        # The worker ends with APIUserAbortError soon after; nobody waits for it.
        future.add_done_callback(lambda done: done.cancelled() or done.exception())
        raise


class AsyncPage(Generic[Item]):
    """One page of a list call; ``async for item in page`` walks every page, requesting each
    next page when the previous one's items are used up (R6). ``data``, ``next_cursor``,
    ``body``, ``response`` and ``request_id`` are those of the current page."""

    def __init__(self, page: Page[Item], cancel: Optional[threading.Event] = None) -> None:
        self._page = page
        self._cancel = cancel

    @property
    def data(self) -> List[Item]:
        return self._page.data

    @property
    def next_cursor(self) -> Optional[str]:
        return self._page.next_cursor

    @property
    def body(self) -> Any:
        return self._page.body

    @property
    def response(self) -> Any:
        return self._page.response

    @property
    def request_id(self) -> Optional[str]:
        return self._page.request_id

    def has_next_page(self) -> bool:
        return self._page.has_next_page()

    async def get_next_page(self) -> "AsyncPage[Item]":
        if not self.has_next_page():
            raise ValueError("there is no next page (check has_next_page() first)")
        # The next page's call reuses the first call's cancel event (its arguments hold it).
        following = await run_in_thread(lambda _event: self._page.get_next_page(), self._cancel)
        return AsyncPage(following, self._cancel)

    async def iter_pages(self) -> AsyncIterator["AsyncPage[Item]"]:
        page: AsyncPage[Item] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[Item]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def to_dict(self) -> dict[str, Any]:
        return self._page.to_dict()

    def __repr__(self) -> str:
        return f"AsyncPage(items={len(self.data)}, next_cursor={self.next_cursor!r})"


class AsyncEventStream(Generic[Data]):
    """``async for event in stream`` yields one typed `ServerSentEvent` per message as it arrives;
    leaving the loop or ``await stream.close()`` closes the connection (R8.4)."""

    def __init__(self, stream: EventStream[Data]) -> None:
        self._stream = stream
        self.response: Any = stream.response
        self.request_id: Optional[str] = stream.request_id

    async def __aiter__(self) -> AsyncIterator[ServerSentEvent[Data]]:
        events = iter(self._stream)
        try:
            while True:
                event = await run_in_thread(lambda _event: next(events, _END), on_cancel=self._stream.close)
                if event is _END:
                    return
                yield event  # type: ignore[misc]
        finally:
            self._stream.close()

    async def close(self) -> None:
        self._stream.close()

    async def __aenter__(self) -> "AsyncEventStream[Data]":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        self._stream.close()


class AsyncBinaryResponse:
    """A download (R9.2) whose body is read with ``await read()`` or ``async for chunk in
    iter_bytes()``; status, headers, content type/length, ``content_range`` as the sync one."""

    def __init__(self, response: BinaryResponse) -> None:
        self._response = response
        self.status: int = response.status
        self.headers: Mapping[str, str] = response.headers
        self.content_type: Optional[str] = response.content_type
        self.content_length: Optional[int] = response.content_length
        self.content_range: Optional[ContentRange] = response.content_range
        self.partial: bool = response.partial
        self.request_id: Optional[str] = response.request_id

    async def read(self) -> bytes:
        return await run_in_thread(lambda _event: self._response.read(), on_cancel=self._response.close)

    async def iter_bytes(self, chunk_size: int = 64 * 1024) -> AsyncIterator[bytes]:
        chunks = self._response.iter_bytes(chunk_size)
        try:
            while True:
                chunk = await run_in_thread(lambda _event: next(chunks, _END), on_cancel=self._response.close)
                if chunk is _END:
                    return
                yield chunk  # type: ignore[misc]
        finally:
            self._response.close()

    async def close(self) -> None:
        self._response.close()

    async def __aenter__(self) -> "AsyncBinaryResponse":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        self._response.close()

    def __repr__(self) -> str:
        return f"AsyncBinaryResponse(status={self.status}, content_type={self.content_type!r}, content_length={self.content_length})"
