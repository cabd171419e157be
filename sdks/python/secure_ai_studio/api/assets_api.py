"""The `assets` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
operation (what it is on the wire), and the typed methods of both resources, which hand their
arguments and that row to the shared runtime (`_runtime/client.py`).

Generated from the OpenAPI document by the project's templates (generators/python); do not edit."""
from __future__ import annotations

from datetime import date, datetime  # noqa: F401 (parameter and body field types)
from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing import Any, Dict, List, Literal, Mapping, Optional, Tuple, Union  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from pydantic import Field, StrictBytes, StrictStr, field_validator  # noqa: F401, F811
from typing import Optional, Tuple, Union  # noqa: F401, F811
from typing_extensions import Annotated  # noqa: F401, F811
from secure_ai_studio.models.asset import Asset  # noqa: F401, F811
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


_DOWNLOAD_ASSET_CONTENT = _Operation(
    name='download_asset_content', operation_id='downloadAssetContent', method='GET', path='/assets/{assetId}/content',
    params=(
        _Param('path', 'assetId', 'asset_id'),
        _Param('header', 'Range', 'range'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "bytes",
        '206': "bytes",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '404': "Problem",
        '416': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('image/png', 'video/mp4', 'application/problem+json', ),
    consumes=(),
    kind=_BINARY,
)

_GET_ASSET = _Operation(
    name='get_asset', operation_id='getAsset', method='GET', path='/assets/{assetId}',
    params=(
        _Param('path', 'assetId', 'asset_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "Asset",
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

_UPLOAD_REFERENCE_IMAGE = _Operation(
    name='upload_reference_image', operation_id='uploadReferenceImage', method='POST', path='/assets',
    params=(
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('file', 'file', 'file'),
        _Param('form', 'description', 'description'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '201': "Asset",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '422': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/json', 'application/problem+json', ),
    consumes=('multipart/form-data', ),
    kind=_JSON,
)

__all__ = [
    "AssetsResource",
    "AsyncAssetsResource",
]


class AssetsResource(_SyncAPIResource):
    """The `assets` operations of `SecureAIStudio` (``client.assets``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'download_asset_content': 'download',
        'get_asset': 'retrieve',
        'upload_reference_image': 'upload',
    }
    _SPECS = {
        'download_asset_content': _DOWNLOAD_ASSET_CONTENT,
        'get_asset': _GET_ASSET,
        'upload_reference_image': _UPLOAD_REFERENCE_IMAGE,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def download(
        self,
        asset_id: Annotated[str, Field(strict=True, max_length=44, description="The asset's ID.")],
        *,
        range: Annotated[Optional[Annotated[str, Field(strict=True, max_length=64)]], Field(description="A single byte range (RFC 9110), for example `bytes=0-1023`.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _BinaryResponse:
        """Download asset content (`GET /assets/{assetId}/content`)."""
        _where = 'assets.download'
        result: _BinaryResponse = self._call(
            _DOWNLOAD_ASSET_CONTENT,
            {
                'asset_id': asset_id,
                'range': range,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def retrieve(
        self,
        asset_id: Annotated[str, Field(strict=True, max_length=44, description="The asset's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Asset:
        """Get asset metadata (`GET /assets/{assetId}`)."""
        _where = 'assets.retrieve'
        result: Asset = self._call(
            _GET_ASSET,
            {
                'asset_id': asset_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def upload(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        file: Union[Annotated[Union[Annotated[bytes, Field(strict=True, max_length=20971520)], Annotated[str, Field(strict=True, max_length=20971520)], Tuple[str, Annotated[bytes, Field(strict=True, max_length=20971520)]]], Field(description="The image bytes (PNG, JPEG or WebP, at most 20 MiB).")], Tuple[StrictStr, StrictBytes, StrictStr]],
        description: Annotated[Optional[Annotated[str, Field(strict=True, max_length=2000)]], Field(description="A free-text description.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Asset:
        """Upload a reference image (`POST /assets`)."""
        _where = 'assets.upload'
        result: Asset = self._call(
            _UPLOAD_REFERENCE_IMAGE,
            {
                'idempotency_key': idempotency_key,
                'file': file,
                'description': description,
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncAssetsResource(_AsyncAPIResource):
    """The `assets` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'download_asset_content': 'download',
        'get_asset': 'retrieve',
        'upload_reference_image': 'upload',
    }
    _SPECS = {
        'download_asset_content': _DOWNLOAD_ASSET_CONTENT,
        'get_asset': _GET_ASSET,
        'upload_reference_image': _UPLOAD_REFERENCE_IMAGE,
    }
    _WAITERS = {
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def download(
        self,
        asset_id: Annotated[str, Field(strict=True, max_length=44, description="The asset's ID.")],
        *,
        range: Annotated[Optional[Annotated[str, Field(strict=True, max_length=64)]], Field(description="A single byte range (RFC 9110), for example `bytes=0-1023`.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncBinaryResponse:
        """Download asset content (`GET /assets/{assetId}/content`)."""
        _where = 'assets.download'
        result: _AsyncBinaryResponse = await self._call(
            _DOWNLOAD_ASSET_CONTENT,
            {
                'asset_id': asset_id,
                'range': range,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def retrieve(
        self,
        asset_id: Annotated[str, Field(strict=True, max_length=44, description="The asset's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Asset:
        """Get asset metadata (`GET /assets/{assetId}`)."""
        _where = 'assets.retrieve'
        result: Asset = await self._call(
            _GET_ASSET,
            {
                'asset_id': asset_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def upload(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        file: Union[Annotated[Union[Annotated[bytes, Field(strict=True, max_length=20971520)], Annotated[str, Field(strict=True, max_length=20971520)], Tuple[str, Annotated[bytes, Field(strict=True, max_length=20971520)]]], Field(description="The image bytes (PNG, JPEG or WebP, at most 20 MiB).")], Tuple[StrictStr, StrictBytes, StrictStr]],
        description: Annotated[Optional[Annotated[str, Field(strict=True, max_length=2000)]], Field(description="A free-text description.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Asset:
        """Upload a reference image (`POST /assets`)."""
        _where = 'assets.upload'
        result: Asset = await self._call(
            _UPLOAD_REFERENCE_IMAGE,
            {
                'idempotency_key': idempotency_key,
                'file': file,
                'description': description,
            },
            extra_headers, timeout, max_retries,
        )
        return result
