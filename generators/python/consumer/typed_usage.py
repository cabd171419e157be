"""Type-checked only (test.sh runs mypy --strict on it): the item type flows from a list method's
Page into the loop variable (sync and async), waiters return the polled model, enum parameters
take their Literal strings, raw responses and with_options keep the client's type, and a oneOf
base (Job) has the properties common to its variants. assert_type fails on Any, and if items were
Any the ignores below would be unused, which --strict (warn_unused_ignores) also reports."""
from typing import List, Optional, Union

from typing_extensions import assert_type

import secure_ai_studio as sais


def typed_pages(client: sais.SecureAIStudio) -> List[str]:
    page = client.templates.list(limit=10, kind="image")
    assert_type(page, sais.Page[sais.Template])
    assert_type(page.data, List[sais.Template])
    assert_type(page.get_next_page(), sais.Page[sais.Template])
    assert_type(page.request_id, Optional[str])
    client.templates.list(kind="audio")  # type: ignore[arg-type]
    names: List[str] = []
    for template in page:
        assert_type(template, sais.Template)
        assert_type(template.request_id, Optional[str])
        names.append(template.name)
        template.no_such_field  # type: ignore[attr-defined]
    for job in client.jobs.list(status="running"):
        assert_type(job, sais.Job)
        # The base type of the oneOf has the properties every variant has (issue 10): these
        # type-check without narrowing; a property of one variant only does not.
        names.append(job.id)
        names.append(job.type)
        names.append(job.status.value)
        job.params.prompt
        job.params.fps  # type: ignore[union-attr]
        if isinstance(job, sais.VideoJob):
            assert_type(job.params, sais.VideoJobRequest)
    one = client.jobs.retrieve("job_01JD8K2M4P6R8T0V2X4Z6B8D0F")
    assert isinstance(one, sais.Job)
    names.append(one.id)
    created = client.jobs.create_image(prompt="p", width=1024, style="anime")
    assert_type(created, sais.ImageJob)
    destination: sais.BackupDestination = sais.GcsDestination(provider="gcs", bucket="acme-backups")
    names.append(destination.provider)
    # AzureBlobDestination has no bucket, so the base has none:
    destination.bucket  # type: ignore[union-attr]
    assert_type(client.jobs.wait_for("job_01JD8K2M4P6R8T0V2X4Z6B8D0F", timeout=60.0), sais.Job)
    assert_type(client.compliance.wait_for_report("rpt_1"), sais.ComplianceReport)
    assert_type(client.with_options(max_retries=5), sais.SecureAIStudio)
    for event in client.jobs.events("job_1"):
        assert_type(event.data, sais.JobEvent)
    return names


def typed_nested_requests(client: sais.SecureAIStudio) -> None:
    # A nested request object is its model or `<Model>Param`, a TypedDict of its wire names
    # (issue 11); for a oneOf base (BackupDestination) the TypedDict of one of its variants.
    # Unknown keys, missing required keys and wrong value types are type errors (the ignores
    # prove it: --strict reports an unused one).
    destination: sais.BackupDestinationParam = {"provider": "gcs", "bucket": "acme-backups"}
    encryption: sais.EncryptionSettingsParam = {"algorithm": "AES-256-GCM", "keySource": "platform_managed"}
    body: sais.BackupCreateParam = {"destination": destination, "scope": ["templates"], "encryption": encryption}
    wrong_key: sais.EncryptionSettingsParam = {"algorithm": "AES-256-GCM", "keySource": "platform_managed", "kms": "k"}  # type: ignore[typeddict-unknown-key]
    missing: sais.EncryptionSettingsParam = {"keySource": "platform_managed"}  # type: ignore[typeddict-item]
    wrong_type: sais.EncryptionSettingsParam = {"algorithm": 256, "keySource": "platform_managed"}  # type: ignore[typeddict-item]
    wrong_variant: sais.BackupDestinationParam = {"provider": "gcs"}  # type: ignore[assignment]
    assert_type(body["encryption"], Union[sais.EncryptionSettings, sais.EncryptionSettingsParam])
    print(wrong_key, missing, wrong_type, wrong_variant)


async def typed_async(client: sais.AsyncSecureAIStudio) -> List[str]:
    page = await client.templates.list(limit=10)
    assert_type(page, sais.AsyncPage[sais.Template])
    names = [template.name async for template in page]
    # `async for` straight over the call walks every page (an AsyncPager, as openai-python's)
    async for template in client.templates.list(kind="image"):
        assert_type(template, sais.Template)
    client.templates.list(kind="audio")  # type: ignore[arg-type]
    assert_type(await client.jobs.wait_for("job_1"), sais.Job)
    stream = await client.jobs.events("job_1")
    async for event in stream:
        assert_type(event.data, sais.JobEvent)
    download = await client.assets.download("ast_1")
    assert_type(await download.read(), bytes)
    return names
