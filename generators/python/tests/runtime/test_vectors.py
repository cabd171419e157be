"""The shared behaviour vectors (test/vectors/*.json, format in its README) run through the SDK's
pure runtime functions: one test per case, named `<file> › <case name>`.

The folder comes from SAIS_VECTORS (set by generators/python/test.sh), else from the first
`test/vectors` folder above this file. A missing folder, a file this module has no runner for and
a case whose input has other members than its file's are failures, never skips: adding a case
needs no code here, adding a file needs a runner below."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Dict, List, Optional, Tuple

import pytest

from secure_ai_studio._runtime import binary, encoding, errors, events, graphql, multipart, pagination, retry

Case = Dict[str, Any]


def vectors_folder() -> Optional[Path]:
    given = os.environ.get("SAIS_VECTORS")
    if given:
        return Path(given)
    for parent in Path(__file__).resolve().parents:
        if (parent / "test" / "vectors").is_dir():
            return parent / "test" / "vectors"
    return None


# --- one runner per file: each takes a case's input and returns what the SDK produced, in the
# shape of the case's `expected` --------------------------------------------------------------

def _epoch(rfc3339: str) -> float:
    return dt.datetime.fromisoformat(rfc3339.replace("Z", "+00:00")).timestamp()


def run_retry_after(given: Case) -> Any:
    seconds = retry.retry_after_delay(given["value"], now=_epoch(given["now"]))
    return {"delayMs": None if seconds is None else seconds * 1000}


def run_backoff(given: Case) -> Any:
    def delay_ms(draw: float) -> float:
        return retry.backoff_delay(given["retry"], lambda: draw) * 1000

    # U is in [0, 1): the bounds are the delays for U = 1 (the infimum) and U = 0.
    return {"delayMs": delay_ms(given["random"]), "minMs": delay_ms(1.0), "maxMs": delay_ms(0.0)}


def run_retry_decision(given: Case) -> Any:
    failure = given["failure"]
    if failure.get("connectionError") or failure.get("timeout"):
        status, code = None, None
    else:
        status, code = failure["status"], failure.get("code")
    return {"retry": retry.should_retry(method=given["method"], has_idempotency_key=given["idempotencyKey"],
                                        retries_left=given["retriesLeft"], status=status, code=code)}


def run_path_segment(given: Case) -> Any:
    try:
        return {"encoded": encoding.path_segment(given["value"])}
    except ValueError:
        return {"error": True}


def run_header_value(given: Case) -> Any:
    try:
        encoding.check_header_value(given["value"], "if_match")
        return {"valid": True}
    except ValueError as error:
        assert str(error).startswith("if_match "), f"the error names the parameter: {error}"
        return {"valid": False}


def run_error_message(given: Case) -> Any:
    error_class = errors.error_class_for_status(given["status"])
    error = error_class(given["status"], headers=given["headers"], body=given["body"])
    assert isinstance(error, errors.APIError)
    return {"message": str(error), "code": error.code, "requestId": error.request_id, "detail": error.detail,
            "title": error.title, "errors": error.errors}


def _chain(messages: List[str]) -> BaseException:
    """Exceptions with these messages, the first the outermost, each the __cause__ of the one before."""
    inner: Optional[BaseException] = None
    for message in reversed(messages):
        current = ConnectionError(message)
        current.__cause__ = inner
        inner = current
    assert inner is not None
    return inner


def _messages(error: Optional[BaseException]) -> List[str]:
    seen: List[str] = []
    while error is not None:
        seen.append(str(error))
        error = error.__cause__ or error.__context__
    return seen


def run_redaction(given: Case) -> Any:
    secrets = given["secrets"]
    if given["kind"] == "text":
        return {"text": errors.redact(given["text"], secrets)}
    if given["kind"] == "headers":
        return {"headers": errors.redact_headers(given["headers"], secrets)}
    if given["kind"] == "causes":
        own, *causes = given["messages"]
        failure = errors.APIConnectionError(errors.redact(own, secrets) or own)
        if causes:
            retry.with_cause(failure, _chain(causes), secrets)
        return {"messages": _messages(failure)}
    raise AssertionError(f"unknown redaction kind {given['kind']!r}")


def run_content_range(given: Case) -> Any:
    parsed = binary.ContentRange.parse(given["value"])
    if parsed is None:
        return None
    shown = {"unit": parsed.unit, "start": parsed.start, "end": parsed.end, "size": parsed.size}
    return {k: v for k, v in shown.items() if v is not None}


def _sse(chunks: List[bytes]) -> List[Dict[str, str]]:
    return [{"event": e.event, "data": e.data, **({"id": e.id} if e.id is not None else {})}
            for e in events.parse_events(chunks)]


def run_sse(given: Case) -> Any:
    # Fed whole, one byte at a time and split in two at every offset: all must agree.
    data = given["stream"].encode("utf-8", errors="surrogatepass")
    whole = _sse([data])
    ways = [[data[i:i + 1] for i in range(len(data))]] + [[data[:i], data[i:]] for i in range(1, len(data))]
    for chunks in ways:
        assert _sse(chunks) == whole, f"fed in {len(chunks)} chunks split at {len(chunks[0])}"
    return {"events": whole}


def _subscription_payloads(chunks: List[bytes], asynchronous: bool) -> List[Any]:
    """What `subscribe` yields for a response whose body arrives in these chunks: the SDK's own
    GraphqlSubscription over its EventStream (the same SSE reader), data decoded as plain JSON."""
    import httpx

    headers = {"Content-Type": "text/event-stream"}
    if not asynchronous:
        response = httpx.Response(200, headers=headers, content=iter(chunks))
        return list(graphql.GraphqlSubscription(events.EventStream(response, json.loads, "vectors")))

    async def body() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    async def read() -> List[Any]:
        response = httpx.Response(200, headers=headers, content=body())
        return [p async for p in graphql.AsyncGraphqlSubscription(events.AsyncEventStream(response, json.loads, "vectors"))]

    return asyncio.run(read())


def run_graphql_sse(given: Case) -> Any:
    # Fed whole and one byte at a time, sync and async: all must agree.
    data = given["stream"].encode("utf-8")
    whole = _subscription_payloads([data], False)
    for asynchronous in (False, True):
        for chunks in ([data], [data[i:i + 1] for i in range(len(data))]):
            assert _subscription_payloads(chunks, asynchronous) == whole, \
                f"fed in {len(chunks)} chunks to the {'async' if asynchronous else 'sync'} subscription"
    return {"payloads": whole}


def run_pagination(given: Case) -> Any:
    return {"continue": pagination.has_next(given["requestCursor"], given["response"].get("nextCursor"))}


def run_upload_content_type(given: Case) -> Any:
    try:
        return {"contentType": multipart.part_content_type(given["filename"], bytes.fromhex(given["bytesHex"]),
                                                           given["contentType"])}
    except ValueError as error:
        option = str(error).split(":", 1)[0]
        return {"error": {"option": option}}


# file -> (runner, the members every case's input has)
RUNNERS: Dict[str, Tuple[Callable[[Case], Any], Tuple[str, ...]]] = {
    "retry-after.json": (run_retry_after, ("value", "now")),
    "backoff.json": (run_backoff, ("retry", "random")),
    "retry-decision.json": (run_retry_decision, ("failure", "method", "idempotencyKey", "retriesLeft")),
    "path-segment.json": (run_path_segment, ("value",)),
    "header-value.json": (run_header_value, ("value",)),
    "error-message.json": (run_error_message, ("status", "headers", "body")),
    "redaction.json": (run_redaction, ("kind", "secrets")),
    "content-range.json": (run_content_range, ("value",)),
    "sse.json": (run_sse, ("stream",)),
    "graphql-sse.json": (run_graphql_sse, ("stream",)),
    "pagination.json": (run_pagination, ("requestCursor", "response")),
    "upload-content-type.json": (run_upload_content_type, ("filename", "bytesHex", "contentType")),
}
# Members a redaction case has besides kind and secrets, by kind.
REDACTION_MEMBERS = {"text": {"text"}, "headers": {"headers"}, "causes": {"messages"}}


def collect() -> List[Any]:
    folder = vectors_folder()
    if folder is None or not folder.is_dir():
        return [pytest.param(None, None, None, id="vectors folder not found")]
    params = []
    for path in sorted(folder.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for case in document.get("cases") or [None]:
            name = case.get("name", "?") if isinstance(case, dict) else "(no cases)"
            params.append(pytest.param(folder, path.name, case, id=f"{path.name} › {name}"))
    return params or [pytest.param(folder, None, None, id="no vector files")]


def _close(actual: Any, expected: Any) -> bool:
    """Equal, numbers within 1 ms (the README's tolerance)."""
    if isinstance(expected, (int, float)) and not isinstance(expected, bool) and isinstance(actual, (int, float)):
        return abs(actual - expected) <= 1
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(_close(actual[k], v) for k, v in expected.items())
    if isinstance(expected, list) and isinstance(actual, list):
        return len(actual) == len(expected) and all(_close(a, e) for a, e in zip(actual, expected))
    return bool(actual == expected)


@pytest.mark.parametrize(("folder", "file", "case"), collect())
def test_vector(folder: Optional[Path], file: Optional[str], case: Optional[Case]) -> None:
    assert folder is not None, "test/vectors not found: set SAIS_VECTORS to its absolute path"
    assert file is not None, f"{folder} holds no *.json vector file"
    assert file in RUNNERS, f"{file}: no runner for this vector file in tests/test_vectors.py"
    assert isinstance(case, dict) and {"name", "input", "expected"} <= case.keys(), f"{file}: malformed case {case!r}"
    runner, members = RUNNERS[file]
    given = case["input"]
    wanted = set(members) | (REDACTION_MEMBERS.get(given.get("kind"), set()) if file == "redaction.json" else set())
    assert set(given) == wanted, f"{file}: input members {sorted(given)}, expected {sorted(wanted)}"
    actual = runner(given)
    expected = case["expected"]
    if file == "error-message.json":
        actual = {k: actual[k] for k in expected}  # fields not listed are not compared
    assert _close(actual, expected), f"got {actual!r}, expected {expected!r}"
