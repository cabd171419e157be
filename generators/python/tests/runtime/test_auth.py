"""Credentials (docs/sdk-behavior.md R1) and their redaction (R5.5) over a real local server, for
both clients: which header each scheme gets, the transparent refresh after a 401 (R1.4), the
client's repr and the debug log."""
from __future__ import annotations

import asyncio
import json
import logging
import threading

import pytest

from conftest import Reply, value
from fixture_sdk import KEY, REFRESH, TOKEN, AsyncFixture, Fixture
from secure_ai_studio._runtime.errors import AuthenticationError

WIDGET = {"id": "w_1", "name": "Gear"}
NEW_TOKEN = "eyJ.new.token"


def tokens(server, access: str = NEW_TOKEN, refresh: str | None = "rt_rotated_2") -> None:
    body = {"accessToken": access, **({"refreshToken": refresh} if refresh else {})}
    server.reply_json(body)


def test_api_key_goes_in_its_header_only(h, server) -> None:
    server.reply_json(WIDGET)
    h.call(lambda w: w.retrieve("w_1"))
    assert server.last.headers["x-api-key"] == KEY and "authorization" not in server.last.headers
    assert server.last.headers["user-agent"] == "fixture/1.0 (python)"


def test_an_access_token_is_sent_as_bearer_without_the_api_key(h, server) -> None:
    server.reply_json(WIDGET)
    h.call(lambda w: w.retrieve("w_1"), access_token=TOKEN)
    assert server.last.headers["authorization"] == f"Bearer {TOKEN}" and "x-api-key" not in server.last.headers


def test_an_operation_without_security_sends_no_credentials(h, server) -> None:
    server.reply_json(WIDGET)
    h.call(lambda w: w.ping(), access_token=TOKEN)
    assert "authorization" not in server.last.headers and "x-api-key" not in server.last.headers


def test_the_api_key_and_base_url_come_from_the_environment(h, server, monkeypatch) -> None:
    monkeypatch.setenv("SECURE_AI_STUDIO_API_KEY", "sk_from_env_1")
    monkeypatch.setenv("SECURE_AI_STUDIO_BASE_URL", server.base_url + "/")
    server.reply_json(WIDGET)
    h.call(lambda w: w.retrieve("w_1"), api_key=None, base_url=None)
    assert server.last.headers["x-api-key"] == "sk_from_env_1" and server.last.path == "/api/v1/widgets/w_1"


def test_a_401_refreshes_once_and_repeats_the_attempt_with_the_new_token(h, server) -> None:
    seen: list[dict] = []
    server.reply_problem(401, "token_expired")
    tokens(server)
    server.reply_json(WIDGET)
    widget = h.call(lambda w: w.retrieve("w_1"), access_token=TOKEN, refresh_token=REFRESH, on_token_refresh=seen.append)
    assert widget.id == "w_1"
    first, refresh, repeat = server.requests
    assert refresh.method == "POST" and refresh.path == "/api/v1/auth/refresh"
    assert json.loads(refresh.body) == {"refreshToken": REFRESH} and "authorization" not in refresh.headers
    assert repeat.headers["authorization"] == f"Bearer {NEW_TOKEN}"
    assert seen == [{"accessToken": NEW_TOKEN, "refreshToken": "rt_rotated_2"}] and h.waits == []


def test_the_repeat_keeps_the_idempotency_key_and_body(h, server) -> None:
    server.reply_problem(401)
    tokens(server)
    server.reply_json(WIDGET, status=201)
    h.call(lambda w: w.create(name="Gear"), access_token=TOKEN, refresh_token=REFRESH, max_retries=0)
    first, _, repeat = server.requests
    assert first.headers["idempotency-key"] == repeat.headers["idempotency-key"] and first.body == repeat.body


def test_a_second_401_is_raised_without_another_refresh(h, server) -> None:
    server.reply_problem(401)
    tokens(server)
    server.reply_problem(401)
    with pytest.raises(AuthenticationError):
        h.call(lambda w: w.retrieve("w_1"), access_token=TOKEN, refresh_token=REFRESH)
    assert len(server.requests) == 3


def test_a_failed_refresh_raises_its_own_error_redacted(h, server) -> None:
    server.reply_problem(401)
    server.reply_problem(401, "invalid_grant", detail=f"refresh token {REFRESH} was revoked")
    with pytest.raises(AuthenticationError) as caught:
        h.call(lambda w: w.retrieve("w_1"), access_token=TOKEN, refresh_token=REFRESH)
    assert caught.value.code == "invalid_grant" and REFRESH not in str(caught.value)
    assert REFRESH not in json.dumps(caught.value.problem) and "[REDACTED]" in str(caught.value)


def test_without_a_refresh_token_a_401_is_raised_at_once(h, server) -> None:
    server.reply_problem(401)
    with pytest.raises(AuthenticationError):
        h.call(lambda w: w.retrieve("w_1"), access_token=TOKEN)
    assert len(server.requests) == 1


def test_operations_without_security_never_refresh(h, server) -> None:
    server.reply_problem(401)
    with pytest.raises(AuthenticationError):
        h.call(lambda w: w.ping(), access_token=TOKEN, refresh_token=REFRESH)
    assert len(server.requests) == 1


def _queue_two_401s_and_one_refresh(server) -> None:
    server.reply_problem(401, "token_expired")
    server.reply_problem(401, "token_expired")
    server.reply_json({"accessToken": NEW_TOKEN})
    server.reply_json(WIDGET)
    server.reply_json(WIDGET)


def _one_refresh_for_both(server) -> None:
    assert sum(r.path.endswith("/auth/refresh") for r in server.requests) == 1
    assert [r.headers.get("authorization") for r in server.requests[-2:]] == [f"Bearer {NEW_TOKEN}"] * 2


def test_concurrent_401s_of_the_sync_client_share_one_refresh(server) -> None:
    import httpx

    _queue_two_401s_and_one_refresh(server)
    barrier = threading.Barrier(2)

    def hold(response: httpx.Response) -> None:
        if response.status_code == 401:
            barrier.wait(timeout=5)  # both calls hold their 401 before either refreshes

    # The injected pool (http_client=) is used for every attempt, its event hooks too.
    with httpx.Client(event_hooks={"response": [hold]}) as pool:
        client = Fixture(base_url=server.base_url, access_token=TOKEN, refresh_token=REFRESH, http_client=pool)
        results: list[object] = []
        threads = [threading.Thread(target=lambda: results.append(client.widgets.retrieve("w_1"))) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
        client.close()
        assert not pool.is_closed  # the caller's pool stays open
    assert len(results) == 2
    _one_refresh_for_both(server)


def test_concurrent_401s_of_the_async_client_share_one_refresh(server) -> None:
    import httpx

    _queue_two_401s_and_one_refresh(server)

    async def main() -> None:
        barrier = asyncio.Barrier(2)

        async def hold(response: httpx.Response) -> None:
            if response.status_code == 401:
                await asyncio.wait_for(barrier.wait(), 5)

        async with httpx.AsyncClient(event_hooks={"response": [hold]}) as pool:
            client = AsyncFixture(base_url=server.base_url, access_token=TOKEN, refresh_token=REFRESH, http_client=pool)
            await asyncio.gather(client.widgets.retrieve("w_1"), client.widgets.retrieve("w_1"))
            await client.close()
            assert not pool.is_closed

    asyncio.run(main())
    _one_refresh_for_both(server)


# R5.5: the credentials never show

def test_the_client_shows_no_credentials(h) -> None:
    client = h.client(access_token=TOKEN, refresh_token=REFRESH)
    shown = repr(client) + str(vars(client)) + repr(client._credentials)
    assert KEY not in shown and TOKEN not in shown and REFRESH not in shown
    assert "[REDACTED]" in repr(client._credentials)


def test_a_bad_credential_fails_before_sending_without_echoing_it(h, server) -> None:
    with pytest.raises(ValueError, match="option api_key \\(header X-API-Key\\)") as caught:
        h.call(lambda w: w.retrieve("w_1"), api_key="sk_bad\r\nX-Evil: 1")
    assert "sk_bad" not in str(caught.value) and server.requests == []
    with pytest.raises(ValueError, match="default_headers\\['X-Trace'\\]"):
        h.client(default_headers={"X-Trace": "a\nb"})


@pytest.mark.parametrize("switch", ["debug", "logger"])
def test_debug_logging_redacts_credentials(h, server, capfd, caplog, switch) -> None:
    server.reply_json(WIDGET, headers={"X-Echo": f"saw {TOKEN}"})
    server.reply_json(WIDGET)
    caplog.set_level(logging.DEBUG, logger="secure_ai_studio")
    options = {"debug": True} if switch == "debug" else {}
    h.call(lambda w: w.retrieve("w_1"), access_token=TOKEN, **options)
    h.call(lambda w: w.retrieve("w_1"), **options)
    logged = caplog.text + "".join(capfd.readouterr())
    assert "request GET" in caplog.text and "response GET" in caplog.text and "-> 200" in caplog.text
    assert TOKEN not in logged and KEY not in logged and "[REDACTED]" in logged
    logging.getLogger("secure_ai_studio").setLevel(logging.WARNING)
    for handler in list(logging.getLogger("secure_ai_studio").handlers):
        logging.getLogger("secure_ai_studio").removeHandler(handler)


def test_with_options_keeps_the_credentials_and_changes_only_the_copy(h, server) -> None:
    server.reply_json(WIDGET)
    server.reply_problem(503)

    async def use(client) -> None:
        copy = client.with_options(max_retries=0, timeout=5.0)
        assert (copy.max_retries, copy.timeout, client.max_retries, client.timeout) == (0, 5.0, 2, 60.0)
        await value(copy.widgets.retrieve("w_1"))
        with pytest.raises(Exception):
            await value(copy.widgets.retrieve("w_1"))
        with pytest.raises(TypeError, match="unknown option"):
            client.with_options(retries=1)

    h.run(use)
    assert [r.headers["x-api-key"] for r in server.requests] == [KEY, KEY]
