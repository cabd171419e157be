"""Request value encoding shared by query strings and JSON bodies (docs/sdk-behavior.md R9.1):
date-times go out as RFC 3339 in UTC with a `Z` (`2026-11-21T10:00:00Z`), whatever zone the
caller's datetime carries; a naive datetime is taken as UTC."""
from __future__ import annotations

import datetime as _dt


def rfc3339(value: _dt.datetime) -> str:
    """`value` as RFC 3339 UTC; fractional seconds only when there are any."""
    utc = value.replace(tzinfo=_dt.timezone.utc) if value.tzinfo is None else value.astimezone(_dt.timezone.utc)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if utc.microsecond:
        text += f".{utc.microsecond:06d}".rstrip("0")
    return text + "Z"
