"""Transparent token refresh on 401 (docs/sdk-behavior.md R1.4) against a real local server."""
from __future__ import annotations

import json
import threading

import pytest

import secure_ai_studio as sais
from payloads import IMAGE_JOB

JOB_ID = IMAGE_JOB["id"]
OLD, NEW, NEWER = "jwt.old.token", "jwt.new.token", "jwt.newer.token"


def refreshing_client(server, **options) -> sais.ApiClient:
    config = sais.Configuration(host=server.base_url, access_token=OLD, refresh_token="rt_one_0001", **options)
    client = sais.ApiClient(config)
    client.sleep = lambda seconds: None
    return client


def test_a_401_refreshes_once_and_repeats_the_attempt_with_the_new_token(server) -> None:
    seen: list[dict] = []
    client = refreshing_client(server, on_token_refresh=seen.append)
    server.reply_problem(401, "token_expired", detail="The access token has expired.")
    server.reply_json({"accessToken": NEW, "tokenType": "Bearer", "expiresIn": 900, "refreshToken": "rt_two_0002"})
    server.reply_json(IMAGE_JOB)
    assert sais.JobsApi(client).get_job(JOB_ID).id == JOB_ID
    first, refresh, repeat = server.requests
    assert first.headers["authorization"] == f"Bearer {OLD}"
    assert (refresh.method, refresh.path) == ("POST", "/api/v1/auth/refresh")
    assert json.loads(refresh.body) == {"refreshToken": "rt_one_0001"}
    assert "authorization" not in refresh.headers and "x-api-key" not in refresh.headers
    assert repeat.headers["authorization"] == f"Bearer {NEW}" and repeat.path == first.path
    assert seen == [{"accessToken": NEW, "refreshToken": "rt_two_0002"}]
    assert (client.configuration.access_token, client.configuration.refresh_token) == (NEW, "rt_two_0002")


def test_the_repeat_keeps_the_idempotency_key_and_body_and_does_not_use_a_retry(server) -> None:
    client = refreshing_client(server, max_retries=0)
    server.reply_problem(401, "token_expired")
    server.reply_json({"accessToken": NEW, "tokenType": "Bearer", "expiresIn": 900})
    server.reply_json({**IMAGE_JOB, "status": "queued"}, status=202)
    sais.JobsApi(client).create_image_job(sais.ImageJobRequest(prompt="A lighthouse"))
    first, _, repeat = server.requests
    assert repeat.headers["idempotency-key"] == first.headers["idempotency-key"]
    assert repeat.body == first.body
    assert client.configuration.refresh_token == "rt_one_0001"  # not rotated: kept


def test_a_second_401_is_raised_without_another_refresh(server) -> None:
    client = refreshing_client(server)
    server.reply_problem(401, "token_expired")
    server.reply_json({"accessToken": NEW, "tokenType": "Bearer", "expiresIn": 900})
    server.reply_problem(401, "token_revoked", detail="Revoked.")
    with pytest.raises(sais.AuthenticationError, match="401 token_revoked: Revoked."):
        sais.JobsApi(client).get_job(JOB_ID)
    assert len(server.requests) == 3


def test_a_failed_refresh_raises_its_own_error_redacted(server) -> None:
    client = refreshing_client(server)
    server.reply_problem(401, "token_expired")
    server.reply_problem(401, "invalid_grant", detail="Refresh token rt_one_0001 is not valid.")
    with pytest.raises(sais.AuthenticationError) as caught:
        sais.JobsApi(client).get_job(JOB_ID)
    assert caught.value.code == "invalid_grant" and "rt_one_0001" not in str(caught.value)
    assert len(server.requests) == 2  # the refresh is never retried


def test_without_a_refresh_token_a_401_is_raised_at_once(server, bearer_client) -> None:
    server.reply_problem(401, "token_expired")
    with pytest.raises(sais.AuthenticationError):
        sais.JobsApi(bearer_client).get_job(JOB_ID)
    assert len(server.requests) == 1


def test_operations_without_security_never_refresh(server) -> None:
    client = refreshing_client(server)
    server.reply_problem(401, "invalid_client")
    with pytest.raises(sais.AuthenticationError):
        sais.AuthApi(client).create_token(sais.TokenRequest.from_dict(
            {"grantType": "client_credentials", "clientId": "cli_12345678", "clientSecret": "s3cr3t-value-0123456"}))
    assert len(server.requests) == 1


def test_concurrent_401s_share_one_refresh(server) -> None:
    client = refreshing_client(server)
    barrier = threading.Barrier(2)
    original = client.rest_client.request

    def request(method, url, **kwargs):
        response = original(method, url, **kwargs)
        if url.endswith(f"/jobs/{JOB_ID}") and response.status == 401:
            barrier.wait(timeout=5)  # both calls hold their 401 before either refreshes
        return response

    client.rest_client.request = request
    for _ in range(2):
        server.reply_problem(401, "token_expired")
    server.reply_json({"accessToken": NEW, "tokenType": "Bearer", "expiresIn": 900})
    server.reply_json(IMAGE_JOB)
    server.reply_json(IMAGE_JOB)
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(sais.JobsApi(client).get_job(JOB_ID))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert len(results) == 2
    assert [r.path for r in server.requests].count("/api/v1/auth/refresh") == 1
    assert all(r.headers["authorization"] == f"Bearer {NEW}" for r in server.requests[-2:])
