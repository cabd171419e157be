"""`client.graphql` of openapi.yaml (x-graphql on executeGraphql): `query` and `subscribe` beside
the operation's own `execute`, on both clients, decoding into the generated GraphqlResponse and
GraphqlError models, against a real local server (the rules for any document are the runtime
tests' test_graphql.py)."""
from __future__ import annotations

import asyncio
import inspect
import json

import pytest

import secure_ai_studio as sais
from conftest import Reply

KEY = "sk_test_graphql_123"
DOCUMENT = "query RecentJobs($limit: Int) { jobs(limit: $limit) { data { id status } nextCursor } }"
JOBS = {"data": {"jobs": {"data": [{"id": "job_01JD8K2M4P6R8T0V2X4Z6B8D0F", "status": "running"}], "nextCursor": None}}}
SUBSCRIPTION = "subscription Progress($jobId: ID!) { jobEvents(jobId: $jobId) { event status progress } }"


def make(server, asynchronous: bool = False, **options):
    cls = sais.AsyncSecureAIStudio if asynchronous else sais.SecureAIStudio
    return cls(api_key=KEY, base_url=server.base_url, **options)


def test_the_graphql_resource_has_query_and_subscribe_beside_execute() -> None:
    for resource in (sais.SecureAIStudio, sais.AsyncSecureAIStudio):
        graphql = type(resource(api_key=KEY).graphql)
        assert graphql._GRAPHQL == {"execute_graphql": {"query": "query", "subscribe": "subscribe"}}
        for name in ("query", "subscribe"):
            parameters = inspect.signature(getattr(graphql, name)).parameters
            assert list(parameters)[:3] == ["self", "document", "variables"]
            assert parameters["operation_name"].kind is inspect.Parameter.KEYWORD_ONLY
    # The operation's own method stays a JSON call: the stream belongs to subscribe.
    assert type(sais.SecureAIStudio(api_key=KEY).graphql)._SPECS["execute_graphql"].kind == "json"


@pytest.mark.parametrize("asynchronous", [False, True])
def test_query_returns_the_graphql_response(server, asynchronous) -> None:
    errors = [{"message": "getJob: No job job_1 exists.", "path": ["job", 0, "id"], "extensions": {"code": "not_found"}}]
    server.reply_json({**JOBS, "errors": errors}, content_type="application/graphql-response+json")
    call = make(server, asynchronous).graphql.query(DOCUMENT, {"limit": 1}, operation_name="RecentJobs")
    result = asyncio.run(call) if asynchronous else call
    assert isinstance(result, sais.GraphqlResponse) and result.data == JOBS["data"]
    assert result.errors is not None and isinstance(result.errors[0], sais.GraphqlError)
    assert result.errors[0].path == ["job", 0, "id"] and result.errors[0].extensions == {"code": "not_found"}
    assert json.loads(server.last.body) == {"query": DOCUMENT, "variables": {"limit": 1}, "operationName": "RecentJobs"}
    assert server.last.headers["accept"] == "application/graphql-response+json, application/json;q=0.9"


def test_an_invalid_document_raises_bad_request_error_with_the_decoded_errors(server) -> None:
    body = {"errors": [{"message": "Cannot query field \"title\" on type \"Job\".", "locations": [{"line": 1, "column": 17}],
                        "path": ["jobs", 0], "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}}]}
    server.reply_json(body, status=400, content_type="application/graphql-response+json")
    with pytest.raises(sais.BadRequestError) as caught:
        make(server).graphql.query("{ jobs { data { id title } } }")
    error = caught.value
    assert str(error) == "400 GRAPHQL_VALIDATION_FAILED: Cannot query field \"title\" on type \"Job\"."
    assert isinstance(error.data, sais.GraphqlResponse) and error.data.errors[0].path == ["jobs", 0]


def test_a_bad_operation_name_fails_before_sending(server) -> None:
    with pytest.raises(ValueError, match=r"^graphql.query: operationName: .*regular expression"):
        make(server).graphql.query("{ me { id } }", operation_name="not a name")
    assert server.requests == []


@pytest.mark.parametrize("asynchronous", [False, True])
def test_subscribe_yields_graphql_responses_until_complete(server, asynchronous) -> None:
    events = [{"event": "job.status", "status": "running", "progress": 0},
              {"event": "job.completed", "status": "succeeded", "progress": 100}]
    body = b"".join(b"event: next\ndata: " + json.dumps({"data": {"jobEvents": e}}).encode() + b"\n\n" for e in events)
    server.replies.append(Reply(200, headers={"Content-Type": "text/event-stream", "X-Request-Id": "req_sub"},
                                chunks=[body, b"event: complete\ndata:\n\n"]))
    client = make(server, asynchronous)
    variables = {"jobId": "job_01JD8K2M4P6R8T0V2X4Z6B8D0F"}

    async def run_async() -> tuple:
        async with await client.graphql.subscribe(SUBSCRIPTION, variables) as subscription:
            return [r async for r in subscription], subscription.request_id

    if asynchronous:
        results, request_id = asyncio.run(run_async())
    else:
        with client.graphql.subscribe(SUBSCRIPTION, variables) as subscription:
            results, request_id = list(subscription), subscription.request_id
    assert all(isinstance(r, sais.GraphqlResponse) for r in results) and request_id == "req_sub"
    assert [r.data["jobEvents"] for r in results if r.data] == events
    assert server.last.headers["accept"] == "text/event-stream"
    assert json.loads(server.last.body) == {"query": SUBSCRIPTION, "variables": variables}
