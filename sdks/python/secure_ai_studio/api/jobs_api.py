"""The `jobs` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
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
from secure_ai_studio.models.image_job import ImageJob  # noqa: F401, F811
from secure_ai_studio.models.image_job_request import ImageJobRequest  # noqa: F401, F811
from secure_ai_studio.models.job import Job  # noqa: F401, F811
from secure_ai_studio.models.job_list import JobList  # noqa: F401, F811
from secure_ai_studio.models.job_status import JobStatus  # noqa: F401, F811
from secure_ai_studio.models.job_type import JobType  # noqa: F401, F811
from secure_ai_studio.models.video_job import VideoJob  # noqa: F401, F811
from secure_ai_studio.models.video_job_request import VideoJobRequest  # noqa: F401, F811
from secure_ai_studio.models.image_style import ImageStyle
from secure_ai_studio.models.video_resolution import VideoResolution
from secure_ai_studio.models.job_list import JobListDataItem
from secure_ai_studio.models.job_event import JobEvent
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


_CANCEL_JOB = _Operation(
    name='cancel_job', operation_id='cancelJob', method='POST', path='/jobs/{jobId}/cancel',
    params=(
        _Param('path', 'jobId', 'job_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "Job",
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

_CREATE_IMAGE_JOB = _Operation(
    name='create_image_job', operation_id='createImageJob', method='POST', path='/generate/image',
    params=(
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('body', 'ImageJobRequest', 'image_job_request'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '202': "ImageJob",
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

_CREATE_VIDEO_JOB = _Operation(
    name='create_video_job', operation_id='createVideoJob', method='POST', path='/generate/video',
    params=(
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('body', 'VideoJobRequest', 'video_job_request'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '202': "VideoJob",
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

_GET_JOB = _Operation(
    name='get_job', operation_id='getJob', method='GET', path='/jobs/{jobId}',
    params=(
        _Param('path', 'jobId', 'job_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "Job",
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
    waiter=('status', ('succeeded', 'failed', 'canceled', )),
)

_LIST_JOBS = _Operation(
    name='list_jobs', operation_id='listJobs', method='GET', path='/jobs',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
        _Param('query', 'status', 'status', ''),
        _Param('query', 'type', 'type', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "JobList",
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

_STREAM_JOB_EVENTS = _Operation(
    name='stream_job_events', operation_id='streamJobEvents', method='GET', path='/jobs/{jobId}/events',
    params=(
        _Param('path', 'jobId', 'job_id'),
        _Param('header', 'Last-Event-ID', 'last_event_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "str",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '404': "Problem",
        '429': "Problem",
        '500': "Problem",
        '503': "Problem",
    },
    produces=('text/event-stream', 'application/problem+json', ),
    consumes=(),
    kind=_EVENTS,
    event_model='JobEvent',
)

__all__ = [
    "JobsResource",
    "AsyncJobsResource",
]


class JobsResource(_SyncAPIResource):
    """The `jobs` operations of `SecureAIStudio` (``client.jobs``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'cancel_job': 'cancel',
        'create_image_job': 'create_image',
        'create_video_job': 'create_video',
        'get_job': 'retrieve',
        'list_jobs': 'list',
        'stream_job_events': 'events',
    }
    _SPECS = {
        'cancel_job': _CANCEL_JOB,
        'create_image_job': _CREATE_IMAGE_JOB,
        'create_video_job': _CREATE_VIDEO_JOB,
        'get_job': _GET_JOB,
        'list_jobs': _LIST_JOBS,
        'stream_job_events': _STREAM_JOB_EVENTS,
    }
    _WAITERS = {
        'get_job': 'wait_for',
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def cancel(
        self,
        job_id: Annotated[str, Field(strict=True, max_length=44, description="The job's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Job:
        """Cancel a job (`POST /jobs/{jobId}/cancel`)."""
        _where = 'jobs.cancel'
        result: Job = self._call(
            _CANCEL_JOB,
            {
                'job_id': job_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def create_image(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        prompt: str,
        negative_prompt: Union[str, None, _NotGiven] = _NOT_GIVEN,
        width: Union[int, _NotGiven] = _NOT_GIVEN,
        height: Union[int, _NotGiven] = _NOT_GIVEN,
        style: Union[Union[ImageStyle, Literal['photographic', 'illustration', 'anime', '3d_render', 'pixel_art']], _NotGiven] = _NOT_GIVEN,
        count: Union[int, _NotGiven] = _NOT_GIVEN,
        seed: Union[int, None, _NotGiven] = _NOT_GIVEN,
        template_id: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ImageJob:
        """Generate images (`POST /generate/image`)."""
        _where = 'jobs.create_image'
        result: ImageJob = self._call(
            _CREATE_IMAGE_JOB,
            {
                'idempotency_key': idempotency_key,
                'image_job_request': _build_body(ImageJobRequest, {
                    'prompt': prompt,
                    'negative_prompt': negative_prompt,
                    'width': width,
                    'height': height,
                    'style': style,
                    'count': count,
                    'seed': seed,
                    'template_id': template_id,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def create_video(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        prompt: str,
        duration_seconds: int,
        fps: Union[int, _NotGiven] = _NOT_GIVEN,
        resolution: Union[Union[VideoResolution, Literal['720p', '1080p', '4k']], _NotGiven] = _NOT_GIVEN,
        reference_asset_id: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> VideoJob:
        """Generate a video (`POST /generate/video`)."""
        _where = 'jobs.create_video'
        result: VideoJob = self._call(
            _CREATE_VIDEO_JOB,
            {
                'idempotency_key': idempotency_key,
                'video_job_request': _build_body(VideoJobRequest, {
                    'prompt': prompt,
                    'duration_seconds': duration_seconds,
                    'fps': fps,
                    'resolution': resolution,
                    'reference_asset_id': reference_asset_id,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def retrieve(
        self,
        job_id: Annotated[str, Field(strict=True, max_length=44, description="The job's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Job:
        """Get a job (`GET /jobs/{jobId}`)."""
        _where = 'jobs.retrieve'
        result: Job = self._call(
            _GET_JOB,
            {
                'job_id': job_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    def wait_for(
        self,
        job_id: Annotated[str, Field(strict=True, max_length=44, description="The job's ID.")],
        *,
        interval: float = _DEFAULT_INTERVAL,
        max_interval: float = _DEFAULT_MAX_INTERVAL,
        timeout: float = _DEFAULT_TIMEOUT,
        extra_headers: Optional[Mapping[str, str]] = None,
        max_retries: Optional[int] = None,
    ) -> Job:
        """Waits until `status` is one of `succeeded`, `failed`, `canceled` (R8) and returns it
        whatever the outcome. ``interval``/``max_interval``/``timeout`` are seconds (`WaitTimeoutError`
        with ``last_state`` past ``timeout``)."""
        result: Job = self._wait(
            _GET_JOB,
            { 'job_id': job_id,  },
            interval, max_interval, timeout, extra_headers, max_retries,
        )
        return result

    @_validate_arguments
    def list(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        status: Optional[Union[JobStatus, Literal['queued', 'running', 'succeeded', 'failed', 'canceled']]] = None,
        type: Optional[Union[JobType, Literal['image', 'video']]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Page[JobListDataItem]:
        """List jobs (`GET /jobs`)."""
        _where = 'jobs.list'
        result: _Page[JobListDataItem] = self._call(
            _LIST_JOBS,
            {
                'cursor': cursor,
                'limit': limit,
                'status': status,
                'type': type,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def events(
        self,
        job_id: Annotated[str, Field(strict=True, max_length=44, description="The job's ID.")],
        *,
        last_event_id: Annotated[Optional[Annotated[str, Field(strict=True, max_length=64)]], Field(description="Resume after this event ID.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _EventStream[JobEvent]:
        """Stream job events (`GET /jobs/{jobId}/events`)."""
        _where = 'jobs.events'
        result: _EventStream[JobEvent] = self._call(
            _STREAM_JOB_EVENTS,
            {
                'job_id': job_id,
                'last_event_id': last_event_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncJobsResource(_AsyncAPIResource):
    """The `jobs` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'cancel_job': 'cancel',
        'create_image_job': 'create_image',
        'create_video_job': 'create_video',
        'get_job': 'retrieve',
        'list_jobs': 'list',
        'stream_job_events': 'events',
    }
    _SPECS = {
        'cancel_job': _CANCEL_JOB,
        'create_image_job': _CREATE_IMAGE_JOB,
        'create_video_job': _CREATE_VIDEO_JOB,
        'get_job': _GET_JOB,
        'list_jobs': _LIST_JOBS,
        'stream_job_events': _STREAM_JOB_EVENTS,
    }
    _WAITERS = {
        'get_job': 'wait_for',
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def cancel(
        self,
        job_id: Annotated[str, Field(strict=True, max_length=44, description="The job's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Job:
        """Cancel a job (`POST /jobs/{jobId}/cancel`)."""
        _where = 'jobs.cancel'
        result: Job = await self._call(
            _CANCEL_JOB,
            {
                'job_id': job_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def create_image(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        prompt: str,
        negative_prompt: Union[str, None, _NotGiven] = _NOT_GIVEN,
        width: Union[int, _NotGiven] = _NOT_GIVEN,
        height: Union[int, _NotGiven] = _NOT_GIVEN,
        style: Union[Union[ImageStyle, Literal['photographic', 'illustration', 'anime', '3d_render', 'pixel_art']], _NotGiven] = _NOT_GIVEN,
        count: Union[int, _NotGiven] = _NOT_GIVEN,
        seed: Union[int, None, _NotGiven] = _NOT_GIVEN,
        template_id: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ImageJob:
        """Generate images (`POST /generate/image`)."""
        _where = 'jobs.create_image'
        result: ImageJob = await self._call(
            _CREATE_IMAGE_JOB,
            {
                'idempotency_key': idempotency_key,
                'image_job_request': _build_body(ImageJobRequest, {
                    'prompt': prompt,
                    'negative_prompt': negative_prompt,
                    'width': width,
                    'height': height,
                    'style': style,
                    'count': count,
                    'seed': seed,
                    'template_id': template_id,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def create_video(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        prompt: str,
        duration_seconds: int,
        fps: Union[int, _NotGiven] = _NOT_GIVEN,
        resolution: Union[Union[VideoResolution, Literal['720p', '1080p', '4k']], _NotGiven] = _NOT_GIVEN,
        reference_asset_id: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> VideoJob:
        """Generate a video (`POST /generate/video`)."""
        _where = 'jobs.create_video'
        result: VideoJob = await self._call(
            _CREATE_VIDEO_JOB,
            {
                'idempotency_key': idempotency_key,
                'video_job_request': _build_body(VideoJobRequest, {
                    'prompt': prompt,
                    'duration_seconds': duration_seconds,
                    'fps': fps,
                    'resolution': resolution,
                    'reference_asset_id': reference_asset_id,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def retrieve(
        self,
        job_id: Annotated[str, Field(strict=True, max_length=44, description="The job's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Job:
        """Get a job (`GET /jobs/{jobId}`)."""
        _where = 'jobs.retrieve'
        result: Job = await self._call(
            _GET_JOB,
            {
                'job_id': job_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    async def wait_for(
        self,
        job_id: Annotated[str, Field(strict=True, max_length=44, description="The job's ID.")],
        *,
        interval: float = _DEFAULT_INTERVAL,
        max_interval: float = _DEFAULT_MAX_INTERVAL,
        timeout: float = _DEFAULT_TIMEOUT,
        extra_headers: Optional[Mapping[str, str]] = None,
        max_retries: Optional[int] = None,
    ) -> Job:
        """Waits until `status` is one of `succeeded`, `failed`, `canceled` (R8); cancelling the task stops the wait."""
        result: Job = await self._wait(
            _GET_JOB,
            { 'job_id': job_id,  },
            interval, max_interval, timeout, extra_headers, max_retries,
        )
        return result

    @_validate_arguments
    def list(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        status: Optional[Union[JobStatus, Literal['queued', 'running', 'succeeded', 'failed', 'canceled']]] = None,
        type: Optional[Union[JobType, Literal['image', 'video']]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncPager[JobListDataItem]:
        """List jobs (`GET /jobs`)."""
        _where = 'jobs.list'
        result: _AsyncPager[JobListDataItem] = self._pager(
            _LIST_JOBS,
            {
                'cursor': cursor,
                'limit': limit,
                'status': status,
                'type': type,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def events(
        self,
        job_id: Annotated[str, Field(strict=True, max_length=44, description="The job's ID.")],
        *,
        last_event_id: Annotated[Optional[Annotated[str, Field(strict=True, max_length=64)]], Field(description="Resume after this event ID.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncEventStream[JobEvent]:
        """Stream job events (`GET /jobs/{jobId}/events`)."""
        _where = 'jobs.events'
        result: _AsyncEventStream[JobEvent] = await self._call(
            _STREAM_JOB_EVENTS,
            {
                'job_id': job_id,
                'last_event_id': last_event_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result
