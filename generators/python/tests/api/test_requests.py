"""Requests of openapi.yaml's own operations through `SecureAIStudio` (not shipped: the runtime
tests cover the rules for any document): polymorphic bodies, filters, uploads, secret fields and
an unknown oneOf variant, against a real local server."""
from __future__ import annotations

import email.parser
import email.policy
import json
import logging
from urllib.parse import parse_qsl, urlsplit

import pytest

import secure_ai_studio as sais
from payloads import ASSET, BACKUP, IMAGE_JOB, VIDEO_JOB

KEY = "sk_test_api_123"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def make(server, **options) -> sais.SecureAIStudio:
    return sais.SecureAIStudio(api_key=KEY, base_url=server.base_url, **options)


def test_list_jobs_encodes_filters_and_decodes_the_variants(server) -> None:
    server.reply_json({"data": [IMAGE_JOB, VIDEO_JOB], "nextCursor": "c_2"})
    page = make(server).jobs.list(status="running", type=sais.JobType.VIDEO, limit=5, cursor="c_1")
    url = urlsplit(server.last.path)
    assert url.path == "/api/v1/jobs"
    assert dict(parse_qsl(url.query)) == {"cursor": "c_1", "limit": "5", "status": "running", "type": "video"}
    assert [type(j) for j in page.data] == [sais.ImageJob, sais.VideoJob] and page.next_cursor == "c_2"


def test_create_backup_sends_the_polymorphic_destination(server) -> None:
    server.reply_json(BACKUP, status=202)
    destination = sais.AwsS3Destination(provider="aws_s3", bucket="acme-backups", region="eu-west-1")
    backup = make(server).backups.create(destination=destination, scope=["templates"])
    assert json.loads(server.last.body) == {
        "destination": {"provider": "aws_s3", "bucket": "acme-backups", "region": "eu-west-1"}, "scope": ["templates"]}
    assert type(backup.destination) is sais.AwsS3Destination and server.last.headers["idempotency-key"]


def test_nested_objects_given_as_typed_dicts_are_sent_by_their_wire_names(server) -> None:
    server.reply_json(BACKUP, status=202)
    encryption: sais.EncryptionSettingsParam = {"algorithm": "AES-256-GCM", "keySource": "customer_managed",
                                                "kmsKeyId": "arn:aws:kms:eu-west-1:1:key/k"}
    make(server).backups.create(destination={"provider": "gcs", "bucket": "acme-backups"}, scope=["templates"],
                                encryption=encryption)
    assert json.loads(server.last.body) == {"destination": {"provider": "gcs", "bucket": "acme-backups"},
                                            "scope": ["templates"], "encryption": encryption}
    with pytest.raises(ValueError, match=r"^backups.create: encryption.algorithm: Input should be a valid string"):
        make(server).backups.create(destination={"provider": "gcs", "bucket": "acme-backups"}, scope=["templates"],
                                    encryption={"algorithm": 256, "keySource": "platform_managed"})  # type: ignore[arg-type]
    assert len(server.requests) == 1


def test_create_token_sends_the_grant_without_credentials(server) -> None:
    server.reply_json({"accessToken": "eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl", "tokenType": "Bearer", "expiresIn": 3600})
    grant = sais.PasswordGrant(grant_type="password", username="ada@example.com", password="correct horse")
    tokens = make(server).auth.create_token(body=grant)
    assert tokens.expires_in == 3600 and server.last.path == "/api/v1/auth/token"
    assert json.loads(server.last.body) == {"grantType": "password", "username": "ada@example.com", "password": "correct horse"}
    assert "x-api-key" not in server.last.headers  # createToken has security: []


def test_a_polymorphic_body_given_as_a_dict_is_decoded_then_sent(server) -> None:
    server.reply_json({"accessToken": "eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl", "tokenType": "Bearer", "expiresIn": 60})
    wire = {"grantType": "client_credentials", "clientId": "cli_0123456789", "clientSecret": "s" * 16}
    make(server).auth.create_token(body=wire)
    assert json.loads(server.last.body) == wire
    with pytest.raises(ValueError, match=r"unknown value 'implicit' of discriminator field 'grantType'"):
        make(server).auth.create_token(body={"grantType": "implicit"})
    assert len(server.requests) == 1


def _file_part(server):
    content_type = server.last.headers["content-type"]
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + server.last.body)
    return next(p for p in message.iter_parts() if p.get_param("name", header="content-disposition") == "file")


@pytest.mark.parametrize(("file", "expected"), [
    (PNG, "image/png"),
    (("ref.webp", b"not really webp"), "image/webp"),
    (("ref.png", PNG, "image/x-custom"), "image/x-custom"),
])
def test_upload_sends_the_file_part_with_its_content_type_and_the_field(server, file, expected) -> None:
    server.reply_json(ASSET, status=201)
    asset = make(server).assets.upload(file=file, description="Storyboard frame 1")
    part = _file_part(server)
    assert part.get_content_type() == expected and asset.id == ASSET["id"]
    assert b'name="description"' in server.last.body and b"Storyboard frame 1" in server.last.body


def test_password_format_fields_are_masked_in_repr_but_stay_plain_strings(server) -> None:
    secret = "sk_test_" + "ab" * 16
    server.reply_json({"id": "key_01JDAAAAAAAA", "name": "ci", "prefix": "sk_test_abab", "scopes": ["jobs:read"],
                       "createdAt": "2026-11-21T10:00:00Z", "lastUsedAt": None, "expiresAt": None, "secret": secret},
                      status=201)
    created = make(server).api_keys.create(name="ci", scopes=["jobs:read"])
    assert created.secret == secret and created.to_dict()["secret"] == secret
    for shown in (repr(created), str(created), created.to_str()):
        assert secret not in shown and "[REDACTED]" in shown


def test_an_unknown_job_type_comes_back_as_the_base_type_with_a_warning(server, caplog) -> None:
    audio = {**IMAGE_JOB, "type": "audio", "params": {"prompt": "rain"}, "sampleRate": 48000}
    server.reply_json(audio)
    with caplog.at_level(logging.WARNING, logger="secure_ai_studio"):
        job = make(server).jobs.retrieve(IMAGE_JOB["id"])
    assert type(job) is sais.Job and job.to_dict() == audio and job.status == sais.JobStatus.SUCCEEDED
    assert "unknown value 'audio' of discriminator field 'type'" in caplog.text


def test_an_unknown_job_type_is_a_response_validation_error_in_strict_mode(server) -> None:
    server.reply_json({"data": [IMAGE_JOB, {**IMAGE_JOB, "type": "audio"}], "nextCursor": None})
    with pytest.raises(sais.ResponseValidationError) as caught:
        make(server, validation="strict").jobs.list()
    assert caught.value.issues[0]["path"] == "/data/1/type"


def test_create_image_sends_exactly_the_fields_set(server) -> None:
    server.reply_json({**IMAGE_JOB, "status": "queued"}, status=202)
    make(server).jobs.create_image(prompt="p", seed=None)
    assert json.loads(server.last.body) == {"prompt": "p", "seed": None}  # no "count": 1, no width/height


def test_every_operation_has_a_resource_method_and_a_row() -> None:
    client = make_unbound()
    rows = {name: spec for resource in client._RESOURCES for name, spec in type(getattr(client, resource))._SPECS.items()}
    methods = {name for resource in client._RESOURCES for name in type(getattr(client, resource))._OPERATIONS}
    assert set(rows) == methods and len(rows) >= 50
    assert all(callable(getattr(getattr(client, r), m)) for r in client._RESOURCES
               for m in type(getattr(client, r))._OPERATIONS.values())


def make_unbound() -> sais.SecureAIStudio:
    return sais.SecureAIStudio(api_key=KEY, base_url="http://127.0.0.1:9")
