"""Errors (docs/sdk-behavior.md R5) and response validation (R7) over a real local server, for
both clients: the class by status, the problem members, redaction of messages, bodies, headers
and cause chains (R5.5), connection failures, and the three validation modes."""
from __future__ import annotations

import json
import logging
import socket

import pytest
from pydantic import ValidationError

from conftest import Reply
from fixture_sdk import KEY, TOKEN, Problem
from secure_ai_studio._runtime import errors
from secure_ai_studio._runtime.errors import (
    APIConnectionError, APIError, AuthenticationError, BadRequestError, ConflictError, InternalServerError,
    NotFoundError, PermissionDeniedError, PreconditionFailedError, RateLimitError, ResponseValidationError,
    SecureAIStudioError, UnprocessableEntityError,
)

WIDGET = {"id": "w_1", "name": "Gear", "status": "done"}


def test_a_problem_becomes_the_typed_error_with_its_members(h, server) -> None:
    server.reply_problem(404, "not_found", headers={"X-Request-Id": "req_h"}, detail="No widget has that ID.",
                         errors=[{"path": "/id", "message": "unknown"}, "junk"])
    with pytest.raises(NotFoundError) as caught:
        h.call(lambda w: w.retrieve("w_1"))
    error = caught.value
    assert isinstance(error, APIError) and isinstance(error, SecureAIStudioError)
    assert (error.status, error.code, error.request_id, error.detail) == (404, "not_found", "req_h", "No widget has that ID.")
    assert str(error) == "404 not_found: No widget has that ID." and error.errors == [{"path": "/id", "message": "unknown"}]
    assert isinstance(error.data, Problem) and error.data.code == "not_found"


@pytest.mark.parametrize(("status", "error_class"), [
    (400, BadRequestError), (401, AuthenticationError), (403, PermissionDeniedError), (404, NotFoundError),
    (409, ConflictError), (412, PreconditionFailedError), (422, UnprocessableEntityError), (429, RateLimitError),
    (500, InternalServerError), (503, InternalServerError), (418, APIError)])
def test_the_status_picks_the_error_class(h, server, status, error_class) -> None:
    server.reply_problem(status)
    with pytest.raises(error_class) as caught:
        h.call(lambda w: w.retrieve("w_1"), max_retries=0)
    assert type(caught.value) is error_class


def test_a_body_without_problem_details_becomes_the_detail_cut_to_500_characters(h, server) -> None:
    server.reply_bytes(b"x" * 2000, "text/plain", status=400)
    with pytest.raises(BadRequestError) as caught:
        h.call(lambda w: w.retrieve("w_1"))
    assert caught.value.detail == "x" * 500 and caught.value.problem is None
    server.reply_bytes(b"", "text/plain", status=400)
    with pytest.raises(BadRequestError, match=r"^400 status code \(no problem details\)$"):
        h.call(lambda w: w.retrieve("w_1"))


def test_secrets_are_redacted_from_the_message_problem_body_and_headers(h, server) -> None:
    server.reply_problem(400, "bad", detail=f"key {KEY} and token {TOKEN}",
                         headers={"WWW-Authenticate": f"Bearer {TOKEN}", "Set-Cookie": "session=abc", "X-Api-Key": KEY})
    with pytest.raises(BadRequestError) as caught:
        h.call(lambda w: w.retrieve("w_1"), access_token=TOKEN)
    error = caught.value
    shown = str(error) + json.dumps(error.problem) + (error.body or "") + json.dumps(error.headers) + repr(vars(error))
    assert KEY not in shown and TOKEN not in shown
    assert error.headers["Set-Cookie"] == "[REDACTED]" and error.headers["WWW-Authenticate"] == "Bearer [REDACTED]"


def test_a_refused_connection_is_a_connection_error_whose_chain_carries_no_secret(h) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(APIConnectionError) as caught:
        h.call(lambda w: w.retrieve("w_1"), base_url=f"http://user:{KEY}@127.0.0.1:{port}/v1", max_retries=0)
    error: BaseException | None = caught.value
    assert not isinstance(caught.value, APIError)
    while error is not None:
        assert KEY not in str(error)
        error = error.__cause__ or error.__context__


def test_a_cause_chain_is_redacted_however_deep() -> None:
    inner = ConnectionError(f"reset while sending X-API-Key: {KEY}")
    outer = OSError("wrapped")
    outer.__cause__ = inner
    from secure_ai_studio._runtime.retry import connection_error

    failure = connection_error(outer, (KEY,))
    assert KEY not in str(failure.__cause__.__cause__)


def test_a_truncated_2xx_json_body_is_a_response_validation_error_and_not_retried(h, server) -> None:
    server.reply_bytes(b'{"id": "w_1", "na', "application/json", headers={"X-Request-Id": "req_t"})
    with pytest.raises(ResponseValidationError) as caught:
        h.call(lambda w: w.retrieve("w_1"))
    assert caught.value.request_id == "req_t" and "not valid JSON" in str(caught.value) and len(server.requests) == 1


def test_accept_asks_for_the_success_type(h, server) -> None:
    server.reply_json(WIDGET)
    h.call(lambda w: w.retrieve("w_1"))
    assert server.last.headers["accept"] == "application/json"
    server.replies.append(Reply(200, b"", {"Content-Type": "text/event-stream"}))

    async def drain(widgets):
        from conftest import items

        return await items(widgets.events("w_1"))

    h.run(lambda c: drain(c.widgets))
    assert server.last.headers["accept"] == "text/event-stream"


# R7: validation modes

def test_warn_is_the_default_it_logs_and_returns_the_body_as_received(h, server, caplog) -> None:
    server.reply_json({"id": "w_1", "name": 42})
    result = h.call(lambda w: w.retrieve("w_1"))
    assert result == {"id": "w_1", "name": 42}
    assert "does not match openapi.yaml at /name" in caplog.text


def test_strict_raises_with_the_issues_and_the_request_id(h, server) -> None:
    server.reply_json({"id": "w_1", "name": 42, "status": "lost"}, headers={"X-Request-Id": "req_v"})
    with pytest.raises(ResponseValidationError) as caught:
        h.call(lambda w: w.retrieve("w_1"), validation="strict")
    assert {i["path"] for i in caught.value.issues} == {"/name", "/status"} and caught.value.request_id == "req_v"
    assert caught.value.operation_id == "getWidget"


def test_off_returns_the_body_without_a_word(h, server, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    server.reply_json({"id": "w_1", "name": 42})
    assert h.call(lambda w: w.retrieve("w_1"), validation="off") == {"id": "w_1", "name": 42}
    assert "does not match" not in caplog.text


def test_unknown_members_are_never_an_issue(h, server) -> None:
    server.reply_json({**WIDGET, "color": "red"})
    widget = h.call(lambda w: w.retrieve("w_1"), validation="strict")
    assert widget.id == "w_1" and widget.model_extra == {"color": "red"}


def test_bad_options_fail_at_construction(h) -> None:
    for options, message in (({"validation": "loud"}, "validation must be"), ({"max_retries": -1}, "max_retries"),
                             ({"timeout": 0}, "timeout must be"), ({"base_url": "ftp://x"}, "base_url must be")):
        with pytest.raises(ValueError, match=message):
            h.client(**options)


def test_the_error_classes_accept_the_vector_shape() -> None:
    error = errors.error_class_for_status(409)(409, headers={"X-Request-Id": "r"}, body='{"code":"resource_locked"}')
    assert isinstance(error, ConflictError) and error.code == "resource_locked" and error.request_id == "r"


def test_a_bad_argument_fails_before_sending_naming_the_method_and_argument(h, server) -> None:
    with pytest.raises(ValueError, match=r"widgets.create: name: String should have at most 20 characters"):
        h.call(lambda w: w.create(name="x" * 21))
    with pytest.raises(ValidationError, match="widget_id"):
        h.call(lambda w: w.retrieve(None))
    assert server.requests == []
