"""What a call of the resource surface (`client.templates.retrieve(...)`) returns besides the
decoded body: the response's request ID on every result (R10.1) and, through
`with_raw_response`, the raw response itself (status, headers, request ID, `parse()`)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Mapping, Optional, TypeVar

from pydantic import BaseModel, PrivateAttr

T = TypeVar("T")

class ResultModel(BaseModel):
    """Base of the generated models: ``request_id`` is the X-Request-Id of the response the
    model was decoded from (None for a model built by hand)."""

    _request_id: Optional[str] = PrivateAttr(default=None)

    if TYPE_CHECKING:
        @property
        def request_id(self) -> Optional[str]: ...
    else:
        # Looked up only when the model has no `request_id` of its own: a schema with such a
        # member (a problem-details body) keeps its field, without pydantic's shadowing warning.
        def __getattr__(self, name: str) -> Any:
            if name == "request_id":
                return self._request_id
            return super().__getattr__(name)


def header(headers: Optional[Mapping[str, str]], name: str) -> Optional[str]:
    """A header by case-insensitive name, or None."""
    wanted = name.lower()
    for key, value in (headers or {}).items():
        if key.lower() == wanted:
            return value
    return None


def with_request_id(value: T, request_id: Optional[str]) -> T:
    """`value` with its request ID set when it can carry one (a model, a page, a stream)."""
    if isinstance(value, ResultModel):
        value._request_id = request_id
    elif value is not None and not isinstance(value, (str, bytes, int, float, bool, list, dict)):
        try:
            setattr(value, "request_id", request_id)
        except (AttributeError, TypeError):
            pass  # a value without room for it (a slotted object)
    return value


class RawResponse(Generic[T]):
    """The HTTP response of one call made through ``with_raw_response``: ``status_code``,
    ``headers``, ``request_id``, ``http_response`` (the transport's own) and ``parse()``, the
    value the plain method would have returned."""

    def __init__(self, status_code: int, headers: Mapping[str, str], parsed: T, http_response: Any = None) -> None:
        self.status_code = status_code
        """The HTTP status code."""
        self.headers = headers
        """The response headers."""
        self.http_response = http_response
        """The transport's own response object (an `httpx.Response`)."""
        self._parsed = parsed

    @property
    def request_id(self) -> Optional[str]:
        """The response's `X-Request-Id` header."""
        return header(self.headers, "X-Request-Id")

    def parse(self) -> T:
        """The value the plain method would have returned (the decoded model, page, ...)."""
        return self._parsed

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r})"
