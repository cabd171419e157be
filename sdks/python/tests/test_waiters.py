"""Waiters for long-running operations (docs/sdk-behavior.md R8.1-R8.3) against a real local
server; `ApiClient.sleep` and `ApiClient.clock` are replaced so the waits are computed, not slept."""
from __future__ import annotations

import typing

import pytest

import secure_ai_studio as sais
from payloads import BACKUP, IMAGE_JOB
from secure_ai_studio._runtime.waiters import poll_delay

JOB_ID = IMAGE_JOB["id"]


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


@pytest.fixture
def timed(server):
    config = sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": "sk_test_123"})
    with sais.ApiClient(config) as client:
        fake = FakeTime()
        client.sleep, client.clock = fake.sleep, fake.clock
        yield client, fake


def job(status: str) -> dict:
    return {**IMAGE_JOB, "status": status}


def test_poll_delay_grows_1_5x_up_to_the_max() -> None:
    assert [poll_delay(n, 1.0, 10.0) for n in range(1, 8)] == [1.0, 1.5, 2.25, 3.375, 5.0625, 7.59375, 10.0]


def test_wait_for_job_polls_until_terminal_with_backoff(server, timed) -> None:
    client, fake = timed
    for status in ("queued", "running", "running", "succeeded"):
        server.reply_json(job(status))
    done = sais.JobsApi(client).wait_for_job(JOB_ID, interval=0.1, max_interval=0.2)
    assert type(done) is sais.ImageJob and done.status == sais.JobStatus.SUCCEEDED
    assert fake.waits == pytest.approx([0.1, 0.15, 0.2])
    assert [r.path for r in server.requests] == [f"/api/v1/jobs/{JOB_ID}"] * 4


def test_a_failed_job_is_returned_not_raised(server, timed) -> None:
    client, _ = timed
    server.reply_json({**job("failed"), "error": {"code": "content_policy_violation", "message": "no"}})
    assert sais.JobsApi(client).wait_for_job(JOB_ID).status == sais.JobStatus.FAILED


def test_retry_after_on_a_poll_replaces_the_interval(server, timed) -> None:
    client, fake = timed
    server.reply_json(job("running"), headers={"Retry-After": "3"})
    server.reply_json(job("succeeded"))
    sais.JobsApi(client).wait_for_job(JOB_ID)
    assert fake.waits == [3.0]


def test_timeout_raises_wait_timeout_error_with_the_last_state(server, timed) -> None:
    client, fake = timed
    for _ in range(3):
        server.reply_json(job("queued"))
    with pytest.raises(sais.WaitTimeoutError) as caught:
        sais.JobsApi(client).wait_for_job(JOB_ID, interval=1.0, timeout=2.6)
    # polls at t=0 and t=1; the next wait (1.5 s) would end at 2.5 <= 2.6, the one after past it
    assert fake.waits == [1.0, 1.5] and len(server.requests) == 3
    assert caught.value.last_state.status == sais.JobStatus.QUEUED
    assert isinstance(caught.value, sais.SecureAIStudioError) and not isinstance(caught.value, sais.APIError)


def test_poll_errors_surface_as_api_errors(server, timed) -> None:
    client, _ = timed
    server.reply_problem(404, "not_found", detail="No job has that ID.")
    with pytest.raises(sais.NotFoundError):
        sais.JobsApi(client).wait_for_job(JOB_ID)


def test_each_resource_has_a_typed_waiter_named_from_x_waiter(server, timed) -> None:
    client, _ = timed
    assert [(entry[0], entry[4]) for entry in sais.JobsApi._WAITERS] == [("getJob", "wait_for_job")]
    assert [(entry[0], entry[4]) for entry in sais.BackupsApi._WAITERS] == [("getBackup", "wait_for_backup")]
    assert [(entry[0], entry[4]) for entry in sais.ComplianceApi._WAITERS] == [
        ("getComplianceReport", "wait_for_compliance_report")]
    assert typing.get_type_hints(sais.ComplianceApi.wait_for_compliance_report)["return"] is sais.ComplianceReport
    server.reply_json({**BACKUP, "status": "completed", "completedAt": "2026-11-21T10:40:00Z"})
    done = sais.BackupsApi(client).wait_for_backup(BACKUP["id"])
    assert type(done) is sais.Backup and done.status == sais.BackupStatus.COMPLETED
    assert server.requests[-1].path == f"/api/v1/backups/{BACKUP['id']}"
    server.reply_json(job("succeeded"))
    sais.JobsApi(client).wait_for_job(JOB_ID, _headers={"X-Trace": "t1"})  # per-call options reach each poll
    assert server.requests[-1].headers["x-trace"] == "t1"
    assert not hasattr(sais.UsersApi, "wait_for_user")


def test_wait_for_is_the_same_waiter_for_generic_code(server, timed) -> None:
    client, fake = timed
    server.reply_json(job("running"))
    server.reply_json(job("canceled"))
    done = sais.JobsApi(client).wait_for(JOB_ID, interval=0.25)
    assert done.status == sais.JobStatus.CANCELED and fake.waits == [0.25]
    with pytest.raises(ValueError, match=r"poll_operation must be one of getJob \(got 'getBackup'\)"):
        sais.JobsApi(client).wait_for(JOB_ID, poll_operation="getBackup")
    with pytest.raises(TypeError, match="UsersApi has no long-running operation"):
        sais.UsersApi(client).wait_for("usr_1")


def test_bad_waiter_options_fail_before_polling(server, timed) -> None:
    client, _ = timed
    with pytest.raises(ValueError, match=r"interval must be a number of seconds > 0 \(got -1\)"):
        sais.JobsApi(client).wait_for_job(JOB_ID, interval=-1)
    assert server.requests == []
