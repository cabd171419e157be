"""Per-call options (docs/sdk-behavior.md R2.2), environment defaults (R1.2, R4.1, R4.2) and raw
response access (R10, R11) against a real local server."""
from __future__ import annotations

import pytest

import secure_ai_studio as sais
from conftest import Reply
from payloads import IMAGE_JOB, TEMPLATE

JOB_ID = IMAGE_JOB["id"]


def recording_client(server, **options) -> tuple[sais.ApiClient, list[float]]:
    client = sais.ApiClient(sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": "sk_test_123"}, **options))
    waits: list[float] = []
    client.sleep = waits.append
    return client, waits


def test_per_call_max_retries_overrides_the_client_for_that_call_only(server) -> None:
    client, _ = recording_client(server, max_retries=0)
    server.reply_problem(503)
    server.reply_json(IMAGE_JOB)
    assert sais.JobsApi(client).get_job(JOB_ID, _max_retries=1).id == JOB_ID
    server.reply_problem(503)
    with pytest.raises(sais.InternalServerError):
        sais.JobsApi(client).get_job(JOB_ID)  # back to the client's 0 retries
    assert len(server.requests) == 3


def test_per_call_max_retries_is_checked(server) -> None:
    client, _ = recording_client(server)
    with pytest.raises(Exception, match="_max_retries"):
        sais.JobsApi(client).get_job(JOB_ID, _max_retries=-1)
    assert server.requests == []


def test_per_call_timeout_overrides_the_client_timeout(server) -> None:
    client, _ = recording_client(server, timeout=5.0, max_retries=0)
    server.replies.append(Reply(200, b"{}", {"Content-Type": "application/json"}, delay=0.5))
    with pytest.raises(sais.APIConnectionTimeoutError):
        sais.JobsApi(client).get_job(JOB_ID, _request_timeout=0.1)


def test_per_call_headers_are_sent_with_that_call(server) -> None:
    client, _ = recording_client(server)
    server.reply_json(IMAGE_JOB)
    sais.JobsApi(client).get_job(JOB_ID, _headers={"X-Trace": "abc"})
    assert server.last.headers["x-trace"] == "abc"


def test_with_http_info_exposes_status_headers_request_id_and_etag(server) -> None:
    client, _ = recording_client(server)
    server.reply_json(TEMPLATE, headers={"ETag": '"v4"', "X-Request-Id": "req_tpl"})
    response = sais.TemplatesApi(client).get_template_with_http_info(TEMPLATE["id"])
    assert response.status_code == 200 and response.data.id == TEMPLATE["id"]
    assert response.request_id == "req_tpl" and response.etag == '"v4"'
    server.reply_json(TEMPLATE)
    assert sais.TemplatesApi(client).get_template_with_http_info(TEMPLATE["id"]).request_id is None


def test_api_key_and_base_url_come_from_the_environment(server, monkeypatch) -> None:
    monkeypatch.setenv("SECURE_AI_STUDIO_API_KEY", "sk_from_env")
    monkeypatch.setenv("SECURE_AI_STUDIO_BASE_URL", server.base_url + "//")
    with sais.ApiClient(sais.Configuration()) as client:
        server.reply_json(IMAGE_JOB)
        sais.JobsApi(client).get_job(JOB_ID)
    assert server.last.path == f"/api/v1/jobs/{JOB_ID}" and server.last.headers["x-api-key"] == "sk_from_env"
    # An access token given in code wins over the environment's API key (R1.1).
    assert sais.Configuration(access_token="jwt.x.y").api_key == {}
    assert sais.Configuration(host="http://h/api/v1/").host == "http://h/api/v1"
