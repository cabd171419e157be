"""Cursor pagination (docs/sdk-behavior.md R6), driven by the operation's `x-pagination`.

A list method returns a `Page`: the first page's items (`data`), `next_cursor`,
`has_next_page()`, `get_next_page()` and the raw response; iterating the page itself yields every
item of every page, fetching the next page only when the previous one's items are used up."""
from __future__ import annotations

import json
from typing import Any, Callable, Dict, Generic, Iterator, List, Optional, TypeVar

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


def first_page(
    fetch: Callable[..., Any],
    arguments: Dict[str, Any],
    *,
    cursor_argument: str,
    items_field: str,
    next_cursor_field: str,
) -> "Page[Any]":
    """Requests one page (`fetch` is the operation's ``*_with_http_info``) and returns it as a Page
    whose next page repeats `arguments` with `cursor_argument` set to the next cursor (R6.2);
    `limit` and every filter stay as the caller gave them (R6.3)."""

    def next_page(cursor: str) -> "Page[Any]":
        return first_page(fetch, {**arguments, cursor_argument: cursor}, cursor_argument=cursor_argument,
                          items_field=items_field, next_cursor_field=next_cursor_field)

    return Page(fetch(**arguments), fetch=next_page, cursor=arguments.get(cursor_argument),
                items_field=items_field, next_cursor_field=next_cursor_field)


class Page(Generic[Item]):
    """One page of a list operation; ``for item in page`` walks every page (R6.1).

    ``body`` is the decoded response body (e.g. ``TemplateList``), ``data`` its items (a list of
    ``Item``, e.g. ``Template``),
    ``next_cursor`` the cursor of the next page, ``response`` the ``ApiResponse`` (status, headers,
    raw bytes, ``request_id``)."""

    def __init__(
        self,
        response: Any,
        *,
        fetch: Callable[[str], "Page[Item]"],
        cursor: Optional[str],
        items_field: str = "data",
        next_cursor_field: str = "nextCursor",
    ) -> None:
        self.response = response
        self.body: Any = response.data
        self._fetch = fetch
        self._cursor = cursor
        self._items_field = items_field
        self._next_cursor_field = next_cursor_field

    @property
    def data(self) -> List[Item]:
        items = field_by_wire_name(self.body, self._items_field)
        return list(items or [])

    @property
    def request_id(self) -> Optional[str]:
        """This page's X-Request-Id (R10.1)."""
        request_id: Optional[str] = getattr(self.response, "request_id", None)
        return request_id

    @property
    def next_cursor(self) -> Optional[str]:
        cursor = field_by_wire_name(self.body, self._next_cursor_field)
        return cursor if isinstance(cursor, str) else None

    def has_next_page(self) -> bool:
        """R6.2: no next page when the cursor is null, absent, "" or the one that fetched this page."""
        return has_next(self._cursor, self.next_cursor)

    def get_next_page(self) -> "Page[Item]":
        """The next page, with the same parameters and the cursor set (R6.2)."""
        if not self.has_next_page():
            raise ValueError("there is no next page (check has_next_page() first)")
        return self._fetch(self.next_cursor)  # type: ignore[arg-type]

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

    def to_dict(self) -> Dict[str, Any]:
        """This page's body as JSON-ready data (the body's own ``to_dict``)."""
        to_dict = getattr(self.body, "to_dict", None)
        data: Dict[str, Any] = to_dict() if callable(to_dict) else dict(self.body)
        return data

    def to_json(self) -> str:
        to_json = getattr(self.body, "to_json", None)
        return str(to_json()) if callable(to_json) else json.dumps(self.to_dict())

    def __repr__(self) -> str:
        return f"Page(items={len(self.data)}, next_cursor={self.next_cursor!r})"
