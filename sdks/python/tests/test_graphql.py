"""R13 GraphQL: `query` and `subscribe` of an `x-graphql` operation (fixture_sdk.GRAPHQL), with the
sync and the async client, against the local server: the request body holds only what was given,
the Accept each asks for, 2xx errors returned, GraphQL request errors raised with their messages,
GraphQL over SSE read up to `complete`, and the connection closed when the caller stops early."""
from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest

from conftest import Reply, items, value
from fixture_sdk import GqlResult
from secure_ai_studio._runtime.errors import BadRequestError, NotFoundError, ResponseValidationError

DOCUMENT = "query Recent($limit: Int) { widgets(limit: $limit) { id } }"
RESULT = {"data": {"widgets": [{"id": "w_1"}]}}
SSE = {"Content-Type": "text/event-stream"}


def next_event(payload: object) -> bytes:
    return b"event: next\ndata: " + json.dumps(payload).encode() + b"\n\n"


COMPLETE = b"event: complete\ndata:\n\n"


# R13.1 query

def test_query_sends_only_the_members_given_and_asks_for_graphql_response_json(h, server) -> None:
    server.reply_json(RESULT, content_type="application/graphql-response+json")
    server.reply_json(RESULT)
    server.reply_json(RESULT)
    first = h.call(lambda w: w.query(DOCUMENT))
    assert json.loads(server.last.body) == {"query": DOCUMENT}
    assert server.last.headers["accept"] == "application/graphql-response+json, application/json;q=0.9"
    assert server.last.method == "POST" and server.last.path == "/api/v1/graphql"
    assert isinstance(first, GqlResult) and first.data == RESULT["data"]  # graphql-response+json decoded as JSON
    h.call(lambda w: w.query(DOCUMENT, {"limit": 2}, operation_name="Recent"))
    assert json.loads(server.last.body) == {"query": DOCUMENT, "variables": {"limit": 2}, "operationName": "Recent"}
    h.call(lambda w: w.query(DOCUMENT, None))  # an explicit None is sent as null (R9.5)
    assert json.loads(server.last.body) == {"query": DOCUMENT, "variables": None}


def test_query_returns_field_errors_beside_the_data(h, server) -> None:
    errors = [{"message": "getWidget: No widget w_9 exists.", "path": ["widget", 0], "extensions": {"code": "not_found"}}]
    server.reply_json({"data": {"widget": None}, "errors": errors}, content_type="application/graphql-response+json",
                      headers={"X-Request-Id": "req_gql"})
    result = h.call(lambda w: w.query("{ widget(id: \"w_9\") { id } }"))
    assert result.data == {"widget": None} and result.errors == errors and result.request_id == "req_gql"


def test_a_graphql_request_error_raises_bad_request_error_with_the_graphql_messages(h, server) -> None:
    body = {"errors": [{"message": "Cannot query field \"title\" on type \"Widget\".", "locations": [{"line": 1, "column": 9}],
                        "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}},
                       {"message": "Unknown argument \"first\"."}]}
    server.reply_json(body, status=400, content_type="application/graphql-response+json")
    with pytest.raises(BadRequestError) as caught:
        h.call(lambda w: w.query("{ widgets { title } }"))
    error = caught.value
    assert str(error) == ("400 GRAPHQL_VALIDATION_FAILED: Cannot query field \"title\" on type \"Widget\".; "
                          "Unknown argument \"first\".")
    assert error.code == "GRAPHQL_VALIDATION_FAILED" and error.problem == body
    assert isinstance(error.data, GqlResult) and error.data.errors == body["errors"]  # the 400 body decodes


def test_query_takes_the_per_call_options_and_the_callers_accept(h, server) -> None:
    server.reply_json({"title": "Service Unavailable"}, status=503, content_type="application/problem+json")
    server.reply_json(RESULT)
    server.reply_json(RESULT)
    # A POST is retried only with an Idempotency-Key (R3.2): given per call, the 503 is retried.
    h.call(lambda w: w.query(DOCUMENT, extra_headers={"Idempotency-Key": "k_1"}, max_retries=1))
    assert len(server.requests) == 2 and server.last.headers["idempotency-key"] == "k_1"
    h.call(lambda w: w.query(DOCUMENT, extra_headers={"accept": "application/json"}))
    assert server.last.headers["accept"] == "application/json"


def test_bad_arguments_fail_before_anything_is_sent(h, server) -> None:
    with pytest.raises(ValueError, match="document"):
        h.call(lambda w: w.query(42))
    with pytest.raises(ValueError, match=r"^widgets.query: query: String should have at least 1 character"):
        h.call(lambda w: w.query(""))
    assert server.requests == []


# R13.3 subscribe

def test_subscribe_yields_each_next_payload_until_complete(h, server) -> None:
    stream = (b": hello\n\n" + next_event({"data": {"n": 1}}) + b"event: ping\ndata: {}\n\n"
              + next_event({"data": None, "errors": [{"message": "boom"}]}) + COMPLETE + next_event({"data": {"n": 3}}))
    server.replies.append(Reply(200, headers=SSE, chunks=[stream[:25], stream[25:]]))
    results = h.run(lambda c: items(c.widgets.subscribe(DOCUMENT, {"limit": 1})))
    assert [(r.data, r.errors) for r in results] == [({"n": 1}, None), (None, [{"message": "boom"}])]
    assert all(isinstance(r, GqlResult) for r in results)
    assert server.last.headers["accept"] == "text/event-stream"
    assert json.loads(server.last.body) == {"query": DOCUMENT, "variables": {"limit": 1}}


def test_subscribe_reads_nothing_after_complete(h, server) -> None:
    # After `complete` the server would block (gate never set) before its next piece: a client
    # that kept reading would hang there for the gate's 5 s.
    gate = threading.Event()
    server.replies.append(Reply(200, headers=SSE, chunks=[next_event({"data": {"n": 1}}) + COMPLETE,
                                                          next_event({"data": {"n": 2}})], gate=gate))
    started = time.monotonic()
    results = h.run(lambda c: items(c.widgets.subscribe(DOCUMENT)))
    assert [r.data for r in results] == [{"n": 1}] and time.monotonic() - started < 2


def test_the_end_of_the_stream_without_complete_ends_the_subscription(h, server) -> None:
    server.replies.append(Reply(200, headers=SSE, chunks=[next_event({"data": {"n": 1}})]))
    assert [r.data for r in h.run(lambda c: items(c.widgets.subscribe(DOCUMENT)))] == [{"n": 1}]


def test_an_error_status_raises_before_the_first_payload(h, server) -> None:
    server.reply_problem(404)

    async def use(client):
        return await value(client.widgets.subscribe(DOCUMENT))  # raises here, nothing iterated

    with pytest.raises(NotFoundError):
        h.run(use)


def test_payloads_are_validated_as_the_result_model(h, server) -> None:
    server.replies.append(Reply(200, headers=SSE, chunks=[next_event({"data": "not an object"}) + COMPLETE]))
    with pytest.raises(ResponseValidationError, match="runGraphql"):
        h.run(lambda c: items(c.widgets.subscribe(DOCUMENT)), validation="strict")
    server.replies.append(Reply(200, headers=SSE, chunks=[b"event: next\ndata: {oops\n\n"]))
    with pytest.raises(ResponseValidationError, match="event data is not valid JSON"):
        h.run(lambda c: items(c.widgets.subscribe(DOCUMENT)))


async def closed_by_client(reply: Reply) -> bool:
    """Whether the server saw the connection close within 5 s, asked while the client is still
    open (closing the client would close its connections anyway)."""
    return await asyncio.get_running_loop().run_in_executor(None, reply.closed.wait, 5)


def test_stopping_early_closes_the_connection(h, server) -> None:
    # The server keeps the stream open (a comment every 20 ms) until a write fails: `closed`
    # proves the client closed the connection, not just stopped reading.
    reply = Reply(200, headers=SSE, chunks=[next_event({"data": {"n": 1}})], keep_open=True)
    server.replies.append(reply)

    async def use(client):
        subscription = await value(client.widgets.subscribe(DOCUMENT))
        if hasattr(subscription, "__aiter__"):
            async with subscription:  # async for cannot close an async generator when left early
                async for result in subscription:
                    break
        else:
            for result in subscription:
                break  # leaving the loop closes the connection
        return result.data, await closed_by_client(reply)

    assert h.run(use) == ({"n": 1}, True)


def test_the_with_block_closes_the_connection(h, server) -> None:
    reply = Reply(200, headers=SSE, chunks=[next_event({"data": {"n": 1}})], keep_open=True)
    server.replies.append(reply)

    async def use(client):
        subscription = await value(client.widgets.subscribe(DOCUMENT))
        if hasattr(subscription, "__aenter__"):
            async with subscription:
                pass
        else:
            with subscription:
                pass
        return subscription.response.is_closed, await closed_by_client(reply)

    assert h.run(use) == (True, True)


def test_cancelling_the_task_closes_the_connection(server) -> None:
    from fixture_sdk import KEY, AsyncFixture

    reply = Reply(200, headers=SSE, chunks=[next_event({"data": {"n": 1}})], keep_open=True)
    server.replies.append(reply)

    async def main() -> bool:
        client = AsyncFixture(api_key=KEY, base_url=server.base_url)
        first = asyncio.Event()

        async def read() -> None:
            async for _ in await client.widgets.subscribe(DOCUMENT):
                first.set()

        try:
            task = asyncio.create_task(read())
            await asyncio.wait_for(first.wait(), timeout=5)
            task.cancel()  # while the subscription waits for its next event
            with pytest.raises(asyncio.CancelledError):
                await task
            return await closed_by_client(reply)
        finally:
            await client.close()

    assert asyncio.run(main()) is True
