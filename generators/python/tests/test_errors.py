"""Typed errors (docs/sdk-behavior.md R5, R7.4) and client options (R4.3), against a real server."""
from __future__ import annotations

import socket

import pytest

import secure_ai_studio as sais
from conftest import Reply
from payloads import IMAGE_JOB
from secure_ai_studio.exceptions import ApiException, NotFoundException

JOB_ID = IMAGE_JOB["id"]


def client_for(server, **options) -> sais.ApiClient:
    return sais.ApiClient(sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": "sk_test_secret_123"}, **options))


def test_404_problem_becomes_not_found_error_with_problem_fields(server) -> None:
    server.reply_problem(404, "job_not_found", headers={"X-Request-Id": "req_header_1"}, title="Not Found",
                         detail="No job job_x.", instance="/api/v1/jobs/job_x", requestId="req_body_1")
    with pytest.raises(sais.NotFoundError) as caught:
        sais.JobsApi(client_for(server)).get_job(JOB_ID)
    error = caught.value
    assert isinstance(error, sais.APIError) and isinstance(error, sais.SecureAIStudioError)
    assert isinstance(error, NotFoundException) and isinstance(error, ApiException)  # stock names still work
    assert error.status == 404 and error.code == "job_not_found"
    assert error.title == "Not Found" and error.detail == "No job job_x." and error.instance == "/api/v1/jobs/job_x"
    assert error.type == "about:blank"
    assert error.request_id == "req_header_1"  # the header wins over the body
    assert error.headers["X-Request-Id"] == "req_header_1"
    assert error.problem is not None and error.problem["requestId"] == "req_body_1"
    assert str(error) == "404 job_not_found: No job job_x."


@pytest.mark.parametrize("status, error_class", [
    (400, sais.BadRequestError), (401, sais.AuthenticationError), (403, sais.PermissionDeniedError),
    (404, sais.NotFoundError), (409, sais.ConflictError), (412, sais.PreconditionFailedError),
    (422, sais.UnprocessableEntityError), (429, sais.RateLimitError), (500, sais.InternalServerError),
    (503, sais.InternalServerError), (501, sais.InternalServerError), (405, sais.APIError), (416, sais.APIError),
])
def test_status_picks_the_error_class(server, status, error_class) -> None:
    server.reply_problem(status, "some_code", detail="d")
    with pytest.raises(sais.APIError) as caught:
        sais.JobsApi(client_for(server, max_retries=0)).get_job(JOB_ID)
    assert type(caught.value) is error_class and caught.value.status == status


def test_request_id_falls_back_to_the_problem_and_errors_are_listed(server) -> None:
    server.reply_problem(422, "validation_failed", title="Invalid request", requestId="req_body_2",
                         errors=[{"location": "body", "name": "prompt", "message": "is required"}])
    with pytest.raises(sais.UnprocessableEntityError) as caught:
        sais.JobsApi(client_for(server)).get_job(JOB_ID)
    assert caught.value.request_id == "req_body_2"
    assert caught.value.errors == [{"location": "body", "name": "prompt", "message": "is required"}]
    assert str(caught.value) == "422 validation_failed: Invalid request"  # title when there is no detail


def test_message_without_code_and_without_problem(server) -> None:
    server.replies.append(Reply(403, b'{"title": "Forbidden"}', {"Content-Type": "application/problem+json"}))
    server.replies.append(Reply(404, b"", {}))
    api = sais.JobsApi(client_for(server))
    with pytest.raises(sais.PermissionDeniedError) as first:
        api.get_job(JOB_ID)
    assert str(first.value) == "403: Forbidden" and first.value.code is None
    with pytest.raises(sais.NotFoundError) as second:
        api.get_job(JOB_ID)
    assert str(second.value) == "404 status code (no problem details)" and second.value.problem is None


def test_non_json_error_body_becomes_the_detail_cut_to_500_characters(server) -> None:
    server.replies.append(Reply(400, b"x" * 600, {"Content-Type": "text/plain"}))
    with pytest.raises(sais.BadRequestError) as caught:
        sais.JobsApi(client_for(server)).get_job(JOB_ID)
    assert caught.value.problem is None and caught.value.detail == "x" * 500


def test_secrets_are_redacted_from_messages_and_problem_members(server) -> None:
    server.reply_problem(401, "invalid_api_key", detail="Key sk_test_secret_123 is revoked",
                         instance="/keys/sk_test_secret_123")
    with pytest.raises(sais.AuthenticationError) as caught:
        sais.JobsApi(client_for(server)).get_job(JOB_ID)
    error = caught.value
    assert "sk_test_secret_123" not in str(error) and "sk_test_secret_123" not in repr(error)
    assert error.detail == "Key [REDACTED] is revoked" and error.instance == "/keys/[REDACTED]"
    assert "sk_test_secret_123" not in (error.body or "") and "sk_test_secret_123" not in str(error.problem)
    assert "sk_test_secret_123" not in repr(vars(error))
    # The decoded body (stock `ApiException.data`, here a Problem: the spec documents getCurrentPrincipal's 401).
    server.reply_problem(401, "invalid_api_key", detail="Key sk_test_secret_123 is revoked", requestId="req_01JDA1B2C3D4")
    with pytest.raises(sais.AuthenticationError) as again:
        sais.AuthApi(client_for(server)).get_current_principal()
    assert isinstance(again.value.data, sais.Problem) and again.value.data.detail == "Key [REDACTED] is revoked"
    assert "sk_test_secret_123" not in repr(vars(again.value))


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_refused_connection_is_an_api_connection_error_not_an_api_error() -> None:
    config = sais.Configuration(host=f"http://127.0.0.1:{_closed_port()}/api/v1", max_retries=0)
    with pytest.raises(sais.APIConnectionError) as caught:
        sais.JobsApi(sais.ApiClient(config)).get_job(JOB_ID)
    assert not isinstance(caught.value, sais.APIError) and not isinstance(caught.value, sais.APIConnectionTimeoutError)
    assert caught.value.__cause__ is not None


def test_attempt_timeout_is_an_api_connection_timeout_error(server) -> None:
    server.replies.append(Reply(200, b"{}", {"Content-Type": "application/json"}, delay=0.5))
    with pytest.raises(sais.APIConnectionTimeoutError) as caught:
        sais.JobsApi(client_for(server, max_retries=0, timeout=0.1)).get_job(JOB_ID)
    assert isinstance(caught.value, sais.APIConnectionError)


def test_truncated_2xx_json_raises_response_validation_error_without_retrying(server) -> None:
    server.replies.append(Reply(200, b'{"id": "job_', {"Content-Type": "application/json", "X-Request-Id": "req_9"}))
    with pytest.raises(sais.ResponseValidationError) as caught:
        sais.JobsApi(client_for(server)).get_job(JOB_ID)
    error = caught.value
    assert isinstance(error, sais.SecureAIStudioError) and not isinstance(error, sais.APIError)
    assert error.request_id == "req_9" and error.operation_id == "getJob"
    assert error.issues[0]["path"] == "" and error.issues[0]["message"].startswith("the body is not valid JSON")
    assert str(error).startswith('Response of getJob does not match openapi.yaml at "": the body is not valid JSON')
    assert len(server.requests) == 1


def test_event_stream_asks_for_text_event_stream(server) -> None:
    server.replies.append(Reply(200, b"event: job.status\ndata: {}\n\n", {"Content-Type": "text/event-stream"}))
    sais.JobsApi(client_for(server)).stream_job_events_without_preload_content(JOB_ID).read()
    assert server.last.headers["accept"] == "text/event-stream"


def test_json_operations_ask_for_application_json(server) -> None:
    server.reply_json(IMAGE_JOB)
    sais.JobsApi(client_for(server)).get_job(JOB_ID)
    assert server.last.headers["accept"] == "application/json"


def test_options_default_and_bad_values_fail_at_once() -> None:
    config = sais.Configuration()
    assert config.max_retries == 2 and config.timeout == 60.0
    with pytest.raises(ValueError, match=r"max_retries must be an integer >= 0 \(got -1\)"):
        sais.Configuration(max_retries=-1)
    with pytest.raises(ValueError, match=r"timeout must be a finite number of seconds >= 0.001 \(got 0\)"):
        sais.Configuration(timeout=0)
    with pytest.raises(ValueError, match="timeout"):
        config.timeout = float("inf")
