"""The SDK's error classes (docs/sdk-behavior.md R5): every error derives from
SecureAIStudioError; a non-2xx response is an APIError subclass chosen by its status."""
from __future__ import annotations

import json
import re
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

__all__ = [
    "SecureAIStudioError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "PreconditionFailedError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APIConnectionTimeoutError",
    "APIUserAbortError",
    "ResponseValidationError",
    "WaitTimeoutError",
    "redact",
    "redact_headers",
]

_REDACTED = "[REDACTED]"
_DETAIL_LIMIT = 500
# scheme://userinfo@ (RFC 3986): the user-info ends at the first "/", "?", "#" or space, so an
# "@" later in the path or an e-mail address is not taken for it.
_URL_USERINFO = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\s]+@")
# Response headers whose whole value is a credential (R5.5).
_SENSITIVE_HEADERS = {"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"}


def redact(text: Optional[str], secrets: Iterable[Optional[str]]) -> Optional[str]:
    """`text` with every configured secret of 4+ characters replaced by [REDACTED], longer
    secrets first (one may contain another), and URL user-info removed (R5.5)."""
    if text is None:
        return None
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, _REDACTED)
    return _URL_USERINFO.sub(lambda m: m.group(1) + _REDACTED + "@", text)


def redact_headers(headers: Mapping[str, Any], secrets: Iterable[Optional[str]]) -> Dict[str, str]:
    """Response headers as kept on an error: credential headers replaced whole, secrets redacted
    in every other value (a server may echo the key in WWW-Authenticate or a debug header)."""
    secrets = tuple(secrets)
    return {name: _REDACTED if name.lower() in _SENSITIVE_HEADERS else redact(str(value), secrets) or ""
            for name, value in headers.items()}


def redact_causes(error: BaseException, secrets: Iterable[Optional[str]]) -> None:
    """Redacts, in place, the message of every exception chained under `error` (__cause__ and
    __context__), so printing the traceback or walking the chain shows no secret."""
    secrets = tuple(secrets)
    seen = set()
    current: Optional[BaseException] = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        for link in ("__cause__", "__context__"):
            cause = getattr(current, link)
            if cause is not None and redact(str(cause), secrets) != str(cause):
                setattr(current, link, _redacted_copy(cause, secrets))
        current = current.__cause__ or current.__context__


def _redacted_copy(error: BaseException, secrets: Tuple[Optional[str], ...]) -> BaseException:
    """`error` with its message redacted: the same exception with redacted args when that is
    enough (keeps its type for `except`), else a SecureAIStudioError carrying the redacted text.
    Its own causes stay attached (and are redacted by the caller's walk)."""
    try:
        error.args = tuple(redact(a, secrets) if isinstance(a, str) else a for a in error.args)
        if redact(str(error), secrets) == str(error):
            return error
    except Exception:  # noqa: BLE001 - an exception type with read-only or odd args
        pass
    copy = SecureAIStudioError(redact(str(error), secrets))
    copy.__cause__, copy.__context__ = error.__cause__, error.__context__
    copy.__suppress_context__ = error.__suppress_context__
    return copy


class SecureAIStudioError(Exception):
    """Base class of every error the SDK raises (R5.1)."""


class APIError(SecureAIStudioError):
    """The server answered with a non-2xx status (R5.2, R5.3).

    Also accepts the generated code's historical ``ApiException(status=, reason=, http_resp=,
    body=, data=)`` arguments, so code written against the stock generator keeps working."""

    status: int
    headers: Dict[str, str]
    problem: Optional[Dict[str, Any]]
    type: Optional[str]
    title: Optional[str]
    detail: Optional[str]
    instance: Optional[str]
    code: Optional[str]
    errors: Optional[List[Dict[str, Any]]]
    request_id: Optional[str]
    body: Optional[str]

    def __init__(
        self,
        status: Optional[int] = None,
        reason: Optional[str] = None,
        http_resp: Any = None,
        *,
        body: Optional[str] = None,
        data: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        secrets: Iterable[Optional[str]] = (),
    ) -> None:
        secrets = tuple(secrets)
        if http_resp is not None:
            status = http_resp.status if status is None else status
            reason = http_resp.reason if reason is None else reason
            headers = http_resp.headers if headers is None else headers
            if body is None and getattr(http_resp, "data", None) is not None:
                body = http_resp.data.decode("utf-8", errors="replace")
        self.status = int(status or 0)
        """The HTTP status code of the response (0 when the error was made without one)."""
        self.reason = reason
        """The HTTP reason phrase, when the transport gave one."""
        self.headers = redact_headers(headers or {}, secrets)
        """The response headers, credential headers and configured secrets redacted (R5.5)."""
        self.body = redact(body, secrets)
        """The response body as text, secrets redacted; None when there was none."""
        self.data: Any = _redact_data(data, secrets)
        """The body decoded into the operation's declared error model, when it has one and the body matches."""
        parsed: Any = None
        if body:
            try:
                parsed = json.loads(body)
            except ValueError:
                parsed = None
        self.problem = _redact_json(parsed, secrets) if isinstance(parsed, dict) else None
        """The `application/problem+json` body (RFC 9457) as a dict, secrets redacted; None for another body."""
        problem = self.problem or {}

        def member(name: str) -> Optional[str]:
            value = problem.get(name)
            return value if isinstance(value, str) else None

        self.type = member("type")
        """The problem's `type` URI."""
        self.title = member("title")
        """The problem's `title`."""
        self.detail = member("detail")
        """The problem's `detail`; for a GraphQL request error, its messages joined by "; "; for a
        body that is not a JSON object, its first 500 characters."""
        self.instance = member("instance")
        """The problem's `instance` URI."""
        self.code = member("code")
        """The problem's machine-readable `code` (an API extension of RFC 9457)."""
        errors = problem.get("errors")
        self.errors = [e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else None
        """The problem's `errors` (per-field validation issues; for a GraphQL request error, the
        GraphQL errors `{message, path, extensions}`), when present."""
        graphql = _graphql_error(errors) if self.detail is None and self.title is None else None
        if graphql is not None:
            # R5.3: a GraphQL request error (R13.2) is no problem; its messages are the detail and
            # its first error's extensions.code the code.
            self.detail, first_code = graphql
            self.code = self.code or first_code
        if self.problem is None and body:
            self.detail = redact(body[:_DETAIL_LIMIT], secrets)
        if self.problem is None and not body and reason and not http_resp:
            self.detail = redact(reason, secrets)  # stock-style ApiException(status=0, reason=...)
        self.request_id = _header(self.headers, "X-Request-Id") or member("requestId")
        """The `X-Request-Id` response header (else the problem's `requestId`), to quote to support."""
        super().__init__(self._message())

    def _message(self) -> str:
        # R5.3: "<status>[ <code>]: <detail or title>", or "<status>[ <code>] status code (no problem details)".
        prefix = f"{self.status} {self.code}" if self.code else f"{self.status}"
        text = self.detail or self.title
        return f"{prefix}: {text}" if text else f"{prefix} status code (no problem details)"

    def __str__(self) -> str:
        return self._message()

    @classmethod
    def from_response(
        cls,
        *,
        http_resp: Any,
        body: Optional[str] = None,
        data: Any = None,
        secrets: Iterable[Optional[str]] = (),
    ) -> "APIError":
        """The APIError subclass for the response's status (R5.2)."""
        error_class = error_class_for_status(http_resp.status)
        return error_class(http_resp=http_resp, body=body, data=data, secrets=secrets)


class BadRequestError(APIError):
    """HTTP 400."""


class AuthenticationError(APIError):
    """HTTP 401."""


class PermissionDeniedError(APIError):
    """HTTP 403."""


class NotFoundError(APIError):
    """HTTP 404."""


class ConflictError(APIError):
    """HTTP 409."""


class PreconditionFailedError(APIError):
    """HTTP 412 (an If-Match that no longer matches)."""


class UnprocessableEntityError(APIError):
    """HTTP 422."""


class RateLimitError(APIError):
    """HTTP 429."""


class InternalServerError(APIError):
    """Any HTTP 5xx."""


_BY_STATUS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for_status(status: int) -> "type[APIError]":
    if 500 <= status <= 599:
        return InternalServerError
    return _BY_STATUS.get(status, APIError)


class APIConnectionError(SecureAIStudioError):
    """No HTTP response: DNS, refused, reset, TLS (R5.4). The cause is attached as __cause__."""

    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message)


class APIConnectionTimeoutError(APIConnectionError):
    """An attempt exceeded the `timeout` before the response headers arrived (R2.1)."""

    def __init__(self, message: str = "Request timed out.") -> None:
        super().__init__(message)


class APIUserAbortError(SecureAIStudioError):
    """The call was cancelled (R2.3)."""


class ResponseValidationError(SecureAIStudioError):
    """A 2xx response that does not match the spec, or whose JSON body does not parse (R7)."""

    def __init__(self, operation_id: Optional[str], issues: List[Dict[str, str]], request_id: Optional[str] = None) -> None:
        self.operation_id = operation_id
        """The operation whose response did not match."""
        self.issues = issues
        """Each mismatch as `{"path": ..., "message": ...}` (the JSON path in the body and what is wrong)."""
        self.request_id = request_id
        """The `X-Request-Id` of the response."""
        first = issues[0] if issues else {"path": "", "message": "no details"}
        more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
        where = first["path"] or '""'
        super().__init__(
            f"Response of {operation_id or 'the operation'} does not match openapi.yaml at "
            f"{where}: {first['message']}{more}"
        )


class WaitTimeoutError(SecureAIStudioError):
    """A waiter's overall timeout passed before the resource reached a terminal state (R8.3).
    `last_state` is the last resource the poll returned."""

    def __init__(self, message: str, last_state: Any = None) -> None:
        self.last_state = last_state
        """The last resource the poll returned (None when no poll answered)."""
        super().__init__(message)


def _graphql_error(errors: Any) -> Optional[Tuple[str, Optional[str]]]:
    """(the messages joined by "; ", the first error's string `extensions.code` or None) of
    GraphQL `errors`: a non-empty list of objects, each with a string `message`. None for
    anything else, which is no GraphQL request error."""
    if not isinstance(errors, list) or not errors:
        return None
    if not all(isinstance(e, dict) and isinstance(e.get("message"), str) for e in errors):
        return None
    extensions = errors[0].get("extensions")
    code = extensions.get("code") if isinstance(extensions, dict) else None
    return "; ".join(e["message"] for e in errors), code if isinstance(code, str) else None


def _header(headers: Mapping[str, str], name: str) -> Optional[str]:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def _redact_data(data: Any, secrets: Tuple[Optional[str], ...]) -> Any:
    """The decoded error body (`APIError.data`, a model) with the secrets redacted like `problem`:
    re-decoded from its redacted wire form, or that form itself when it no longer decodes."""
    if data is None or not secrets:
        return data
    to_dict = getattr(data, "to_dict", None)
    from_dict = getattr(type(data), "from_dict", None)
    if not callable(to_dict) or not callable(from_dict):
        return _redact_json(data, secrets)
    wire = to_dict()
    redacted = _redact_json(wire, secrets)
    if redacted == wire:
        return data
    try:
        return from_dict(redacted)
    except ValueError:
        return redacted


def _redact_json(value: Any, secrets: tuple) -> Any:  # type: ignore[type-arg]
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, list):
        return [_redact_json(v, secrets) for v in value]
    if isinstance(value, dict):
        return {k: _redact_json(v, secrets) for k, v in value.items()}
    return value
