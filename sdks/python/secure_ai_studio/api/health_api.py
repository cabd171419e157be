"""The `health` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
operation (what it is on the wire), and the typed methods of both resources, which hand their
arguments and that row to the shared runtime (`_runtime/client.py`).

Generated from the OpenAPI document by the project's templates (generators/python); do not edit."""
from __future__ import annotations

from datetime import date, datetime  # noqa: F401 (parameter and body field types)
from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing import Any, Dict, List, Literal, Mapping, Optional, Tuple, Union  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from secure_ai_studio.models.health_status import HealthStatus  # noqa: F401, F811
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


_GET_LIVENESS = _Operation(
    name='get_liveness', operation_id='getLiveness', method='GET', path='/health/live',
    params=(
    ),
    auth=(),
    responses={
        '200': "HealthStatus",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

_GET_READINESS = _Operation(
    name='get_readiness', operation_id='getReadiness', method='GET', path='/health/ready',
    params=(
    ),
    auth=(),
    responses={
        '200': "HealthStatus",
        '500': "Problem",
        '503': "HealthStatus",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

__all__ = [
    "HealthResource",
    "AsyncHealthResource",
]


class HealthResource(_SyncAPIResource):
    """The `health` operations of `SecureAIStudio` (``client.health``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'get_liveness': 'liveness',
        'get_readiness': 'readiness',
    }
    _SPECS = {
        'get_liveness': _GET_LIVENESS,
        'get_readiness': _GET_READINESS,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def liveness(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> HealthStatus:
        """Liveness probe (`GET /health/live`)."""
        _where = 'health.liveness'
        result: HealthStatus = self._call(
            _GET_LIVENESS,
            {
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def readiness(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> HealthStatus:
        """Readiness probe (`GET /health/ready`)."""
        _where = 'health.readiness'
        result: HealthStatus = self._call(
            _GET_READINESS,
            {
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncHealthResource(_AsyncAPIResource):
    """The `health` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'get_liveness': 'liveness',
        'get_readiness': 'readiness',
    }
    _SPECS = {
        'get_liveness': _GET_LIVENESS,
        'get_readiness': _GET_READINESS,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def liveness(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> HealthStatus:
        """Liveness probe (`GET /health/live`)."""
        _where = 'health.liveness'
        result: HealthStatus = await self._call(
            _GET_LIVENESS,
            {
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def readiness(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> HealthStatus:
        """Readiness probe (`GET /health/ready`)."""
        _where = 'health.readiness'
        result: HealthStatus = await self._call(
            _GET_READINESS,
            {
            },
            extra_headers, timeout, max_retries,
        )
        return result
