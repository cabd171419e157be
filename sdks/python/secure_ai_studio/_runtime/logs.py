"""Logging through the standard `logging` module (logger ``secure_ai_studio``): each attempt's
request line and response status with their headers at DEBUG, credentials redacted (R5.5):
credential headers replaced whole, every configured secret removed from the URL and the other
values. ``debug=True`` on a client turns that logger to DEBUG with a stderr handler; nothing is
ever printed by other means (http.client's own debug print would show the keys)."""
from __future__ import annotations

import logging
from typing import Any, Iterable, Mapping, Optional

from .errors import redact, redact_headers

logger = logging.getLogger("secure_ai_studio")
_REQUEST_HEADERS = {"x-api-key", "authorization", "proxy-authorization", "cookie"}


def enable_debug() -> None:
    """DEBUG on the SDK's logger, with a stderr handler unless one is attached already."""
    logger.setLevel(logging.DEBUG)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def _headers(headers: Mapping[str, Any], secrets: Iterable[Optional[str]], extra: Iterable[str] = ()) -> str:
    hidden = {name.lower() for name in extra} | _REQUEST_HEADERS
    shown = redact_headers({k: ("[REDACTED]" if k.lower() in hidden else v) for k, v in headers.items()}, secrets)
    return ", ".join(f"{k}: {v}" for k, v in shown.items())


def log_request(method: str, url: str, headers: Mapping[str, Any], secrets: Iterable[Optional[str]],
                credential_headers: Iterable[str] = ()) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        secrets = tuple(secrets)
        logger.debug("request %s %s headers {%s}", method, redact(url, secrets), _headers(headers, secrets, credential_headers))


def log_response(method: str, url: str, status: int, headers: Mapping[str, Any], secrets: Iterable[Optional[str]]) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        secrets = tuple(secrets)
        logger.debug("response %s %s -> %d headers {%s}", method, redact(url, secrets), status, _headers(headers, secrets))
