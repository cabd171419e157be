"""The `metrics` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
operation (what it is on the wire), and the typed methods of both resources, which hand their
arguments and that row to the shared runtime (`_runtime/client.py`).

Generated from the OpenAPI document by the project's templates (generators/python); do not edit."""
from __future__ import annotations

from datetime import date, datetime  # noqa: F401 (parameter and body field types)
from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing import Any, Dict, List, Literal, Mapping, Optional, Tuple, Union  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from datetime import datetime  # noqa: F401, F811
from pydantic import Field, StrictStr, field_validator  # noqa: F401, F811
from typing import Optional  # noqa: F401, F811
from typing_extensions import Annotated  # noqa: F401, F811
from secure_ai_studio.models.system_metrics import SystemMetrics  # noqa: F401, F811
from secure_ai_studio.models.usage_series import UsageSeries  # noqa: F401, F811
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


_GET_SYSTEM_METRICS = _Operation(
    name='get_system_metrics', operation_id='getSystemMetrics', method='GET', path='/metrics/system',
    params=(
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "SystemMetrics",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

_GET_USAGE_METRICS = _Operation(
    name='get_usage_metrics', operation_id='getUsageMetrics', method='GET', path='/metrics/usage',
    params=(
        _Param('query', 'from', 'var_from', ''),
        _Param('query', 'to', 'to', ''),
        _Param('query', 'granularity', 'granularity', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "UsageSeries",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '422': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

__all__ = [
    "MetricsResource",
    "AsyncMetricsResource",
]


class MetricsResource(_SyncAPIResource):
    """The `metrics` operations of `SecureAIStudio` (``client.metrics``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'get_system_metrics': 'system',
        'get_usage_metrics': 'usage',
    }
    _SPECS = {
        'get_system_metrics': _GET_SYSTEM_METRICS,
        'get_usage_metrics': _GET_USAGE_METRICS,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def system(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> SystemMetrics:
        """Get system metrics (`GET /metrics/system`)."""
        _where = 'metrics.system'
        result: SystemMetrics = self._call(
            _GET_SYSTEM_METRICS,
            {
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def usage(
        self,
        *,
        var_from: Annotated[datetime, Field(description="Start of the series (inclusive).")],
        to: Annotated[datetime, Field(description="End of the series (exclusive).")],
        granularity: Annotated[Optional[StrictStr], Field(description="Bucket size.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> UsageSeries:
        """Get usage metrics (`GET /metrics/usage`)."""
        _where = 'metrics.usage'
        result: UsageSeries = self._call(
            _GET_USAGE_METRICS,
            {
                'var_from': var_from,
                'to': to,
                'granularity': granularity,
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncMetricsResource(_AsyncAPIResource):
    """The `metrics` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'get_system_metrics': 'system',
        'get_usage_metrics': 'usage',
    }
    _SPECS = {
        'get_system_metrics': _GET_SYSTEM_METRICS,
        'get_usage_metrics': _GET_USAGE_METRICS,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def system(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> SystemMetrics:
        """Get system metrics (`GET /metrics/system`)."""
        _where = 'metrics.system'
        result: SystemMetrics = await self._call(
            _GET_SYSTEM_METRICS,
            {
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def usage(
        self,
        *,
        var_from: Annotated[datetime, Field(description="Start of the series (inclusive).")],
        to: Annotated[datetime, Field(description="End of the series (exclusive).")],
        granularity: Annotated[Optional[StrictStr], Field(description="Bucket size.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> UsageSeries:
        """Get usage metrics (`GET /metrics/usage`)."""
        _where = 'metrics.usage'
        result: UsageSeries = await self._call(
            _GET_USAGE_METRICS,
            {
                'var_from': var_from,
                'to': to,
                'granularity': granularity,
            },
            extra_headers, timeout, max_retries,
        )
        return result
