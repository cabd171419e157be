"""The `graphql` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
operation (what it is on the wire), and the typed methods of both resources, which hand their
arguments and that row to the shared runtime (`_runtime/client.py`).

Generated from the OpenAPI document by the project's templates (generators/python); do not edit."""
from __future__ import annotations

from datetime import date, datetime  # noqa: F401 (parameter and body field types)
from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing import Any, Dict, List, Literal, Mapping, Optional, Tuple, Union  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from pydantic import Field, field_validator
from typing import Optional
from typing_extensions import Annotated
from secure_ai_studio.models.graphql_request import GraphqlRequest
from secure_ai_studio.models.graphql_response import GraphqlResponse
from secure_ai_studio._runtime.binary import AsyncBinaryResponse as _AsyncBinaryResponse, BinaryResponse as _BinaryResponse
from secure_ai_studio._runtime.client import (
    NOT_GIVEN as _NOT_GIVEN, AsyncAPIResource as _AsyncAPIResource, NotGiven as _NotGiven, SyncAPIResource as _SyncAPIResource,
    build_body as _build_body,
)
from secure_ai_studio._runtime.events import AsyncEventStream as _AsyncEventStream, EventStream as _EventStream
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
    def execute_get(
        self,
        *,
        query: Annotated[str, Field(min_length=1, strict=True, max_length=100000, description="The GraphQL document.")],
        variables: Annotated[Optional[Annotated[str, Field(strict=True, max_length=100000)]], Field(description="The variables as JSON text (an object).")] = None,
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
    async def execute_get(
        self,
        *,
        query: Annotated[str, Field(min_length=1, strict=True, max_length=100000, description="The GraphQL document.")],
        variables: Annotated[Optional[Annotated[str, Field(strict=True, max_length=100000)]], Field(description="The variables as JSON text (an object).")] = None,
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
