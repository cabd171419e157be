"""Requests built by the generated API classes, sent to a real local HTTP server."""
from __future__ import annotations

import email.parser
import email.policy
import json
from urllib.parse import parse_qsl, urlsplit

import pytest

import secure_ai_studio as sais
from payloads import ASSET, BACKUP, IMAGE_JOB, PROBLEM_404, TEMPLATE, VIDEO_JOB
from secure_ai_studio.exceptions import NotFoundException

JOB_ID = IMAGE_JOB["id"]


def test_api_key_auth_sends_x_api_key_only(server, api_key_client) -> None:
    server.reply_json(IMAGE_JOB)
    job = sais.JobsApi(api_key_client).get_job(JOB_ID)
    assert type(job) is sais.ImageJob and isinstance(job, sais.Job)
    assert server.last.method == "GET"
    assert server.last.path == f"/api/v1/jobs/{JOB_ID}"
    assert server.last.headers["x-api-key"] == "sk_test_123"
    assert "authorization" not in server.last.headers


def test_bearer_auth_sends_authorization_header(server, bearer_client) -> None:
    server.reply_json({**VIDEO_JOB, "status": "canceled"})
    job = sais.JobsApi(bearer_client).cancel_job(VIDEO_JOB["id"])
    assert type(job) is sais.VideoJob and job.status is sais.JobStatus.CANCELED
    assert server.last.method == "POST" and server.last.path == f"/api/v1/jobs/{VIDEO_JOB['id']}/cancel"
    assert server.last.headers["authorization"] == "Bearer jwt.token.value"
    assert "x-api-key" not in server.last.headers


def test_operation_without_security_sends_no_credentials(server, api_key_client) -> None:
    server.reply_json({"status": "ok", "version": "1.0.0", "checks": []})
    health = sais.HealthApi(api_key_client).get_liveness()
    assert health.status == "ok" and health.version == "1.0.0"
    assert server.last.path == "/api/v1/health/live"
    assert "x-api-key" not in server.last.headers and "authorization" not in server.last.headers


def test_list_jobs_encodes_filters_and_decodes_page(server, api_key_client) -> None:
    server.reply_json({"data": [IMAGE_JOB, VIDEO_JOB], "nextCursor": "c_2"})
    page = sais.JobsApi(api_key_client).list_jobs(status=sais.JobStatus.RUNNING, type=sais.JobType.VIDEO, limit=5, cursor="c_1")
    url = urlsplit(server.last.path)
    assert url.path == "/api/v1/jobs"
    assert dict(parse_qsl(url.query)) == {"cursor": "c_1", "limit": "5", "status": "running", "type": "video"}
    assert [type(j) for j in page.data] == [sais.ImageJob, sais.VideoJob]
    assert page.next_cursor == "c_2"


def test_create_image_job_sends_json_and_idempotency_key(server, api_key_client) -> None:
    server.reply_json({**IMAGE_JOB, "status": "queued"}, status=202, headers={"Location": f"/api/v1/jobs/{JOB_ID}"})
    request = sais.ImageJobRequest(prompt="a lighthouse", width=640, style=sais.ImageStyle.ILLUSTRATION)
    response = sais.JobsApi(api_key_client).create_image_job_with_http_info(request, idempotency_key="idem-1")
    assert response.status_code == 202
    assert response.headers["Location"] == f"/api/v1/jobs/{JOB_ID}"
    assert response.data.id == JOB_ID and response.data.status is sais.JobStatus.QUEUED
    assert server.last.path == "/api/v1/generate/image"
    assert server.last.headers["idempotency-key"] == "idem-1"
    assert server.last.headers["content-type"] == "application/json"
    # R3.7: exactly the fields the caller set; no spec defaults (height 1024, count 1).
    assert json.loads(server.last.body) == {"prompt": "a lighthouse", "width": 640, "style": "illustration"}


def test_create_backup_sends_the_polymorphic_destination(server, api_key_client) -> None:
    server.reply_json(BACKUP, status=202)
    destination = sais.AwsS3Destination(provider="aws_s3", bucket="acme-backups", region="eu-west-1")
    backup = sais.BackupsApi(api_key_client).create_backup(sais.BackupCreate(destination=destination, scope=["templates"]))
    assert server.last.path == "/api/v1/backups"
    assert json.loads(server.last.body) == {
        "destination": {"provider": "aws_s3", "bucket": "acme-backups", "region": "eu-west-1"}, "scope": ["templates"]}
    assert type(backup.destination) is sais.AwsS3Destination


def test_create_token_sends_the_grant_subclass_as_the_body(server, api_key_client) -> None:
    server.reply_json({"accessToken": "eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl", "tokenType": "Bearer", "expiresIn": 3600})
    grant = sais.PasswordGrant(grant_type="password", username="ada@example.com", password="correct horse")
    tokens = sais.AuthApi(api_key_client).create_token(grant)
    assert tokens.expires_in == 3600
    assert server.last.method == "POST" and server.last.path == "/api/v1/auth/token"
    assert json.loads(server.last.body) == {"grantType": "password", "username": "ada@example.com", "password": "correct horse"}
    assert "x-api-key" not in server.last.headers  # createToken has security: []


def test_polymorphic_body_given_as_a_dict_is_decoded_then_sent(server, api_key_client) -> None:
    server.reply_json({"accessToken": "eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl", "tokenType": "Bearer", "expiresIn": 60})
    wire = {"grantType": "client_credentials", "clientId": "cli_0123456789", "clientSecret": "s" * 16}
    sais.AuthApi(api_key_client).create_token(wire)  # type: ignore[arg-type]  (as in docs/AuthApi.md)
    assert json.loads(server.last.body) == wire
    with pytest.raises(ValueError, match=r"TokenRequest: unknown value 'implicit' of discriminator field 'grantType'"):
        sais.AuthApi(api_key_client).create_token({"grantType": "implicit"})  # type: ignore[arg-type]
    assert len(server.requests) == 1  # the bad body was never sent


def test_download_returns_exact_bytes_and_sends_range(server, api_key_client) -> None:
    payload = bytes(range(256)) * 4  # every byte value, including NUL and 0xFF
    server.reply_bytes(payload[:100], "image/png", status=206, headers={"Content-Range": "bytes 0-99/1024"})
    response = sais.AssetsApi(api_key_client).download_asset_content_with_http_info(ASSET["id"], range="bytes=0-99")
    assert response.status_code == 206
    assert isinstance(response.data, (bytes, bytearray)) and bytes(response.data) == payload[:100]
    assert server.last.path == f"/api/v1/assets/{ASSET['id']}/content"
    assert server.last.headers["range"] == "bytes=0-99"


def test_download_gives_bytes_or_a_stream_with_the_parsed_content_range(server, api_key_client) -> None:
    # R9.2: the plain method returns a BinaryResponse; its body is read once, as bytes or in chunks.
    payload = bytes(range(256)) * 4
    server.reply_bytes(payload[10:20], "image/png", status=206, headers={"Content-Range": "bytes 10-19/1024", "X-Request-Id": "req_bin"})
    download = sais.AssetsApi(api_key_client).download_asset_content(ASSET["id"], range=sais.byte_range(10, 19))
    assert isinstance(download, sais.BinaryResponse) and download.partial and download.status == 206
    assert (download.content_type, download.content_length, download.request_id) == ("image/png", 10, "req_bin")
    assert download.content_range == sais.ContentRange("bytes", 10, 19, 1024)
    assert download.read() == payload[10:20] and server.last.headers["range"] == "bytes=10-19"
    with pytest.raises(RuntimeError, match="only once"):
        download.read()
    server.reply_bytes(payload, "image/png")
    whole = sais.AssetsApi(api_key_client).download_asset_content(ASSET["id"])
    assert not whole.partial and whole.content_range is None and "range" not in server.last.headers
    assert b"".join(whole.iter_bytes(100)) == payload


def test_range_helper_and_content_range_parsing() -> None:
    assert sais.byte_range(0, 1023) == "bytes=0-1023" and sais.byte_range(5) == "bytes=5-"
    with pytest.raises(ValueError, match="end must be an integer >= start"):
        sais.byte_range(10, 2)
    assert sais.ContentRange.parse("bytes 0-9/*") == sais.ContentRange("bytes", 0, 9, None)
    assert sais.ContentRange.parse("junk") is None


def test_range_not_satisfiable_is_an_api_error_with_status_416(server, api_key_client) -> None:
    server.reply_problem(416, "range_not_satisfiable", detail="The range is outside the content.")
    with pytest.raises(sais.APIError) as caught:
        sais.AssetsApi(api_key_client).download_asset_content(ASSET["id"], range="bytes=9000-9999")
    assert caught.value.status == 416 and type(caught.value) is sais.APIError


def test_multipart_upload_sends_file_part_and_field(server, api_key_client) -> None:
    server.reply_json(ASSET, status=201)
    content = b"\x89PNG\x00\xff"
    asset = sais.AssetsApi(api_key_client).upload_reference_image(file=("ref.png", content), description="frame 1")
    assert asset.size_bytes == 6 and asset.kind == sais.AssetKind.REFERENCE
    content_type = server.last.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + server.last.body)
    parts = {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}
    assert parts["file"].get_filename() == "ref.png"
    assert parts["file"].get_payload(decode=True) == content
    assert parts["description"].get_payload(decode=True) == b"frame 1"


def test_update_template_sends_if_match(server, api_key_client) -> None:
    server.reply_json(TEMPLATE, headers={"ETag": '"v4-9a8b7c"'})
    response = sais.TemplatesApi(api_key_client).update_template_with_http_info(
        TEMPLATE["id"], '"v3-5f2b9c"', sais.TemplateUpdate(name="Renamed"))
    assert server.last.method == "PATCH"
    assert server.last.headers["if-match"] == '"v3-5f2b9c"'
    assert json.loads(server.last.body) == {"name": "Renamed"}
    assert response.headers["ETag"] == '"v4-9a8b7c"' and response.data.name == "Renamed"


def test_problem_response_raises_typed_exception_with_details(server, api_key_client) -> None:
    server.reply_json(PROBLEM_404, status=404, content_type="application/problem+json",
                      headers={"X-Request-Id": PROBLEM_404["requestId"]})
    with pytest.raises(NotFoundException) as caught:
        sais.JobsApi(api_key_client).get_job("job_0000000000")
    assert caught.value.status == 404
    assert caught.value.headers["X-Request-Id"] == PROBLEM_404["requestId"]
    assert json.loads(caught.value.body)["code"] == "not_found"


def test_client_side_validation_rejects_bad_parameter_before_sending(server, api_key_client) -> None:
    with pytest.raises(ValueError, match=r"get_job[\s\S]*at most 44 characters"):
        sais.JobsApi(api_key_client).get_job("j" * 45)  # JobId maxLength 44
    assert server.requests == []


def test_date_times_are_sent_as_rfc3339_utc_in_query_and_body(server, api_key_client) -> None:
    # R9.1: whatever zone the caller uses, the wire carries UTC with a `Z`. (The *_without_preload_content
    # variants return the raw response undecoded: only the request matters here.)
    import datetime as dt

    plus_two = dt.timezone(dt.timedelta(hours=2))
    server.reply_json({})
    sais.MetricsApi(api_key_client).get_usage_metrics_without_preload_content(
        var_from=dt.datetime(2026, 11, 18, 2, 0, tzinfo=plus_two), to=dt.datetime(2026, 11, 21, 0, 0, 0, 500000))
    assert dict(parse_qsl(urlsplit(server.last.path).query)) == {"from": "2026-11-18T00:00:00Z", "to": "2026-11-21T00:00:00.5Z"}
    server.reply_json({}, status=201)
    sais.ApiKeysApi(api_key_client).create_api_key_without_preload_content(sais.ApiKeyCreate(
        name="ci", scopes=["jobs:read"], expires_at=dt.datetime(2027, 11, 21, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))))
    assert json.loads(server.last.body)["expiresAt"] == "2027-11-21T00:00:00Z"
