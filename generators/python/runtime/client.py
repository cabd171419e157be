"""The client objects of the resource surface (`SecureAIStudio`, `AsyncSecureAIStudio`) and the
base of their per-tag resources. Spec-agnostic: the generated `_client.py` names the
Configuration / ApiClient classes and the resources; this module holds the options, the call
shapes (a JSON result, a page, an event stream, a download, a waiter) and `with_raw_response`.

A resource method calls the generated per-operation function with the caller's arguments and
the per-call options (`extra_headers`, `timeout`, `max_retries`); everything the rulebook asks
(retries, idempotency keys, refresh, validation, redaction) happens below it, once for both
clients."""
from __future__ import annotations

import copy
import threading
from typing import Any, Callable, Dict, Mapping, Optional, Tuple, TypeVar

from pydantic import ValidationError

from .binary import BinaryResponse
from .encoding import check_header_value
from .events import EventStream
from .pagination import Page
from .results import RawResponse, header, with_request_id

T = TypeVar("T")
ClientT = TypeVar("ClientT", bound="BaseClient")


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


def build_body(model: Any, fields: Dict[str, Any], where: str) -> Any:
    """The request body model from the keyword arguments given (NOT_GIVEN ones left out, so only
    the fields the caller set are sent). A value that does not fit is a ValueError naming the
    method and the argument, raised before anything is sent."""
    given = {name: value for name, value in fields.items() if value is not NOT_GIVEN}
    try:
        return model.model_validate(given)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '(body)'}: {e['msg']}" for e in error.errors())
        raise ValueError(f"{where}: {problems}") from None

# The kinds of call a resource method makes, by what the operation answers.
JSON, PAGE, EVENTS, BINARY = "json", "page", "events", "binary"


class BaseClient:
    """Options shared by the sync and async clients. Every option left out keeps the
    Configuration's own default (api key and base URL from the environment, R1.2/R4.1)."""

    _configuration_class: Any = None  # set by the generated client
    _api_client_class: Any = None
    _api_key_schemes: Tuple[str, ...] = ()

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        refresh_token: Optional[str] = None,
        base_url: Optional[str] = None,
        max_retries: Optional[int] = None,
        timeout: Optional[float] = None,
        validation: Optional[str] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Any = None,
        debug: Optional[bool] = None,
    ) -> None:
        # The options without the credentials, which only the Configuration holds (it keeps them
        # out of repr/vars, R5.5); with_options reads them back from there.
        self._options: Dict[str, Any] = dict(
            base_url=base_url, max_retries=max_retries, timeout=timeout, validation=validation,
            default_headers=dict(default_headers or {}), http_client=http_client, debug=debug,
        )
        credentials: Dict[str, Any] = dict(api_key=api_key, access_token=access_token, refresh_token=refresh_token)
        for name, value in (default_headers or {}).items():
            check_header_value(value, f"default_headers[{name!r}]")  # R9.4, before anything is sent
        settings: Dict[str, Any] = {}
        if api_key is not None:
            settings["api_key"] = {scheme: api_key for scheme in self._api_key_schemes}
        for option, name in (("access_token", "access_token"), ("refresh_token", "refresh_token"),
                             ("base_url", "host"), ("max_retries", "max_retries"), ("timeout", "timeout"),
                             ("validation", "validation"), ("debug", "debug")):
            value = credentials[option] if option in credentials else self._options[option]
            if value is not None:
                settings[name] = value
        self._configuration = self._configuration_class(**settings)
        self._api_client = self._api_client_class(self._configuration)
        if http_client is not None:
            # The transport's connection pool (a urllib3.PoolManager), shared with the caller.
            self._api_client.rest_client.pool_manager = http_client
        self._api_client.default_headers.update(default_headers or {})
        self._apis: Dict[type, Any] = {}
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return str(self._configuration.host)

    @property
    def max_retries(self) -> int:
        return int(self._configuration.max_retries)

    @property
    def timeout(self) -> float:
        return float(self._configuration.timeout)

    def _api(self, api_class: type) -> Any:
        """The generated per-tag operations object, made on first use."""
        with self._lock:
            api = self._apis.get(api_class)
            if api is None:
                api = self._apis[api_class] = api_class(self._api_client)
            return api

    def with_options(self: ClientT, **options: Any) -> ClientT:
        """A client with these options changed (``max_retries=5, timeout=20.0``) and the others
        as here; it shares this client's connection pool."""
        unknown = set(options) - set(self._options) - {"api_key", "access_token", "refresh_token"}
        if unknown:
            raise TypeError(f"with_options: unknown option(s) {', '.join(sorted(unknown))}")
        config = self._configuration
        merged = {"api_key": _configured_api_key(config, self._api_key_schemes),
                  "access_token": config.access_token, "refresh_token": getattr(config, "refresh_token", None),
                  **self._options, **options}
        if merged["http_client"] is None:
            merged["http_client"] = self._api_client.rest_client.pool_manager
        clone = copy.copy(self)
        BaseClient.__init__(clone, **merged)
        for name in list(clone.__dict__):
            if not name.startswith("_"):
                del clone.__dict__[name]  # cached resources belong to the original client
        return clone

    def _close(self) -> None:
        if self._options["http_client"] is None:  # an injected pool is the caller's to close
            self._api_client.rest_client.pool_manager.clear()

    def __repr__(self) -> str:
        # Never the credentials (R5.5): the base URL and the retry/timeout options only.
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries}, timeout={self.timeout})"


def _configured_api_key(configuration: Any, schemes: Tuple[str, ...]) -> Optional[str]:
    keys = configuration.api_key or {}
    for scheme in schemes:
        if keys.get(scheme):
            return str(keys[scheme])
    return None


def _per_call(extra_headers: Optional[Mapping[str, str]], timeout: Optional[float],
              max_retries: Optional[int], cancel: Optional[threading.Event]) -> Dict[str, Any]:
    options: Dict[str, Any] = {}
    if extra_headers:
        options["_headers"] = dict(extra_headers)
    if timeout is not None:
        options["_request_timeout"] = timeout
    if max_retries is not None:
        options["_max_retries"] = max_retries
    if cancel is not None:
        options["_cancel"] = cancel
    return options


def _sync_call(api: Any, name: str, kind: str, arguments: Dict[str, Any], options: Dict[str, Any], raw: bool) -> Any:
    if kind == JSON:
        response = getattr(api, f"{name}_with_http_info")(**arguments, **options)
        request_id = header(response.headers, "X-Request-Id")
        data = with_request_id(response.data, request_id)
        return RawResponse(response.status_code, response.headers or {}, data, response) if raw else data
    result = getattr(api, name)(**arguments, **options)
    if kind == PAGE:
        response = result.response
        return RawResponse(response.status_code, response.headers or {}, result, response) if raw else result
    http = result.response if kind == EVENTS else result._response
    return RawResponse(http.status, dict(http.headers), result, http) if raw else result


def wait_options(interval: float, max_interval: float, timeout: float,
                 extra_headers: Optional[Mapping[str, str]], max_retries: Optional[int]) -> Dict[str, Any]:
    """The keyword arguments of a generated waiter: the wait's own, then each poll's options."""
    options: Dict[str, Any] = dict(interval=interval, max_interval=max_interval, timeout=timeout)
    options.update(_per_call(extra_headers, None, max_retries, None))
    return options


class SyncAPIResource:
    """Base of a resource of `SecureAIStudio` (one per tag)."""

    _raw = False

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def _call(self, api_class: type, name: str, kind: str, arguments: Dict[str, Any],
              extra_headers: Optional[Mapping[str, str]], timeout: Optional[float], max_retries: Optional[int]) -> Any:
        api = self._client._api(api_class)
        return _sync_call(api, name, kind, arguments, _per_call(extra_headers, timeout, max_retries, None), self._raw)

    def _wait(self, api_class: type, name: str, args: Tuple[Any, ...], options: Dict[str, Any]) -> Any:
        return getattr(self._client._api(api_class), name)(*args, **options)

    @property
    def with_raw_response(self) -> "RawResponses":
        """This resource's methods returning `RawResponse` (``.headers``, ``.status_code``,
        ``.request_id``, ``.parse()``) instead of the parsed value."""
        raw = copy.copy(self)
        raw._raw = True
        return RawResponses(raw)


class AsyncAPIResource:
    """Base of a resource of `AsyncSecureAIStudio`: the same calls, awaited (see aio.py)."""

    _raw = False

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def _call(self, api_class: type, name: str, kind: str, arguments: Dict[str, Any],
                    extra_headers: Optional[Mapping[str, str]], timeout: Optional[float], max_retries: Optional[int]) -> Any:
        from .aio import run_in_thread  # asyncio only for the async client (import time)

        api = self._client._api(api_class)
        cancel = threading.Event()
        result = await run_in_thread(
            lambda event: _sync_call(api, name, kind, arguments, _per_call(extra_headers, timeout, max_retries, event), self._raw),
            cancel,
        )
        return _asynchronous(result, cancel)

    async def _wait(self, api_class: type, name: str, args: Tuple[Any, ...], options: Dict[str, Any]) -> Any:
        from .aio import run_in_thread

        api = self._client._api(api_class)
        return await run_in_thread(lambda event: getattr(api, name)(*args, cancel=event, **options))

    @property
    def with_raw_response(self) -> "AsyncRawResponses":
        raw = copy.copy(self)
        raw._raw = True
        return AsyncRawResponses(raw)


def _asynchronous(result: Any, cancel: threading.Event) -> Any:
    """The async counterpart of a sync result (a page, a stream, a download; raw responses too)."""
    from .aio import AsyncBinaryResponse, AsyncEventStream, AsyncPage

    if isinstance(result, RawResponse):
        return RawResponse(result.status_code, result.headers, _asynchronous(result.parse(), cancel), result.http_response)
    if isinstance(result, Page):
        return AsyncPage(result, cancel)
    if isinstance(result, EventStream):
        return AsyncEventStream(result)
    if isinstance(result, BinaryResponse):
        return AsyncBinaryResponse(result)
    return result


class RawResponses:
    """``resource.with_raw_response.<method>(...)``: the same method, returning `RawResponse`."""

    def __init__(self, resource: SyncAPIResource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        method: Callable[..., RawResponse[Any]] = getattr(self._resource, name)
        return method


class AsyncRawResponses:
    """``aresource.with_raw_response.<method>(...)``: awaitable, returning `RawResponse`."""

    def __init__(self, resource: AsyncAPIResource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method: Callable[..., Any] = getattr(self._resource, name)
        return method
