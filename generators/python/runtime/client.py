"""The client objects (`SecureAIStudio`, `AsyncSecureAIStudio`) and the base of their per-tag
resources, for any document: the generated `_client.py` names the security schemes, the default
base URL and the models package; each generated resource method hands its `Operation` row and
its arguments to `_call`, which prepares the request (operation.py), makes the attempts
(transport.py: `send` for the sync client, `asend` for the async one) and shapes the result: a
decoded model with `request_id`, a page, an event stream, a download, or through
`with_raw_response` the raw response; `_graphql_query`/`_graphql_subscribe` make the same call
of an `x-graphql` operation for `query`/`subscribe` (graphql.py). Options are checked where they
are given (R4.3)."""
from __future__ import annotations

import copy
import os
import random
import threading
import time
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, Tuple, TypeVar

from .auth import Credentials, Scheme, apply_auth
from .encoding import check_header_value
from .operation import BINARY, EVENTS, JSON, PAGE, Operation, Prepared, prepare
from .options import (
    API_KEY_ENV, BASE_URL_ENV, DEFAULT_MAX_RETRIES, DEFAULT_MODE, DEFAULT_TIMEOUT, check_max_retries, check_timeout, check_validation,
)

if TYPE_CHECKING:
    import asyncio

    import httpx

    from .results import RawResponse

T = TypeVar("T")
ClientT = TypeVar("ClientT", bound="BaseClient")

__all__ = ["BaseClient", "SyncAPIResource", "AsyncAPIResource", "NOT_GIVEN", "NotGiven", "build_body",
           "JSON", "PAGE", "EVENTS", "BINARY", "Operation"]


class NotGiven:
    """The default of an optional body field: left out of the request (an explicit ``None`` on
    a nullable field is sent as null)."""

    _instance: Optional["NotGiven"] = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
"""The one `NotGiven` value: the default of every optional body field, meaning "leave it out"."""


def build_body(model: Any, fields: Dict[str, Any], where: str) -> Any:
    """The request body model from the keyword arguments given (NOT_GIVEN ones left out, so only
    the fields the caller set are sent). A value that does not fit is a ValueError naming the
    method and the argument, raised before anything is sent."""
    from pydantic import ValidationError

    given = {name: value for name, value in fields.items() if value is not NOT_GIVEN}
    try:
        return model.model_validate(given)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '(body)'}: {e['msg']}" for e in error.errors())
        raise ValueError(f"{where}: {problems}") from None


class BaseClient:
    """Options shared by the sync and async clients. Every option left out has its default:
    ``api_key`` from SECURE_AI_STUDIO_API_KEY unless an access token is given (R1.2), ``base_url``
    from SECURE_AI_STUDIO_BASE_URL else the document's server (R4.1), ``max_retries`` 2,
    ``timeout`` 60 seconds per attempt, ``validation`` 'warn'."""

    # Set by the generated client.
    _schemes: Mapping[str, Scheme] = {}
    _default_base_url: str = ""
    _models_package: str = ""
    _user_agent: str = ""
    _OPTIONS = ("base_url", "max_retries", "timeout", "validation", "default_headers", "http_client", "debug")
    _CREDENTIALS = ("api_key", "access_token", "refresh_token", "on_token_refresh")

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        refresh_token: Optional[str] = None,
        on_token_refresh: Optional[Callable[[Dict[str, str]], Any]] = None,
        base_url: Optional[str] = None,
        max_retries: Optional[int] = None,
        timeout: Optional[float] = None,
        validation: Optional[str] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Any = None,
        debug: Optional[bool] = None,
    ) -> None:
        if api_key is None and access_token is None and os.environ.get(API_KEY_ENV):
            api_key = os.environ[API_KEY_ENV]
        self._credentials = Credentials(api_key, access_token, refresh_token, on_token_refresh)
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or self._default_base_url
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http:// or https:// URL (got {base_url!r})")
        self._base_url = base_url.rstrip("/")  # R4.2: operation paths follow without a doubled slash
        self._max_retries = DEFAULT_MAX_RETRIES if max_retries is None else check_max_retries(max_retries)
        self._timeout = DEFAULT_TIMEOUT if timeout is None else check_timeout(timeout)
        self._validation = DEFAULT_MODE if validation is None else check_validation(validation)
        self._default_headers: Dict[str, str] = {}
        for name, value in (default_headers or {}).items():
            check_header_value(value, f"default_headers[{name!r}]")  # R9.4, before anything is sent
            self._default_headers[name] = value
        self._http: Any = http_client
        self._owns_http = False  # an injected pool is the caller's to close
        self._debug = bool(debug)
        if debug:
            from .logs import enable_debug

            enable_debug()
        # Waits, the waiters' clock and the backoff jitter go through these (tests replace them).
        self._sleep: Callable[[float], None] = time.sleep
        self._asleep: Optional[Callable[[float], Any]] = None  # asyncio.sleep (imported by the async client)
        self._clock: Callable[[], float] = time.monotonic
        self._random: Callable[[], float] = random.random
        self._refresh_lock = threading.Lock()
        self._async_lock: Optional["asyncio.Lock"] = None
        self._decoder_instance: Any = None
        self._credential_headers = tuple(name for _, where, name in self._schemes.values() if where == "header")

    @property
    def base_url(self) -> str:
        """The URL the operation paths are appended to (no trailing slash)."""
        return self._base_url

    @property
    def max_retries(self) -> int:
        """How many times a failed attempt is retried (R3); 0 makes one attempt."""
        return self._max_retries

    @property
    def timeout(self) -> float:
        """Seconds each attempt may take (R2.4)."""
        return self._timeout

    @property
    def validation(self) -> str:
        """What a response that does not match the document does (R7): 'strict' raises, 'warn' logs, 'off' passes."""
        return self._validation

    def with_options(self: ClientT, **options: Any) -> ClientT:
        """A client with these options changed (``max_retries=5, timeout=20.0``) and the others
        as here; it shares this client's connection pool (and its credentials, unless new ones
        are given)."""
        unknown = set(options) - set(self._OPTIONS) - set(self._CREDENTIALS)
        if unknown:
            raise TypeError(f"with_options: unknown option(s) {', '.join(sorted(unknown))}")
        current: Dict[str, Any] = dict(base_url=self._base_url, max_retries=self._max_retries, timeout=self._timeout,
                                       validation=self._validation, default_headers=self._default_headers,
                                       http_client=self._http, debug=None)
        creds = self._credentials
        given_credentials = {k: options.pop(k) for k in self._CREDENTIALS if k in options}
        clone = copy.copy(self)
        for name in [n for n in clone.__dict__ if not n.startswith("_")]:
            del clone.__dict__[name]  # cached resources belong to the original client
        BaseClient.__init__(clone, **{**current, **options},
                            **{k: given_credentials.get(k, getattr(creds, k)) for k in self._CREDENTIALS})
        if not given_credentials:
            clone._credentials = creds  # a refresh on either client serves both
        clone._sleep, clone._asleep, clone._clock, clone._random = self._sleep, self._asleep, self._clock, self._random
        return clone

    # --- the request -------------------------------------------------------------------------

    def _prepare(self, op: Operation, arguments: Mapping[str, Any], extra_headers: Optional[Mapping[str, str]]) -> Prepared:
        headers: Dict[str, str] = {"User-Agent": self._user_agent} if self._user_agent else {}
        headers.update(self._default_headers)
        for name, value in (extra_headers or {}).items():
            check_header_value(value, f"extra_headers[{name!r}]")
            headers[name] = value
        prepared = prepare(op, self._base_url, self._body_as_model(op, arguments), headers)
        apply_auth(prepared.headers, prepared.params, op.auth, self._schemes, self._credentials)
        for name, value in prepared.headers.items():
            if name not in (extra_headers or {}) and name not in self._default_headers:
                check_header_value(value, _origin(name, self._schemes))
        return prepared

    def _body_as_model(self, op: Operation, arguments: Mapping[str, Any]) -> Mapping[str, Any]:
        """A body given as a dict of wire names is decoded into the operation's body model first,
        so a value that does not fit (an unknown discriminator) fails before anything is sent."""
        param = next((p for p in op.params if p.location == "body"), None)
        if param is None or not isinstance(arguments.get(param.name), dict):
            return arguments
        try:
            model = self._decoder._model(param.wire)
        except AttributeError:
            return arguments  # a body that is no model (a free-form object)
        validate = getattr(model, "model_validate", None)
        if not callable(validate):
            return arguments
        return {**arguments, param.name: validate(arguments[param.name])}

    def _attempt_options(self, timeout: Optional[float], max_retries: Optional[int]) -> Tuple[float, int]:
        return (self._timeout if timeout is None else check_timeout(timeout),
                self._max_retries if max_retries is None else check_max_retries(max_retries))

    @property
    def _decoder(self) -> Any:
        if self._decoder_instance is None:
            from .decode import Decoder

            self._decoder_instance = Decoder(self._models_package)
        return self._decoder_instance

    def _decode_json(self, op: Operation, response: "httpx.Response") -> Any:
        """A 2xx body decoded into the operation's declared type, under the validation mode (R7)."""
        import json

        from .decode import body_text, parse_body, response_type
        from .errors import ResponseValidationError
        from .validation import decoding_with, invalid_body

        kind = response_type(op.responses, response.status_code)
        if kind is None:
            return None
        content = response.content
        if kind in ("bytearray", "bytes"):
            return content
        content_type = response.headers.get("Content-Type")
        text = body_text(content, content_type)
        request_id = response.headers.get("X-Request-Id")
        try:
            data = parse_body(text, content_type)
        except json.JSONDecodeError as error:
            # R7.4: there is no data to return, whatever the validation mode.
            raise ResponseValidationError(
                op.operation_id, [{"path": "", "message": f"the body is not valid JSON ({error.msg} at position {error.pos})"}],
                request_id) from error
        try:
            with decoding_with(self._validation):
                return self._decoder.decode(data, kind)
        except ValueError as error:  # pydantic's ValidationError, or an unknown discriminator
            return invalid_body(error, text, op.operation_id, request_id, self._validation)

    def _api_error(self, op: Optional[Operation], response: "httpx.Response") -> Exception:
        """The APIError subclass for a non-2xx response (R5.2), secrets redacted (R5.5); `data` is
        the body decoded into the operation's error type when it decodes."""
        import json

        from .decode import body_text, response_type
        from .errors import error_class_for_status
        from .validation import decoding_with

        text = body_text(response.content, response.headers.get("Content-Type"))
        data = None
        kind = response_type(op.responses, response.status_code) if op is not None else None
        if kind is not None and text:
            try:
                with decoding_with("off"):
                    data = self._decoder.decode(json.loads(text), kind)
            except Exception:  # noqa: BLE001 - an error body need not match its schema
                data = None
        status = response.status_code
        # The header names as the server spelled them (httpx's mapping lower-cases them).
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in response.headers.raw}
        return error_class_for_status(status)(status, headers=headers, body=text, data=data,
                                              secrets=self._credentials.secrets())

    def _result(self, op: Operation, response: "httpx.Response", fetch: Callable[[str], Any], cursor: Optional[str],
                asynchronous: bool) -> Any:
        """The value a call returns for a 2xx response (JSON and page bodies already read)."""
        from .results import with_request_id

        if op.kind == JSON:
            return with_request_id(self._decode_json(op, response), response.headers.get("X-Request-Id"))
        if op.kind == PAGE:
            from .pagination import AsyncPage, Page

            assert op.page is not None
            _, items_field, next_cursor_field = op.page
            page_class: Any = AsyncPage if asynchronous else Page
            return page_class(self._decode_json(op, response), response, fetch=fetch, cursor=cursor,
                              items_field=items_field, next_cursor_field=next_cursor_field)
        if op.kind == EVENTS:
            from .events import AsyncEventStream, EventStream
            from .transport import lift_read_timeout

            lift_read_timeout(response)  # R2.4
            stream_class: Any = AsyncEventStream if asynchronous else EventStream
            return stream_class(response, self._event_decoder(op, response), op.operation_id)
        from .binary import AsyncBinaryResponse, BinaryResponse

        return (AsyncBinaryResponse if asynchronous else BinaryResponse)(response)

    def _event_decoder(self, op: Operation, response: "httpx.Response") -> Callable[[str], Any]:
        import json

        from .validation import decoding_with, invalid_body

        mode, request_id = self._validation, response.headers.get("X-Request-Id")

        def decode(text: str) -> Any:
            data = json.loads(text)
            if op.event_model is None:
                return data
            try:
                with decoding_with(mode):
                    return self._decoder.decode(data, op.event_model)
            except ValueError as error:
                return invalid_body(error, text, op.operation_id, request_id, mode)

        return decode

    def __repr__(self) -> str:
        # Never the credentials (R5.5): the base URL and the retry/timeout options only.
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries}, timeout={self.timeout})"

    # --- the connection pools (httpx imported on first use: import time) -----------------------

    def _sync_http(self) -> "httpx.Client":
        if self._http is None:
            import httpx

            self._http = httpx.Client(follow_redirects=False)
            self._owns_http = True
        return self._http  # type: ignore[no-any-return]

    def _async_http(self) -> "httpx.AsyncClient":
        if self._http is None:
            import httpx

            self._http = httpx.AsyncClient(follow_redirects=False)
            self._owns_http = True
        return self._http  # type: ignore[no-any-return]

    def _async_refresh_lock(self) -> "asyncio.Lock":
        import asyncio

        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        return self._async_lock

    async def _async_sleep(self, seconds: float) -> None:
        if self._asleep is not None:
            await self._asleep(seconds)
            return
        import asyncio

        await asyncio.sleep(seconds)

    def _close_sync(self) -> None:
        if self._owns_http and self._http is not None:
            self._http.close()

    async def _close_async(self) -> None:
        if self._owns_http and self._http is not None:
            await self._http.aclose()


def _origin(name: str, schemes: Mapping[str, Scheme]) -> str:
    """What set header `name`, for an error message: the credential option, else a parameter."""
    for kind, where, key in schemes.values():
        if where == "header" and key.lower() == name.lower():
            return "option " + ("api_key" if kind == "apiKey" else "access_token") + f" (header {name})"
    if name.lower() == "authorization":
        return "option access_token (header Authorization)"
    return f"header {name}"


def _shaped(raw: bool, value: Any, response: "httpx.Response") -> Any:
    """What a call returns: the value, or through `with_raw_response` a RawResponse around it."""
    if not raw:
        return value
    from .results import RawResponse  # pydantic is imported by the first call, not at import

    return RawResponse(response.status_code, response.headers, value, response)


class SyncAPIResource:
    """Base of a resource of `SecureAIStudio` (one per tag)."""

    _raw = False

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def _call(self, op: Operation, arguments: Dict[str, Any], extra_headers: Optional[Mapping[str, str]],
              timeout: Optional[float], max_retries: Optional[int]) -> Any:
        value, response = self._call_with_response(op, arguments, extra_headers, timeout, max_retries)
        return _shaped(self._raw, value, response)

    def _call_with_response(self, op: Operation, arguments: Dict[str, Any], extra_headers: Optional[Mapping[str, str]],
                            timeout: Optional[float], max_retries: Optional[int]) -> Tuple[Any, "httpx.Response"]:
        from .transport import send

        client = self._client
        prepared = client._prepare(op, arguments, extra_headers)
        seconds, retries = client._attempt_options(timeout, max_retries)
        response = send(client, prepared, retries, seconds)
        if not 200 <= response.status_code <= 299:
            response.read()
            raise client._api_error(op, response)
        if op.kind in (JSON, PAGE):
            response.read()
        cursor = op.page[0] if op.page else ""

        def fetch(next_cursor: str) -> Any:
            return self._call_with_response(op, {**arguments, cursor: next_cursor}, extra_headers, timeout, max_retries)[0]

        return client._result(op, response, fetch, arguments.get(cursor) if op.page else None, False), response

    def _wait(self, op: Operation, arguments: Dict[str, Any], interval: float, max_interval: float, timeout: float,
              extra_headers: Optional[Mapping[str, str]], max_retries: Optional[int]) -> Any:
        from .waiters import wait_until_terminal

        assert op.waiter is not None
        status_field, terminal_states = op.waiter

        def poll() -> Tuple[Any, Any]:
            value, response = self._call_with_response(op, arguments, extra_headers, None, max_retries)
            return value, response.headers

        return wait_until_terminal(poll, status_field=status_field, terminal_states=terminal_states, interval=interval,
                                   max_interval=max_interval, timeout=timeout, sleep=self._client._sleep,
                                   clock=self._client._clock, what=op.operation_id)

    def _graphql_query(self, op: Operation, where: str, document: str, variables: Any, operation_name: Any,
                       extra_headers: Optional[Mapping[str, str]], timeout: Optional[float], max_retries: Optional[int]) -> Any:
        """R13.1: `op` (an `x-graphql` operation) called with the GraphQL request, asking for
        graphql-response+json; its result is the decoded result model, errors and all."""
        from .graphql import QUERY_ACCEPT, request_arguments, with_accept

        return self._call(op, request_arguments(self._client, op, where, document, variables, operation_name),
                          with_accept(extra_headers, QUERY_ACCEPT), timeout, max_retries)

    def _graphql_subscribe(self, op: Operation, result_model: Optional[str], where: str, document: str, variables: Any,
                           operation_name: Any, extra_headers: Optional[Mapping[str, str]], timeout: Optional[float],
                           max_retries: Optional[int]) -> Any:
        """R13.3: the same request asking for an event stream, read as GraphQL over SSE; a
        non-2xx answer raises here, before any result."""
        from .graphql import SUBSCRIBE_ACCEPT, GraphqlSubscription, request_arguments, streaming, with_accept

        stream, response = self._call_with_response(
            streaming(op, result_model), request_arguments(self._client, op, where, document, variables, operation_name),
            with_accept(extra_headers, SUBSCRIBE_ACCEPT), timeout, max_retries)
        return _shaped(self._raw, GraphqlSubscription(stream), response)

    @property
    def with_raw_response(self) -> "RawResponses":
        """This resource's methods returning `RawResponse` (``.headers``, ``.status_code``,
        ``.request_id``, ``.parse()``) instead of the parsed value."""
        raw = copy.copy(self)
        raw._raw = True
        return RawResponses(raw)


class AsyncAPIResource:
    """Base of a resource of `AsyncSecureAIStudio`: the same calls, awaited over httpx's async
    client; cancelling the awaiting task stops the call wherever it waits (R2.3)."""

    _raw = False

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def _call(self, op: Operation, arguments: Dict[str, Any], extra_headers: Optional[Mapping[str, str]],
                    timeout: Optional[float], max_retries: Optional[int]) -> Any:
        value, response = await self._call_with_response(op, arguments, extra_headers, timeout, max_retries)
        return _shaped(self._raw, value, response)

    async def _call_with_response(self, op: Operation, arguments: Dict[str, Any], extra_headers: Optional[Mapping[str, str]],
                                  timeout: Optional[float], max_retries: Optional[int]) -> Tuple[Any, "httpx.Response"]:
        from .transport import asend

        client = self._client
        prepared = client._prepare(op, arguments, extra_headers)
        seconds, retries = client._attempt_options(timeout, max_retries)
        response = await asend(client, prepared, retries, seconds)
        try:
            if not 200 <= response.status_code <= 299:
                await response.aread()
                raise client._api_error(op, response)
            if op.kind in (JSON, PAGE):
                await response.aread()
        except BaseException:
            await response.aclose()
            raise
        cursor = op.page[0] if op.page else ""

        async def fetch(next_cursor: str) -> Any:
            return (await self._call_with_response(op, {**arguments, cursor: next_cursor}, extra_headers, timeout, max_retries))[0]

        return client._result(op, response, fetch, arguments.get(cursor) if op.page else None, True), response

    def _pager(self, op: Operation, arguments: Dict[str, Any], extra_headers: Optional[Mapping[str, str]],
               timeout: Optional[float], max_retries: Optional[int]) -> Any:
        """An async list call: awaitable (the first page) and async-iterable (every item)."""
        from .pagination import AsyncPager

        return AsyncPager(lambda: self._call(op, arguments, extra_headers, timeout, max_retries))

    async def _wait(self, op: Operation, arguments: Dict[str, Any], interval: float, max_interval: float, timeout: float,
                    extra_headers: Optional[Mapping[str, str]], max_retries: Optional[int]) -> Any:
        from .waiters import async_wait_until_terminal

        assert op.waiter is not None
        status_field, terminal_states = op.waiter

        async def poll() -> Tuple[Any, Any]:
            value, response = await self._call_with_response(op, arguments, extra_headers, None, max_retries)
            return value, response.headers

        return await async_wait_until_terminal(poll, status_field=status_field, terminal_states=terminal_states,
                                               interval=interval, max_interval=max_interval, timeout=timeout,
                                               sleep=self._client._async_sleep, clock=self._client._clock, what=op.operation_id)

    async def _graphql_query(self, op: Operation, where: str, document: str, variables: Any, operation_name: Any,
                             extra_headers: Optional[Mapping[str, str]], timeout: Optional[float],
                             max_retries: Optional[int]) -> Any:
        from .graphql import QUERY_ACCEPT, request_arguments, with_accept

        return await self._call(op, request_arguments(self._client, op, where, document, variables, operation_name),
                                with_accept(extra_headers, QUERY_ACCEPT), timeout, max_retries)

    async def _graphql_subscribe(self, op: Operation, result_model: Optional[str], where: str, document: str,
                                 variables: Any, operation_name: Any, extra_headers: Optional[Mapping[str, str]],
                                 timeout: Optional[float], max_retries: Optional[int]) -> Any:
        from .graphql import SUBSCRIBE_ACCEPT, AsyncGraphqlSubscription, request_arguments, streaming, with_accept

        stream, response = await self._call_with_response(
            streaming(op, result_model), request_arguments(self._client, op, where, document, variables, operation_name),
            with_accept(extra_headers, SUBSCRIBE_ACCEPT), timeout, max_retries)
        return _shaped(self._raw, AsyncGraphqlSubscription(stream), response)

    @property
    def with_raw_response(self) -> "AsyncRawResponses":
        """This resource's methods returning `RawResponse` (``.headers``, ``.status_code``,
        ``.request_id``, ``.parse()``) instead of the parsed value, awaited."""
        raw = copy.copy(self)
        raw._raw = True
        return AsyncRawResponses(raw)


class RawResponses:
    """``resource.with_raw_response.<method>(...)``: the same method, returning `RawResponse`."""

    def __init__(self, resource: SyncAPIResource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., "RawResponse[Any]"]:
        method: Callable[..., "RawResponse[Any]"] = getattr(self._resource, name)
        return method


class AsyncRawResponses:
    """``aresource.with_raw_response.<method>(...)``: awaitable, returning `RawResponse`."""

    def __init__(self, resource: AsyncAPIResource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method: Callable[..., Any] = getattr(self._resource, name)
        return method
