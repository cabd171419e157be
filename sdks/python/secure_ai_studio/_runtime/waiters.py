"""Waiters for long-running operations (docs/sdk-behavior.md R8.1-R8.3), driven by the spec's
`x-long-running: {statusField, terminalStates, pollOperation}`.

Each generated `*Api` class lists the operations it polls in `_WAITERS` and has a typed waiter for
each (`wait_for_job`); a waiter polls until the status is terminal, waiting `interval * 1.5^(n-1)`
capped at `max_interval` between polls (or the poll's `Retry-After`), and raises
`WaitTimeoutError` with the last resource seen when the next wait would end past `timeout`."""
from __future__ import annotations

import threading
from enum import Enum
from typing import Any, Callable, ClassVar, Dict, Optional, Sequence, Tuple

from .cancellation import cancellable_sleep
from .errors import WaitTimeoutError
from .pagination import field_by_wire_name
from .retry import retry_after_delay

DEFAULT_INTERVAL = 1.0  # seconds
DEFAULT_MAX_INTERVAL = 10.0
DEFAULT_TIMEOUT = 900.0  # 15 minutes

# (poll operationId, poll method name, status field, terminal states, named waiter method), one
# per poll operation: generated from the poll operation's x-waiter (itself from x-long-running).
Waiter = Tuple[str, str, str, Tuple[str, ...], str]


def poll_delay(poll: int, interval: float, max_interval: float) -> float:
    """R8.2: seconds to wait after poll `poll` (1-based) before the next one."""
    return min(interval * 1.5 ** (poll - 1), max_interval)


def status_of(resource: Any, status_field: str) -> Optional[str]:
    status = field_by_wire_name(resource, status_field)
    if isinstance(status, Enum):
        status = status.value
    return status if isinstance(status, str) else None


def wait_until_terminal(
    poll: Callable[[], Any],
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
    """Calls `poll` (returning an ApiResponse) until the resource's status is terminal and returns
    that resource, whatever the outcome (a failed job is returned, not raised)."""
    for name, value in (("interval", interval), ("max_interval", max_interval), ("timeout", timeout)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0 or value == float("inf"):
            raise ValueError(f"{name} must be a number of seconds > 0 (got {value!r})")
    deadline = clock() + timeout
    polls = 0
    while True:
        response = poll()
        polls += 1
        resource = response.data
        status = status_of(resource, status_field)
        if status in terminal_states:
            return resource
        headers = response.headers or {}
        retry_after = retry_after_delay(next((v for k, v in headers.items() if k.lower() == "retry-after"), None))
        delay = poll_delay(polls, interval, max_interval) if retry_after is None else retry_after
        if clock() + delay > deadline:
            raise WaitTimeoutError(
                f"{what} did not reach a terminal state ({', '.join(terminal_states)}) within {timeout:g}s; "
                f"last {status_field}: {status}",
                last_state=resource,
            )
        sleep(delay)


class LongRunningOperations:
    """Mixin of every generated `*Api` class. A class whose operations are polled by long-running
    ones lists them in `_WAITERS` and has a typed waiter per poll operation, named from x-waiter
    (`JobsApi.wait_for_job(job_id) -> Job`); `wait_for` is the generic form of the same waiter."""

    api_client: Any
    _WAITERS: ClassVar[Sequence[Waiter]] = ()

    def wait_for(
        self,
        *args: Any,
        interval: float = DEFAULT_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        timeout: float = DEFAULT_TIMEOUT,
        poll_operation: Optional[str] = None,
        cancel: Optional[threading.Event] = None,
        **kwargs: Any,
    ) -> Any:
        """The waiter of this class (R8.1-R8.3), for code that works on any resource: the named
        waiter (e.g. ``jobs.wait_for_job(job_id)``) is the same call, typed.

        ``args``/``kwargs`` are the poll operation's arguments; ``poll_operation`` (an
        operationId) picks the poll when this class has several."""
        choices = {entry[0]: entry for entry in self._WAITERS}
        if not choices:
            raise TypeError(f"{type(self).__name__} has no long-running operation to wait for")
        if poll_operation is None:
            if len(choices) > 1:
                raise ValueError(f"{type(self).__name__}.wait_for needs poll_operation (one of {', '.join(sorted(choices))})")
            poll_operation = next(iter(choices))
        if poll_operation not in choices:
            raise ValueError(f"poll_operation must be one of {', '.join(sorted(choices))} (got {poll_operation!r})")
        return self._wait(poll_operation, args, kwargs, interval=interval, max_interval=max_interval,
                          timeout=timeout, cancel=cancel)

    def _wait(
        self,
        poll_operation: str,
        args: Sequence[Any],
        kwargs: Dict[str, Any],
        *,
        interval: float,
        max_interval: float,
        timeout: float,
        cancel: Optional[threading.Event],
    ) -> Any:
        """Polls `poll_operation` (one of `_WAITERS`) with `args`/`kwargs` until the resource is in a
        terminal state and returns it. Each poll is a normal call (auth, retries, errors);
        `WaitTimeoutError.last_state` holds the last resource seen; setting ``cancel`` (a
        threading.Event) stops the wait with `APIUserAbortError` (R2.3)."""
        _, method_name, status_field, terminal_states, _ = next(e for e in self._WAITERS if e[0] == poll_operation)
        poll_method = getattr(self, f"{method_name}_with_http_info")
        return wait_until_terminal(
            lambda: poll_method(*args, _cancel=cancel, **kwargs),
            status_field=status_field,
            terminal_states=terminal_states,
            interval=interval,
            max_interval=max_interval,
            timeout=timeout,
            sleep=cancellable_sleep(cancel, self.api_client.sleep),
            clock=self.api_client.clock,
            what=poll_operation,
        )
