"""Cursor pagination (docs/sdk-behavior.md R6), driven by the operation's `x-pagination`.

A list method returns a `Page` (`AsyncPage` on the async client): the first page's items
(`data`), `next_cursor`, `has_next_page()`, `get_next_page()` and the raw response; iterating the
page itself yields every item of every page, fetching the next page only when the previous one's
items are used up."""
from __future__ import annotations

import json
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, Generator, Generic, Iterator, List, Optional, TypeVar

from pydantic import BaseModel

# The item type (Template for list_templates); the generated list methods annotate their return
# as Page[<item model>], so `for t in api.list_templates()` sees `t: Template`.
Item = TypeVar("Item")


def field_by_wire_name(model: Any, wire_name: str) -> Any:
    """The value of the model field whose JSON name is `wire_name` (None when absent)."""
    if isinstance(model, dict):
        return model.get(wire_name)
    if isinstance(model, BaseModel):
        for name, info in type(model).model_fields.items():
            if (info.alias or name) == wire_name:
                return getattr(model, name)
        extra = model.model_extra or {}
        if wire_name in extra:
            return extra[wire_name]
    return getattr(model, wire_name, None)


def has_next(request_cursor: Optional[str], next_cursor: Any) -> bool:
    """R6.2: fetch another page while the next cursor is a non-empty string other than the
    cursor that fetched this page (the loop guard); an empty page with such a cursor continues."""
    return isinstance(next_cursor, str) and next_cursor != "" and next_cursor != request_cursor


class _PageBase(Generic[Item]):
    """One page of a list operation: ``body`` is the decoded response body (e.g. ``TemplateList``),
    ``data`` its items, ``next_cursor`` the cursor of the next page, ``response`` the httpx
    response of this page and ``request_id`` its X-Request-Id (R10.1)."""

    def __init__(self, body: Any, response: Any, *, fetch: Callable[[str], Any], cursor: Optional[str],
                 items_field: str = "data", next_cursor_field: str = "nextCursor") -> None:
        self.body: Any = body
        """The decoded response body (e.g. ``TemplateList``)."""
        self.response = response
        """The httpx response of this page."""
        self._fetch = fetch
        self._cursor = cursor
        self._items_field = items_field
        self._next_cursor_field = next_cursor_field

    @property
    def data(self) -> List[Item]:
        """This page's items."""
        items = field_by_wire_name(self.body, self._items_field)
        return list(items or [])

    @property
    def request_id(self) -> Optional[str]:
        """The `X-Request-Id` header of this page's response (R10.1)."""
        headers = getattr(self.response, "headers", None)
        return headers.get("X-Request-Id") if headers is not None else None

    @property
    def next_cursor(self) -> Optional[str]:
        """The cursor of the next page as the body gives it; None when absent."""
        cursor = field_by_wire_name(self.body, self._next_cursor_field)
        return cursor if isinstance(cursor, str) else None

    def has_next_page(self) -> bool:
        """R6.2: no next page when the cursor is null, absent, "" or the one that fetched this page."""
        return has_next(self._cursor, self.next_cursor)

    def _next_cursor_or_raise(self) -> str:
        if not self.has_next_page():
            raise ValueError("there is no next page (check has_next_page() first)")
        return self.next_cursor  # type: ignore[return-value]

    def to_dict(self) -> Dict[str, Any]:
        """This page's body as JSON-ready data (the body's own ``to_dict``)."""
        to_dict = getattr(self.body, "to_dict", None)
        data: Dict[str, Any] = to_dict() if callable(to_dict) else dict(self.body)
        return data

    def to_json(self) -> str:
        """This page's body as JSON text (the body's own ``to_json``)."""
        to_json = getattr(self.body, "to_json", None)
        return str(to_json()) if callable(to_json) else json.dumps(self.to_dict())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, next_cursor={self.next_cursor!r})"


class Page(_PageBase[Item]):
    """``for item in page`` walks every page (R6.1), requesting each next page with the same
    arguments and the cursor set (R6.2, R6.3) when the previous one's items are used up."""

    def get_next_page(self) -> "Page[Item]":
        """The next page, with the same parameters and the cursor set (R6.2)."""
        page: Page[Item] = self._fetch(self._next_cursor_or_raise())
        return page

    def iter_pages(self) -> Iterator["Page[Item]"]:
        """This page and every following one, each requested when the previous is done."""
        page: Page[Item] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[Item]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[Item]):
    """A page of the async client: ``async for item in page`` walks every page, awaiting each
    next one; ``await page.get_next_page()``."""

    async def get_next_page(self) -> "AsyncPage[Item]":
        """The next page, with the same parameters and the cursor set (R6.2)."""
        page: AsyncPage[Item] = await self._fetch(self._next_cursor_or_raise())
        return page

    async def iter_pages(self) -> AsyncIterator["AsyncPage[Item]"]:
        """This page and every following one, each requested when the previous is done."""
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


class AsyncPager(Generic[Item]):
    """What an async list method returns: ``await`` it for the first `AsyncPage`, or ``async for``
    over it for every item of every page (as openai-python's paginators). The arguments were
    checked when the method was called; the first request is sent when it is awaited or
    iterated."""

    def __init__(self, first: Callable[[], Awaitable["AsyncPage[Item]"]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, "AsyncPage[Item]"]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[Item]:
        page = await self._first()
        async for item in page:
            yield item
