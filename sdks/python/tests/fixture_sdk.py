"""A small SDK defined by hand on the shared runtime, as the templates would render one for a
made-up document: a few models, `Operation` rows covering every call shape (JSON, page, event
stream, download, multipart upload, waiter, an operation without security, a GraphQL endpoint)
and the sync and async clients. The runtime tests use it instead of any generated model or operation, so they
run unchanged inside the SDK generated from any OpenAPI document."""
from __future__ import annotations

import json
from datetime import datetime
from functools import cached_property
from typing import Any, Dict, List, Literal, Mapping, Optional, Tuple, Union

from pydantic import ConfigDict, Field

from secure_ai_studio._runtime.binary import AsyncBinaryResponse, BinaryResponse
from secure_ai_studio._runtime.client import (
    NOT_GIVEN, AsyncAPIResource, BaseClient, NotGiven, SyncAPIResource, build_body,
)
from secure_ai_studio._runtime.events import AsyncEventStream, EventStream
from secure_ai_studio._runtime.graphql import AsyncGraphqlSubscription, GraphqlSubscription
from secure_ai_studio._runtime.operation import BINARY, EVENTS, PAGE, Operation, Param
from secure_ai_studio._runtime.pagination import AsyncPager, Page
from secure_ai_studio._runtime.results import ResultModel
from secure_ai_studio._runtime.validation import validate_arguments

KEY = "sk_fixture_key_123"
TOKEN = "eyJ.fixture.token"
REFRESH = "rt_fixture_refresh_1"


class Model(ResultModel):
    model_config = ConfigDict(populate_by_name=True, extra="allow")

    @classmethod
    def from_dict(cls, obj: Any) -> Any:
        return cls.model_validate(obj)

    def to_dict(self) -> Dict[str, Any]:
        return self.model_dump(by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        return json.dumps(self.to_dict())


class Widget(Model):
    id: str
    name: str
    status: Optional[Literal["pending", "done", "failed"]] = None
    size: Optional[int] = None


class WidgetList(Model):
    data: List[Widget]
    next_cursor: Optional[str] = Field(default=None, alias="nextCursor")


class WidgetCreate(Model):
    name: str = Field(max_length=20)
    size: Optional[int] = None
    made_at: Optional[datetime] = Field(default=None, alias="madeAt")
    note: Optional[str] = None


class WidgetEvent(Model):
    progress: int


class GqlRequest(Model):
    query: str = Field(min_length=1)
    variables: Optional[Dict[str, Any]] = None
    operation_name: Optional[str] = Field(default=None, alias="operationName")


class GqlResult(Model):
    data: Optional[Dict[str, Any]] = None
    errors: Optional[List[Dict[str, Any]]] = None


class Problem(Model):
    title: Optional[str] = None
    code: Optional[str] = None


ERRORS = {"400": "Problem", "401": "Problem", "404": "Problem", "409": "Problem", "416": "Problem", "default": "Problem"}
JSON_OUT = ("application/json", "application/problem+json")
AUTH = ("key", "bearer")

GET_WIDGET = Operation("get_widget", "getWidget", "GET", "/widgets/{widgetId}", (Param("path", "widgetId", "widget_id"),),
                       AUTH, {"200": "Widget", **ERRORS}, JSON_OUT, waiter=("status", ("done", "failed")))
LIST_WIDGETS = Operation("list_widgets", "listWidgets", "GET", "/widgets", (
    Param("query", "cursor", "cursor"), Param("query", "limit", "limit"), Param("query", "tag", "tags", "multi"),
    Param("query", "since", "since")), AUTH, {"200": "WidgetList", **ERRORS}, JSON_OUT, kind=PAGE,
    page=("cursor", "data", "nextCursor"))
CREATE_WIDGET = Operation("create_widget", "createWidget", "POST", "/widgets", (
    Param("header", "Idempotency-Key", "idempotency_key"), Param("body", "WidgetCreate", "widget_create")),
    AUTH, {"201": "Widget", **ERRORS}, JSON_OUT, ("application/json",))
UPDATE_WIDGET = Operation("update_widget", "updateWidget", "PUT", "/widgets/{widgetId}", (
    Param("path", "widgetId", "widget_id"), Param("header", "If-Match", "if_match"), Param("body", "WidgetCreate", "body")),
    AUTH, {"200": "Widget", **ERRORS}, JSON_OUT, ("application/json",))
TOUCH_WIDGET = Operation("touch_widget", "touchWidget", "POST", "/widgets/{widgetId}/touch",
                         (Param("path", "widgetId", "widget_id"),), AUTH, {"200": "Widget", **ERRORS}, JSON_OUT)
UPLOAD_FILE = Operation("upload_file", "uploadFile", "POST", "/widgets/{widgetId}/files", (
    Param("path", "widgetId", "widget_id"), Param("header", "Idempotency-Key", "idempotency_key"),
    Param("form", "description", "description"), Param("file", "file", "file")),
    AUTH, {"201": "Widget", **ERRORS}, JSON_OUT, ("multipart/form-data",))
DOWNLOAD = Operation("download_widget", "downloadWidget", "GET", "/widgets/{widgetId}/content", (
    Param("path", "widgetId", "widget_id"), Param("header", "Range", "range")),
    AUTH, {"200": "bytearray", "206": "bytearray", **ERRORS}, ("image/png", "application/problem+json"), kind=BINARY)
EVENTS_OP = Operation("widget_events", "widgetEvents", "GET", "/widgets/{widgetId}/events", (
    Param("path", "widgetId", "widget_id"), Param("header", "Last-Event-ID", "last_event_id")),
    AUTH, {"200": None, **ERRORS}, ("text/event-stream", "application/problem+json"), kind=EVENTS, event_model="WidgetEvent")
# An x-graphql operation: the templates give its resource `query` and `subscribe`.
GRAPHQL = Operation("run_graphql", "runGraphql", "POST", "/graphql", (Param("body", "GqlRequest", "gql_request"),),
                    AUTH, {"200": "GqlResult", **ERRORS, "400": "GqlResult"},
                    ("application/graphql-response+json", "application/json", "application/problem+json"),
                    ("application/json",))
PING = Operation("ping", "ping", "GET", "/ping", (), (), {"200": "Widget"}, JSON_OUT)

Body = Union[WidgetCreate, Dict[str, Any]]
Options = Tuple[Optional[Mapping[str, str]], Optional[float], Optional[int]]


Variables = Union[Mapping[str, Any], None, NotGiven]
OperationName = Union[str, None, NotGiven]


class Widgets(SyncAPIResource):
    _OPERATIONS = {"get_widget": "retrieve"}
    _GRAPHQL = {"run_graphql": {"query": "query", "subscribe": "subscribe"}}

    @validate_arguments
    def query(self, document: str, variables: Variables = NOT_GIVEN, *, operation_name: OperationName = NOT_GIVEN,
              extra_headers: Optional[Mapping[str, str]] = None, timeout: Optional[float] = None,
              max_retries: Optional[int] = None) -> GqlResult:
        result: GqlResult = self._graphql_query(GRAPHQL, "widgets.query", document, variables, operation_name,
                                                extra_headers, timeout, max_retries)
        return result

    @validate_arguments
    def subscribe(self, document: str, variables: Variables = NOT_GIVEN, *, operation_name: OperationName = NOT_GIVEN,
                  extra_headers: Optional[Mapping[str, str]] = None, timeout: Optional[float] = None,
                  max_retries: Optional[int] = None) -> GraphqlSubscription[GqlResult]:
        result: GraphqlSubscription[GqlResult] = self._graphql_subscribe(
            GRAPHQL, "GqlResult", "widgets.subscribe", document, variables, operation_name, extra_headers, timeout,
            max_retries)
        return result

    @validate_arguments
    def retrieve(self, widget_id: str, *, extra_headers: Optional[Mapping[str, str]] = None,
                 timeout: Optional[float] = None, max_retries: Optional[int] = None) -> Widget:
        result: Widget = self._call(GET_WIDGET, {"widget_id": widget_id}, extra_headers, timeout, max_retries)
        return result

    @validate_arguments
    def list(self, *, cursor: Optional[str] = None, limit: Optional[int] = None, tags: Optional[List[str]] = None,
             since: Optional[datetime] = None, extra_headers: Optional[Mapping[str, str]] = None,
             timeout: Optional[float] = None, max_retries: Optional[int] = None) -> Page[Widget]:
        result: Page[Widget] = self._call(LIST_WIDGETS, {"cursor": cursor, "limit": limit, "tags": tags, "since": since},
                                          extra_headers, timeout, max_retries)
        return result

    @validate_arguments
    def create(self, *, name: str, size: Union[int, NotGiven] = NOT_GIVEN,
               made_at: Union[datetime, NotGiven] = NOT_GIVEN, note: Union[str, None, NotGiven] = NOT_GIVEN,
               idempotency_key: Optional[str] = None, extra_headers: Optional[Mapping[str, str]] = None,
               timeout: Optional[float] = None, max_retries: Optional[int] = None) -> Widget:
        body = build_body(WidgetCreate, {"name": name, "size": size, "made_at": made_at, "note": note}, "widgets.create")
        result: Widget = self._call(CREATE_WIDGET, {"idempotency_key": idempotency_key, "widget_create": body},
                                    extra_headers, timeout, max_retries)
        return result

    @validate_arguments
    def update(self, widget_id: str, *, body: Body, if_match: Optional[str] = None,
               extra_headers: Optional[Mapping[str, str]] = None, timeout: Optional[float] = None,
               max_retries: Optional[int] = None) -> Widget:
        result: Widget = self._call(UPDATE_WIDGET, {"widget_id": widget_id, "if_match": if_match, "body": body},
                                    extra_headers, timeout, max_retries)
        return result

    def touch(self, widget_id: str, *, max_retries: Optional[int] = None) -> Widget:
        result: Widget = self._call(TOUCH_WIDGET, {"widget_id": widget_id}, None, None, max_retries)
        return result

    def upload(self, widget_id: str, *, file: Any, description: Optional[str] = None,
               idempotency_key: Optional[str] = None, max_retries: Optional[int] = None) -> Widget:
        result: Widget = self._call(UPLOAD_FILE, {"widget_id": widget_id, "file": file, "description": description,
                                                  "idempotency_key": idempotency_key}, None, None, max_retries)
        return result

    def download(self, widget_id: str, *, range: Optional[str] = None) -> BinaryResponse:
        result: BinaryResponse = self._call(DOWNLOAD, {"widget_id": widget_id, "range": range}, None, None, None)
        return result

    def events(self, widget_id: str, *, last_event_id: Optional[str] = None) -> EventStream[WidgetEvent]:
        result: EventStream[WidgetEvent] = self._call(EVENTS_OP, {"widget_id": widget_id, "last_event_id": last_event_id},
                                                      None, None, None)
        return result

    def ping(self) -> Widget:
        result: Widget = self._call(PING, {}, None, None, None)
        return result

    def wait_for(self, widget_id: str, *, interval: float = 1.0, max_interval: float = 10.0, timeout: float = 900.0) -> Widget:
        result: Widget = self._wait(GET_WIDGET, {"widget_id": widget_id}, interval, max_interval, timeout, None, None)
        return result


class AsyncWidgets(AsyncAPIResource):
    _OPERATIONS = {"get_widget": "retrieve"}
    _GRAPHQL = {"run_graphql": {"query": "query", "subscribe": "subscribe"}}

    @validate_arguments
    async def query(self, document: str, variables: Variables = NOT_GIVEN, *, operation_name: OperationName = NOT_GIVEN,
                    extra_headers: Optional[Mapping[str, str]] = None, timeout: Optional[float] = None,
                    max_retries: Optional[int] = None) -> GqlResult:
        result: GqlResult = await self._graphql_query(GRAPHQL, "widgets.query", document, variables, operation_name,
                                                      extra_headers, timeout, max_retries)
        return result

    @validate_arguments
    async def subscribe(self, document: str, variables: Variables = NOT_GIVEN, *,
                        operation_name: OperationName = NOT_GIVEN, extra_headers: Optional[Mapping[str, str]] = None,
                        timeout: Optional[float] = None, max_retries: Optional[int] = None
                        ) -> AsyncGraphqlSubscription[GqlResult]:
        result: AsyncGraphqlSubscription[GqlResult] = await self._graphql_subscribe(
            GRAPHQL, "GqlResult", "widgets.subscribe", document, variables, operation_name, extra_headers, timeout,
            max_retries)
        return result

    @validate_arguments
    async def retrieve(self, widget_id: str, *, extra_headers: Optional[Mapping[str, str]] = None,
                       timeout: Optional[float] = None, max_retries: Optional[int] = None) -> Widget:
        result: Widget = await self._call(GET_WIDGET, {"widget_id": widget_id}, extra_headers, timeout, max_retries)
        return result

    @validate_arguments
    def list(self, *, cursor: Optional[str] = None, limit: Optional[int] = None, tags: Optional[List[str]] = None,
             since: Optional[datetime] = None, extra_headers: Optional[Mapping[str, str]] = None,
             timeout: Optional[float] = None, max_retries: Optional[int] = None) -> AsyncPager[Widget]:
        result: AsyncPager[Widget] = self._pager(LIST_WIDGETS, {"cursor": cursor, "limit": limit, "tags": tags, "since": since},
                                                 extra_headers, timeout, max_retries)
        return result

    @validate_arguments
    async def create(self, *, name: str, size: Union[int, NotGiven] = NOT_GIVEN,
                     made_at: Union[datetime, NotGiven] = NOT_GIVEN, note: Union[str, None, NotGiven] = NOT_GIVEN,
                     idempotency_key: Optional[str] = None, extra_headers: Optional[Mapping[str, str]] = None,
                     timeout: Optional[float] = None, max_retries: Optional[int] = None) -> Widget:
        body = build_body(WidgetCreate, {"name": name, "size": size, "made_at": made_at, "note": note}, "widgets.create")
        result: Widget = await self._call(CREATE_WIDGET, {"idempotency_key": idempotency_key, "widget_create": body},
                                          extra_headers, timeout, max_retries)
        return result

    @validate_arguments
    async def update(self, widget_id: str, *, body: Body, if_match: Optional[str] = None,
                     extra_headers: Optional[Mapping[str, str]] = None, timeout: Optional[float] = None,
                     max_retries: Optional[int] = None) -> Widget:
        result: Widget = await self._call(UPDATE_WIDGET, {"widget_id": widget_id, "if_match": if_match, "body": body},
                                          extra_headers, timeout, max_retries)
        return result

    async def touch(self, widget_id: str, *, max_retries: Optional[int] = None) -> Widget:
        result: Widget = await self._call(TOUCH_WIDGET, {"widget_id": widget_id}, None, None, max_retries)
        return result

    async def upload(self, widget_id: str, *, file: Any, description: Optional[str] = None,
                     idempotency_key: Optional[str] = None, max_retries: Optional[int] = None) -> Widget:
        result: Widget = await self._call(UPLOAD_FILE, {"widget_id": widget_id, "file": file, "description": description,
                                                        "idempotency_key": idempotency_key}, None, None, max_retries)
        return result

    async def download(self, widget_id: str, *, range: Optional[str] = None) -> AsyncBinaryResponse:
        result: AsyncBinaryResponse = await self._call(DOWNLOAD, {"widget_id": widget_id, "range": range}, None, None, None)
        return result

    async def events(self, widget_id: str, *, last_event_id: Optional[str] = None) -> AsyncEventStream[WidgetEvent]:
        result: AsyncEventStream[WidgetEvent] = await self._call(
            EVENTS_OP, {"widget_id": widget_id, "last_event_id": last_event_id}, None, None, None)
        return result

    async def ping(self) -> Widget:
        result: Widget = await self._call(PING, {}, None, None, None)
        return result

    async def wait_for(self, widget_id: str, *, interval: float = 1.0, max_interval: float = 10.0,
                       timeout: float = 900.0) -> Widget:
        result: Widget = await self._wait(GET_WIDGET, {"widget_id": widget_id}, interval, max_interval, timeout, None, None)
        return result


class _Options(BaseClient):
    _schemes = {"key": ("apiKey", "header", "X-API-Key"), "bearer": ("bearer", "header", "Authorization")}
    _default_base_url = "http://127.0.0.1:9/v1"
    _models_package = __name__
    _user_agent = "fixture/1.0 (python)"


class Fixture(_Options):
    _RESOURCES = ("widgets",)

    @cached_property
    def widgets(self) -> Widgets:
        return Widgets(self)

    def close(self) -> None:
        self._close_sync()


class AsyncFixture(_Options):
    _RESOURCES = ("widgets",)

    @cached_property
    def widgets(self) -> AsyncWidgets:
        return AsyncWidgets(self)

    async def close(self) -> None:
        await self._close_async()
