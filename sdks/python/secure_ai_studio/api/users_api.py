"""The `users` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
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
from secure_ai_studio.models.user import User  # noqa: F401, F811
from secure_ai_studio.models.user_invite import UserInvite  # noqa: F401, F811
from secure_ai_studio.models.user_list import UserList  # noqa: F401, F811
from secure_ai_studio.models.user_status import UserStatus  # noqa: F401, F811
from secure_ai_studio.models.user_update import UserUpdate  # noqa: F401, F811
from secure_ai_studio.models.user_list import UserListDataItem
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


_DEACTIVATE_USER = _Operation(
    name='deactivate_user', operation_id='deactivateUser', method='POST', path='/users/{userId}/deactivate',
    params=(
        _Param('path', 'userId', 'user_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "User",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '404': "Problem",
        '409': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

_GET_USER = _Operation(
    name='get_user', operation_id='getUser', method='GET', path='/users/{userId}',
    params=(
        _Param('path', 'userId', 'user_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "User",
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

_INVITE_USER = _Operation(
    name='invite_user', operation_id='inviteUser', method='POST', path='/users',
    params=(
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('body', 'UserInvite', 'user_invite'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '201': "User",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '409': "Problem",
        '422': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=('application/json', ),
    kind=_JSON,
)

_LIST_USERS = _Operation(
    name='list_users', operation_id='listUsers', method='GET', path='/users',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
        _Param('query', 'status', 'status', ''),
        _Param('query', 'roleId', 'role_id', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "UserList",
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

_UPDATE_USER = _Operation(
    name='update_user', operation_id='updateUser', method='PATCH', path='/users/{userId}',
    params=(
        _Param('path', 'userId', 'user_id'),
        _Param('body', 'UserUpdate', 'user_update'),
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

__all__ = [
    "UsersResource",
    "AsyncUsersResource",
]


class UsersResource(_SyncAPIResource):
    """The `users` operations of `SecureAIStudio` (``client.users``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'deactivate_user': 'deactivate',
        'get_user': 'retrieve',
        'invite_user': 'invite',
        'list_users': 'list',
        'update_user': 'update',
    }
    _SPECS = {
        'deactivate_user': _DEACTIVATE_USER,
        'get_user': _GET_USER,
        'invite_user': _INVITE_USER,
        'list_users': _LIST_USERS,
        'update_user': _UPDATE_USER,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def deactivate(
        self,
        user_id: Annotated[str, Field(strict=True, max_length=44, description="The user's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Deactivate a user (`POST /users/{userId}/deactivate`)."""
        _where = 'users.deactivate'
        result: User = self._call(
            _DEACTIVATE_USER,
            {
                'user_id': user_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def retrieve(
        self,
        user_id: Annotated[str, Field(strict=True, max_length=44, description="The user's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Get a user (`GET /users/{userId}`)."""
        _where = 'users.retrieve'
        result: User = self._call(
            _GET_USER,
            {
                'user_id': user_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def invite(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        email: str,
        display_name: Union[str, _NotGiven] = _NOT_GIVEN,
        role_ids: List[str],
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Invite a user (`POST /users`)."""
        _where = 'users.invite'
        result: User = self._call(
            _INVITE_USER,
            {
                'idempotency_key': idempotency_key,
                'user_invite': _build_body(UserInvite, {
                    'email': email,
                    'display_name': display_name,
                    'role_ids': role_ids,
                }, _where),
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
        status: Optional[Union[UserStatus, Literal['invited', 'active', 'deactivated']]] = None,
        role_id: Annotated[Optional[Annotated[str, Field(strict=True, max_length=44)]], Field(description="Only users holding this role.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Page[UserListDataItem]:
        """List users (`GET /users`)."""
        _where = 'users.list'
        result: _Page[UserListDataItem] = self._call(
            _LIST_USERS,
            {
                'cursor': cursor,
                'limit': limit,
                'status': status,
                'role_id': role_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def update(
        self,
        user_id: Annotated[str, Field(strict=True, max_length=44, description="The user's ID.")],
        *,
        display_name: Union[str, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Update a user (`PATCH /users/{userId}`)."""
        _where = 'users.update'
        result: User = self._call(
            _UPDATE_USER,
            {
                'user_id': user_id,
                'user_update': _build_body(UserUpdate, {
                    'display_name': display_name,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncUsersResource(_AsyncAPIResource):
    """The `users` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'deactivate_user': 'deactivate',
        'get_user': 'retrieve',
        'invite_user': 'invite',
        'list_users': 'list',
        'update_user': 'update',
    }
    _SPECS = {
        'deactivate_user': _DEACTIVATE_USER,
        'get_user': _GET_USER,
        'invite_user': _INVITE_USER,
        'list_users': _LIST_USERS,
        'update_user': _UPDATE_USER,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def deactivate(
        self,
        user_id: Annotated[str, Field(strict=True, max_length=44, description="The user's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Deactivate a user (`POST /users/{userId}/deactivate`)."""
        _where = 'users.deactivate'
        result: User = await self._call(
            _DEACTIVATE_USER,
            {
                'user_id': user_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def retrieve(
        self,
        user_id: Annotated[str, Field(strict=True, max_length=44, description="The user's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Get a user (`GET /users/{userId}`)."""
        _where = 'users.retrieve'
        result: User = await self._call(
            _GET_USER,
            {
                'user_id': user_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def invite(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        email: str,
        display_name: Union[str, _NotGiven] = _NOT_GIVEN,
        role_ids: List[str],
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Invite a user (`POST /users`)."""
        _where = 'users.invite'
        result: User = await self._call(
            _INVITE_USER,
            {
                'idempotency_key': idempotency_key,
                'user_invite': _build_body(UserInvite, {
                    'email': email,
                    'display_name': display_name,
                    'role_ids': role_ids,
                }, _where),
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
        status: Optional[Union[UserStatus, Literal['invited', 'active', 'deactivated']]] = None,
        role_id: Annotated[Optional[Annotated[str, Field(strict=True, max_length=44)]], Field(description="Only users holding this role.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncPager[UserListDataItem]:
        """List users (`GET /users`)."""
        _where = 'users.list'
        result: _AsyncPager[UserListDataItem] = self._pager(
            _LIST_USERS,
            {
                'cursor': cursor,
                'limit': limit,
                'status': status,
                'role_id': role_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def update(
        self,
        user_id: Annotated[str, Field(strict=True, max_length=44, description="The user's ID.")],
        *,
        display_name: Union[str, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> User:
        """Update a user (`PATCH /users/{userId}`)."""
        _where = 'users.update'
        result: User = await self._call(
            _UPDATE_USER,
            {
                'user_id': user_id,
                'user_update': _build_body(UserUpdate, {
                    'display_name': display_name,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result
