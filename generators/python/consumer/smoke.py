"""Consumer smoke test: runs in a fresh venv that only has the built wheel installed."""
import os
import sys

import secure_ai_studio as sais

assert "site-packages" in sais.__file__, f"imported from {sais.__file__}, not the installed wheel"
base_url = os.environ["SAIS_BASE_URL"]

with sais.SecureAIStudio(base_url=base_url, api_key="sk_test_smoke") as client:
    assert client.health.liveness().status == "ok"
    page = client.jobs.list(limit=10)
    assert isinstance(page, sais.Page) and isinstance(page.body, sais.JobList)
    for job in page:  # every item of every page (the mock's example has no next page)
        # Job is the base class of the variants: each item is an ImageJob or a VideoJob.
        assert isinstance(job, sais.Job) and isinstance(job, (sais.ImageJob, sais.VideoJob)), job
        if isinstance(job, sais.VideoJob):
            assert job.params.duration_seconds is None or job.params.duration_seconds > 0

# Variants are accepted where the oneOf base is expected (also by mypy, which test.sh runs on this file).
destination: sais.BackupDestination = sais.GcsDestination(provider="gcs", bucket="acme-backups")
body = sais.BackupCreate(destination=destination, scope=[sais.BackupScopeItem.TEMPLATES])
assert body.to_dict()["destination"] == {"provider": "gcs", "bucket": "acme-backups"}, body.to_dict()

with sais.SecureAIStudio(base_url=base_url) as anonymous:
    try:
        anonymous.jobs.list()
        sys.exit("smoke: list_jobs without credentials unexpectedly succeeded")
    except sais.AuthenticationError as err:
        assert err.status == 401

print(f"python consumer smoke test passed ({len(page.data)} jobs listed from {base_url})")
