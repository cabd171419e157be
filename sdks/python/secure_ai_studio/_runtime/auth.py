"""Transparent token refresh (docs/sdk-behavior.md R1.4): after a 401 on an authenticated attempt,
exchange the refresh token once at POST /auth/refresh (no credentials, no retries), keep the new
tokens on the Configuration, tell `on_token_refresh`, and let the caller repeat the attempt."""
from __future__ import annotations

import json
import threading
from typing import Any, Callable, Dict, MutableMapping, Optional

from .errors import APIError, ResponseValidationError

REFRESH_PATH = "/auth/refresh"
_AUTH_HEADERS = ("authorization",)


class TokenRefresher:
    """One per ApiClient. A lock makes concurrent 401s share one refresh (single flight): a call
    that waited while another refreshed just repeats with the token that one obtained."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def refresh_after_401(
        self,
        configuration: Any,
        headers: MutableMapping[str, Any],
        send: Callable[[str, Dict[str, str], Dict[str, Any]], Any],
        secrets: Callable[[], Any],
    ) -> bool:
        """Called after an attempt got 401. Returns True when `headers` now carry a new access token
        and the attempt should be repeated; False when there is nothing to refresh (no refresh token,
        or the attempt sent no credentials). A failed refresh raises that call's error."""
        if not getattr(configuration, "refresh_token", None) or not _sent_credentials(configuration, headers):
            return False
        sent = _header(headers, "Authorization")
        with self._lock:
            current = configuration.access_token
            # A different current token means another call refreshed while this one waited.
            if current is None or sent == f"Bearer {current}":
                self._exchange(configuration, send, secrets)
        _set_bearer(configuration, headers)
        return True

    @staticmethod
    def _exchange(configuration: Any, send: Callable[[str, Dict[str, str], Dict[str, Any]], Any], secrets: Callable[[], Any]) -> None:
        body = {"refreshToken": configuration.refresh_token}
        response = send(
            configuration.host.rstrip("/") + REFRESH_PATH,
            {"Content-Type": "application/json", "Accept": "application/json"},
            body,
        )
        data = response.read() or b""
        text = data.decode("utf-8", errors="replace")
        if not 200 <= response.status <= 299:
            raise APIError.from_response(http_resp=response, body=text, secrets=secrets())
        try:
            tokens = json.loads(text)
        except ValueError as error:
            raise ResponseValidationError("refreshToken", [{"path": "", "message": f"the body is not valid JSON ({error})"}],
                                          response.getheader("X-Request-Id")) from error
        access = tokens.get("accessToken") if isinstance(tokens, dict) else None
        if not isinstance(access, str) or not access:
            raise ResponseValidationError("refreshToken", [{"path": "/accessToken", "message": "expected a string"}],
                                          response.getheader("X-Request-Id"))
        configuration.access_token = access
        rotated = tokens.get("refreshToken")
        if isinstance(rotated, str) and rotated:
            configuration.refresh_token = rotated
        callback = getattr(configuration, "on_token_refresh", None)
        if callback is not None:
            callback({"accessToken": access, **({"refreshToken": rotated} if isinstance(rotated, str) and rotated else {})})


def _header(headers: MutableMapping[str, Any], name: str) -> Optional[str]:
    lowered = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lowered), None)


def _sent_credentials(configuration: Any, headers: MutableMapping[str, Any]) -> bool:
    names = {setting["key"].lower() for setting in configuration.auth_settings().values() if setting.get("in") == "header"}
    names.update(_AUTH_HEADERS)
    return any(k.lower() in names for k in headers)


def _set_bearer(configuration: Any, headers: MutableMapping[str, Any]) -> None:
    """R1.1: with an access token the request carries Authorization and no API key header."""
    api_key_headers = {setting["key"].lower() for setting in configuration.auth_settings().values()
                       if setting.get("type") == "api_key" and setting.get("in") == "header"}
    for name in [k for k in headers if k.lower() in api_key_headers or k.lower() == "authorization"]:
        del headers[name]
    headers["Authorization"] = f"Bearer {configuration.access_token}"
