"""Response validation modes (docs/sdk-behavior.md R7.1-R7.3) against a real local server."""
from __future__ import annotations

import json
import logging

import pytest

import secure_ai_studio as sais
from conftest import Reply
from payloads import BACKUP, IMAGE_JOB, VIDEO_JOB

JOB_ID = IMAGE_JOB["id"]
MISSING_CREATED_AT = {k: v for k, v in IMAGE_JOB.items() if k != "createdAt"}


def client_for(server, **options) -> sais.ApiClient:
    return sais.ApiClient(sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": "sk_test_123"}, **options))


def test_warn_is_the_default_it_logs_and_returns_the_body_as_received(server, caplog) -> None:
    server.reply_json(MISSING_CREATED_AT, headers={"X-Request-Id": "req_w"})
    with caplog.at_level(logging.WARNING, logger="secure_ai_studio"):
        job = sais.JobsApi(client_for(server)).get_job(JOB_ID)
    assert job == MISSING_CREATED_AT  # the data as received (plain JSON: it fits no model)
    assert "Response of getJob does not match openapi.yaml at /createdAt: Field required" in caplog.text


def test_strict_raises_response_validation_error_with_issues_and_request_id(server) -> None:
    server.reply_json({**MISSING_CREATED_AT, "progress": "lots"}, headers={"X-Request-Id": "req_s"})
    with pytest.raises(sais.ResponseValidationError) as caught:
        sais.JobsApi(client_for(server, validation="strict")).get_job(JOB_ID)
    error = caught.value
    assert error.operation_id == "getJob" and error.request_id == "req_s"
    assert {issue["path"] for issue in error.issues} == {"/createdAt", "/progress"}
    assert str(error).startswith("Response of getJob does not match openapi.yaml at /") and "(and 1 more)" in str(error)
    assert not isinstance(error, sais.APIError) and len(server.requests) == 1  # never retried


def test_off_returns_the_body_without_a_word(server, caplog) -> None:
    server.reply_json(MISSING_CREATED_AT)
    with caplog.at_level(logging.WARNING, logger="secure_ai_studio"):
        assert sais.JobsApi(client_for(server, validation="off")).get_job(JOB_ID) == MISSING_CREATED_AT
    assert caplog.text == ""


def test_the_mode_can_be_set_per_call(server) -> None:
    server.reply_json(MISSING_CREATED_AT)
    with pytest.raises(sais.ResponseValidationError):
        sais.JobsApi(client_for(server)).get_job(JOB_ID, _validation="strict")
    with pytest.raises(ValueError, match=r"_validation\s+Input should be 'strict', 'warn' or 'off'"):
        sais.JobsApi(client_for(server)).get_job(JOB_ID, _validation="loud")  # type: ignore[arg-type]
    assert len(server.requests) == 1  # the bad option was never sent


def test_unknown_enum_values_are_an_issue_only_in_strict_mode_and_unknown_fields_never(server) -> None:
    body = {**IMAGE_JOB, "status": "paused", "addedLater": 1}
    server.reply_json(body)
    job = sais.JobsApi(client_for(server)).get_job(JOB_ID)
    assert job.status.value == "paused" and job.model_extra == {"addedLater": 1}
    server.reply_json({**IMAGE_JOB, "addedLater": 1})
    assert sais.JobsApi(client_for(server, validation="strict")).get_job(JOB_ID).model_extra == {"addedLater": 1}
    server.reply_json(body)
    with pytest.raises(sais.ResponseValidationError) as caught:
        sais.JobsApi(client_for(server, validation="strict")).get_job(JOB_ID)
    assert caught.value.issues[0]["path"] == "/status"


def test_issue_paths_in_nested_models_are_json_pointers_into_the_whole_body(server, caplog) -> None:
    # R7.2: /data/1/status, not /status (the location inside the nested Job alone).
    body = {"data": [IMAGE_JOB, {**VIDEO_JOB, "status": "paused", "progress": 140}], "nextCursor": None}
    server.reply_json(body, headers={"X-Request-Id": "req_n"})
    with pytest.raises(sais.ResponseValidationError) as caught:
        list(sais.JobsApi(client_for(server, validation="strict")).list_jobs())
    error = caught.value
    assert {issue["path"] for issue in error.issues} == {"/data/1/status", "/data/1/progress"}
    assert error.request_id == "req_n" and str(error).startswith("Response of listJobs does not match openapi.yaml at /data/1/")
    # Two levels down, through a oneOf (BackupDestination) inside a list item.
    backup = {**BACKUP, "destination": {"provider": "aws_s3", "bucket": "acme-backups", "region": 7}}
    server.reply_json({"data": [BACKUP, backup], "nextCursor": None})
    with caplog.at_level(logging.WARNING, logger="secure_ai_studio"):
        page = sais.BackupsApi(client_for(server)).list_backups()
    assert page.body == {"data": [BACKUP, backup], "nextCursor": None}  # 'warn': as received
    assert "Response of listBackups does not match openapi.yaml at /data/1/destination/region: " in caplog.text
    server.reply_json({"data": 5, "nextCursor": None})
    with pytest.raises(sais.ResponseValidationError, match=r"at /data: Input should be a valid list \(got int\)"):
        sais.JobsApi(client_for(server, validation="strict")).list_jobs()


def test_event_data_is_validated_too(server) -> None:
    data = {"event": "job.status", "jobId": JOB_ID, "progress": 5, "message": None, "occurredAt": "2026-11-21T10:15:01Z"}
    chunk = f"event: job.status\ndata: {json.dumps(data)}\n\n".encode()
    server.replies.append(Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=[chunk]))
    with pytest.raises(sais.ResponseValidationError, match="streamJobEvents"):
        list(sais.JobsApi(client_for(server, validation="strict")).stream_job_events(JOB_ID))
    server.replies.append(Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=[chunk]))
    events = list(sais.JobsApi(client_for(server, validation="off")).stream_job_events(JOB_ID))
    assert events[0].data == data


def test_a_bad_mode_fails_at_construction() -> None:
    with pytest.raises(ValueError, match=r"validation must be 'strict', 'warn' or 'off' \(got 'loud'\)"):
        sais.Configuration(validation="loud")
