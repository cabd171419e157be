"""Credentials (docs/sdk-behavior.md R1): which header each security scheme of an operation gets,
and the transparent refresh of R1.4 (after a 401 on an authenticated attempt, exchange the
refresh token once at POST /auth/refresh without credentials or retries, keep the new tokens,
tell `on_token_refresh`, repeat the attempt). The sync and async clients share everything here
but the lock that makes concurrent refreshes one (single flight)."""
from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from .errors import APIError, ResponseValidationError, error_class_for_status

REFRESH_PATH = "/auth/refresh"

# A security scheme as the templates render it: (kind, where, name) with kind "apiKey",
# "bearer" (http bearer, oauth2, openIdConnect) or "basic"; where "header", "query" or "cookie".
Scheme = Tuple[str, str, str]


class Credentials:
    """The configured secrets. Slots, and a repr that names only which are set, keep them out of
    ``vars(client)``, ``repr(client)`` and debuggers (R5.5)."""

    __slots__ = ("api_key", "access_token", "refresh_token", "on_token_refresh")

    def __init__(self, api_key: Optional[str], access_token: Optional[str], refresh_token: Optional[str],
                 on_token_refresh: Optional[Callable[[Dict[str, str]], Any]]) -> None:
        self.api_key = api_key
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.on_token_refresh = on_token_refresh

    def secrets(self) -> Tuple[Optional[str], ...]:
        return (self.api_key, self.access_token, self.refresh_token)

    def __repr__(self) -> str:
        present = [name for name in ("api_key", "access_token", "refresh_token") if getattr(self, name)]
        return f"Credentials({', '.join(f'{n}=[REDACTED]' for n in present)})"


def apply_auth(headers: Dict[str, str], params: List[Tuple[str, str]], names: Sequence[str], schemes: Mapping[str, Scheme],
               credentials: Credentials) -> None:
    """Adds the credentials the operation's schemes take (R1.1-R1.3): the access token as
    `Authorization: Bearer` when a bearer scheme applies (and then no API key), else the API key
    where its scheme puts it. An operation with `security: []` gets none."""
    offered = [schemes[n] for n in names if n in schemes]
    if credentials.access_token and any(kind == "bearer" for kind, _, _ in offered):
        headers["Authorization"] = f"Bearer {credentials.access_token}"
        return
    if not credentials.api_key:
        return
    for kind, where, name in offered:
        if kind != "apiKey":
            continue
        if where == "header":
            headers[name] = credentials.api_key
        elif where == "query":
            params.append((name, credentials.api_key))
        elif where == "cookie":
            headers["Cookie"] = "; ".join(filter(None, [headers.get("Cookie"), f"{name}={credentials.api_key}"]))
        return


def sent_credentials(headers: Mapping[str, str], schemes: Mapping[str, Scheme]) -> bool:
    names = {"authorization"} | {name.lower() for kind, where, name in schemes.values() if where == "header"}
    return any(k.lower() in names for k in headers)


def needs_exchange(credentials: Credentials, sent_authorization: Optional[str]) -> bool:
    """Whether this call must exchange the token itself: not when another call refreshed while it
    waited (the current token differs from the one it sent)."""
    current = credentials.access_token
    return current is None or sent_authorization == f"Bearer {current}"


def refresh_request(credentials: Credentials) -> Tuple[Dict[str, str], bytes]:
    """Headers and body of POST /auth/refresh: JSON, no credentials (R1.4)."""
    body = json.dumps({"refreshToken": credentials.refresh_token}).encode()
    return {"Content-Type": "application/json", "Accept": "application/json"}, body


def take_tokens(credentials: Credentials, status: int, headers: Mapping[str, str], text: str) -> None:
    """Keeps the tokens of the refresh response (or raises its error) and notifies the callback."""
    request_id = headers.get("X-Request-Id") if hasattr(headers, "get") else None
    if not 200 <= status <= 299:
        raise error_class_for_status(status)(status, headers=dict(headers), body=text, secrets=credentials.secrets())
    try:
        tokens = json.loads(text)
    except ValueError as error:
        raise ResponseValidationError("refreshToken", [{"path": "", "message": f"the body is not valid JSON ({error})"}],
                                      request_id) from error
    access = tokens.get("accessToken") if isinstance(tokens, dict) else None
    if not isinstance(access, str) or not access:
        raise ResponseValidationError("refreshToken", [{"path": "/accessToken", "message": "expected a string"}], request_id)
    credentials.access_token = access
    rotated = tokens.get("refreshToken")
    if isinstance(rotated, str) and rotated:
        credentials.refresh_token = rotated
    if credentials.on_token_refresh is not None:
        credentials.on_token_refresh({"accessToken": access, **({"refreshToken": rotated} if isinstance(rotated, str) and rotated else {})})


def set_bearer(headers: Dict[str, str], credentials: Credentials, schemes: Mapping[str, Scheme]) -> None:
    """R1.1: after a refresh the attempt carries the new Authorization and no API key header."""
    api_key_headers = {name.lower() for kind, where, name in schemes.values() if kind == "apiKey" and where == "header"}
    for name in [k for k in headers if k.lower() in api_key_headers or k.lower() == "authorization"]:
        del headers[name]
    headers["Authorization"] = f"Bearer {credentials.access_token}"


__all__ = ["APIError", "Credentials", "apply_auth", "refresh_request", "take_tokens", "set_bearer", "sent_credentials"]
