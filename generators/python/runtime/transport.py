"""The attempts of one call over httpx (docs/sdk-behavior.md R2, R3, R1.4): the same request on
every attempt, retried per retry.py with backoff or the server's Retry-After, connection
failures as APIConnectionError (redacted), one transparent refresh after a 401. `send` is the
synchronous loop over an httpx.Client, `asend` the same loop awaited over an httpx.AsyncClient;
task cancellation interrupts `asend` wherever it waits and nothing is retried after it (R2.3).
Each returns the last response, open (streamed): the caller reads, streams or closes it."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from .auth import REFRESH_PATH, needs_exchange, refresh_request, sent_credentials, set_bearer, take_tokens
from .logs import log_request, log_response
from .operation import Prepared
from .retry import backoff_delay, connection_error, has_idempotency_key, problem_code, retry_after_delay, should_retry

if TYPE_CHECKING:
    import httpx

    from .client import BaseClient


def _build(http: Any, prepared: Prepared, timeout: float) -> "httpx.Request":
    request: "httpx.Request" = http.build_request(prepared.method, prepared.url, params=prepared.params or None,
                              headers=prepared.headers, content=prepared.content, timeout=timeout)
    return request


def _wait_after(response: "httpx.Response", retry: int, random: Any) -> float:
    delay = retry_after_delay(response.headers.get("Retry-After"))
    return backoff_delay(retry, random) if delay is None else delay


def _may_refresh(client: "BaseClient", prepared: Prepared) -> bool:
    return bool(client._credentials.refresh_token) and sent_credentials(prepared.headers, client._schemes)


def send(client: "BaseClient", prepared: Prepared, max_retries: int, timeout: float, refresh: bool = True) -> "httpx.Response":
    import httpx

    http = client._sync_http()
    keyed = has_idempotency_key(prepared.headers)
    secrets = client._credentials.secrets()
    retry, refreshed = 0, False
    while True:
        request = _build(http, prepared, timeout)
        log_request(request.method, str(request.url), request.headers, secrets, client._credential_headers)
        failure = None
        try:
            response = http.send(request, stream=True)
        except httpx.TransportError as error:
            if should_retry(method=prepared.method, has_idempotency_key=keyed, retries_left=max_retries - retry):
                retry += 1
                client._sleep(backoff_delay(retry, client._random))
                continue
            failure = connection_error(error, secrets)
        if failure is not None:
            raise failure  # outside the except block: no unredacted __context__
        log_response(request.method, str(request.url), response.status_code, response.headers, secrets)
        status = response.status_code
        if status == 401 and refresh and not refreshed and _may_refresh(client, prepared):
            refreshed = True
            response.read()
            response.close()
            refresh_sync(client, prepared.headers, timeout)
            continue  # the repeat is not a retry (R1.4)
        if 200 <= status <= 299:
            return response
        response.read()
        code = problem_code(response.content) if status == 409 else None
        if not should_retry(method=prepared.method, has_idempotency_key=keyed, retries_left=max_retries - retry,
                            status=status, code=code):
            return response
        response.close()
        retry += 1
        client._sleep(_wait_after(response, retry, client._random))


async def asend(client: "BaseClient", prepared: Prepared, max_retries: int, timeout: float, refresh: bool = True) -> "httpx.Response":
    import httpx

    http = client._async_http()
    keyed = has_idempotency_key(prepared.headers)
    secrets = client._credentials.secrets()
    retry, refreshed = 0, False
    while True:
        request = _build(http, prepared, timeout)
        log_request(request.method, str(request.url), request.headers, secrets, client._credential_headers)
        failure = None
        try:
            response = await http.send(request, stream=True)
        except httpx.TransportError as error:
            if should_retry(method=prepared.method, has_idempotency_key=keyed, retries_left=max_retries - retry):
                retry += 1
                await client._async_sleep(backoff_delay(retry, client._random))
                continue
            failure = connection_error(error, secrets)
        if failure is not None:
            raise failure
        log_response(request.method, str(request.url), response.status_code, response.headers, secrets)
        status = response.status_code
        if status == 401 and refresh and not refreshed and _may_refresh(client, prepared):
            refreshed = True
            await response.aread()
            await response.aclose()
            await refresh_async(client, prepared.headers, timeout)
            continue
        if 200 <= status <= 299:
            return response
        await response.aread()
        code = problem_code(response.content) if status == 409 else None
        if not should_retry(method=prepared.method, has_idempotency_key=keyed, retries_left=max_retries - retry,
                            status=status, code=code):
            return response
        await response.aclose()
        retry += 1
        await client._async_sleep(_wait_after(response, retry, client._random))


def _refresh_prepared(client: "BaseClient") -> Prepared:
    headers, body = refresh_request(client._credentials)
    return Prepared("POST", client.base_url + REFRESH_PATH, headers, body, [], None)  # type: ignore[arg-type]


def refresh_sync(client: "BaseClient", headers: Dict[str, str], timeout: float) -> None:
    """R1.4, single flight: a call that waited while another refreshed repeats with its token."""
    sent = next((v for k, v in headers.items() if k.lower() == "authorization"), None)
    with client._refresh_lock:
        if needs_exchange(client._credentials, sent):
            response = send(client, _refresh_prepared(client), 0, timeout, refresh=False)
            response.read()
            take_tokens(client._credentials, response.status_code, response.headers, response.text)
    set_bearer(headers, client._credentials, client._schemes)


async def refresh_async(client: "BaseClient", headers: Dict[str, str], timeout: float) -> None:
    sent = next((v for k, v in headers.items() if k.lower() == "authorization"), None)
    async with client._async_refresh_lock():
        if needs_exchange(client._credentials, sent):
            response = await asend(client, _refresh_prepared(client), 0, timeout, refresh=False)
            await response.aread()
            take_tokens(client._credentials, response.status_code, response.headers, response.text)
    set_bearer(headers, client._credentials, client._schemes)


def lift_read_timeout(response: "httpx.Response") -> None:
    """R2.4: an open event stream may stay quiet longer than `timeout`, which bounded only the
    wait for its headers. httpcore reads each body chunk with the request's `timeout` extension
    (the same dict object), so clearing its read entry lifts the limit for this response only."""
    timeouts = response.request.extensions.get("timeout")
    if isinstance(timeouts, dict):
        timeouts["read"] = None


__all__ = ["send", "asend", "lift_read_timeout"]
