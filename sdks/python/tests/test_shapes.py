"""The call shapes (docs/sdk-behavior.md R6, R8, R9.2, R10) over a real local server, for both
clients: pages walked lazily, waiters, event streams read as they arrive, downloads, raw
responses and request IDs."""
from __future__ import annotations

import threading
from urllib.parse import parse_qsl, urlsplit

import pytest

from conftest import Reply, items, value
from fixture_sdk import Widget, WidgetEvent
from secure_ai_studio._runtime.binary import ContentRange, byte_range
from secure_ai_studio._runtime.errors import APIError, NotFoundError, ResponseValidationError, WaitTimeoutError

WIDGET = {"id": "w_1", "name": "Gear", "status": "done"}


def page(ids: list[str], cursor: str | None) -> dict:
    return {"data": [{"id": i, "name": i} for i in ids], "nextCursor": cursor}


def query(path: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(path).query)


# R6 pagination

def test_the_first_page_has_its_items_cursor_and_request_id(h, server) -> None:
    server.reply_json(page(["a", "b"], "c2"), headers={"X-Request-Id": "req_p"})
    first = h.call(lambda w: w.list(limit=2))
    assert [w.id for w in first.data] == ["a", "b"] and first.next_cursor == "c2" and first.has_next_page()
    assert first.request_id == "req_p" and isinstance(first.data[0], Widget) and len(server.requests) == 1


def test_iterating_walks_every_page_lazily_with_the_same_filters(h, server) -> None:
    server.reply_json(page(["a"], "c2"))
    server.reply_json(page([], "c3"))  # an empty page with a cursor continues (R6.2)
    server.reply_json(page(["b"], None))
    got = h.run(lambda c: items(c.widgets.list(limit=1, tags=["x", "y"])))
    assert [w.id for w in got] == ["a", "b"]
    assert [query(r.path) for r in server.requests] == [
        [("limit", "1"), ("tag", "x"), ("tag", "y")],
        [("cursor", "c2"), ("limit", "1"), ("tag", "x"), ("tag", "y")],
        [("cursor", "c3"), ("limit", "1"), ("tag", "x"), ("tag", "y")]]


@pytest.mark.parametrize("cursor", [None, "", "c1"])
def test_iteration_ends_on_a_null_empty_or_repeated_cursor(h, server, cursor) -> None:
    server.reply_json(page(["a"], cursor))
    assert [w.id for w in h.run(lambda c: items(c.widgets.list(cursor="c1")))] == ["a"]
    assert len(server.requests) == 1


def test_get_next_page_and_iter_pages(h, server) -> None:
    server.reply_json(page(["a"], "c2"))
    server.reply_json(page(["b"], None))

    async def use(client):
        first = await value(client.widgets.list())
        second = await value(first.get_next_page())
        assert not second.has_next_page()
        with pytest.raises(ValueError, match="no next page"):
            await value(second.get_next_page())
        return [w.id for w in first.data + second.data]

    assert h.run(use) == ["a", "b"]


def test_an_error_on_a_later_page_is_raised_from_the_iteration(h, server) -> None:
    server.reply_json(page(["a"], "c2"))
    server.reply_problem(404)
    with pytest.raises(NotFoundError):
        h.run(lambda c: items(c.widgets.list()))


def test_date_times_are_sent_as_rfc3339_utc(h, server) -> None:
    import datetime as dt

    server.reply_json(page([], None))
    zone = dt.timezone(dt.timedelta(hours=2))
    h.call(lambda w: w.list(since=dt.datetime(2026, 1, 2, 12, 30, tzinfo=zone)))
    assert query(server.last.path) == [("since", "2026-01-02T10:30:00Z")]


# R8 waiters

def test_a_waiter_polls_until_terminal_with_growing_waits(h, server) -> None:
    for status in ("pending", "pending", "pending"):
        server.reply_json({**WIDGET, "status": status})
    server.reply_json({**WIDGET, "status": "failed"})  # a failed resource is returned, not raised
    widget = h.call(lambda w: w.wait_for("w_1", interval=0.1, max_interval=0.2))
    assert widget.status == "failed" and len(server.requests) == 4
    assert h.waits == pytest.approx([0.1, 0.15, 0.2])


def test_a_polls_retry_after_replaces_the_interval(h, server) -> None:
    server.reply_json({**WIDGET, "status": "pending"}, headers={"Retry-After": "2"})
    server.reply_json(WIDGET)
    h.call(lambda w: w.wait_for("w_1", interval=0.1))
    assert h.waits == [2.0]


def test_the_timeout_raises_wait_timeout_error_with_the_last_state(h, server) -> None:
    for _ in range(3):
        server.reply_json({**WIDGET, "status": "pending"})
    with pytest.raises(WaitTimeoutError) as caught:
        h.call(lambda w: w.wait_for("w_1", interval=1.0, timeout=1.5))
    assert caught.value.last_state.status == "pending" and "getWidget" in str(caught.value)


def test_poll_errors_surface_and_bad_options_fail_before_polling(h, server) -> None:
    server.reply_problem(404)
    with pytest.raises(NotFoundError):
        h.call(lambda w: w.wait_for("w_1"))
    with pytest.raises(ValueError, match="interval must be a number of seconds > 0"):
        h.call(lambda w: w.wait_for("w_1", interval=0))
    assert len(server.requests) == 1


# R8.4 event streams

STREAM = b'id: 1\nevent: progress\ndata: {"progress": 10}\n\n: comment\nretry: 5\ndata: {"progress":\ndata: 50}\n\n'


def test_events_are_typed_and_in_order(h, server) -> None:
    server.replies.append(Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=[STREAM[:30], STREAM[30:]]))
    events = h.run(lambda c: items(c.widgets.events("w_1", last_event_id="0")))
    assert [(e.event, e.id, e.data.progress) for e in events] == [("progress", "1", 10), ("message", None, 50)]
    assert isinstance(events[0].data, WidgetEvent) and server.last.headers["last-event-id"] == "0"


def test_events_are_yielded_as_they_arrive(h, server) -> None:
    gate = threading.Event()
    server.replies.append(Reply(200, headers={"Content-Type": "text/event-stream"},
                                chunks=[b'data: {"progress": 1}\n\n', b'data: {"progress": 2}\n\n'], gate=gate))

    async def use(client):
        seen = []
        stream = await value(client.widgets.events("w_1"))
        iterator = stream.__aiter__() if hasattr(stream, "__aiter__") else iter(stream)
        first = await iterator.__anext__() if hasattr(iterator, "__anext__") else next(iterator)
        seen.append(first.data.progress)
        gate.set()  # the server sends the second event only now
        rest = [e async for e in iterator] if hasattr(iterator, "__anext__") else list(iterator)
        return seen + [e.data.progress for e in rest]

    assert h.run(use) == [1, 2]


def test_the_timeout_bounds_only_the_wait_for_headers(h, server) -> None:
    server.replies.append(Reply(200, headers={"Content-Type": "text/event-stream"}, chunk_delay=0.4,
                                chunks=[b'data: {"progress": 1}\n\n', b'data: {"progress": 2}\n\n']))
    events = h.run(lambda c: items(c.widgets.events("w_1")), timeout=0.2)
    assert [e.data.progress for e in events] == [1, 2]


def test_event_data_that_is_not_json_is_a_response_validation_error(h, server) -> None:
    server.replies.append(Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=[b"data: not json\n\n"]))
    with pytest.raises(ResponseValidationError, match="event data is not valid JSON"):
        h.run(lambda c: items(c.widgets.events("w_1")))


def test_an_error_status_raises_before_any_event(h, server) -> None:
    server.reply_problem(404)
    with pytest.raises(NotFoundError):
        h.run(lambda c: items(c.widgets.events("w_1")))


def test_breaking_out_early_closes_the_stream(h, server) -> None:
    server.replies.append(Reply(200, headers={"Content-Type": "text/event-stream"},
                                chunks=[b'data: {"progress": 1}\n\n'] * 3))

    async def use(client):
        stream = await value(client.widgets.events("w_1"))
        if hasattr(stream, "__aiter__"):
            async for _ in stream:
                break
            await stream.close()
        else:
            for _ in stream:
                break
        return stream.response.is_closed

    assert h.run(use) is True


# R9.2 downloads

def test_a_download_reads_the_exact_bytes_and_parses_the_content_range(h, server) -> None:
    data = bytes(range(256)) * 4
    server.reply_bytes(data[:10], "image/png", status=206, headers={"Content-Range": "bytes 0-9/1024"})

    async def use(client):
        download = await value(client.widgets.download("w_1", range=byte_range(0, 9)))
        body = await value(download.read())
        with pytest.raises(RuntimeError, match="read only once"):
            await value(download.read())
        return download, body

    download, body = h.run(use)
    assert body == data[:10] and download.partial and download.content_range == ContentRange("bytes", 0, 9, 1024)
    assert server.last.headers["range"] == "bytes=0-9" and download.content_type == "image/png"


def test_a_download_streams_in_chunks(h, server) -> None:
    data = b"z" * 200_000
    server.reply_bytes(data, "image/png")

    async def use(client):
        download = await value(client.widgets.download("w_1"))
        chunks = download.iter_bytes(65536)
        if hasattr(chunks, "__aiter__"):
            return [c async for c in chunks]
        return list(chunks)

    assert b"".join(h.run(use)) == data


def test_range_not_satisfiable_is_an_api_error(h, server) -> None:
    server.reply_problem(416, headers={"Content-Range": "bytes */1024"})
    with pytest.raises(APIError) as caught:
        h.call(lambda w: w.download("w_1", range="bytes=5000-"))
    assert caught.value.status == 416


# R10 raw responses and request IDs

def test_with_raw_response_gives_status_headers_request_id_and_parse(h, server) -> None:
    server.reply_json(WIDGET, headers={"X-Request-Id": "req_raw", "ETag": '"v3"'})
    raw = h.call(lambda w: w.with_raw_response.retrieve("w_1"))
    assert (raw.status_code, raw.request_id, raw.headers["etag"]) == (200, "req_raw", '"v3"')
    assert raw.parse().id == "w_1" and raw.parse().request_id == "req_raw"


def test_every_model_result_carries_its_request_id(h, server) -> None:
    server.reply_json(WIDGET, headers={"X-Request-Id": "req_m"})
    assert h.call(lambda w: w.retrieve("w_1")).request_id == "req_m"
    assert Widget(id="x", name="y").request_id is None
