"""Request value encoding (docs/sdk-behavior.md R9.1, R9.4): date-times as RFC 3339 UTC, path
parameters as one percent-encoded segment, and header values checked before anything is sent."""
from __future__ import annotations

import datetime as _dt
import re
from enum import Enum
from typing import Any, Optional
from urllib.parse import quote

# encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ) alone; quote() already keeps - _ . ~.
_URI_COMPONENT_SAFE = "!*'()"
# R9.4: a header value is HTAB, SP and visible ASCII only (no CR/LF/NUL/controls/DEL/non-ASCII).
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def rfc3339(value: _dt.datetime) -> str:
    """`value` as RFC 3339 UTC with a `Z`, whatever zone it carries (naive is taken as UTC);
    fractional seconds only when there are any."""
    utc = value.replace(tzinfo=_dt.timezone.utc) if value.tzinfo is None else value.astimezone(_dt.timezone.utc)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if utc.microsecond:
        text += f".{utc.microsecond:06d}".rstrip("0")
    return text + "Z"


def path_segment(value: Any, where: str = "path parameter") -> str:
    """`value` as one path segment with encodeURIComponent semantics (`a/b c` -> `a%2Fb%20c`).

    An empty value, `.` or `..` is a ValueError naming `where` (e.g. "get_template: path
    parameter template_id"): a dot segment, even percent-encoded, is resolved away by URL parsers
    and proxies and would call another endpoint."""
    if isinstance(value, Enum):
        value = value.value
    text = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
    if text in ("", ".", ".."):
        shown = "empty" if text == "" else f"{text!r} (a dot segment)"
        raise ValueError(f"{where} must not be {shown}")
    try:
        return quote(text, safe=_URI_COMPONENT_SAFE, encoding="utf-8", errors="strict")
    except UnicodeEncodeError as error:  # a lone surrogate has no UTF-8 form
        raise ValueError(f"{where} is not valid Unicode text ({error.reason})") from None


def header_value_error(value: Any) -> Optional[str]:
    """Why `value` cannot be sent as a header value (R9.4), or None when it can."""
    if not isinstance(value, str):
        value = str(value)
    if _HEADER_VALUE.fullmatch(value):
        return None
    bad = next(ch for ch in value if not _HEADER_VALUE.fullmatch(ch))
    return f"contains the character U+{ord(bad):04X}; only visible ASCII, space and tab are allowed"


def check_header_value(value: Any, where: str) -> None:
    """Raises ValueError naming `where` (the parameter or option) when `value` is not a valid
    header value: a CR/LF would inject headers, and the HTTP library would drop or reject it
    after the call started. The value itself is not repeated (it may be a credential)."""
    problem = header_value_error(value)
    if problem is not None:
        raise ValueError(f"{where} {problem}")
