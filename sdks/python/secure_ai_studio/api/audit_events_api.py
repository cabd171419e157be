"""The `auditEvents` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
operation (what it is on the wire), and the typed methods of both resources, which hand their
arguments and that row to the shared runtime (`_runtime/client.py`).

Generated from the OpenAPI document by the project's templates (generators/python); do not edit."""
from __future__ import annotations

from datetime import date, datetime  # noqa: F401 (parameter and body field types)
from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing import Any, Dict, List, Literal, Mapping, Optional, Tuple, Union  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from datetime import datetime  # noqa: F401, F811
from pydantic import Field, field_validator  # noqa: F401, F811
from typing import Optional  # noqa: F401, F811
from typing_extensions import Annotated  # noqa: F401, F811
from secure_ai_studio.models.audit_event import AuditEvent  # noqa: F401, F811
from secure_ai_studio.models.audit_event_list import AuditEventList  # noqa: F401, F811
from secure_ai_studio.models.audit_resource_type import AuditResourceType  # noqa: F401, F811
from secure_ai_studio.models.audit_event_list import AuditEventListDataItem
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


_GET_AUDIT_EVENT = _Operation(
    name='get_audit_event', operation_id='getAuditEvent', method='GET', path='/audit-events/{eventId}',
    params=(
        _Param('path', 'eventId', 'event_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "AuditEvent",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '404': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

_LIST_AUDIT_EVENTS = _Operation(
    name='list_audit_events', operation_id='listAuditEvents', method='GET', path='/audit-events',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
        _Param('query', 'actorId', 'actor_id', ''),
        _Param('query', 'action', 'action', ''),
        _Param('query', 'resourceType', 'resource_type', ''),
        _Param('query', 'resourceId', 'resource_id', ''),
        _Param('query', 'from', 'var_from', ''),
        _Param('query', 'to', 'to', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "AuditEventList",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=(),
    kind=_PAGE,
    page=('cursor', 'data', 'nextCursor'),
)

__all__ = [
    "AuditEventsResource",
    "AsyncAuditEventsResource",
]


class AuditEventsResource(_SyncAPIResource):
    """The `auditEvents` operations of `SecureAIStudio` (``client.audit_events``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'get_audit_event': 'retrieve',
        'list_audit_events': 'list',
    }
    _SPECS = {
        'get_audit_event': _GET_AUDIT_EVENT,
        'list_audit_events': _LIST_AUDIT_EVENTS,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def retrieve(
        self,
        event_id: Annotated[str, Field(strict=True, max_length=44, description="The audit event's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> AuditEvent:
        """Get an audit event (`GET /audit-events/{eventId}`)."""
        _where = 'audit_events.retrieve'
        result: AuditEvent = self._call(
            _GET_AUDIT_EVENT,
            {
                'event_id': event_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def list(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        actor_id: Annotated[Optional[Annotated[str, Field(strict=True, max_length=44)]], Field(description="Only events by this user or API key.")] = None,
        action: Annotated[Optional[Annotated[str, Field(strict=True, max_length=64)]], Field(description="Only events with this action, for example `template.update`.")] = None,
        resource_type: Optional[Union[AuditResourceType, Literal['user', 'role', 'api_key', 'token', 'job', 'asset', 'template', 'backup', 'backup_policy', 'compliance_report']]] = None,
        resource_id: Annotated[Optional[Annotated[str, Field(strict=True, max_length=44)]], Field(description="Only events on this resource.")] = None,
        var_from: Annotated[Optional[datetime], Field(description="Only events at or after this time.")] = None,
        to: Annotated[Optional[datetime], Field(description="Only events before this time.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Page[AuditEventListDataItem]:
        """List audit events (`GET /audit-events`)."""
        _where = 'audit_events.list'
        result: _Page[AuditEventListDataItem] = self._call(
            _LIST_AUDIT_EVENTS,
            {
                'cursor': cursor,
                'limit': limit,
                'actor_id': actor_id,
                'action': action,
                'resource_type': resource_type,
                'resource_id': resource_id,
                'var_from': var_from,
                'to': to,
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncAuditEventsResource(_AsyncAPIResource):
    """The `auditEvents` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'get_audit_event': 'retrieve',
        'list_audit_events': 'list',
    }
    _SPECS = {
        'get_audit_event': _GET_AUDIT_EVENT,
        'list_audit_events': _LIST_AUDIT_EVENTS,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def retrieve(
        self,
        event_id: Annotated[str, Field(strict=True, max_length=44, description="The audit event's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> AuditEvent:
        """Get an audit event (`GET /audit-events/{eventId}`)."""
        _where = 'audit_events.retrieve'
        result: AuditEvent = await self._call(
            _GET_AUDIT_EVENT,
            {
                'event_id': event_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def list(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        actor_id: Annotated[Optional[Annotated[str, Field(strict=True, max_length=44)]], Field(description="Only events by this user or API key.")] = None,
        action: Annotated[Optional[Annotated[str, Field(strict=True, max_length=64)]], Field(description="Only events with this action, for example `template.update`.")] = None,
        resource_type: Optional[Union[AuditResourceType, Literal['user', 'role', 'api_key', 'token', 'job', 'asset', 'template', 'backup', 'backup_policy', 'compliance_report']]] = None,
        resource_id: Annotated[Optional[Annotated[str, Field(strict=True, max_length=44)]], Field(description="Only events on this resource.")] = None,
        var_from: Annotated[Optional[datetime], Field(description="Only events at or after this time.")] = None,
        to: Annotated[Optional[datetime], Field(description="Only events before this time.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncPager[AuditEventListDataItem]:
        """List audit events (`GET /audit-events`)."""
        _where = 'audit_events.list'
        result: _AsyncPager[AuditEventListDataItem] = self._pager(
            _LIST_AUDIT_EVENTS,
            {
                'cursor': cursor,
                'limit': limit,
                'actor_id': actor_id,
                'action': action,
                'resource_type': resource_type,
                'resource_id': resource_id,
                'var_from': var_from,
                'to': to,
            },
            extra_headers, timeout, max_retries,
        )
        return result
