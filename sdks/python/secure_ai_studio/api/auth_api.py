"""The `auth` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
operation (what it is on the wire), and the typed methods of both resources, which hand their
arguments and that row to the shared runtime (`_runtime/client.py`).

Generated from the OpenAPI document by the project's templates (generators/python); do not edit."""
from __future__ import annotations

from datetime import date, datetime  # noqa: F401 (parameter and body field types)
from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing import Any, Dict, List, Literal, Mapping, Optional, Tuple, Union  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from secure_ai_studio.models.principal import Principal  # noqa: F401, F811
from secure_ai_studio.models.refresh_token_request import RefreshTokenRequest  # noqa: F401, F811
from secure_ai_studio.models.revoke_token_request import RevokeTokenRequest  # noqa: F401, F811
from secure_ai_studio.models.token_request import TokenRequest  # noqa: F401, F811
from secure_ai_studio.models.token_response import TokenResponse  # noqa: F401, F811
from secure_ai_studio.models.token_request import TokenRequestParam
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


_CREATE_TOKEN = _Operation(
    name='create_token', operation_id='createToken', method='POST', path='/auth/token',
    params=(
        _Param('body', 'TokenRequest', 'token_request'),
    ),
    auth=(),
    responses={
        '200': "TokenResponse",
        '400': "Problem",
        '401': "Problem",
        '422': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=('application/json', ),
    kind=_JSON,
)

_GET_CURRENT_PRINCIPAL = _Operation(
    name='get_current_principal', operation_id='getCurrentPrincipal', method='GET', path='/auth/me',
    params=(
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "Principal",
        '400': "Problem",
        '401': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

_REFRESH_TOKEN = _Operation(
    name='refresh_token', operation_id='refreshToken', method='POST', path='/auth/refresh',
    params=(
        _Param('body', 'RefreshTokenRequest', 'refresh_token_request'),
    ),
    auth=(),
    responses={
        '200': "TokenResponse",
        '400': "Problem",
        '401': "Problem",
        '422': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=('application/json', ),
    kind=_JSON,
)

_REVOKE_TOKEN = _Operation(
    name='revoke_token', operation_id='revokeToken', method='POST', path='/auth/revoke',
    params=(
        _Param('body', 'RevokeTokenRequest', 'revoke_token_request'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '204': None,
        '400': "Problem",
        '401': "Problem",
        '422': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/problem+json', ),
    consumes=('application/json', ),
    kind=_JSON,
)

__all__ = [
    "AuthResource",
    "AsyncAuthResource",
]


class AuthResource(_SyncAPIResource):
    """The `auth` operations of `SecureAIStudio` (``client.auth``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_token': 'create_token',
        'get_current_principal': 'me',
        'refresh_token': 'refresh',
        'revoke_token': 'revoke',
    }
    _SPECS = {
        'create_token': _CREATE_TOKEN,
        'get_current_principal': _GET_CURRENT_PRINCIPAL,
        'refresh_token': _REFRESH_TOKEN,
        'revoke_token': _REVOKE_TOKEN,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def create_token(
        self,
        *,
        body: Union[TokenRequest, TokenRequestParam],
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> TokenResponse:
        """Issue an access token (`POST /auth/token`)."""
        _where = 'auth.create_token'
        result: TokenResponse = self._call(
            _CREATE_TOKEN,
            {
                'token_request': body,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def me(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Principal:
        """Get the current principal (`GET /auth/me`)."""
        _where = 'auth.me'
        result: Principal = self._call(
            _GET_CURRENT_PRINCIPAL,
            {
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def refresh(
        self,
        *,
        refresh_token: str,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> TokenResponse:
        """Refresh an access token (`POST /auth/refresh`)."""
        _where = 'auth.refresh'
        result: TokenResponse = self._call(
            _REFRESH_TOKEN,
            {
                'refresh_token_request': _build_body(RefreshTokenRequest, {
                    'refresh_token': refresh_token,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def revoke(
        self,
        *,
        token: str,
        token_type_hint: Union[Literal['access_token', 'refresh_token'], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> None:
        """Revoke a token (`POST /auth/revoke`)."""
        _where = 'auth.revoke'
        result: None = self._call(
            _REVOKE_TOKEN,
            {
                'revoke_token_request': _build_body(RevokeTokenRequest, {
                    'token': token,
                    'token_type_hint': token_type_hint,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncAuthResource(_AsyncAPIResource):
    """The `auth` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_token': 'create_token',
        'get_current_principal': 'me',
        'refresh_token': 'refresh',
        'revoke_token': 'revoke',
    }
    _SPECS = {
        'create_token': _CREATE_TOKEN,
        'get_current_principal': _GET_CURRENT_PRINCIPAL,
        'refresh_token': _REFRESH_TOKEN,
        'revoke_token': _REVOKE_TOKEN,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def create_token(
        self,
        *,
        body: Union[TokenRequest, TokenRequestParam],
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> TokenResponse:
        """Issue an access token (`POST /auth/token`)."""
        _where = 'auth.create_token'
        result: TokenResponse = await self._call(
            _CREATE_TOKEN,
            {
                'token_request': body,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def me(
        self,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Principal:
        """Get the current principal (`GET /auth/me`)."""
        _where = 'auth.me'
        result: Principal = await self._call(
            _GET_CURRENT_PRINCIPAL,
            {
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def refresh(
        self,
        *,
        refresh_token: str,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> TokenResponse:
        """Refresh an access token (`POST /auth/refresh`)."""
        _where = 'auth.refresh'
        result: TokenResponse = await self._call(
            _REFRESH_TOKEN,
            {
                'refresh_token_request': _build_body(RefreshTokenRequest, {
                    'refresh_token': refresh_token,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def revoke(
        self,
        *,
        token: str,
        token_type_hint: Union[Literal['access_token', 'refresh_token'], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> None:
        """Revoke a token (`POST /auth/revoke`)."""
        _where = 'auth.revoke'
        result: None = await self._call(
            _REVOKE_TOKEN,
            {
                'revoke_token_request': _build_body(RevokeTokenRequest, {
                    'token': token,
                    'token_type_hint': token_type_hint,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result
