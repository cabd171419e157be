"""Cancellation of a call (docs/sdk-behavior.md R2.3) for this synchronous SDK: a
`threading.Event` passed as ``_cancel=`` (waiters: ``cancel=``). Setting it from another thread
stops the call at once with `APIUserAbortError`: before anything is sent, during an attempt (the
caller stops waiting; the abandoned attempt finishes in the background and its connection is
dropped), and during a retry or poll wait. A cancelled call is never retried."""
from __future__ import annotations

import threading
from typing import Any, Callable, Optional, TypeVar

from .errors import APIUserAbortError

T = TypeVar("T")
_POLL = 0.01  # seconds between checks of the cancel event while an attempt runs


def raise_if_cancelled(cancel: Optional[threading.Event]) -> None:
    if cancel is not None and cancel.is_set():
        raise APIUserAbortError("Request was cancelled.")


def cancellable_sleep(cancel: Optional[threading.Event], sleep: Callable[[float], None]) -> Callable[[float], None]:
    """`sleep`, or with a cancel event a wait that ends early (raising) when the event is set."""
    if cancel is None:
        return sleep

    def wait(seconds: float) -> None:
        if cancel.wait(seconds):
            raise APIUserAbortError("Request was cancelled.")

    return wait


def run_cancellable(cancel: Optional[threading.Event], attempt: Callable[[], T]) -> T:
    """Runs `attempt`; with a cancel event, in a worker thread the caller stops waiting for as
    soon as the event is set."""
    raise_if_cancelled(cancel)
    if cancel is None:
        return attempt()
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def work() -> None:
        try:
            outcome["value"] = attempt()
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = error
        finally:
            done.set()
            if cancel.is_set() and "value" in outcome:
                _discard(outcome["value"])

    threading.Thread(target=work, name="secure-ai-studio-attempt", daemon=True).start()
    while not done.wait(_POLL):
        if cancel.is_set():
            raise APIUserAbortError("Request was cancelled.")
    if "error" in outcome:
        raise outcome["error"]
    value: T = outcome["value"]
    return value


def _discard(response: Any) -> None:
    raw = getattr(response, "response", response)
    for method in ("close", "release_conn"):
        if callable(getattr(raw, method, None)):
            getattr(raw, method)()
