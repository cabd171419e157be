"""Type-checked only (test.sh runs mypy --strict on it): the item type flows from a list method's
Page into the loop variable, named waiters return the polled model, and a oneOf base (Job) has
the properties common to its variants. assert_type fails on Any, and if items were Any the ignore below
would be unused, which --strict (warn_unused_ignores) also reports."""
from typing import List

from typing_extensions import assert_type

import secure_ai_studio as sais


def typed_pages(client: sais.ApiClient) -> List[str]:
    page = sais.TemplatesApi(client).list_templates(limit=10)
    assert_type(page, sais.Page[sais.Template])
    assert_type(page.data, List[sais.Template])
    assert_type(page.get_next_page(), sais.Page[sais.Template])
    names = []
    for template in page:
        assert_type(template, sais.Template)
        names.append(template.name)
        template.no_such_field  # type: ignore[attr-defined]
    jobs = sais.JobsApi(client)
    for job in jobs.list_jobs(status=sais.JobStatus.RUNNING):
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
    one = jobs.get_job("job_01JD8K2M4P6R8T0V2X4Z6B8D0F")
    assert isinstance(one, sais.Job)
    names.append(one.id)
    destination: sais.BackupDestination = sais.GcsDestination(provider="gcs", bucket="acme-backups")
    names.append(destination.provider)
    # AzureBlobDestination has no bucket, so the base has none:
    destination.bucket  # type: ignore[union-attr]
    assert_type(jobs.wait_for_job("job_01JD8K2M4P6R8T0V2X4Z6B8D0F", timeout=60.0), sais.Job)
    assert_type(sais.ComplianceApi(client).wait_for_compliance_report("rpt_1"), sais.ComplianceReport)
    return names
