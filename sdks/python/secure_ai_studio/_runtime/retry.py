"""Which failures are retried and how long to wait (docs/sdk-behavior.md R3): pure functions the
attempt loops of transport.py (sync and async) share. httpx itself never retries, so these are
the only retries."""
from __future__ import annotations

import datetime
import email.utils
import json
import random as _random
import re
import time
from typing import Any, Callable, Mapping, Optional

from .errors import APIConnectionError, APIConnectionTimeoutError, redact, redact_causes

_RETRYABLE_STATUSES = {408, 429}
_NEVER_RETRIED_5XX = {501, 505}
_LOCK_CODES = {"resource_locked", "lock_conflict"}
_ALWAYS_RETRYABLE_METHODS = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
_DELTA_SECONDS = re.compile(r"^\d+(\.\d+)?$")
RETRY_AFTER_CAP = 60.0  # seconds (R3.5)


def is_retryable_status(status: int, code: Optional[str] = None) -> bool:
    """R3.2: 408, 429, 5xx except 501/505, and 409 only for a transient lock code."""
    if status in _RETRYABLE_STATUSES:
        return True
    if 500 <= status <= 599:
        return status not in _NEVER_RETRIED_5XX
    return status == 409 and code in _LOCK_CODES


def has_idempotency_key(headers: Optional[Mapping[str, Any]]) -> bool:
    return any(name.lower() == "idempotency-key" for name in (headers or {}))


def should_retry(
    *,
    method: str,
    has_idempotency_key: bool,
    retries_left: int,
    status: Optional[int] = None,
    code: Optional[str] = None,
) -> bool:
    """R3.1-R3.3: whether a failed attempt is retried. `status` is None for a connection error
    or an attempt timeout (always retryable); `code` is the problem code of the response."""
    if retries_left <= 0:
        return False
    if method.upper() not in _ALWAYS_RETRYABLE_METHODS and not has_idempotency_key:
        return False
    return status is None or is_retryable_status(status, code)


def backoff_delay(retry: int, random: Callable[[], float] = _random.random) -> float:
    """R3.4: seconds to wait before retry `retry` (1-based): min(0.5 * 2^(n-1), 8) * (1 - 0.25 U)."""
    base = min(0.5 * 2.0 ** (retry - 1), 8.0)
    return base * (1 - 0.25 * random())


def retry_after_delay(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """R3.5: the wait a Retry-After value asks for, in seconds clamped to [0, 60]; None when the
    value is neither delta-seconds nor an HTTP-date (IMF-fixdate, and the obsolete RFC 850 and
    asctime forms recipients must accept, which the stdlib's RFC 5322 date parser reads).
    `now` is the current time in epoch seconds (default: the clock)."""
    if value is None:
        return None
    value = value.strip()
    if _DELTA_SECONDS.match(value):
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:  # asctime carries no zone; every HTTP-date is GMT (RFC 9110 5.6.7)
            when = when.replace(tzinfo=datetime.timezone.utc)
        seconds = when.timestamp() - (time.time() if now is None else now)
    return min(max(seconds, 0.0), RETRY_AFTER_CAP)


def problem_code(content: bytes) -> Optional[str]:
    """The `code` member of a problem-details body, or None."""
    try:
        problem = json.loads(content or b"")
    except ValueError:
        return None
    code = problem.get("code") if isinstance(problem, dict) else None
    return code if isinstance(code, str) else None


def connection_error(error: BaseException, secrets: Any = ()) -> APIConnectionError:
    """The SDK error for a failure without an HTTP response (R5.4), with `error` as its cause.
    Secrets are redacted from its message and from the message of every exception chained
    under it (R5.5); raise it outside an `except` block so no unredacted __context__ is added."""
    message = redact(str(error), secrets) or type(error).__name__
    if _is_timeout(error):
        failure: APIConnectionError = APIConnectionTimeoutError(f"Request timed out: {message}")
    else:
        failure = APIConnectionError(f"Connection error: {message}")
    return with_cause(failure, error, secrets)


def _is_timeout(error: BaseException) -> bool:
    import httpx  # loaded already: the error came from it

    return isinstance(error, (httpx.TimeoutException, TimeoutError))


def with_cause(failure: APIConnectionError, cause: BaseException, secrets: Any = ()) -> APIConnectionError:
    """`failure` with `cause` attached as __cause__, the whole chain redacted (R5.5)."""
    failure.__cause__ = cause
    failure.__suppress_context__ = True
    redact_causes(failure, secrets)
    return failure
