"""The `roles` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
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
from secure_ai_studio.models.permission_list import PermissionList  # noqa: F401, F811
from secure_ai_studio.models.role import Role  # noqa: F401, F811
from secure_ai_studio.models.role_assignment import RoleAssignment  # noqa: F401, F811
from secure_ai_studio.models.role_list import RoleList  # noqa: F401, F811
from secure_ai_studio.models.user import User  # noqa: F401, F811
from secure_ai_studio.models.permission_list import PermissionListDataItem
from secure_ai_studio.models.role_list import RoleListDataItem
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


_ASSIGN_USER_ROLES = _Operation(
    name='assign_user_roles', operation_id='assignUserRoles', method='PUT', path='/users/{userId}/roles',
    params=(
        _Param('path', 'userId', 'user_id'),
        _Param('body', 'RoleAssignment', 'role_assignment'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "User",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '404': "Problem",
        '422': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=('application/json', ),
    kind=_JSON,
)

_GET_ROLE = _Operation(
    name='get_role', operation_id='getRole', method='GET', path='/roles/{roleId}',
    params=(
        _Param('path', 'roleId', 'role_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "Role",
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

_LIST_PERMISSIONS = _Operation(
    name='list_permissions', operation_id='listPermissions', method='GET', path='/permissions',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "PermissionList",
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

_LIST_ROLES = _Operation(
    name='list_roles', operation_id='listRoles', method='GET', path='/roles',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "RoleList",
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
    "RolesResource",
    "AsyncRolesResource",
]


class RolesResource(_SyncAPIResource):
    """The `roles` operations of `SecureAIStudio` (``client.roles``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'assign_user_roles': 'assign',
        'get_role': 'retrieve',
        'list_permissions': 'list_permissions',
        'list_roles': 'list',
    }
    _SPECS = {
        'assign_user_roles': _ASSIGN_USER_ROLES,
        'get_role': _GET_ROLE,
        'list_permissions': _LIST_PERMISSIONS,
        'list_roles': _LIST_ROLES,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def assign(
        self,
        user_id: Annotated[str, Field(strict=True, max_length=44, description="The user's ID.")],
        *,
        role_ids: List[str],
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Assign roles to a user (`PUT /users/{userId}/roles`)."""
        _where = 'roles.assign'
        result: User = self._call(
            _ASSIGN_USER_ROLES,
            {
                'user_id': user_id,
                'role_assignment': _build_body(RoleAssignment, {
                    'role_ids': role_ids,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def retrieve(
        self,
        role_id: Annotated[str, Field(strict=True, max_length=44, description="The role's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Role:
        """Get a role (`GET /roles/{roleId}`)."""
        _where = 'roles.retrieve'
        result: Role = self._call(
            _GET_ROLE,
            {
                'role_id': role_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def list_permissions(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Page[PermissionListDataItem]:
        """List permissions (`GET /permissions`)."""
        _where = 'roles.list_permissions'
        result: _Page[PermissionListDataItem] = self._call(
            _LIST_PERMISSIONS,
            {
                'cursor': cursor,
                'limit': limit,
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
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Page[RoleListDataItem]:
        """List roles (`GET /roles`)."""
        _where = 'roles.list'
        result: _Page[RoleListDataItem] = self._call(
            _LIST_ROLES,
            {
                'cursor': cursor,
                'limit': limit,
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncRolesResource(_AsyncAPIResource):
    """The `roles` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'assign_user_roles': 'assign',
        'get_role': 'retrieve',
        'list_permissions': 'list_permissions',
        'list_roles': 'list',
    }
    _SPECS = {
        'assign_user_roles': _ASSIGN_USER_ROLES,
        'get_role': _GET_ROLE,
        'list_permissions': _LIST_PERMISSIONS,
        'list_roles': _LIST_ROLES,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def assign(
        self,
        user_id: Annotated[str, Field(strict=True, max_length=44, description="The user's ID.")],
        *,
        role_ids: List[str],
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Assign roles to a user (`PUT /users/{userId}/roles`)."""
        _where = 'roles.assign'
        result: User = await self._call(
            _ASSIGN_USER_ROLES,
            {
                'user_id': user_id,
                'role_assignment': _build_body(RoleAssignment, {
                    'role_ids': role_ids,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def retrieve(
        self,
        role_id: Annotated[str, Field(strict=True, max_length=44, description="The role's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Role:
        """Get a role (`GET /roles/{roleId}`)."""
        _where = 'roles.retrieve'
        result: Role = await self._call(
            _GET_ROLE,
            {
                'role_id': role_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def list_permissions(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncPager[PermissionListDataItem]:
        """List permissions (`GET /permissions`)."""
        _where = 'roles.list_permissions'
        result: _AsyncPager[PermissionListDataItem] = self._pager(
            _LIST_PERMISSIONS,
            {
                'cursor': cursor,
                'limit': limit,
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
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncPager[RoleListDataItem]:
        """List roles (`GET /roles`)."""
        _where = 'roles.list'
        result: _AsyncPager[RoleListDataItem] = self._pager(
            _LIST_ROLES,
            {
                'cursor': cursor,
                'limit': limit,
            },
            extra_headers, timeout, max_retries,
        )
        return result
