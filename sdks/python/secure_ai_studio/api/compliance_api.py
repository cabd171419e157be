"""The `compliance` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
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
from secure_ai_studio.models.compliance_framework import ComplianceFramework  # noqa: F401, F811
from secure_ai_studio.models.compliance_report import ComplianceReport  # noqa: F401, F811
from secure_ai_studio.models.compliance_report_list import ComplianceReportList  # noqa: F401, F811
from secure_ai_studio.models.compliance_report_request import ComplianceReportRequest  # noqa: F401, F811
from secure_ai_studio.models.compliance_framework import ComplianceFramework
from secure_ai_studio.models.compliance_report_format import ComplianceReportFormat
from secure_ai_studio.models.compliance_report_list import ComplianceReportListDataItem
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


_CREATE_COMPLIANCE_REPORT = _Operation(
    name='create_compliance_report', operation_id='createComplianceReport', method='POST', path='/compliance/reports',
    params=(
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('body', 'ComplianceReportRequest', 'compliance_report_request'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '202': "ComplianceReport",
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

_GET_COMPLIANCE_REPORT = _Operation(
    name='get_compliance_report', operation_id='getComplianceReport', method='GET', path='/compliance/reports/{reportId}',
    params=(
        _Param('path', 'reportId', 'report_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "ComplianceReport",
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
    waiter=('status', ('ready', 'failed', )),
)

_LIST_COMPLIANCE_REPORTS = _Operation(
    name='list_compliance_reports', operation_id='listComplianceReports', method='GET', path='/compliance/reports',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
        _Param('query', 'framework', 'framework', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "ComplianceReportList",
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
    "ComplianceResource",
    "AsyncComplianceResource",
]


class ComplianceResource(_SyncAPIResource):
    """The `compliance` operations of `SecureAIStudio` (``client.compliance``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_compliance_report': 'create_report',
        'get_compliance_report': 'retrieve_report',
        'list_compliance_reports': 'list_reports',
    }
    _SPECS = {
        'create_compliance_report': _CREATE_COMPLIANCE_REPORT,
        'get_compliance_report': _GET_COMPLIANCE_REPORT,
        'list_compliance_reports': _LIST_COMPLIANCE_REPORTS,
    }
    _WAITERS = {
        'get_compliance_report': 'wait_for_report',
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def create_report(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        framework: Union[ComplianceFramework, Literal['soc2', 'iso27001', 'gdpr', 'hipaa']],
        period_start: date,
        period_end: date,
        format: Union[Union[ComplianceReportFormat, Literal['pdf', 'json']], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ComplianceReport:
        """Request a compliance report (`POST /compliance/reports`)."""
        _where = 'compliance.create_report'
        result: ComplianceReport = self._call(
            _CREATE_COMPLIANCE_REPORT,
            {
                'idempotency_key': idempotency_key,
                'compliance_report_request': _build_body(ComplianceReportRequest, {
                    'framework': framework,
                    'period_start': period_start,
                    'period_end': period_end,
                    'format': format,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def retrieve_report(
        self,
        report_id: Annotated[str, Field(strict=True, max_length=44, description="The compliance report's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ComplianceReport:
        """Get a compliance report (`GET /compliance/reports/{reportId}`)."""
        _where = 'compliance.retrieve_report'
        result: ComplianceReport = self._call(
            _GET_COMPLIANCE_REPORT,
            {
                'report_id': report_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    def wait_for_report(
        self,
        report_id: Annotated[str, Field(strict=True, max_length=44, description="The compliance report's ID.")],
        *,
        interval: float = _DEFAULT_INTERVAL,
        max_interval: float = _DEFAULT_MAX_INTERVAL,
        timeout: float = _DEFAULT_TIMEOUT,
        extra_headers: Optional[Mapping[str, str]] = None,
        max_retries: Optional[int] = None,
    ) -> ComplianceReport:
        """Waits until `status` is one of `ready`, `failed` (R8) and returns it
        whatever the outcome. ``interval``/``max_interval``/``timeout`` are seconds (`WaitTimeoutError`
        with ``last_state`` past ``timeout``)."""
        result: ComplianceReport = self._wait(
            _GET_COMPLIANCE_REPORT,
            { 'report_id': report_id,  },
            interval, max_interval, timeout, extra_headers, max_retries,
        )
        return result

    @_validate_arguments
    def list_reports(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        framework: Optional[Union[ComplianceFramework, Literal['soc2', 'iso27001', 'gdpr', 'hipaa']]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Page[ComplianceReportListDataItem]:
        """List compliance reports (`GET /compliance/reports`)."""
        _where = 'compliance.list_reports'
        result: _Page[ComplianceReportListDataItem] = self._call(
            _LIST_COMPLIANCE_REPORTS,
            {
                'cursor': cursor,
                'limit': limit,
                'framework': framework,
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncComplianceResource(_AsyncAPIResource):
    """The `compliance` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_compliance_report': 'create_report',
        'get_compliance_report': 'retrieve_report',
        'list_compliance_reports': 'list_reports',
    }
    _SPECS = {
        'create_compliance_report': _CREATE_COMPLIANCE_REPORT,
        'get_compliance_report': _GET_COMPLIANCE_REPORT,
        'list_compliance_reports': _LIST_COMPLIANCE_REPORTS,
    }
    _WAITERS = {
        'get_compliance_report': 'wait_for_report',
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def create_report(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        framework: Union[ComplianceFramework, Literal['soc2', 'iso27001', 'gdpr', 'hipaa']],
        period_start: date,
        period_end: date,
        format: Union[Union[ComplianceReportFormat, Literal['pdf', 'json']], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ComplianceReport:
        """Request a compliance report (`POST /compliance/reports`)."""
        _where = 'compliance.create_report'
        result: ComplianceReport = await self._call(
            _CREATE_COMPLIANCE_REPORT,
            {
                'idempotency_key': idempotency_key,
                'compliance_report_request': _build_body(ComplianceReportRequest, {
                    'framework': framework,
                    'period_start': period_start,
                    'period_end': period_end,
                    'format': format,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def retrieve_report(
        self,
        report_id: Annotated[str, Field(strict=True, max_length=44, description="The compliance report's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> ComplianceReport:
        """Get a compliance report (`GET /compliance/reports/{reportId}`)."""
        _where = 'compliance.retrieve_report'
        result: ComplianceReport = await self._call(
            _GET_COMPLIANCE_REPORT,
            {
                'report_id': report_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    async def wait_for_report(
        self,
        report_id: Annotated[str, Field(strict=True, max_length=44, description="The compliance report's ID.")],
        *,
        interval: float = _DEFAULT_INTERVAL,
        max_interval: float = _DEFAULT_MAX_INTERVAL,
        timeout: float = _DEFAULT_TIMEOUT,
        extra_headers: Optional[Mapping[str, str]] = None,
        max_retries: Optional[int] = None,
    ) -> ComplianceReport:
        """Waits until `status` is one of `ready`, `failed` (R8); cancelling the task stops the wait."""
        result: ComplianceReport = await self._wait(
            _GET_COMPLIANCE_REPORT,
            { 'report_id': report_id,  },
            interval, max_interval, timeout, extra_headers, max_retries,
        )
        return result

    @_validate_arguments
    def list_reports(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        framework: Optional[Union[ComplianceFramework, Literal['soc2', 'iso27001', 'gdpr', 'hipaa']]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncPager[ComplianceReportListDataItem]:
        """List compliance reports (`GET /compliance/reports`)."""
        _where = 'compliance.list_reports'
        result: _AsyncPager[ComplianceReportListDataItem] = self._pager(
            _LIST_COMPLIANCE_REPORTS,
            {
                'cursor': cursor,
                'limit': limit,
                'framework': framework,
            },
            extra_headers, timeout, max_retries,
        )
        return result
