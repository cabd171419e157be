"""Which failures are retried and how long to wait (docs/sdk-behavior.md R3), and the loop that
makes the attempts. The HTTP library's own retries are off (rest.py passes retries=False), so
these are the only retries."""
from __future__ import annotations

import datetime
import email.utils
import json
import random as _random
import re
import time
from typing import Any, Callable, Mapping, Optional

import urllib3

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


def _problem_code(response: Any) -> Optional[str]:
    try:
        problem = json.loads(response.read() or b"")
    except ValueError:
        return None
    code = problem.get("code") if isinstance(problem, dict) else None
    return code if isinstance(code, str) else None


def _header(response: Any, name: str) -> Optional[str]:
    value = response.getheader(name)
    return value if isinstance(value, str) else None


def connection_error(error: BaseException, secrets: Any = ()) -> APIConnectionError:
    """The SDK error for a failure without an HTTP response (R5.4), with `error` as its cause.
    Secrets are redacted from its message and from the message of every exception chained
    under it (R5.5); raise it outside an `except` block so no unredacted __context__ is added."""
    cause = error.reason if isinstance(error, urllib3.exceptions.MaxRetryError) and error.reason else error
    message = redact(str(cause), secrets) or type(cause).__name__
    # urllib3 makes NewConnectionError (refused, DNS) a ConnectTimeoutError for old callers; only
    # a real timeout is an APIConnectionTimeoutError.
    timed_out = isinstance(cause, (urllib3.exceptions.TimeoutError, TimeoutError))
    if timed_out and not isinstance(cause, urllib3.exceptions.NewConnectionError):
        failure: APIConnectionError = APIConnectionTimeoutError(f"Request timed out: {message}")
    else:
        failure = APIConnectionError(f"Connection error: {message}")
    return with_cause(failure, error, secrets)


def with_cause(failure: APIConnectionError, cause: BaseException, secrets: Any = ()) -> APIConnectionError:
    """`failure` with `cause` attached as __cause__, the whole chain redacted (R5.5)."""
    failure.__cause__ = cause
    failure.__suppress_context__ = True
    redact_causes(failure, secrets)
    return failure


def _is_connection_failure(error: BaseException) -> bool:
    return isinstance(error, (urllib3.exceptions.HTTPError, OSError))


def send_with_retries(
    send: Callable[[], Any],
    *,
    method: str,
    headers: Optional[Mapping[str, Any]],
    max_retries: int,
    sleep: Callable[[float], None] = time.sleep,
    random: Callable[[], float] = _random.random,
    secrets: Any = (),
    refresh: Optional[Callable[[], bool]] = None,
) -> Any:
    """Calls `send` (one attempt, returning the urllib3-backed RESTResponse) up to max_retries + 1
    times (R3.1). Returns the last response, retryable or not: the caller turns a non-2xx into an
    APIError. Connection failures that are not retried raise APIConnectionError.

    `refresh` (R1.4) is called once per call after a 401; when it returns True the attempt is
    repeated with the refreshed credentials, which is not a retry and keeps the retry count."""
    keyed = has_idempotency_key(headers)
    retry = 0
    refreshed = False
    while True:
        failure: Optional[APIConnectionError] = None
        try:
            response = send()
        except Exception as error:  # noqa: BLE001 - narrowed just below
            if not _is_connection_failure(error):
                raise
            if should_retry(method=method, has_idempotency_key=keyed, retries_left=max_retries - retry):
                retry += 1
                sleep(backoff_delay(retry, random))
                continue
            failure = connection_error(error, secrets)
        if failure is not None:
            raise failure  # outside the except block: no unredacted __context__
        status = response.status
        if status == 401 and refresh is not None and not refreshed:
            refreshed = True
            response.read()
            if refresh():
                continue
            return response
        if 200 <= status <= 299:
            return response
        code = _problem_code(response) if status == 409 else None
        if not should_retry(method=method, has_idempotency_key=keyed, retries_left=max_retries - retry,
                            status=status, code=code):
            return response
        response.read()  # drain it so the connection goes back to the pool
        retry += 1
        delay = retry_after_delay(_header(response, "Retry-After"))
        sleep(backoff_delay(retry, random) if delay is None else delay)
