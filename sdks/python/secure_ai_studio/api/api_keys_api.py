"""The `apiKeys` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
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
from secure_ai_studio.models.api_key import ApiKey  # noqa: F401, F811
from secure_ai_studio.models.api_key_create import ApiKeyCreate  # noqa: F401, F811
from secure_ai_studio.models.api_key_list import ApiKeyList  # noqa: F401, F811
from secure_ai_studio.models.api_key_with_secret import ApiKeyWithSecret  # noqa: F401, F811
from secure_ai_studio.models.api_key_list import ApiKeyListDataItem
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


_CREATE_API_KEY = _Operation(
    name='create_api_key', operation_id='createApiKey', method='POST', path='/api-keys',
    params=(
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('body', 'ApiKeyCreate', 'api_key_create'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '201': "ApiKeyWithSecret",
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

_GET_API_KEY = _Operation(
    name='get_api_key', operation_id='getApiKey', method='GET', path='/api-keys/{keyId}',
    params=(
        _Param('path', 'keyId', 'key_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "ApiKey",
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

_LIST_API_KEYS = _Operation(
    name='list_api_keys', operation_id='listApiKeys', method='GET', path='/api-keys',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "ApiKeyList",
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

_REVOKE_API_KEY = _Operation(
    name='revoke_api_key', operation_id='revokeApiKey', method='DELETE', path='/api-keys/{keyId}',
    params=(
        _Param('path', 'keyId', 'key_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '204': None,
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '404': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

__all__ = [
    "ApiKeysResource",
    "AsyncApiKeysResource",
]


class ApiKeysResource(_SyncAPIResource):
    """The `apiKeys` operations of `SecureAIStudio` (``client.api_keys``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_api_key': 'create',
        'get_api_key': 'retrieve',
        'list_api_keys': 'list',
        'revoke_api_key': 'revoke',
    }
    _SPECS = {
        'create_api_key': _CREATE_API_KEY,
        'get_api_key': _GET_API_KEY,
        'list_api_keys': _LIST_API_KEYS,
        'revoke_api_key': _REVOKE_API_KEY,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def create(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        name: str,
        scopes: List[str],
        expires_at: Union[datetime, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ApiKeyWithSecret:
        """Create an API key (`POST /api-keys`)."""
        _where = 'api_keys.create'
        result: ApiKeyWithSecret = self._call(
            _CREATE_API_KEY,
            {
                'idempotency_key': idempotency_key,
                'api_key_create': _build_body(ApiKeyCreate, {
                    'name': name,
                    'scopes': scopes,
                    'expires_at': expires_at,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def retrieve(
        self,
        key_id: Annotated[str, Field(strict=True, max_length=44, description="The API key's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ApiKey:
        """Get an API key (`GET /api-keys/{keyId}`)."""
        _where = 'api_keys.retrieve'
        result: ApiKey = self._call(
            _GET_API_KEY,
            {
                'key_id': key_id,
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
    ) -> _Page[ApiKeyListDataItem]:
        """List API keys (`GET /api-keys`)."""
        _where = 'api_keys.list'
        result: _Page[ApiKeyListDataItem] = self._call(
            _LIST_API_KEYS,
            {
                'cursor': cursor,
                'limit': limit,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def revoke(
        self,
        key_id: Annotated[str, Field(strict=True, max_length=44, description="The API key's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> None:
        """Revoke an API key (`DELETE /api-keys/{keyId}`)."""
        _where = 'api_keys.revoke'
        result: None = self._call(
            _REVOKE_API_KEY,
            {
                'key_id': key_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncApiKeysResource(_AsyncAPIResource):
    """The `apiKeys` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_api_key': 'create',
        'get_api_key': 'retrieve',
        'list_api_keys': 'list',
        'revoke_api_key': 'revoke',
    }
    _SPECS = {
        'create_api_key': _CREATE_API_KEY,
        'get_api_key': _GET_API_KEY,
        'list_api_keys': _LIST_API_KEYS,
        'revoke_api_key': _REVOKE_API_KEY,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def create(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        name: str,
        scopes: List[str],
        expires_at: Union[datetime, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ApiKeyWithSecret:
        """Create an API key (`POST /api-keys`)."""
        _where = 'api_keys.create'
        result: ApiKeyWithSecret = await self._call(
            _CREATE_API_KEY,
            {
                'idempotency_key': idempotency_key,
                'api_key_create': _build_body(ApiKeyCreate, {
                    'name': name,
                    'scopes': scopes,
                    'expires_at': expires_at,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def retrieve(
        self,
        key_id: Annotated[str, Field(strict=True, max_length=44, description="The API key's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ApiKey:
        """Get an API key (`GET /api-keys/{keyId}`)."""
        _where = 'api_keys.retrieve'
        result: ApiKey = await self._call(
            _GET_API_KEY,
            {
                'key_id': key_id,
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
    ) -> _AsyncPager[ApiKeyListDataItem]:
        """List API keys (`GET /api-keys`)."""
        _where = 'api_keys.list'
        result: _AsyncPager[ApiKeyListDataItem] = self._pager(
            _LIST_API_KEYS,
            {
                'cursor': cursor,
                'limit': limit,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def revoke(
        self,
        key_id: Annotated[str, Field(strict=True, max_length=44, description="The API key's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> None:
        """Revoke an API key (`DELETE /api-keys/{keyId}`)."""
        _where = 'api_keys.revoke'
        result: None = await self._call(
            _REVOKE_API_KEY,
            {
                'key_id': key_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result
