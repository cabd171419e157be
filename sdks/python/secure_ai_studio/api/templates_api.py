"""The `templates` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
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
from secure_ai_studio.models.job_type import JobType  # noqa: F401, F811
from secure_ai_studio.models.template import Template  # noqa: F401, F811
from secure_ai_studio.models.template_create import TemplateCreate  # noqa: F401, F811
from secure_ai_studio.models.template_list import TemplateList  # noqa: F401, F811
from secure_ai_studio.models.template_update import TemplateUpdate  # noqa: F401, F811
from secure_ai_studio.models.job_type import JobType
from secure_ai_studio.models.template_visibility import TemplateVisibility
from secure_ai_studio.models.template_list import TemplateListDataItem
from secure_ai_studio.models.template_visibility import TemplateVisibility
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


_CREATE_TEMPLATE = _Operation(
    name='create_template', operation_id='createTemplate', method='POST', path='/templates',
    params=(
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('body', 'TemplateCreate', 'template_create'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '201': "Template",
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

_DELETE_TEMPLATE = _Operation(
    name='delete_template', operation_id='deleteTemplate', method='DELETE', path='/templates/{templateId}',
    params=(
        _Param('path', 'templateId', 'template_id'),
        _Param('header', 'If-Match', 'if_match'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '204': None,
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '404': "Problem",
        '412': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('application/problem+json', ),
    consumes=(),
    kind=_JSON,
)

_GET_TEMPLATE = _Operation(
    name='get_template', operation_id='getTemplate', method='GET', path='/templates/{templateId}',
    params=(
        _Param('path', 'templateId', 'template_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "Template",
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

_LIST_TEMPLATES = _Operation(
    name='list_templates', operation_id='listTemplates', method='GET', path='/templates',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
        _Param('query', 'kind', 'kind', ''),
        _Param('query', 'tag', 'tag', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "TemplateList",
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

_UPDATE_TEMPLATE = _Operation(
    name='update_template', operation_id='updateTemplate', method='PATCH', path='/templates/{templateId}',
    params=(
        _Param('path', 'templateId', 'template_id'),
        _Param('header', 'If-Match', 'if_match'),
        _Param('body', 'TemplateUpdate', 'template_update'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "Template",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '404': "Problem",
        '412': "Problem",
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
    "TemplatesResource",
    "AsyncTemplatesResource",
]


class TemplatesResource(_SyncAPIResource):
    """The `templates` operations of `SecureAIStudio` (``client.templates``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_template': 'create',
        'delete_template': 'delete',
        'get_template': 'retrieve',
        'list_templates': 'list',
        'update_template': 'update',
    }
    _SPECS = {
        'create_template': _CREATE_TEMPLATE,
        'delete_template': _DELETE_TEMPLATE,
        'get_template': _GET_TEMPLATE,
        'list_templates': _LIST_TEMPLATES,
        'update_template': _UPDATE_TEMPLATE,
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
        kind: Union[JobType, Literal['image', 'video']],
        description: Union[str, None, _NotGiven] = _NOT_GIVEN,
        prompt: str,
        tags: Union[List[str], _NotGiven] = _NOT_GIVEN,
        visibility: Union[Union[TemplateVisibility, Literal['private', 'team']], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Template:
        """Create a template (`POST /templates`)."""
        _where = 'templates.create'
        result: Template = self._call(
            _CREATE_TEMPLATE,
            {
                'idempotency_key': idempotency_key,
                'template_create': _build_body(TemplateCreate, {
                    'name': name,
                    'kind': kind,
                    'description': description,
                    'prompt': prompt,
                    'tags': tags,
                    'visibility': visibility,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def delete(
        self,
        template_id: Annotated[str, Field(strict=True, max_length=44, description="The template's ID.")],
        *,
        if_match: Annotated[str, Field(strict=True, max_length=130, description="The ETag the change is based on, from the last read of the resource.")],
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> None:
        """Delete a template (`DELETE /templates/{templateId}`)."""
        _where = 'templates.delete'
        result: None = self._call(
            _DELETE_TEMPLATE,
            {
                'template_id': template_id,
                'if_match': if_match,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def retrieve(
        self,
        template_id: Annotated[str, Field(strict=True, max_length=44, description="The template's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Template:
        """Get a template (`GET /templates/{templateId}`)."""
        _where = 'templates.retrieve'
        result: Template = self._call(
            _GET_TEMPLATE,
            {
                'template_id': template_id,
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
        kind: Optional[Union[JobType, Literal['image', 'video']]] = None,
        tag: Annotated[Optional[Annotated[str, Field(strict=True, max_length=32)]], Field(description="Only templates carrying this tag.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Page[TemplateListDataItem]:
        """List templates (`GET /templates`)."""
        _where = 'templates.list'
        result: _Page[TemplateListDataItem] = self._call(
            _LIST_TEMPLATES,
            {
                'cursor': cursor,
                'limit': limit,
                'kind': kind,
                'tag': tag,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def update(
        self,
        template_id: Annotated[str, Field(strict=True, max_length=44, description="The template's ID.")],
        *,
        if_match: Annotated[str, Field(strict=True, max_length=130, description="The ETag the change is based on, from the last read of the resource.")],
        name: Union[str, _NotGiven] = _NOT_GIVEN,
        description: Union[str, None, _NotGiven] = _NOT_GIVEN,
        prompt: Union[str, _NotGiven] = _NOT_GIVEN,
        tags: Union[List[str], _NotGiven] = _NOT_GIVEN,
        visibility: Union[Union[TemplateVisibility, Literal['private', 'team']], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Template:
        """Update a template (`PATCH /templates/{templateId}`)."""
        _where = 'templates.update'
        result: Template = self._call(
            _UPDATE_TEMPLATE,
            {
                'template_id': template_id,
                'if_match': if_match,
                'template_update': _build_body(TemplateUpdate, {
                    'name': name,
                    'description': description,
                    'prompt': prompt,
                    'tags': tags,
                    'visibility': visibility,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncTemplatesResource(_AsyncAPIResource):
    """The `templates` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_template': 'create',
        'delete_template': 'delete',
        'get_template': 'retrieve',
        'list_templates': 'list',
        'update_template': 'update',
    }
    _SPECS = {
        'create_template': _CREATE_TEMPLATE,
        'delete_template': _DELETE_TEMPLATE,
        'get_template': _GET_TEMPLATE,
        'list_templates': _LIST_TEMPLATES,
        'update_template': _UPDATE_TEMPLATE,
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
        kind: Union[JobType, Literal['image', 'video']],
        description: Union[str, None, _NotGiven] = _NOT_GIVEN,
        prompt: str,
        tags: Union[List[str], _NotGiven] = _NOT_GIVEN,
        visibility: Union[Union[TemplateVisibility, Literal['private', 'team']], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Template:
        """Create a template (`POST /templates`)."""
        _where = 'templates.create'
        result: Template = await self._call(
            _CREATE_TEMPLATE,
            {
                'idempotency_key': idempotency_key,
                'template_create': _build_body(TemplateCreate, {
                    'name': name,
                    'kind': kind,
                    'description': description,
                    'prompt': prompt,
                    'tags': tags,
                    'visibility': visibility,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def delete(
        self,
        template_id: Annotated[str, Field(strict=True, max_length=44, description="The template's ID.")],
        *,
        if_match: Annotated[str, Field(strict=True, max_length=130, description="The ETag the change is based on, from the last read of the resource.")],
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> None:
        """Delete a template (`DELETE /templates/{templateId}`)."""
        _where = 'templates.delete'
        result: None = await self._call(
            _DELETE_TEMPLATE,
            {
                'template_id': template_id,
                'if_match': if_match,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def retrieve(
        self,
        template_id: Annotated[str, Field(strict=True, max_length=44, description="The template's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Template:
        """Get a template (`GET /templates/{templateId}`)."""
        _where = 'templates.retrieve'
        result: Template = await self._call(
            _GET_TEMPLATE,
            {
                'template_id': template_id,
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
        kind: Optional[Union[JobType, Literal['image', 'video']]] = None,
        tag: Annotated[Optional[Annotated[str, Field(strict=True, max_length=32)]], Field(description="Only templates carrying this tag.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncPager[TemplateListDataItem]:
        """List templates (`GET /templates`)."""
        _where = 'templates.list'
        result: _AsyncPager[TemplateListDataItem] = self._pager(
            _LIST_TEMPLATES,
            {
                'cursor': cursor,
                'limit': limit,
                'kind': kind,
                'tag': tag,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def update(
        self,
        template_id: Annotated[str, Field(strict=True, max_length=44, description="The template's ID.")],
        *,
        if_match: Annotated[str, Field(strict=True, max_length=130, description="The ETag the change is based on, from the last read of the resource.")],
        name: Union[str, _NotGiven] = _NOT_GIVEN,
        description: Union[str, None, _NotGiven] = _NOT_GIVEN,
        prompt: Union[str, _NotGiven] = _NOT_GIVEN,
        tags: Union[List[str], _NotGiven] = _NOT_GIVEN,
        visibility: Union[Union[TemplateVisibility, Literal['private', 'team']], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Template:
        """Update a template (`PATCH /templates/{templateId}`)."""
        _where = 'templates.update'
        result: Template = await self._call(
            _UPDATE_TEMPLATE,
            {
                'template_id': template_id,
                'if_match': if_match,
                'template_update': _build_body(TemplateUpdate, {
                    'name': name,
                    'description': description,
                    'prompt': prompt,
                    'tags': tags,
                    'visibility': visibility,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result
