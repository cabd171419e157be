"""What one operation of the document is on the wire (its generated `Operation` row) and the
request a call of it makes: path segments encoded (R9.1), query and form values, header values
checked (R9.4), the Idempotency-Key chosen once per call (R3.6), the body encoded once so every
attempt re-sends the same bytes (R3.7), all before anything is sent."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .decode import form_fields, query_items, to_wire
from .encoding import check_header_value, path_segment
from .idempotency import with_idempotency_key
from .multipart import part_content_type

# The kinds of call, by what the operation answers.
JSON, PAGE, EVENTS, BINARY = "json", "page", "events", "binary"


@dataclass(frozen=True)
class Param:
    """One argument: where it goes (path, query, header, cookie, form, file, body), its name on
    the wire (for the body: its type) and in Python, and for a query array its collection format."""

    location: str
    wire: str
    name: str
    style: str = ""


@dataclass(frozen=True)
class Operation:
    """One operation, as the templates render it from the document."""

    name: str  # the operationId in snake case (argument errors name it)
    operation_id: str
    method: str
    path: str
    params: Tuple[Param, ...] = ()
    auth: Tuple[str, ...] = ()
    responses: Mapping[str, Optional[str]] = field(default_factory=dict)
    produces: Tuple[str, ...] = ()
    consumes: Tuple[str, ...] = ()
    kind: str = JSON
    # x-pagination: (cursor parameter, items field, next cursor field); the parameter's wire name
    # is replaced by its argument name when the row is made.
    page: Optional[Tuple[str, str, str]] = None
    event_model: Optional[str] = None
    # x-waiter: (status field, terminal states)
    waiter: Optional[Tuple[str, Tuple[str, ...]]] = None
    accept: Optional[str] = field(init=False, default=None)
    content_type: Optional[str] = field(init=False, default=None)

    def __post_init__(self) -> None:
        # Accept names the success type (problem+json is always understood): JSON when there is
        # one, else every other type the operation produces (an event stream, image/png).
        wanted = [m for m in self.produces if m.lower() != "application/problem+json"] or list(self.produces)
        accept = next((m for m in wanted if "json" in m.lower()), ", ".join(wanted) or None)
        object.__setattr__(self, "accept", accept)
        object.__setattr__(self, "content_type", next((m for m in self.consumes if "json" in m.lower()),
                                                      self.consumes[0] if self.consumes else None))
        if self.page is not None:
            cursor = next((p.name for p in self.params if p.location == "query" and p.wire == self.page[0]), self.page[0])
            object.__setattr__(self, "page", (cursor, self.page[1], self.page[2]))


@dataclass
class Prepared:
    """One call's request, the same on every attempt (only a refreshed Authorization changes)."""

    method: str
    url: str
    headers: Dict[str, str]
    content: Optional[bytes]
    params: List[Tuple[str, str]]
    operation: Operation


def _encode_body(op: Operation, value: Any, headers: Dict[str, str]) -> Optional[bytes]:
    if value is None:
        return None
    media = (op.content_type or "application/json").lower()
    if isinstance(value, (bytes, bytearray)) and "json" not in media:
        return bytes(value)
    if isinstance(value, tuple) and len(value) >= 2 and isinstance(value[1], (bytes, bytearray)):
        return bytes(value[1])  # (filename, bytes) for a binary body
    if isinstance(value, str) and not ("json" in media):
        return value.encode("utf-8")
    headers.setdefault("Content-Type", op.content_type or "application/json")
    return json.dumps(to_wire(value), separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _file_part(name: str, value: Any) -> Tuple[str, bytes, str]:
    """(filename, bytes, content type) of a file argument: bytes, a path, (filename, bytes) or
    (filename, bytes, content_type); R9.3 names the part's content type."""
    given_type: Optional[str] = None
    named = True
    if isinstance(value, (bytes, bytearray)):
        filename, data, named = name, bytes(value), False
    elif isinstance(value, str):
        import os

        with open(value, "rb") as handle:
            filename, data = os.path.basename(value), handle.read()
    elif isinstance(value, tuple) and len(value) in (2, 3):
        filename, data = value[0], bytes(value[1])
        given_type = value[2] if len(value) == 3 else None
    else:
        raise ValueError(f"{name}: unsupported file value (bytes, a path, (filename, bytes) or (filename, bytes, content_type))")
    return filename, data, part_content_type(filename if named else None, data, given_type, option=name)


def prepare(op: Operation, base_url: str, arguments: Mapping[str, Any], headers: Dict[str, str]) -> Prepared:
    """The request for `arguments` (Python names); `headers` are the client's and the call's
    (auth is added by the client). Raises ValueError naming the argument for a bad value."""
    path = op.path
    params: List[Tuple[str, str]] = []
    cookies: List[str] = []
    form: Dict[str, Any] = {}
    files: List[Tuple[str, Tuple[str, bytes, str]]] = []
    body: Any = None
    for param in op.params:
        value = arguments.get(param.name)
        if param.location == "path":
            path = path.replace("{" + param.wire + "}", path_segment(value, f"{op.name}: path parameter {param.name}"))
        elif value is None:
            continue
        elif param.location == "query":
            params.extend(query_items(param.wire, value, param.style))
        elif param.location == "header":
            value = to_wire(value)
            text = ("true" if value else "false") if isinstance(value, bool) else str(value)
            check_header_value(text, f"{op.name}: header parameter {param.name}")
            headers[param.wire] = text
        elif param.location == "cookie":
            cookies.append(f"{param.wire}={to_wire(value)}")
        elif param.location == "form":
            form[param.wire] = value
        elif param.location == "file":
            for item in value if isinstance(value, list) else [value]:
                files.append((param.wire, _file_part(param.name, item)))
        elif param.location == "body":
            body = value
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    with_idempotency_key(headers, [p.wire for p in op.params if p.location == "header"])
    if op.accept and not any(k.lower() == "accept" for k in headers):
        headers["Accept"] = op.accept
    content: Optional[bytes] = None
    if form or files:
        content = _encode_form(op, form, files, headers)
    elif body is not None:
        content = _encode_body(op, body, headers)
    return Prepared(op.method, base_url + path, headers, content, params, op)


def _encode_form(op: Operation, form: Dict[str, Any], files: List[Tuple[str, Tuple[str, bytes, str]]],
                 headers: Dict[str, str]) -> bytes:
    """The form body, encoded once (httpx picks the multipart boundary; the bytes are reused by
    every attempt)."""
    import httpx

    fields = {k: v for k, v in form_fields(form).items() if v is not None}
    if files or (op.content_type or "").lower().startswith("multipart/"):
        # httpx encodes fields without files as urlencoded; its multipart stream is used directly
        # then (a private module, pinned by the httpx version range in pyproject.toml).
        from httpx._multipart import MultipartStream

        stream = MultipartStream(data=fields, files=files)
        headers["Content-Type"] = stream.get_headers()["Content-Type"]
        return b"".join(stream)
    request = httpx.Request("POST", "http://form.invalid", data=fields)
    content = request.read()
    headers["Content-Type"] = request.headers["Content-Type"]
    return content
