"""Retries and per-call options (docs/sdk-behavior.md R2, R3) over a real local server, for the
sync and the async client (`h`). Waits are recorded in `h.waits`, never slept."""
from __future__ import annotations

import re
import socket

import pytest

from conftest import Reply
from fixture_sdk import KEY
from secure_ai_studio._runtime.errors import (
    APIConnectionError, APIConnectionTimeoutError, ConflictError, InternalServerError, NotFoundError, RateLimitError,
)

WIDGET = {"id": "w_1", "name": "Gear", "status": "done"}
UUID_V4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def fail(server, status: int, times: int, code: str | None = None, headers: dict[str, str] | None = None) -> None:
    for _ in range(times):
        server.reply_problem(status, code, headers=headers)


def test_get_is_retried_on_503_with_backoff_then_succeeds(h, server) -> None:
    fail(server, 503, 2)
    server.reply_json(WIDGET)
    widget = h.call(lambda w: w.retrieve("w_1"))
    assert widget.id == "w_1" and len(server.requests) == 3
    assert 0.375 <= h.waits[0] <= 0.5 and 0.75 <= h.waits[1] <= 1.0


def test_retries_stop_after_max_retries_and_raise_the_last_failure(h, server) -> None:
    fail(server, 502, 3)
    with pytest.raises(InternalServerError) as caught:
        h.call(lambda w: w.retrieve("w_1"))
    assert caught.value.status == 502 and len(server.requests) == 3 and len(h.waits) == 2


def test_max_retries_zero_makes_one_attempt(h, server) -> None:
    fail(server, 503, 1)
    with pytest.raises(InternalServerError):
        h.call(lambda w: w.retrieve("w_1"), max_retries=0)
    assert len(server.requests) == 1 and h.waits == []


@pytest.mark.parametrize("status", [408, 429, 500, 504, 507])
def test_other_retryable_statuses_are_retried(h, server, status) -> None:
    fail(server, status, 1)
    server.reply_json(WIDGET)
    assert h.call(lambda w: w.retrieve("w_1")).id == "w_1" and len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 412, 422, 501, 505])
def test_non_retryable_statuses_are_raised_at_once(h, server, status) -> None:
    fail(server, status, 1)
    with pytest.raises(Exception):
        h.call(lambda w: w.retrieve("w_1"))
    assert len(server.requests) == 1


def test_409_is_retried_only_for_a_lock(h, server) -> None:
    fail(server, 409, 1, code="resource_locked")
    server.reply_json(WIDGET)
    assert h.call(lambda w: w.retrieve("w_1")).id == "w_1" and len(server.requests) == 2
    fail(server, 409, 1, code="etag_mismatch")
    with pytest.raises(ConflictError):
        h.call(lambda w: w.retrieve("w_1"))
    assert len(server.requests) == 3


def test_retry_after_replaces_the_backoff_and_junk_falls_back(h, server) -> None:
    fail(server, 429, 1, headers={"Retry-After": "3"})
    fail(server, 429, 1, headers={"Retry-After": "soon"})
    server.reply_json(WIDGET)
    h.call(lambda w: w.retrieve("w_1"))
    assert h.waits[0] == 3.0 and 0.75 <= h.waits[1] <= 1.0


def test_post_without_idempotency_key_is_not_retried(h, server) -> None:
    fail(server, 503, 1)
    with pytest.raises(InternalServerError):
        h.call(lambda w: w.touch("w_1"))
    assert len(server.requests) == 1


def test_creating_post_gets_one_generated_key_for_all_its_attempts(h, server) -> None:
    fail(server, 503, 2)
    server.reply_json(WIDGET, status=201)
    h.call(lambda w: w.create(name="Gear"))
    keys = [r.headers["idempotency-key"] for r in server.requests]
    assert len(keys) == 3 and len(set(keys)) == 1 and UUID_V4.match(keys[0])
    assert len({r.body for r in server.requests}) == 1


def test_caller_idempotency_key_is_sent_as_given_on_every_attempt(h, server) -> None:
    fail(server, 500, 1)
    server.reply_json(WIDGET, status=201)
    h.call(lambda w: w.create(name="Gear", idempotency_key="key-1"))
    assert [r.headers["idempotency-key"] for r in server.requests] == ["key-1", "key-1"]


def test_a_caller_key_makes_any_post_retryable(h, server) -> None:
    fail(server, 503, 1)
    server.reply_json(WIDGET)
    h.call(lambda w: w.retrieve("w_1", extra_headers={"Idempotency-Key": "k"}))
    assert len(server.requests) == 2


def test_connection_errors_are_retried_with_backoff_then_raised(h) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(APIConnectionError) as caught:
        h.call(lambda w: w.retrieve("w_1"), base_url=f"http://127.0.0.1:{port}/v1")
    assert not isinstance(caught.value, APIConnectionTimeoutError) and len(h.waits) == 2
    assert caught.value.__cause__ is not None


def test_a_dropped_connection_is_retried_by_the_sdk_only(h, server) -> None:
    server.replies.append(Reply(drop=True))
    server.reply_json(WIDGET)
    assert h.call(lambda w: w.retrieve("w_1")).id == "w_1"
    assert len(server.requests) == 2 and len(h.waits) == 1


def test_a_timed_out_attempt_is_retried_then_raised_as_a_timeout(h, server) -> None:
    server.replies.append(Reply(200, b"{}", delay=0.5))
    server.reply_json(WIDGET)
    assert h.call(lambda w: w.retrieve("w_1"), timeout=0.1).id == "w_1" and len(server.requests) == 2
    server.replies.append(Reply(200, b"{}", delay=0.5))
    with pytest.raises(APIConnectionTimeoutError):
        h.call(lambda w: w.retrieve("w_1"), timeout=0.1, max_retries=0)


def test_a_retried_upload_sends_the_same_multipart_bytes(h, server) -> None:
    fail(server, 503, 1)
    server.reply_json(WIDGET, status=201)
    h.call(lambda w: w.upload("w_1", file=("a.png", b"\x89PNG\r\n\x1a\n..."), description="front"))
    first, second = server.requests
    assert first.body == second.body and first.headers["content-type"] == second.headers["content-type"]
    assert b'filename="a.png"' in first.body and b"Content-Type: image/png" in first.body
    assert b'name="description"' in first.body and first.headers["content-type"].startswith("multipart/form-data; boundary=")


# R2.2: per-call options

def test_per_call_max_retries_overrides_the_client_for_that_call_only(h, server) -> None:
    fail(server, 503, 1)
    with pytest.raises(InternalServerError):
        h.call(lambda w: w.retrieve("w_1", max_retries=0), max_retries=5)
    assert len(server.requests) == 1
    with pytest.raises(ValueError, match="max_retries must be an integer >= 0"):
        h.call(lambda w: w.retrieve("w_1", max_retries=-1))


def test_per_call_timeout_and_headers(h, server) -> None:
    server.replies.append(Reply(200, b"{}", delay=0.5))
    with pytest.raises(APIConnectionTimeoutError):
        h.call(lambda w: w.retrieve("w_1", timeout=0.1, max_retries=0))
    server.reply_json(WIDGET)
    h.call(lambda w: w.retrieve("w_1", extra_headers={"X-Trace": "t-1"}))
    assert server.last.headers["x-trace"] == "t-1" and server.last.headers["x-api-key"] == KEY


def test_rate_limit_without_retries_is_a_rate_limit_error(h, server) -> None:
    fail(server, 429, 1, headers={"Retry-After": "1"})
    with pytest.raises(RateLimitError):
        h.call(lambda w: w.retrieve("w_1"), max_retries=0)


def test_not_found_is_never_retried(h, server) -> None:
    fail(server, 404, 1)
    with pytest.raises(NotFoundError):
        h.call(lambda w: w.retrieve("w_1"))
    assert h.waits == []
