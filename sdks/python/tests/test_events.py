"""Server-sent job events as typed events (docs/sdk-behavior.md R8.4), streamed by a real local
server piece by piece."""
from __future__ import annotations

import json
import threading

import pytest

import secure_ai_studio as sais
from conftest import Reply
from secure_ai_studio._runtime.events import EventStream, ServerSentEvent

JOB_ID = "job_01JD8K2M4P6R8T0V2X4Z6B8D0F"
SSE = {"Content-Type": "text/event-stream"}


def event(name: str, status: str, progress: int, **extra: object) -> dict:
    return {"event": name, "jobId": JOB_ID, "status": status, "progress": progress, "message": None,
            "occurredAt": "2026-11-21T10:15:01Z", **extra}


def message(data: dict, name: str | None = None, id: str | None = None) -> bytes:
    lines = ([f"id: {id}"] if id else []) + ([f"event: {name}"] if name else []) + [f"data: {json.dumps(data)}"]
    return ("\n".join(lines) + "\n\n").encode()


def test_events_are_typed_and_in_order_with_accept_event_stream(server, api_key_client) -> None:
    body = (message(event("job.status", "running", 0), "job.status", "1")
            + message(event("job.completed", "succeeded", 100), "job.completed", "2"))
    server.replies.append(Reply(200, headers={**SSE, "X-Request-Id": "req_sse"}, chunks=[body]))
    stream = sais.JobsApi(api_key_client).stream_job_events(JOB_ID)
    assert isinstance(stream, EventStream) and stream.request_id == "req_sse"
    events = list(stream)
    assert [(e.event, e.id) for e in events] == [("job.status", "1"), ("job.completed", "2")]
    assert all(isinstance(e, ServerSentEvent) and isinstance(e.data, sais.JobEvent) for e in events)
    assert events[1].data.progress == 100 and events[1].data.status == sais.JobStatus.SUCCEEDED
    assert server.last.path == f"/api/v1/jobs/{JOB_ID}/events"
    assert server.last.headers["accept"].split(",")[0].strip() == "text/event-stream"
    with pytest.raises(RuntimeError, match="only once"):
        list(stream)


def test_whatwg_parsing_comments_retry_multiline_data_default_name_and_split_chunks(server, api_key_client) -> None:
    data = json.dumps(event("job.progress", "running", 50, message="half way"))
    half = data.index(', "status"')  # between two members: the joining "\n" is JSON whitespace
    pieces = [
        b": keep-alive comment\nretry: 3000\n",
        b"event: job.progress\nid: 7\ndata: " + data[:half].encode(),          # split inside the data line
        b"\ndata: " + data[half:].encode() + b"\n",                           # continued on a second data line
        b"\n" + b"data: " + json.dumps(event("job.status", "running", 60)).encode() + b"\n\n",  # no event name
    ]
    server.replies.append(Reply(200, headers=SSE, chunks=pieces))
    events = list(sais.JobsApi(api_key_client).stream_job_events(JOB_ID))
    # Multi-line data is joined with "\n" (valid JSON whitespace), so the split message still decodes.
    assert [(e.event, e.id) for e in events] == [("job.progress", "7"), ("message", None)]
    assert events[0].data.message == "half way" and events[1].data.progress == 60


def test_events_are_yielded_as_they_arrive_not_at_the_end(server, api_key_client) -> None:
    gate = threading.Event()
    server.replies.append(Reply(200, headers=SSE, gate=gate, chunks=[
        message(event("job.status", "running", 0), "job.status"),
        message(event("job.completed", "succeeded", 100), "job.completed"),
    ]))
    iterator = iter(sais.JobsApi(api_key_client).stream_job_events(JOB_ID))
    first = next(iterator)  # the server holds the second message until the gate opens
    assert first.event == "job.status" and not gate.is_set()
    gate.set()
    assert [e.event for e in iterator] == ["job.completed"]


def test_last_event_id_is_sent_to_resume(server, api_key_client) -> None:
    server.replies.append(Reply(200, headers=SSE, chunks=[message(event("job.completed", "succeeded", 100), "job.completed", "3")]))
    list(sais.JobsApi(api_key_client).stream_job_events(JOB_ID, last_event_id="2"))
    assert server.last.headers["last-event-id"] == "2"


def test_the_timeout_bounds_only_the_wait_for_headers(server) -> None:
    # R2.4: an event 0.4 s after the headers arrives although the client's timeout is 0.2 s.
    config = sais.Configuration(host=server.base_url, api_key={"apiKeyAuth": "sk_test_123"}, timeout=0.2)
    server.replies.append(Reply(200, headers=SSE, chunk_delay=0.4, chunks=[
        b": opened\n\n", message(event("job.completed", "succeeded", 100), "job.completed")]))
    with sais.ApiClient(config) as client:
        assert [e.event for e in sais.JobsApi(client).stream_job_events(JOB_ID)] == ["job.completed"]


def test_data_that_is_not_json_raises_response_validation_error(server, api_key_client) -> None:
    server.replies.append(Reply(200, headers={**SSE, "X-Request-Id": "req_bad"}, chunks=[b"event: job.status\ndata: {not json\n\n"]))
    with pytest.raises(sais.ResponseValidationError) as caught:
        list(sais.JobsApi(api_key_client).stream_job_events(JOB_ID))
    assert caught.value.issues[0]["path"] == "" and caught.value.request_id == "req_bad"
    assert "not valid JSON" in str(caught.value)


def test_an_error_status_raises_the_typed_error_before_any_event(server, api_key_client) -> None:
    server.reply_problem(404, "not_found", detail="No job has that ID.")
    with pytest.raises(sais.NotFoundError, match="404 not_found: No job has that ID."):
        sais.JobsApi(api_key_client).stream_job_events(JOB_ID)


def test_breaking_out_early_closes_the_connection(server, api_key_client) -> None:
    gate = threading.Event()
    server.replies.append(Reply(200, headers=SSE, gate=gate, chunks=[
        message(event("job.status", "running", 0), "job.status"), message(event("job.status", "running", 1), "job.status")]))
    stream = sais.JobsApi(api_key_client).stream_job_events(JOB_ID)
    for _ in stream:
        break
    assert stream.response.closed
    gate.set()
