"""Decoding and validation of the generated pydantic models (no network)."""
from __future__ import annotations

import datetime as dt
import json
import logging

import pydantic
import pytest

import secure_ai_studio as sais
from payloads import ASSET, BACKUP, IMAGE_JOB, VIDEO_JOB


def test_job_decodes_image_subtype_from_discriminator() -> None:
    job = sais.Job.from_dict(IMAGE_JOB)
    assert type(job) is sais.ImageJob and isinstance(job, sais.Job)
    assert isinstance(job.params, sais.ImageJobRequest)
    assert (job.params.width, job.params.height, job.params.style) == (1024, 768, sais.ImageStyle.PHOTOGRAPHIC)
    assert job.status is sais.JobStatus.SUCCEEDED
    assert job.completed_at == dt.datetime(2026, 11, 21, 10, 15, 42, tzinfo=dt.timezone.utc)
    assert job.error is None and len(job.output_asset_ids) == 2


def test_job_decodes_video_subtype_with_its_failure() -> None:
    job = sais.Job.from_json(json.dumps(VIDEO_JOB))
    assert type(job) is sais.VideoJob and isinstance(job, sais.Job)
    assert isinstance(job.params, sais.VideoJobRequest) and job.params.duration_seconds == 8
    assert isinstance(job.error, sais.JobFailure) and job.error.code == "content_policy_violation"


def test_variants_are_subclasses_of_their_oneof_base_only() -> None:
    assert issubclass(sais.ImageJob, sais.Job) and issubclass(sais.VideoJob, sais.Job)
    assert issubclass(sais.GcsDestination, sais.BackupDestination)
    assert issubclass(sais.PasswordGrant, sais.TokenRequest)
    assert not issubclass(sais.ImageJob, sais.BackupDestination)
    assert not isinstance(sais.ImageJobRequest(prompt="x"), sais.Job)
    assert not issubclass(sais.Job, sais.ImageJob)


def test_job_list_holds_mixed_subtypes_in_order() -> None:
    page = sais.JobList.from_dict({"data": [VIDEO_JOB, IMAGE_JOB], "nextCursor": None})
    assert [type(j) for j in page.data] == [sais.VideoJob, sais.ImageJob]
    assert all(isinstance(j, sais.Job) for j in page.data)
    assert page.next_cursor is None


def test_job_with_unknown_discriminator_decodes_to_the_base_with_every_field(caplog: pytest.LogCaptureFixture) -> None:
    # R7.3: a newer server's variant (`audio`) is neither lost (None) nor fatal in 'warn' mode.
    audio = {**IMAGE_JOB, "type": "audio", "params": {"prompt": "rain", "voice": "alto"}, "sampleRate": 48000}
    with caplog.at_level(logging.WARNING, logger="secure_ai_studio"):
        job = sais.Job.from_dict(audio)
    assert "Job: unknown value 'audio' of discriminator field 'type' (expected one of 'image', 'video')" in caplog.text
    assert type(job) is sais.Job and isinstance(job, sais.Job)
    assert not isinstance(job, (sais.ImageJob, sais.VideoJob))
    assert job.to_dict() == audio and json.loads(job.to_json()) == audio  # every member, extras included
    assert job.model_extra["sampleRate"] == 48000
    # The properties every variant has read under their Python names, decoded like a variant's.
    assert job.id == IMAGE_JOB["id"] and job.type == "audio" and job.status is sais.JobStatus.SUCCEEDED
    assert job.created_at == dt.datetime(2026, 11, 21, 10, 15, tzinfo=dt.timezone.utc)
    assert job.params == {"prompt": "rain", "voice": "alto"}  # differs by variant: kept as received
    page = sais.JobList.from_dict({"data": [IMAGE_JOB, audio], "nextCursor": None})
    assert [type(j) for j in page.data] == [sais.ImageJob, sais.Job] and page.data[1].to_dict() == audio


def test_job_with_unknown_discriminator_fails_in_strict_mode_naming_the_field() -> None:
    from secure_ai_studio._runtime.validation import decoding_with

    with decoding_with("strict"), pytest.raises(ValueError, match=r"Job: unknown value 'audio' of discriminator field 'type'"):
        sais.JobList.from_dict({"data": [IMAGE_JOB, {**VIDEO_JOB, "type": "audio"}], "nextCursor": None})


def test_job_without_discriminator_is_rejected_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"^Job: discriminator field 'type' is missing$"):
        sais.Job.from_dict({k: v for k, v in IMAGE_JOB.items() if k != "type"})
    with pytest.raises(ValueError, match=r"BackupDestination: expected a JSON object, got list"):
        sais.BackupDestination.from_dict([BACKUP["destination"]])  # type: ignore[arg-type]


def test_discriminator_value_must_match_the_variant() -> None:
    # The discriminator picks VideoJob, whose own schema then rejects image params.
    with pytest.raises(pydantic.ValidationError, match="VideoJob"):
        sais.Job.from_dict({**IMAGE_JOB, "type": "video", "params": {"prompt": "x", "durationSeconds": 999}})


def test_base_class_is_not_constructed_itself() -> None:
    with pytest.raises(TypeError, match=r"Job is the base of its variants[\s\S]*ImageJob, VideoJob"):
        sais.Job()


def test_job_round_trips_through_the_base_class() -> None:
    for payload in (IMAGE_JOB, VIDEO_JOB):
        job = sais.Job.from_dict(payload)
        wire = job.to_dict()
        assert wire["type"] == payload["type"] and wire["params"]["prompt"] == payload["params"]["prompt"]
        again = sais.Job.from_json(job.to_json())
        assert type(again) is type(job) and again == job
    wire = sais.Job.from_dict(VIDEO_JOB).to_dict()
    assert wire["params"]["durationSeconds"] == 8 and wire["outputAssetIds"] == []
    assert '"type": "video"' in sais.Job.from_dict(VIDEO_JOB).to_json()


def test_list_of_variants_serialises_each_with_its_own_fields() -> None:
    page = sais.JobList.from_dict({"data": [VIDEO_JOB, IMAGE_JOB], "nextCursor": "c_2"})
    wire = json.loads(page.to_json())
    assert [j["type"] for j in wire["data"]] == ["video", "image"]
    assert wire["data"][0]["params"]["durationSeconds"] == 8 and wire["data"][1]["params"]["width"] == 1024
    dumped = page.model_dump(by_alias=True, mode="json")  # pydantic's own dump, not to_dict()
    assert dumped["data"][0]["params"]["fps"] == 24 and dumped["data"][1]["outputAssetIds"] == IMAGE_JOB["outputAssetIds"]


@pytest.mark.parametrize(
    ("payload", "subtype"),
    [
        ({"provider": "aws_s3", "bucket": "acme-backups", "region": "eu-west-1"}, sais.AwsS3Destination),
        ({"provider": "azure_blob", "storageAccount": "acmebackups", "container": "studio"}, sais.AzureBlobDestination),
        ({"provider": "gcs", "bucket": "acme-backups"}, sais.GcsDestination),
    ],
)
def test_backup_destination_decodes_each_provider(payload: dict, subtype: type) -> None:
    destination = sais.BackupDestination.from_dict(payload)
    assert type(destination) is subtype and isinstance(destination, sais.BackupDestination)
    assert destination.provider == payload["provider"]
    assert destination.to_dict() == payload


def test_backup_decodes_its_destination_subtype() -> None:
    backup = sais.Backup.from_dict(BACKUP)
    assert type(backup.destination) is sais.AwsS3Destination
    assert backup.to_dict()["destination"] == BACKUP["destination"]
    assert backup.scope == [sais.BackupScopeItem.TEMPLATES, sais.BackupScopeItem.ASSETS]


def test_backup_destination_field_takes_a_variant_or_a_wire_dict() -> None:
    given = sais.BackupCreate(destination=sais.GcsDestination(provider="gcs", bucket="acme-backups"), scope=["assets"])
    assert type(given.destination) is sais.GcsDestination
    decoded = sais.BackupCreate(destination={"provider": "azure_blob", "storageAccount": "acme", "container": "studio"},
                                scope=["assets"])
    assert type(decoded.destination) is sais.AzureBlobDestination and decoded.destination.storage_account == "acme"


def test_backup_destination_field_rejects_another_model() -> None:
    with pytest.raises(pydantic.ValidationError, match=r"destination[\s\S]*BackupDestination"):
        sais.BackupCreate(destination=sais.ImageJobRequest(prompt="not a destination"), scope=["assets"])
    with pytest.raises(ValueError, match=r"BackupDestination: unknown value 'ftp' of discriminator field 'provider'"):
        sais.BackupCreate(destination={"provider": "ftp", "bucket": "x"}, scope=["assets"])


def test_unknown_fields_are_kept_as_received_not_fatal() -> None:
    # R7.3: additive server changes decode, and the new members stay visible.
    job = sais.ImageJob.from_dict({**IMAGE_JOB, "addedInV2": {"x": 1}, "params": {**IMAGE_JOB["params"], "newKnob": 3}})
    assert job is not None and job.id == IMAGE_JOB["id"]
    assert job.model_extra == {"addedInV2": {"x": 1}}
    assert job.to_dict()["addedInV2"] == {"x": 1}
    assert job.to_dict()["params"]["newKnob"] == 3


def test_unknown_value_of_an_enum_schema_is_kept_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="secure_ai_studio"):
        job = sais.ImageJob.from_dict({**IMAGE_JOB, "status": "paused"})
    assert "JobStatus: 'paused' not one of the enum values" in caplog.text
    assert isinstance(job.status, sais.JobStatus) and job.status.value == "paused"
    assert job.to_dict()["status"] == "paused"
    assert sais.JobStatus("running") is sais.JobStatus.RUNNING  # known values stay singletons


def test_unknown_value_of_an_inline_enum_is_kept_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    # R7.1/R7.3: enums declared inline in a property are checked by a generated validator, which
    # keeps a value added after generation and reports it as a warning ('warn' mode).
    with caplog.at_level(logging.WARNING, logger="secure_ai_studio"):
        asset = sais.Asset.from_dict({**ASSET, "contentType": "image/avif"})
    assert asset.content_type == "image/avif" and asset.to_dict()["contentType"] == "image/avif"
    assert "Asset.contentType: 'image/avif' not one of the enum values" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="secure_ai_studio"):
        sais.Asset.from_dict(ASSET)
    assert caplog.text == ""  # known values are silent


def test_missing_required_field_is_reported() -> None:
    body = {k: v for k, v in IMAGE_JOB.items() if k != "createdAt"}
    with pytest.raises(pydantic.ValidationError, match="createdAt"):
        sais.ImageJob.from_dict(body)


def test_request_models_enforce_spec_constraints() -> None:
    with pytest.raises(pydantic.ValidationError, match="prompt"):
        sais.ImageJobRequest(prompt="x" * 4001)
    with pytest.raises(pydantic.ValidationError, match="width"):
        sais.ImageJobRequest(prompt="ok", width=128)  # minimum 256
    with pytest.raises(pydantic.ValidationError, match="multiple of 64"):
        sais.ImageJobRequest(prompt="ok", width=1000)
    # R3.7: spec defaults the caller did not set are not serialised (the server applies its own).
    assert sais.ImageJobRequest(prompt="ok").to_dict() == {"prompt": "ok"}
    assert sais.ImageJobRequest(prompt="ok").count == 1  # the attribute still reads the spec default


def test_token_request_decodes_and_serialises_the_chosen_grant() -> None:
    grant = sais.ClientCredentialsGrant(grant_type="client_credentials", client_id="cli_0123456789", client_secret="s" * 16)
    assert isinstance(grant, sais.TokenRequest)
    assert grant.to_dict() == {"grantType": "client_credentials", "clientId": "cli_0123456789", "clientSecret": "s" * 16}
    decoded = sais.TokenRequest.from_dict({"grantType": "password", "username": "ada@example.com", "password": "p" * 12})
    assert type(decoded) is sais.PasswordGrant and decoded.username == "ada@example.com"
    with pytest.raises(pydantic.ValidationError, match="client_id"):
        sais.ClientCredentialsGrant(grant_type="client_credentials", client_id="not-a-client", client_secret="s" * 16)


def test_from_dict_leaves_absent_nullable_fields_unset_so_they_are_not_sent_as_null() -> None:
    request = sais.ImageJobRequest.from_dict({"prompt": "a lighthouse", "seed": None})
    assert request is not None
    # Absent fields (negativePrompt, templateId, the defaulted width...) are not sent; `seed`,
    # given as null (nullable), is.
    assert request.to_dict() == {"prompt": "a lighthouse", "seed": None}
