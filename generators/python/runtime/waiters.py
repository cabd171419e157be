"""Waiters for long-running operations (docs/sdk-behavior.md R8.1-R8.3), driven by the spec's
`x-long-running: {statusField, terminalStates, pollOperation}` (the poll operation's derived
`x-waiter`): a waiter polls until the status is terminal, waiting `interval * 1.5^(n-1)` capped
at `max_interval` between polls (or the poll's `Retry-After`), and raises `WaitTimeoutError` with
the last resource seen when the next wait would end past `timeout`."""
from __future__ import annotations

from enum import Enum
from typing import Any, Awaitable, Callable, Optional, Sequence, Tuple

from .errors import WaitTimeoutError
from .pagination import field_by_wire_name
from .retry import retry_after_delay

DEFAULT_INTERVAL = 1.0  # seconds
DEFAULT_MAX_INTERVAL = 10.0
DEFAULT_TIMEOUT = 900.0  # 15 minutes

def poll_delay(poll: int, interval: float, max_interval: float) -> float:
    """R8.2: seconds to wait after poll `poll` (1-based) before the next one."""
    return min(interval * 1.5 ** (poll - 1), max_interval)


def status_of(resource: Any, status_field: str) -> Optional[str]:
    status = field_by_wire_name(resource, status_field)
    if isinstance(status, Enum):
        status = status.value
    return status if isinstance(status, str) else None


def check_wait_options(interval: float, max_interval: float, timeout: float) -> None:
    for name, value in (("interval", interval), ("max_interval", max_interval), ("timeout", timeout)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0 or value == float("inf"):
            raise ValueError(f"{name} must be a number of seconds > 0 (got {value!r})")


def _next_delay(polls: int, headers: Any, interval: float, max_interval: float) -> float:
    retry_after = retry_after_delay(headers.get("Retry-After") if headers is not None else None)
    return poll_delay(polls, interval, max_interval) if retry_after is None else retry_after


def _timed_out(what: str, terminal_states: Sequence[str], timeout: float, status_field: str, status: Optional[str],
               resource: Any) -> WaitTimeoutError:
    return WaitTimeoutError(
        f"{what} did not reach a terminal state ({', '.join(terminal_states)}) within {timeout:g}s; "
        f"last {status_field}: {status}",
        last_state=resource,
    )


def wait_until_terminal(
    poll: Callable[[], Tuple[Any, Any]],
    *,
    status_field: str,
    terminal_states: Sequence[str],
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
    sleep: Callable[[float], None],
    clock: Callable[[], float],
    what: str = "resource",
) -> Any:
    """Calls `poll` (returning the resource and the response headers) until the resource's
    status is terminal and returns that resource, whatever the outcome (a failed job is returned,
    not raised)."""
    check_wait_options(interval, max_interval, timeout)
    deadline = clock() + timeout
    polls = 0
    while True:
        resource, headers = poll()
        polls += 1
        status = status_of(resource, status_field)
        if status in terminal_states:
            return resource
        delay = _next_delay(polls, headers, interval, max_interval)
        if clock() + delay > deadline:
            raise _timed_out(what, terminal_states, timeout, status_field, status, resource)
        sleep(delay)


async def async_wait_until_terminal(
    poll: Callable[[], Awaitable[Tuple[Any, Any]]],
    *,
    status_field: str,
    terminal_states: Sequence[str],
    interval: float = DEFAULT_INTERVAL,
    max_interval: float = DEFAULT_MAX_INTERVAL,
    timeout: float = DEFAULT_TIMEOUT,
    sleep: Callable[[float], Awaitable[None]],
    clock: Callable[[], float],
    what: str = "resource",
) -> Any:
    """The same wait, awaited: cancelling the task stops it during a poll or a wait (R2.3)."""
    check_wait_options(interval, max_interval, timeout)
    deadline = clock() + timeout
    polls = 0
    while True:
        resource, headers = await poll()
        polls += 1
        status = status_of(resource, status_field)
        if status in terminal_states:
            return resource
        delay = _next_delay(polls, headers, interval, max_interval)
        if clock() + delay > deadline:
            raise _timed_out(what, terminal_states, timeout, status_field, status, resource)
        await sleep(delay)
