"""Consumer smoke test: runs in a fresh venv that only has the built wheel installed."""
import os
import sys

import secure_ai_studio as sais
from secure_ai_studio.exceptions import UnauthorizedException

assert "site-packages" in sais.__file__, f"imported from {sais.__file__}, not the installed wheel"
base_url = os.environ["SAIS_BASE_URL"]

with sais.ApiClient(sais.Configuration(host=base_url, api_key={"apiKeyAuth": "sk_test_smoke"})) as client:
    assert sais.HealthApi(client).get_liveness().status == "ok"
    page = sais.JobsApi(client).list_jobs(limit=10)
    assert isinstance(page, sais.JobList)
    for job in page.data:
        assert isinstance(job.actual_instance, (sais.ImageJob, sais.VideoJob)), job

with sais.ApiClient(sais.Configuration(host=base_url)) as anonymous:
    try:
        sais.JobsApi(anonymous).list_jobs()
        sys.exit("smoke: list_jobs without credentials unexpectedly succeeded")
    except UnauthorizedException as err:
        assert err.status == 401

print(f"python consumer smoke test passed ({len(page.data)} jobs listed from {base_url})")
