"""Cancellation (docs/sdk-behavior.md R2.3) with a threading.Event, and `with_options` (R2.2),
against a real local server."""
from __future__ import annotations

import threading
import time

import pytest

import secure_ai_studio as sais
from conftest import Reply
from payloads import IMAGE_JOB

JOB_ID = IMAGE_JOB["id"]


def cancel_after(seconds: float) -> threading.Event:
    event = threading.Event()
    threading.Timer(seconds, event.set).start()
    return event


def test_an_already_cancelled_call_sends_nothing(server, api_key_client) -> None:
    cancelled = threading.Event()
    cancelled.set()
    with pytest.raises(sais.APIUserAbortError):
        sais.JobsApi(api_key_client).get_job(JOB_ID, _cancel=cancelled)
    assert server.requests == []


def test_cancelling_during_an_attempt_stops_the_call_at_once(server, api_key_client) -> None:
    server.replies.append(Reply(200, b"{}", {"Content-Type": "application/json"}, delay=1.5))
    started = time.monotonic()
    with pytest.raises(sais.APIUserAbortError):
        sais.JobsApi(api_key_client).get_job(JOB_ID, _cancel=cancel_after(0.1))
    assert time.monotonic() - started < 1.0 and len(server.requests) == 1  # never retried


def test_cancelling_during_a_retry_wait_stops_the_call(server, api_key_client) -> None:
    server.reply_problem(503, headers={"Retry-After": "30"})
    started = time.monotonic()
    with pytest.raises(sais.APIUserAbortError):
        sais.JobsApi(api_key_client).get_job(JOB_ID, _cancel=cancel_after(0.1))
    assert time.monotonic() - started < 1.0 and len(server.requests) == 1


def test_cancelling_a_waiter_stops_it_between_polls(server, api_key_client) -> None:
    server.reply_json({**IMAGE_JOB, "status": "running"}, headers={"Retry-After": "30"})
    started = time.monotonic()
    with pytest.raises(sais.APIUserAbortError):
        sais.JobsApi(api_key_client).wait_for_job(JOB_ID, cancel=cancel_after(0.1))
    assert time.monotonic() - started < 1.0 and len(server.requests) == 1


def test_an_uncancelled_event_changes_nothing(server, api_key_client) -> None:
    server.reply_json(IMAGE_JOB)
    assert sais.JobsApi(api_key_client).get_job(JOB_ID, _cancel=threading.Event()).id == JOB_ID


def test_with_options_derives_a_client_with_other_options(server, api_key_client) -> None:
    derived = api_key_client.with_options(max_retries=0, timeout=5.0, headers={"X-Team": "ml"})
    assert (derived.configuration.max_retries, derived.configuration.timeout) == (0, 5.0)
    assert api_key_client.configuration.max_retries == 2  # the original is unchanged
    server.reply_problem(503)
    with pytest.raises(sais.InternalServerError):
        sais.JobsApi(derived).get_job(JOB_ID)
    assert len(server.requests) == 1 and server.last.headers["x-team"] == "ml"
    with pytest.raises(ValueError, match="timeout must be"):
        api_key_client.with_options(timeout=-1)
