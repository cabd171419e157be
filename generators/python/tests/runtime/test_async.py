"""What only the async client has (docs/sdk-behavior.md R2.3): it awaits httpx's AsyncClient on
the event loop itself (no worker thread), and cancelling the task awaiting a call stops the call
wherever it waits (an attempt, a retry wait, a poll wait), is never followed by a retry, and lets
`asyncio.CancelledError` propagate."""
from __future__ import annotations

import asyncio
import threading
import time

import pytest

from conftest import Reply
from fixture_sdk import KEY, AsyncFixture

WIDGET = {"id": "w_1", "name": "Gear", "status": "pending"}


def run(server, use, **options):
    async def main():
        client = AsyncFixture(api_key=KEY, base_url=server.base_url, **options)
        try:
            return await use(client)
        finally:
            await client.close()

    return asyncio.run(main())


async def cancelled_after(seconds: float, call) -> float:
    task = asyncio.ensure_future(call)
    await asyncio.sleep(seconds)
    started = time.monotonic()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    return time.monotonic() - started


def test_calls_run_on_the_event_loop_thread(server) -> None:
    import httpx

    threads: list[threading.Thread] = []

    async def hook(request: httpx.Request) -> None:
        threads.append(threading.current_thread())

    server.reply_json(WIDGET)

    async def use(_client):
        async with httpx.AsyncClient(event_hooks={"request": [hook]}) as pool:
            client = AsyncFixture(api_key=KEY, base_url=server.base_url, http_client=pool)
            await client.widgets.retrieve("w_1")
        return threading.current_thread()

    loop_thread = run(server, use)
    assert threads == [loop_thread]


def test_cancelling_during_an_attempt_stops_at_once_and_never_retries(server) -> None:
    server.replies.append(Reply(200, b"{}", delay=1.0))
    server.reply_json(WIDGET)
    took = run(server, lambda c: cancelled_after(0.2, c.widgets.retrieve("w_1")))
    assert took < 0.5
    time.sleep(1.0)
    assert len(server.requests) == 1


def test_cancelling_during_a_retry_wait_stops_the_call(server) -> None:
    server.reply_problem(503, headers={"Retry-After": "5"})
    server.reply_json(WIDGET)
    took = run(server, lambda c: cancelled_after(0.3, c.widgets.retrieve("w_1")))
    assert took < 0.5 and len(server.requests) == 1


def test_cancelling_a_waiter_stops_it_between_polls(server) -> None:
    for _ in range(5):
        server.reply_json(WIDGET)
    run(server, lambda c: cancelled_after(0.3, c.widgets.wait_for("w_1", interval=0.5)))
    assert len(server.requests) == 1


def test_a_task_cancelled_before_it_starts_sends_nothing(server) -> None:
    async def use(client):
        task = asyncio.ensure_future(client.widgets.retrieve("w_1"))
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(server, use)
    assert server.requests == []
