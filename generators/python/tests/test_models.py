"""Decoding and validation of the generated pydantic models (no network)."""
from __future__ import annotations

import datetime as dt

import pydantic
import pytest

import secure_ai_studio as sais
from payloads import ASSET, BACKUP, IMAGE_JOB, VIDEO_JOB


def test_job_decodes_image_subtype_from_discriminator() -> None:
    job = sais.Job.from_dict(IMAGE_JOB).actual_instance
    assert isinstance(job, sais.ImageJob)
    assert isinstance(job.params, sais.ImageJobRequest)
    assert (job.params.width, job.params.height, job.params.style) == (1024, 768, sais.ImageStyle.PHOTOGRAPHIC)
    assert job.status is sais.JobStatus.SUCCEEDED
    assert job.completed_at == dt.datetime(2026, 11, 21, 10, 15, 42, tzinfo=dt.timezone.utc)
    assert job.error is None and len(job.output_asset_ids) == 2


def test_job_decodes_video_subtype_with_its_failure() -> None:
    job = sais.Job.from_dict(VIDEO_JOB).actual_instance
    assert isinstance(job, sais.VideoJob)
    assert isinstance(job.params, sais.VideoJobRequest) and job.params.duration_seconds == 8
    assert isinstance(job.error, sais.JobFailure) and job.error.code == "content_policy_violation"


def test_job_list_holds_mixed_subtypes_in_order() -> None:
    page = sais.JobList.from_dict({"data": [VIDEO_JOB, IMAGE_JOB], "nextCursor": None})
    assert [type(j.actual_instance) for j in page.data] == [sais.VideoJob, sais.ImageJob]
    assert page.next_cursor is None


def test_job_with_unknown_discriminator_is_rejected_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"Job[\s\S]*type[\s\S]*'audio'"):
        sais.Job.from_dict({**IMAGE_JOB, "type": "audio"})


def test_job_serializes_back_to_wire_names() -> None:
    wire = sais.Job.from_dict(VIDEO_JOB).to_dict()
    assert wire["params"]["durationSeconds"] == 8 and wire["outputAssetIds"] == []
    assert '"type": "video"' in sais.Job.from_dict(VIDEO_JOB).to_json()


@pytest.mark.parametrize(
    ("payload", "subtype"),
    [
        ({"provider": "aws_s3", "bucket": "acme-backups", "region": "eu-west-1"}, sais.AwsS3Destination),
        ({"provider": "azure_blob", "storageAccount": "acmebackups", "container": "studio"}, sais.AzureBlobDestination),
        ({"provider": "gcs", "bucket": "acme-backups"}, sais.GcsDestination),
    ],
)
def test_backup_destination_decodes_each_provider(payload: dict, subtype: type) -> None:
    destination = sais.BackupDestination.from_dict(payload).actual_instance
    assert isinstance(destination, subtype)
    assert destination.provider == payload["provider"]


def test_backup_decodes_its_destination_subtype() -> None:
    backup = sais.Backup.from_dict(BACKUP)
    assert isinstance(backup.destination.actual_instance, sais.AwsS3Destination)
    assert backup.scope == [sais.BackupScopeItem.TEMPLATES, sais.BackupScopeItem.ASSETS]


def test_backup_destination_wrapper_rejects_wrong_type() -> None:
    with pytest.raises(ValueError, match="BackupDestination"):
        sais.BackupDestination(sais.ImageJobRequest(prompt="not a destination"))


def test_unknown_fields_are_ignored_not_fatal() -> None:
    job = sais.ImageJob.from_dict({**IMAGE_JOB, "addedInV2": {"x": 1}})
    assert job is not None and job.id == IMAGE_JOB["id"]
    assert "addedInV2" not in job.to_dict()


def test_unknown_value_of_an_enum_schema_is_kept_not_fatal() -> None:
    job = sais.ImageJob.from_dict({**IMAGE_JOB, "status": "paused"})
    assert isinstance(job.status, sais.JobStatus) and job.status.value == "paused"
    assert job.to_dict()["status"] == "paused"
    assert sais.JobStatus("running") is sais.JobStatus.RUNNING  # known values stay singletons


def test_unknown_value_of_an_inline_enum_is_a_validation_error_naming_the_field() -> None:
    # Enums declared inline in a property are checked by a generated validator, not an Enum class.
    with pytest.raises(pydantic.ValidationError, match=r"contentType[\s\S]*image/png"):
        sais.Asset.from_dict({**ASSET, "contentType": "image/avif"})


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
    assert sais.ImageJobRequest(prompt="ok").to_dict() == {"prompt": "ok", "width": 1024, "height": 1024, "count": 1}


def test_token_request_oneof_serializes_the_chosen_grant() -> None:
    grant = sais.ClientCredentialsGrant(grant_type="client_credentials", client_id="cli_0123456789", client_secret="s" * 16)
    assert sais.TokenRequest(grant).to_dict() == {
        "grantType": "client_credentials", "clientId": "cli_0123456789", "clientSecret": "s" * 16}
    with pytest.raises(pydantic.ValidationError, match="client_id"):
        sais.ClientCredentialsGrant(grant_type="client_credentials", client_id="not-a-client", client_secret="s" * 16)
