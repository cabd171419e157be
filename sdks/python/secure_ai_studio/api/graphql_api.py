"""The `graphql` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
operation (what it is on the wire), and the typed methods of both resources, which hand their
arguments and that row to the shared runtime (`_runtime/client.py`).

Generated from the OpenAPI document by the project's templates (generators/python); do not edit."""
from __future__ import annotations

from datetime import date, datetime  # noqa: F401 (parameter and body field types)
from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing import Any, Dict, List, Literal, Mapping, Optional, Tuple, Union  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from pydantic import Field, field_validator  # noqa: F401, F811
from typing import Optional  # noqa: F401, F811
from typing_extensions import Annotated  # noqa: F401, F811
from secure_ai_studio.models.graphql_request import GraphqlRequest  # noqa: F401, F811
from secure_ai_studio.models.graphql_response import GraphqlResponse  # noqa: F401, F811
from secure_ai_studio._runtime.binary import AsyncBinaryResponse as _AsyncBinaryResponse, BinaryResponse as _BinaryResponse
from secure_ai_studio._runtime.client import (
    NOT_GIVEN as _NOT_GIVEN, AsyncAPIResource as _AsyncAPIResource, NotGiven as _NotGiven, SyncAPIResource as _SyncAPIResource,
    build_body as _build_body,
)
from secure_ai_studio._runtime.events import AsyncEventStream as _AsyncEventStream, EventStream as _EventStream
from secure_ai_studio._runtime.graphql import (
    AsyncGraphqlSubscription as _AsyncGraphqlSubscription, GraphqlSubscription as _GraphqlSubscription,
)
from secure_ai_studio._runtime.operation import BINARY as _BINARY, EVENTS as _EVENTS, JSON as _JSON, PAGE as _PAGE
from secure_ai_studio._runtime.operation import Operation as _Operation, Param as _Param
from secure_ai_studio._runtime.pagination import AsyncPager as _AsyncPager, Page as _Page
from secure_ai_studio._runtime.validation import validate_arguments as _validate_arguments
from secure_ai_studio._runtime.waiters import (
    DEFAULT_INTERVAL as _DEFAULT_INTERVAL, DEFAULT_MAX_INTERVAL as _DEFAULT_MAX_INTERVAL, DEFAULT_TIMEOUT as _DEFAULT_TIMEOUT,
)


_EXECUTE_GRAPHQL = _Operation(
    name='execute_graphql', operation_id='executeGraphql', method='POST', path='/graphql',
    params=(
        _Param('body', 'GraphqlRequest', 'graphql_request'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "GraphqlResponse",
        '400': "GraphqlResponse",
        '401': "Problem",
        '403': "Problem",
        '422': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/graphql-response+json', 'application/json', 'application/problem+json', ),
    consumes=('application/json', ),
    kind=_JSON,
)

_EXECUTE_GRAPHQL_GET = _Operation(
    name='execute_graphql_get', operation_id='executeGraphqlGet', method='GET', path='/graphql',
    params=(
        _Param('query', 'query', 'query', ''),
        _Param('query', 'variables', 'variables', ''),
        _Param('query', 'operationName', 'operation_name', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "GraphqlResponse",
        '400': "GraphqlResponse",
        '401': "Problem",
        '403': "Problem",
        '405': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/graphql-response+json', 'application/json', 'application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

__all__ = [
    "GraphqlResource",
    "AsyncGraphqlResource",
]


class GraphqlResource(_SyncAPIResource):
    """The `graphql` operations of `SecureAIStudio` (``client.graphql``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'execute_graphql': 'execute',
        'execute_graphql_get': 'execute_get',
    }
    _SPECS = {
        'execute_graphql': _EXECUTE_GRAPHQL,
        'execute_graphql_get': _EXECUTE_GRAPHQL_GET,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
        'execute_graphql': {'query': 'query', 'subscribe': 'subscribe'},
    }

    @_validate_arguments
    def execute(
        self,
        *,
        query: str,
        variables: Union[object, None, _NotGiven] = _NOT_GIVEN,
        operation_name: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> GraphqlResponse:
        """Execute a GraphQL query, mutation or subscription (`POST /graphql`)."""
        _where = 'graphql.execute'
        result: GraphqlResponse = self._call(
            _EXECUTE_GRAPHQL,
            {
                'graphql_request': _build_body(GraphqlRequest, {
                    'query': query,
                    'variables': variables,
                    'operation_name': operation_name,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def query(
        self,
        document: str,
        variables: Union[Mapping[str, Any], None, _NotGiven] = _NOT_GIVEN,
        *,
        operation_name: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> GraphqlResponse:
        """Runs a GraphQL query or mutation over `POST /graphql` (R13.1): the document, and
        `variables` and `operation_name` when given, asking for `application/graphql-response+json`.
        Returns the result (`data`, `errors`): errors of single fields come back beside `data`, not
        raised; a document that does not parse or validate raises `BadRequestError` with the GraphQL
        messages. Retries follow R3.2: a POST is retried only with an `Idempotency-Key` in
        `extra_headers`."""
        result: GraphqlResponse = self._graphql_query(
            _EXECUTE_GRAPHQL, 'graphql.query',
            document, variables, operation_name, extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def subscribe(
        self,
        document: str,
        variables: Union[Mapping[str, Any], None, _NotGiven] = _NOT_GIVEN,
        *,
        operation_name: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _GraphqlSubscription[GraphqlResponse]:
        """Runs a GraphQL subscription over `POST /graphql` as GraphQL over SSE (R13.3):
        iterate the returned subscription for one result per `next` event as it arrives, until the
        server completes it. A non-2xx answer raises here, before any result; leaving the loop,
        `close()` or the `with` block closes the connection."""
        result: _GraphqlSubscription[GraphqlResponse] = self._graphql_subscribe(
            _EXECUTE_GRAPHQL, 'GraphqlResponse', 'graphql.subscribe',
            document, variables, operation_name, extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def execute_get(
        self,
        *,
        query: Annotated[str, Field(min_length=1, strict=True, max_length=3000, description="The GraphQL document: ASCII (write other characters as `\\u` escapes) and at most 3,000 characters, so the URL fits the 16 KB a server reads of a request's line and headers. Send a longer document over POST. ")],
        variables: Annotated[Optional[Annotated[str, Field(strict=True, max_length=1000)]], Field(description="The variables as JSON text (an object), ASCII and at most 1,000 characters.")] = None,
        operation_name: Annotated[Optional[Annotated[str, Field(strict=True, max_length=256)]], Field(description="Which operation of the document to run.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> GraphqlResponse:
        """Run a GraphQL query over GET (`GET /graphql`)."""
        _where = 'graphql.execute_get'
        result: GraphqlResponse = self._call(
            _EXECUTE_GRAPHQL_GET,
            {
                'query': query,
                'variables': variables,
                'operation_name': operation_name,
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncGraphqlResource(_AsyncAPIResource):
    """The `graphql` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'execute_graphql': 'execute',
        'execute_graphql_get': 'execute_get',
    }
    _SPECS = {
        'execute_graphql': _EXECUTE_GRAPHQL,
        'execute_graphql_get': _EXECUTE_GRAPHQL_GET,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
        'execute_graphql': {'query': 'query', 'subscribe': 'subscribe'},
    }

    @_validate_arguments
    async def execute(
        self,
        *,
        query: str,
        variables: Union[object, None, _NotGiven] = _NOT_GIVEN,
        operation_name: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> GraphqlResponse:
        """Execute a GraphQL query, mutation or subscription (`POST /graphql`)."""
        _where = 'graphql.execute'
        result: GraphqlResponse = await self._call(
            _EXECUTE_GRAPHQL,
            {
                'graphql_request': _build_body(GraphqlRequest, {
                    'query': query,
                    'variables': variables,
                    'operation_name': operation_name,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def query(
        self,
        document: str,
        variables: Union[Mapping[str, Any], None, _NotGiven] = _NOT_GIVEN,
        *,
        operation_name: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> GraphqlResponse:
        """Runs a GraphQL query or mutation over `POST /graphql` (R13.1): the document, and
        `variables` and `operation_name` when given, asking for `application/graphql-response+json`.
        Returns the result (`data`, `errors`): errors of single fields come back beside `data`, not
        raised; a document that does not parse or validate raises `BadRequestError` with the GraphQL
        messages. Retries follow R3.2: a POST is retried only with an `Idempotency-Key` in
        `extra_headers`."""
        result: GraphqlResponse = await self._graphql_query(
            _EXECUTE_GRAPHQL, 'graphql.query',
            document, variables, operation_name, extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def subscribe(
        self,
        document: str,
        variables: Union[Mapping[str, Any], None, _NotGiven] = _NOT_GIVEN,
        *,
        operation_name: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncGraphqlSubscription[GraphqlResponse]:
        """Runs a GraphQL subscription over `POST /graphql` as GraphQL over SSE (R13.3):
        iterate the returned subscription for one result per `next` event as it arrives, until the
        server completes it. A non-2xx answer raises here, before any result; leaving the loop,
        `close()` or the `with` block closes the connection. Cancelling the task closes it too."""
        result: _AsyncGraphqlSubscription[GraphqlResponse] = await self._graphql_subscribe(
            _EXECUTE_GRAPHQL, 'GraphqlResponse', 'graphql.subscribe',
            document, variables, operation_name, extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def execute_get(
        self,
        *,
        query: Annotated[str, Field(min_length=1, strict=True, max_length=3000, description="The GraphQL document: ASCII (write other characters as `\\u` escapes) and at most 3,000 characters, so the URL fits the 16 KB a server reads of a request's line and headers. Send a longer document over POST. ")],
        variables: Annotated[Optional[Annotated[str, Field(strict=True, max_length=1000)]], Field(description="The variables as JSON text (an object), ASCII and at most 1,000 characters.")] = None,
        operation_name: Annotated[Optional[Annotated[str, Field(strict=True, max_length=256)]], Field(description="Which operation of the document to run.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> GraphqlResponse:
        """Run a GraphQL query over GET (`GET /graphql`)."""
        _where = 'graphql.execute_get'
        result: GraphqlResponse = await self._call(
            _EXECUTE_GRAPHQL_GET,
            {
                'query': query,
                'variables': variables,
                'operation_name': operation_name,
            },
            extra_headers, timeout, max_retries,
        )
        return result
