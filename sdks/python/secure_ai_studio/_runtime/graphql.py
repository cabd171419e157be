"""GraphQL over HTTP (docs/sdk-behavior.md R13), for any operation the templates mark with
`x-graphql`: the request a `query`/`subscribe` call makes of that operation (a body with only the
members given, the Accept each needs) and the iterator `subscribe` returns, which reads GraphQL
over SSE (distinct connections mode) through the SDK's own event stream: the data of each `next`
message decoded into the result model (R7), `complete` ends it, other messages are skipped."""
from __future__ import annotations

import contextlib
import dataclasses
from typing import TYPE_CHECKING, Any, AsyncGenerator, AsyncIterable, AsyncIterator, Dict, Generic, Iterable, Iterator, Mapping, Optional, TypeVar

from .events import AsyncEventStream, EventStream, RawEvent, event_data
from .operation import EVENTS, Operation

if TYPE_CHECKING:
    from .client import BaseClient

__all__ = ["GraphqlSubscription", "AsyncGraphqlSubscription", "QUERY_ACCEPT", "SUBSCRIBE_ACCEPT"]

Result = TypeVar("Result")

# R13.1: the GraphQL-over-HTTP media type first; servers that predate it answer JSON.
QUERY_ACCEPT = "application/graphql-response+json, application/json;q=0.9"
SUBSCRIBE_ACCEPT = "text/event-stream"


def request_arguments(client: "BaseClient", op: Operation, where: str, document: str, variables: Any,
                      operation_name: Any) -> Dict[str, Any]:
    """The call's arguments: the body `{query, variables, operationName}` with only the members
    given (NOT_GIVEN ones left out, an explicit None sent as null: R9.5), built into the
    operation's body model so a value that does not fit is a ValueError naming `where` and the
    member, before anything is sent."""
    from .client import NOT_GIVEN, build_body

    param = next((p for p in op.params if p.location == "body"), None)
    if param is None:
        raise TypeError(f"{where}: {op.operation_id} takes no request body, so it cannot carry a GraphQL request")
    fields = {"query": document, "variables": variables, "operationName": operation_name}
    given = {name: value for name, value in fields.items() if value is not NOT_GIVEN}
    try:
        model = client._decoder._model(param.wire)
    except AttributeError:
        return {param.name: given}  # a free-form body schema: sent as given
    return {param.name: build_body(model, given, where)}


def with_accept(extra_headers: Optional[Mapping[str, str]], accept: str) -> Dict[str, str]:
    """The call's headers with `Accept: accept`, unless the caller set an Accept of their own."""
    headers = dict(extra_headers or {})
    if not any(name.lower() == "accept" for name in headers):
        headers["Accept"] = accept
    return headers


def streaming(op: Operation, result_model: Optional[str]) -> Operation:
    """`op` as the event-stream call `subscribe` makes: its answer stays open and each message's
    data decodes into `result_model` (plain JSON when None)."""
    return dataclasses.replace(op, kind=EVENTS, event_model=result_model)


def next_payloads(messages: Iterable[RawEvent]) -> Iterator[str]:
    """The data of each `next` message, in order, until `complete` (nothing after it is read);
    messages of any other name are skipped."""
    for message in messages:
        if message.event == "complete":
            return
        if message.event == "next":
            yield message.data


async def anext_payloads(messages: AsyncIterable[RawEvent]) -> AsyncGenerator[str, None]:
    """`next_payloads` over an async stream of messages."""
    async for message in messages:
        if message.event == "complete":
            return
        if message.event == "next":
            yield message.data


class GraphqlSubscription(Generic[Result]):
    """The results of a GraphQL subscription (``client.graphql.subscribe(...)``): iterating it
    yields one result model per `next` event as it arrives, and ends at `complete` (or the end of
    the stream). Iterable once. Leaving the loop early (``break``), ``close()`` or the ``with``
    block closes the connection; nothing reconnects. ``response`` is the open httpx response."""

    def __init__(self, stream: EventStream[Result]) -> None:
        self._stream = stream
        self.response: Any = stream.response
        """The open httpx response (status code, headers)."""
        self.request_id: Optional[str] = stream.request_id
        """The response's `X-Request-Id` header."""

    def __iter__(self) -> Iterator[Result]:
        with contextlib.closing(self._stream._messages()) as messages:
            for data in next_payloads(messages):
                yield event_data(self._stream, data)

    def close(self) -> None:
        """Closes the connection (also done when the loop ends or is left)."""
        self._stream.close()

    def __enter__(self) -> "GraphqlSubscription[Result]":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncGraphqlSubscription(Generic[Result]):
    """``async for result in subscription`` yields one result model per `next` event as it
    arrives, until `complete`; ``async with``, ``await subscription.close()`` or cancelling the
    task closes the connection (R13.3, R2.3)."""

    def __init__(self, stream: AsyncEventStream[Result]) -> None:
        self._stream = stream
        self.response: Any = stream.response
        """The open httpx response (status code, headers)."""
        self.request_id: Optional[str] = stream.request_id
        """The response's `X-Request-Id` header."""

    async def __aiter__(self) -> AsyncIterator[Result]:
        messages = self._stream._messages()
        payloads = anext_payloads(messages)
        try:
            async for data in payloads:
                yield event_data(self._stream, data)
        finally:
            await payloads.aclose()
            await messages.aclose()

    async def close(self) -> None:
        """Closes the connection (also done when the loop ends, or the task is cancelled)."""
        await self._stream.close()

    async def __aenter__(self) -> "AsyncGraphqlSubscription[Result]":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()
