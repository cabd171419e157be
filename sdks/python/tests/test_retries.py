"""Retries (docs/sdk-behavior.md R3) against a real local server. Waits go through
`ApiClient.sleep`, which the tests replace to record the delays instead of sleeping them."""
from __future__ import annotations

import email.utils
import json
import re
import socket
import time

import pytest

import secure_ai_studio as sais
from conftest import Reply
from payloads import ASSET, IMAGE_JOB
from secure_ai_studio._runtime.retry import backoff_delay, is_retryable_status, retry_after_delay

JOB_ID = IMAGE_JOB["id"]
UUID_V4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


class Recording(sais.ApiClient):
    def __init__(self, config: sais.Configuration) -> None:
        super().__init__(config)
        self.waits: list[float] = []
        self.sleep = self.waits.append


def client_for(server, **options) -> Recording:
    return Recording(sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": "sk_test_123"}, **options))


def fail(server, status: int, times: int, code: str | None = None, headers: dict[str, str] | None = None) -> None:
    for _ in range(times):
        server.reply_problem(status, code, headers=headers)


# R3.4, R3.5 as numbers

def test_backoff_doubles_from_half_a_second_with_up_to_25_percent_jitter_and_caps_at_8s() -> None:
    assert [backoff_delay(n, random=lambda: 0.0) for n in (1, 2, 3, 4, 5, 6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    almost_one = 0.999999
    assert backoff_delay(1, random=lambda: almost_one) == pytest.approx(0.375, abs=1e-5)
    assert backoff_delay(5, random=lambda: almost_one) == pytest.approx(6.0, abs=1e-4)


def test_retry_after_parses_seconds_and_http_dates_clamped_to_60s() -> None:
    now = 1_000_000.0
    assert retry_after_delay("3", now) == 3.0
    assert retry_after_delay("1.5", now) == 1.5
    assert retry_after_delay("120", now) == 60.0
    assert retry_after_delay(email.utils.formatdate(now + 7, usegmt=True), now) == pytest.approx(7.0)
    assert retry_after_delay(email.utils.formatdate(now - 30, usegmt=True), now) == 0.0
    assert retry_after_delay(email.utils.formatdate(now + 3600, usegmt=True), now) == 60.0
    for junk in ("-1", "", "soon", "1e3", None):
        assert retry_after_delay(junk, now) is None


def test_retryable_statuses() -> None:
    for status in (408, 429, 500, 502, 503, 504, 507, 599):
        assert is_retryable_status(status), status
    for status in (400, 401, 403, 404, 409, 412, 416, 422, 501, 505):
        assert not is_retryable_status(status), status
    assert is_retryable_status(409, "resource_locked") and is_retryable_status(409, "lock_conflict")
    assert not is_retryable_status(409, "etag_mismatch")


# R3.1-R3.5 over the network

def test_get_is_retried_on_503_with_backoff_then_succeeds(server) -> None:
    fail(server, 503, 2)
    server.reply_json(IMAGE_JOB)
    client = client_for(server)
    job = sais.JobsApi(client).get_job(JOB_ID)
    assert job.id == JOB_ID and len(server.requests) == 3
    assert 0.375 <= client.waits[0] <= 0.5 and 0.75 <= client.waits[1] <= 1.0


def test_retries_stop_after_max_retries_and_raise_the_last_failure(server) -> None:
    fail(server, 502, 3)
    server.reply_json(IMAGE_JOB)  # never reached
    client = client_for(server)
    with pytest.raises(sais.InternalServerError) as caught:
        sais.JobsApi(client).get_job(JOB_ID)
    assert caught.value.status == 502 and len(server.requests) == 3 and len(client.waits) == 2


def test_max_retries_zero_makes_one_attempt(server) -> None:
    fail(server, 503, 2)
    client = client_for(server, max_retries=0)
    with pytest.raises(sais.InternalServerError):
        sais.JobsApi(client).get_job(JOB_ID)
    assert len(server.requests) == 1 and client.waits == []


@pytest.mark.parametrize("status", [408, 429, 500, 504])
def test_other_retryable_statuses_are_retried(server, status) -> None:
    fail(server, status, 1)
    server.reply_json(IMAGE_JOB)
    sais.JobsApi(client_for(server)).get_job(JOB_ID)
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 412, 422, 501, 505])
def test_non_retryable_statuses_are_raised_at_once(server, status) -> None:
    fail(server, status, 2)
    with pytest.raises(sais.APIError):
        sais.JobsApi(client_for(server)).get_job(JOB_ID)
    assert len(server.requests) == 1


def test_409_is_retried_only_for_a_lock(server) -> None:
    fail(server, 409, 1, code="resource_locked")
    server.reply_json(IMAGE_JOB)
    sais.JobsApi(client_for(server)).get_job(JOB_ID)
    assert len(server.requests) == 2
    fail(server, 409, 2, code="already_exists")
    with pytest.raises(sais.ConflictError) as caught:
        sais.JobsApi(client_for(server)).get_job(JOB_ID)
    assert caught.value.code == "already_exists" and len(server.requests) == 3


def test_retry_after_replaces_the_backoff(server) -> None:
    fail(server, 429, 1, headers={"Retry-After": "2"})
    fail(server, 503, 1, headers={"Retry-After": "120"})
    fail(server, 503, 1, headers={"Retry-After": email.utils.formatdate(time.time() - 10, usegmt=True)})
    server.reply_json(IMAGE_JOB)
    client = client_for(server, max_retries=3)
    sais.JobsApi(client).get_job(JOB_ID)
    assert client.waits == [2.0, 60.0, 0.0]


def test_junk_retry_after_falls_back_to_the_backoff(server) -> None:
    fail(server, 429, 1, headers={"Retry-After": "later"})
    server.reply_json(IMAGE_JOB)
    client = client_for(server)
    sais.JobsApi(client).get_job(JOB_ID)
    assert 0.375 <= client.waits[0] <= 0.5


# R3.3, R3.6, R3.7: POST only with an Idempotency-Key, generated once per call

def test_post_without_idempotency_key_is_not_retried(server) -> None:
    fail(server, 503, 2)
    with pytest.raises(sais.InternalServerError):
        sais.JobsApi(client_for(server)).cancel_job(JOB_ID)  # cancelJob declares no Idempotency-Key
    assert len(server.requests) == 1 and "idempotency-key" not in server.last.headers


def test_creating_post_gets_one_generated_key_for_all_its_attempts(server) -> None:
    fail(server, 503, 2)
    server.reply_json({**IMAGE_JOB, "status": "queued"}, status=202)
    server.reply_json({**IMAGE_JOB, "status": "queued"}, status=202)
    api = sais.JobsApi(client_for(server))
    request = sais.ImageJobRequest(prompt="a lighthouse", width=640)
    api.create_image_job(request)
    keys = [r.headers["idempotency-key"] for r in server.requests]
    assert len(keys) == 3 and len(set(keys)) == 1 and UUID_V4.match(keys[0])
    assert len({r.body for r in server.requests}) == 1 and json.loads(server.requests[0].body)["prompt"] == "a lighthouse"
    api.create_image_job(request)
    assert server.last.headers["idempotency-key"] != keys[0]  # a new call, a new key


def test_caller_idempotency_key_is_sent_as_given_on_every_attempt(server) -> None:
    fail(server, 500, 1)
    server.reply_json({**IMAGE_JOB, "status": "queued"}, status=202)
    sais.JobsApi(client_for(server)).create_image_job(sais.ImageJobRequest(prompt="p"), idempotency_key="idem-7")
    assert [r.headers["idempotency-key"] for r in server.requests] == ["idem-7", "idem-7"]


def test_a_caller_key_makes_any_post_retryable(server) -> None:
    fail(server, 503, 1)
    server.reply_json({**IMAGE_JOB, "status": "canceled"})
    sais.JobsApi(client_for(server)).cancel_job(JOB_ID, _headers={"Idempotency-Key": "k-1"})
    assert [r.headers["idempotency-key"] for r in server.requests] == ["k-1", "k-1"]


# Connection failures and timeouts (R3.1, R2.1) and no retrying by urllib3 itself

def test_connection_errors_are_retried_with_backoff_then_raised() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = Recording(sais.Configuration(host=f"http://127.0.0.1:{port}/api/v1"))
    with pytest.raises(sais.APIConnectionError):
        sais.JobsApi(client).get_job(JOB_ID)
    assert len(client.waits) == 2 and 0.375 <= client.waits[0] <= 0.5 and 0.75 <= client.waits[1] <= 1.0


def test_a_timed_out_attempt_is_retried(server) -> None:
    server.replies.append(Reply(200, json.dumps(IMAGE_JOB).encode(), {"Content-Type": "application/json"}, delay=0.6))
    server.reply_json(IMAGE_JOB)
    client = client_for(server, timeout=0.2)
    assert sais.JobsApi(client).get_job(JOB_ID).id == JOB_ID
    assert len(server.requests) == 2 and len(client.waits) == 1


def test_urllib3_does_not_resend_a_dropped_request_by_itself(server) -> None:
    server.replies.append(Reply(drop=True))
    server.reply_json(IMAGE_JOB)
    with pytest.raises(sais.APIConnectionError):
        sais.JobsApi(client_for(server, max_retries=0)).get_job(JOB_ID)
    assert len(server.requests) == 1


def test_a_retried_upload_sends_the_same_multipart_bytes(server) -> None:
    fail(server, 503, 1)
    server.reply_json(ASSET, status=201)
    sais.AssetsApi(client_for(server)).upload_reference_image(file=("ref.png", b"\x89PNG\x00\xff"), description="frame 1")
    first, second = server.requests
    assert first.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert first.headers["content-type"] == second.headers["content-type"]
    assert first.body == second.body and b"\x89PNG\x00\xff" in first.body and b'filename="ref.png"' in first.body
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
