"""The resource surface: `SecureAIStudio` and `AsyncSecureAIStudio` (one resource per tag, short
verbs, keyword arguments), against a real local server. Each behaviour is checked for both
clients where it differs between them (awaiting, `async for`, task cancellation)."""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

import secure_ai_studio as sais
from conftest import Reply
from payloads import IMAGE_JOB, PROBLEM_404, TEMPLATE

JOB_ID = IMAGE_JOB["id"]
TPL_2 = "tpl_01JD5A1B2C3D4E5F6G7H8J9K0N"
KEY = "sk_test_surface_123"


def make(server, asynchronous: bool = False, **options):
    cls = sais.AsyncSecureAIStudio if asynchronous else sais.SecureAIStudio
    return cls(api_key=KEY, base_url=server.base_url, **options)


def test_options_come_from_the_environment(server, monkeypatch) -> None:
    monkeypatch.setenv("SECURE_AI_STUDIO_API_KEY", KEY)
    monkeypatch.setenv("SECURE_AI_STUDIO_BASE_URL", server.base_url)
    server.reply_json(TEMPLATE, headers={"X-Request-Id": "req_1"})
    with sais.SecureAIStudio() as client:
        template = client.templates.retrieve(TEMPLATE["id"])
    assert isinstance(template, sais.Template) and template.name == "Renamed"
    assert template.request_id == "req_1"
    assert server.last.path == f"/api/v1/templates/{TEMPLATE['id']}"
    assert server.last.headers["x-api-key"] == KEY


def test_the_client_prints_no_credentials(server) -> None:
    client = make(server)
    assert KEY not in repr(client) and KEY not in str(vars(client))


def test_list_takes_keyword_arguments_and_string_enums_and_iterates_every_page(server) -> None:
    server.reply_json({"data": [TEMPLATE], "nextCursor": "c_2"}, headers={"X-Request-Id": "req_p1"})
    server.reply_json({"data": [{**TEMPLATE, "id": TPL_2}], "nextCursor": None})
    page = make(server).templates.list(limit=5, kind="image")
    assert page.request_id == "req_p1"
    assert dict(parse_qsl(urlsplit(server.last.path).query)) == {"limit": "5", "kind": "image"}
    assert [t.id for t in page] == [TEMPLATE["id"], TPL_2]
    assert dict(parse_qsl(urlsplit(server.last.path).query)) == {"limit": "5", "kind": "image", "cursor": "c_2"}


def test_async_list_iterates_every_page_with_async_for(server) -> None:
    server.reply_json({"data": [TEMPLATE], "nextCursor": "c_2"})

    async def run() -> list:
        async with make(server, asynchronous=True) as client:
            page = await client.templates.list(limit=1)
            assert isinstance(page, sais.AsyncPage)
            # `async for` straight over the call, as openai-python's paginators
            return [t.id async for t in client.templates.list(limit=1)]

    server.reply_json({"data": [TEMPLATE], "nextCursor": "c_2"})
    server.reply_json({"data": [{**TEMPLATE, "id": TPL_2}], "nextCursor": None})
    assert asyncio.run(run()) == [TEMPLATE["id"], TPL_2]
    assert len(server.requests) == 3


@pytest.mark.parametrize("asynchronous", [False, True])
def test_create_image_sends_only_the_fields_given_and_an_idempotency_key(server, asynchronous) -> None:
    server.reply_json({**IMAGE_JOB, "status": "queued"}, status=202)
    client = make(server, asynchronous)
    call = client.jobs.create_image(prompt="A lighthouse at dusk", width=1024, style="anime")
    job = asyncio.run(call) if asynchronous else call
    assert isinstance(job, sais.ImageJob) and job.id == JOB_ID
    assert json.loads(server.last.body) == {"prompt": "A lighthouse at dusk", "width": 1024, "style": "anime"}
    assert server.last.headers["idempotency-key"]


def test_a_bad_argument_fails_before_sending_naming_the_method_and_field(server) -> None:
    with pytest.raises(ValueError, match=r"^1 validation error for JobsResource.create_image\nwidth"):
        make(server).jobs.create_image(prompt="x", width="wide")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="template_id"):
        make(server).templates.retrieve("")
    assert server.requests == []


@pytest.mark.parametrize("asynchronous", [False, True])
def test_with_raw_response_gives_status_headers_request_id_and_parse(server, asynchronous) -> None:
    server.reply_json(TEMPLATE, headers={"X-Request-Id": "req_raw", "ETag": '"4"'})
    call = make(server, asynchronous).templates.with_raw_response.retrieve(TEMPLATE["id"])
    raw = asyncio.run(call) if asynchronous else call
    assert isinstance(raw, sais.RawResponse)
    assert raw.status_code == 200 and raw.request_id == "req_raw" and raw.headers["ETag"] == '"4"'
    assert raw.parse().id == TEMPLATE["id"] and raw.parse().request_id == "req_raw"


def test_with_options_changes_only_the_copy(server) -> None:
    client = make(server, max_retries=2)
    quiet = client.with_options(max_retries=0, timeout=20.0)
    assert (quiet.max_retries, quiet.timeout, client.max_retries) == (0, 20.0, 2)
    server.replies.append(Reply(500, b'{"title":"boom"}', {"Content-Type": "application/problem+json"}))
    with pytest.raises(sais.InternalServerError):
        quiet.templates.retrieve(TEMPLATE["id"])
    assert len(server.requests) == 1 and server.last.headers["x-api-key"] == KEY
    with pytest.raises(TypeError, match="retries"):
        client.with_options(retries=1)


@pytest.mark.parametrize("asynchronous", [False, True])
def test_errors_are_the_typed_api_errors(server, asynchronous) -> None:
    server.reply_json(PROBLEM_404, status=404, content_type="application/problem+json")
    client = make(server, asynchronous)
    with pytest.raises(sais.NotFoundError) as caught:
        asyncio.run(client.jobs.retrieve(JOB_ID)) if asynchronous else client.jobs.retrieve(JOB_ID)
    assert caught.value.status == 404


def test_cancelling_the_task_stops_the_call_at_once_and_never_retries(server) -> None:
    server.replies.append(Reply(200, json.dumps(TEMPLATE).encode(), {"Content-Type": "application/json"}, delay=2.0))

    async def run() -> float:
        client = make(server, asynchronous=True)
        task = asyncio.create_task(client.templates.retrieve(TEMPLATE["id"]))
        await asyncio.sleep(0.2)
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return time.monotonic() - started

    assert asyncio.run(run()) < 0.5
    assert len(server.requests) == 1


@pytest.mark.parametrize("asynchronous", [False, True])
def test_events_and_waiters(server, asynchronous) -> None:
    message = {"event": "job.completed", "jobId": JOB_ID, "status": "succeeded", "progress": 100,
               "message": None, "occurredAt": "2026-11-21T10:15:01Z"}
    body = f"id: 1\nevent: job.completed\ndata: {json.dumps(message)}\n\n".encode()
    server.replies.append(Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=[body]))
    server.reply_json(IMAGE_JOB)
    client = make(server, asynchronous)

    async def run_async() -> tuple:
        stream = await client.jobs.events(JOB_ID)
        events = [e async for e in stream]
        return events, await client.jobs.wait_for(JOB_ID)

    if asynchronous:
        events, done = asyncio.run(run_async())
    else:
        events, done = list(client.jobs.events(JOB_ID)), client.jobs.wait_for(JOB_ID)
    assert [(e.event, e.data.progress) for e in events] == [("job.completed", 100)]
    assert done.status == sais.JobStatus.SUCCEEDED


def test_async_download_reads_the_bytes(server) -> None:
    server.reply_bytes(b"\x89PNG..", "image/png", headers={"X-Request-Id": "req_dl"})

    async def run() -> bytes:
        download = await make(server, asynchronous=True).assets.download("ast_1")
        assert isinstance(download, sais.AsyncBinaryResponse) and download.request_id == "req_dl"
        return await download.read()

    assert asyncio.run(run()) == b"\x89PNG.."


def test_an_injected_httpx_client_is_used_and_left_open(server) -> None:
    sent: list[str] = []
    with httpx.Client(event_hooks={"request": [lambda r: sent.append(str(r.url))]}) as pool:
        server.reply_json(TEMPLATE)
        with make(server, http_client=pool) as client:
            client.templates.retrieve(TEMPLATE["id"])
        assert sent == [f"{server.base_url}/templates/{TEMPLATE['id']}"] and not pool.is_closed


def test_an_injected_async_httpx_client_is_used(server) -> None:
    async def run() -> list[str]:
        sent: list[str] = []

        async def hook(request: httpx.Request) -> None:
            sent.append(request.method)

        async with httpx.AsyncClient(event_hooks={"request": [hook]}) as pool:
            server.reply_json(TEMPLATE)
            async with make(server, asynchronous=True, http_client=pool) as client:
                await client.templates.retrieve(TEMPLATE["id"])
            assert not pool.is_closed
        return sent

    assert asyncio.run(run()) == ["GET"]


def test_importing_the_package_loads_no_resource_or_model_module() -> None:
    code = ("import sys, secure_ai_studio as s; c = s.SecureAIStudio(api_key='k', base_url='http://127.0.0.1:1');"
            "loaded = [m for m in sys.modules if m.startswith('secure_ai_studio.api.') or m.startswith('secure_ai_studio.models.')];"
            "print(loaded + [m for m in ('httpx', 'pydantic') if m in sys.modules]); c.templates; print(sorted(m for m in sys.modules if m.startswith('secure_ai_studio.api.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == "[]"  # nor httpx: the first call imports it (import time, issue 11)
    assert out[1] == "['secure_ai_studio.api.templates_api']"
