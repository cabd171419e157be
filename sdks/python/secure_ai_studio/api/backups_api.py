"""The `backups` resource of `SecureAIStudio` and `AsyncSecureAIStudio`: one `Operation` row per
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
from secure_ai_studio.models.backup import Backup  # noqa: F401, F811
from secure_ai_studio.models.backup_create import BackupCreate  # noqa: F401, F811
from secure_ai_studio.models.backup_list import BackupList  # noqa: F401, F811
from secure_ai_studio.models.backup_policy import BackupPolicy  # noqa: F401, F811
from secure_ai_studio.models.backup_policy_create import BackupPolicyCreate  # noqa: F401, F811
from secure_ai_studio.models.backup_policy_list import BackupPolicyList  # noqa: F401, F811
from secure_ai_studio.models.backup_policy_update import BackupPolicyUpdate  # noqa: F401, F811
from secure_ai_studio.models.backup_status import BackupStatus  # noqa: F401, F811
from secure_ai_studio.models.restore import Restore  # noqa: F401, F811
from secure_ai_studio.models.restore_request import RestoreRequest  # noqa: F401, F811
from secure_ai_studio.models.backup_destination import BackupDestination, BackupDestinationParam
from secure_ai_studio.models.backup_scope_item import BackupScopeItem
from secure_ai_studio.models.encryption_settings import EncryptionSettings, EncryptionSettingsParam
from secure_ai_studio.models.backup_destination import BackupDestination, BackupDestinationParam
from secure_ai_studio.models.backup_scope_item import BackupScopeItem
from secure_ai_studio.models.encryption_settings import EncryptionSettings, EncryptionSettingsParam
from secure_ai_studio.models.backup_policy_list import BackupPolicyListDataItem
from secure_ai_studio.models.backup_list import BackupListDataItem
from secure_ai_studio.models.backup_scope_item import BackupScopeItem
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


_CREATE_BACKUP = _Operation(
    name='create_backup', operation_id='createBackup', method='POST', path='/backups',
    params=(
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('body', 'BackupCreate', 'backup_create'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '202': "Backup",
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

_CREATE_BACKUP_POLICY = _Operation(
    name='create_backup_policy', operation_id='createBackupPolicy', method='POST', path='/backup-policies',
    params=(
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('body', 'BackupPolicyCreate', 'backup_policy_create'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '201': "BackupPolicy",
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

_DELETE_BACKUP_POLICY = _Operation(
    name='delete_backup_policy', operation_id='deleteBackupPolicy', method='DELETE', path='/backup-policies/{policyId}',
    params=(
        _Param('path', 'policyId', 'policy_id'),
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

_GET_BACKUP = _Operation(
    name='get_backup', operation_id='getBackup', method='GET', path='/backups/{backupId}',
    params=(
        _Param('path', 'backupId', 'backup_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "Backup",
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
    waiter=('status', ('completed', 'failed', )),
)

_GET_BACKUP_POLICY = _Operation(
    name='get_backup_policy', operation_id='getBackupPolicy', method='GET', path='/backup-policies/{policyId}',
    params=(
        _Param('path', 'policyId', 'policy_id'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "BackupPolicy",
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

_LIST_BACKUP_POLICIES = _Operation(
    name='list_backup_policies', operation_id='listBackupPolicies', method='GET', path='/backup-policies',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "BackupPolicyList",
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

_LIST_BACKUPS = _Operation(
    name='list_backups', operation_id='listBackups', method='GET', path='/backups',
    params=(
        _Param('query', 'cursor', 'cursor', ''),
        _Param('query', 'limit', 'limit', ''),
        _Param('query', 'status', 'status', ''),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "BackupList",
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

_RESTORE_BACKUP = _Operation(
    name='restore_backup', operation_id='restoreBackup', method='POST', path='/backups/{backupId}/restore',
    params=(
        _Param('path', 'backupId', 'backup_id'),
        _Param('header', 'Idempotency-Key', 'idempotency_key'),
        _Param('body', 'RestoreRequest', 'restore_request'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '202': "Restore",
        '400': "Problem",
        '401': "Problem",
        '403': "Problem",
        '404': "Problem",
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

_UPDATE_BACKUP_POLICY = _Operation(
    name='update_backup_policy', operation_id='updateBackupPolicy', method='PATCH', path='/backup-policies/{policyId}',
    params=(
        _Param('path', 'policyId', 'policy_id'),
        _Param('body', 'BackupPolicyUpdate', 'backup_policy_update'),
    ),
    auth=('apiKeyAuth', 'bearerAuth', ),
    responses={
        '200': "BackupPolicy",
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
    "BackupsResource",
    "AsyncBackupsResource",
]


class BackupsResource(_SyncAPIResource):
    """The `backups` operations of `SecureAIStudio` (``client.backups``)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_backup': 'create',
        'create_backup_policy': 'create_policy',
        'delete_backup_policy': 'delete_policy',
        'get_backup': 'retrieve',
        'get_backup_policy': 'retrieve_policy',
        'list_backup_policies': 'list_policies',
        'list_backups': 'list',
        'restore_backup': 'restore',
        'update_backup_policy': 'update_policy',
    }
    _SPECS = {
        'create_backup': _CREATE_BACKUP,
        'create_backup_policy': _CREATE_BACKUP_POLICY,
        'delete_backup_policy': _DELETE_BACKUP_POLICY,
        'get_backup': _GET_BACKUP,
        'get_backup_policy': _GET_BACKUP_POLICY,
        'list_backup_policies': _LIST_BACKUP_POLICIES,
        'list_backups': _LIST_BACKUPS,
        'restore_backup': _RESTORE_BACKUP,
        'update_backup_policy': _UPDATE_BACKUP_POLICY,
    }
    _WAITERS = {
        'get_backup': 'wait_for',
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    def create(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        destination: Union[BackupDestination, BackupDestinationParam],
        scope: List[Union[BackupScopeItem, Literal['templates', 'assets', 'audit_events', 'users']]],
        regions: Union[List[str], _NotGiven] = _NOT_GIVEN,
        encryption: Union[Union[EncryptionSettings, EncryptionSettingsParam], _NotGiven] = _NOT_GIVEN,
        description: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Backup:
        """Create a backup (`POST /backups`)."""
        _where = 'backups.create'
        result: Backup = self._call(
            _CREATE_BACKUP,
            {
                'idempotency_key': idempotency_key,
                'backup_create': _build_body(BackupCreate, {
                    'destination': destination,
                    'scope': scope,
                    'regions': regions,
                    'encryption': encryption,
                    'description': description,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def create_policy(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        name: str,
        enabled: Union[bool, _NotGiven] = _NOT_GIVEN,
        schedule: str,
        retention_days: int,
        destination: Union[BackupDestination, BackupDestinationParam],
        regions: Union[List[str], _NotGiven] = _NOT_GIVEN,
        scope: List[Union[BackupScopeItem, Literal['templates', 'assets', 'audit_events', 'users']]],
        encryption: Union[Union[EncryptionSettings, EncryptionSettingsParam], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> BackupPolicy:
        """Create a backup policy (`POST /backup-policies`)."""
        _where = 'backups.create_policy'
        result: BackupPolicy = self._call(
            _CREATE_BACKUP_POLICY,
            {
                'idempotency_key': idempotency_key,
                'backup_policy_create': _build_body(BackupPolicyCreate, {
                    'name': name,
                    'enabled': enabled,
                    'schedule': schedule,
                    'retention_days': retention_days,
                    'destination': destination,
                    'regions': regions,
                    'scope': scope,
                    'encryption': encryption,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def delete_policy(
        self,
        policy_id: Annotated[str, Field(strict=True, max_length=44, description="The backup policy's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> None:
        """Delete a backup policy (`DELETE /backup-policies/{policyId}`)."""
        _where = 'backups.delete_policy'
        result: None = self._call(
            _DELETE_BACKUP_POLICY,
            {
                'policy_id': policy_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def retrieve(
        self,
        backup_id: Annotated[str, Field(strict=True, max_length=44, description="The backup's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Backup:
        """Get a backup (`GET /backups/{backupId}`)."""
        _where = 'backups.retrieve'
        result: Backup = self._call(
            _GET_BACKUP,
            {
                'backup_id': backup_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    def wait_for(
        self,
        backup_id: Annotated[str, Field(strict=True, max_length=44, description="The backup's ID.")],
        *,
        interval: float = _DEFAULT_INTERVAL,
        max_interval: float = _DEFAULT_MAX_INTERVAL,
        timeout: float = _DEFAULT_TIMEOUT,
        extra_headers: Optional[Mapping[str, str]] = None,
        max_retries: Optional[int] = None,
    ) -> Backup:
        """Waits until `status` is one of `completed`, `failed` (R8) and returns it
        whatever the outcome. ``interval``/``max_interval``/``timeout`` are seconds (`WaitTimeoutError`
        with ``last_state`` past ``timeout``)."""
        result: Backup = self._wait(
            _GET_BACKUP,
            { 'backup_id': backup_id,  },
            interval, max_interval, timeout, extra_headers, max_retries,
        )
        return result

    @_validate_arguments
    def retrieve_policy(
        self,
        policy_id: Annotated[str, Field(strict=True, max_length=44, description="The backup policy's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> BackupPolicy:
        """Get a backup policy (`GET /backup-policies/{policyId}`)."""
        _where = 'backups.retrieve_policy'
        result: BackupPolicy = self._call(
            _GET_BACKUP_POLICY,
            {
                'policy_id': policy_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def list_policies(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Page[BackupPolicyListDataItem]:
        """List backup policies (`GET /backup-policies`)."""
        _where = 'backups.list_policies'
        result: _Page[BackupPolicyListDataItem] = self._call(
            _LIST_BACKUP_POLICIES,
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
        status: Optional[Union[BackupStatus, Literal['pending', 'running', 'completed', 'failed']]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _Page[BackupListDataItem]:
        """List backups (`GET /backups`)."""
        _where = 'backups.list'
        result: _Page[BackupListDataItem] = self._call(
            _LIST_BACKUPS,
            {
                'cursor': cursor,
                'limit': limit,
                'status': status,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def restore(
        self,
        backup_id: Annotated[str, Field(strict=True, max_length=44, description="The backup's ID.")],
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        scope: List[Union[BackupScopeItem, Literal['templates', 'assets', 'audit_events', 'users']]],
        target_region: Union[str, None, _NotGiven] = _NOT_GIVEN,
        dry_run: Union[bool, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Restore:
        """Restore a backup (`POST /backups/{backupId}/restore`)."""
        _where = 'backups.restore'
        result: Restore = self._call(
            _RESTORE_BACKUP,
            {
                'backup_id': backup_id,
                'idempotency_key': idempotency_key,
                'restore_request': _build_body(RestoreRequest, {
                    'scope': scope,
                    'target_region': target_region,
                    'dry_run': dry_run,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def update_policy(
        self,
        policy_id: Annotated[str, Field(strict=True, max_length=44, description="The backup policy's ID.")],
        *,
        name: Union[str, _NotGiven] = _NOT_GIVEN,
        enabled: Union[bool, _NotGiven] = _NOT_GIVEN,
        schedule: Union[str, _NotGiven] = _NOT_GIVEN,
        retention_days: Union[int, _NotGiven] = _NOT_GIVEN,
        regions: Union[List[str], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> BackupPolicy:
        """Update a backup policy (`PATCH /backup-policies/{policyId}`)."""
        _where = 'backups.update_policy'
        result: BackupPolicy = self._call(
            _UPDATE_BACKUP_POLICY,
            {
                'policy_id': policy_id,
                'backup_policy_update': _build_body(BackupPolicyUpdate, {
                    'name': name,
                    'enabled': enabled,
                    'schedule': schedule,
                    'retention_days': retention_days,
                    'regions': regions,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result


class AsyncBackupsResource(_AsyncAPIResource):
    """The `backups` operations of `AsyncSecureAIStudio`; cancelling the awaiting task cancels the call (R2.3)."""

    # operation (snake-cased operationId) -> this resource's method, its Operation row, and poll
    # operation -> waiter: what a generic caller (the conformance driver) looks methods up by.
    _OPERATIONS = {
        'create_backup': 'create',
        'create_backup_policy': 'create_policy',
        'delete_backup_policy': 'delete_policy',
        'get_backup': 'retrieve',
        'get_backup_policy': 'retrieve_policy',
        'list_backup_policies': 'list_policies',
        'list_backups': 'list',
        'restore_backup': 'restore',
        'update_backup_policy': 'update_policy',
    }
    _SPECS = {
        'create_backup': _CREATE_BACKUP,
        'create_backup_policy': _CREATE_BACKUP_POLICY,
        'delete_backup_policy': _DELETE_BACKUP_POLICY,
        'get_backup': _GET_BACKUP,
        'get_backup_policy': _GET_BACKUP_POLICY,
        'list_backup_policies': _LIST_BACKUP_POLICIES,
        'list_backups': _LIST_BACKUPS,
        'restore_backup': _RESTORE_BACKUP,
        'update_backup_policy': _UPDATE_BACKUP_POLICY,
    }
    _WAITERS = {
        'get_backup': 'wait_for',
    }
    # GraphQL operation (x-graphql) -> its methods: what a generic caller finds query/subscribe by.
    _GRAPHQL = {
    }

    @_validate_arguments
    async def create(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        destination: Union[BackupDestination, BackupDestinationParam],
        scope: List[Union[BackupScopeItem, Literal['templates', 'assets', 'audit_events', 'users']]],
        regions: Union[List[str], _NotGiven] = _NOT_GIVEN,
        encryption: Union[Union[EncryptionSettings, EncryptionSettingsParam], _NotGiven] = _NOT_GIVEN,
        description: Union[str, None, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Backup:
        """Create a backup (`POST /backups`)."""
        _where = 'backups.create'
        result: Backup = await self._call(
            _CREATE_BACKUP,
            {
                'idempotency_key': idempotency_key,
                'backup_create': _build_body(BackupCreate, {
                    'destination': destination,
                    'scope': scope,
                    'regions': regions,
                    'encryption': encryption,
                    'description': description,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def create_policy(
        self,
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        name: str,
        enabled: Union[bool, _NotGiven] = _NOT_GIVEN,
        schedule: str,
        retention_days: int,
        destination: Union[BackupDestination, BackupDestinationParam],
        regions: Union[List[str], _NotGiven] = _NOT_GIVEN,
        scope: List[Union[BackupScopeItem, Literal['templates', 'assets', 'audit_events', 'users']]],
        encryption: Union[Union[EncryptionSettings, EncryptionSettingsParam], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> BackupPolicy:
        """Create a backup policy (`POST /backup-policies`)."""
        _where = 'backups.create_policy'
        result: BackupPolicy = await self._call(
            _CREATE_BACKUP_POLICY,
            {
                'idempotency_key': idempotency_key,
                'backup_policy_create': _build_body(BackupPolicyCreate, {
                    'name': name,
                    'enabled': enabled,
                    'schedule': schedule,
                    'retention_days': retention_days,
                    'destination': destination,
                    'regions': regions,
                    'scope': scope,
                    'encryption': encryption,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def delete_policy(
        self,
        policy_id: Annotated[str, Field(strict=True, max_length=44, description="The backup policy's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> None:
        """Delete a backup policy (`DELETE /backup-policies/{policyId}`)."""
        _where = 'backups.delete_policy'
        result: None = await self._call(
            _DELETE_BACKUP_POLICY,
            {
                'policy_id': policy_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def retrieve(
        self,
        backup_id: Annotated[str, Field(strict=True, max_length=44, description="The backup's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Backup:
        """Get a backup (`GET /backups/{backupId}`)."""
        _where = 'backups.retrieve'
        result: Backup = await self._call(
            _GET_BACKUP,
            {
                'backup_id': backup_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    async def wait_for(
        self,
        backup_id: Annotated[str, Field(strict=True, max_length=44, description="The backup's ID.")],
        *,
        interval: float = _DEFAULT_INTERVAL,
        max_interval: float = _DEFAULT_MAX_INTERVAL,
        timeout: float = _DEFAULT_TIMEOUT,
        extra_headers: Optional[Mapping[str, str]] = None,
        max_retries: Optional[int] = None,
    ) -> Backup:
        """Waits until `status` is one of `completed`, `failed` (R8); cancelling the task stops the wait."""
        result: Backup = await self._wait(
            _GET_BACKUP,
            { 'backup_id': backup_id,  },
            interval, max_interval, timeout, extra_headers, max_retries,
        )
        return result

    @_validate_arguments
    async def retrieve_policy(
        self,
        policy_id: Annotated[str, Field(strict=True, max_length=44, description="The backup policy's ID.")],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> BackupPolicy:
        """Get a backup policy (`GET /backup-policies/{policyId}`)."""
        _where = 'backups.retrieve_policy'
        result: BackupPolicy = await self._call(
            _GET_BACKUP_POLICY,
            {
                'policy_id': policy_id,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    def list_policies(
        self,
        *,
        cursor: Annotated[Optional[Annotated[str, Field(strict=True, max_length=512)]], Field(description="The `nextCursor` of the previous page; leave out for the first page.")] = None,
        limit: Annotated[Optional[Annotated[int, Field(le=100, strict=True, ge=1)]], Field(description="The largest number of items a page holds.")] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncPager[BackupPolicyListDataItem]:
        """List backup policies (`GET /backup-policies`)."""
        _where = 'backups.list_policies'
        result: _AsyncPager[BackupPolicyListDataItem] = self._pager(
            _LIST_BACKUP_POLICIES,
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
        status: Optional[Union[BackupStatus, Literal['pending', 'running', 'completed', 'failed']]] = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> _AsyncPager[BackupListDataItem]:
        """List backups (`GET /backups`)."""
        _where = 'backups.list'
        result: _AsyncPager[BackupListDataItem] = self._pager(
            _LIST_BACKUPS,
            {
                'cursor': cursor,
                'limit': limit,
                'status': status,
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def restore(
        self,
        backup_id: Annotated[str, Field(strict=True, max_length=44, description="The backup's ID.")],
        *,
        idempotency_key: Annotated[Optional[Annotated[str, Field(min_length=1, strict=True, max_length=255)]], Field(description="A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. ")] = None,
        scope: List[Union[BackupScopeItem, Literal['templates', 'assets', 'audit_events', 'users']]],
        target_region: Union[str, None, _NotGiven] = _NOT_GIVEN,
        dry_run: Union[bool, _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> Restore:
        """Restore a backup (`POST /backups/{backupId}/restore`)."""
        _where = 'backups.restore'
        result: Restore = await self._call(
            _RESTORE_BACKUP,
            {
                'backup_id': backup_id,
                'idempotency_key': idempotency_key,
                'restore_request': _build_body(RestoreRequest, {
                    'scope': scope,
                    'target_region': target_region,
                    'dry_run': dry_run,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result

    @_validate_arguments
    async def update_policy(
        self,
        policy_id: Annotated[str, Field(strict=True, max_length=44, description="The backup policy's ID.")],
        *,
        name: Union[str, _NotGiven] = _NOT_GIVEN,
        enabled: Union[bool, _NotGiven] = _NOT_GIVEN,
        schedule: Union[str, _NotGiven] = _NOT_GIVEN,
        retention_days: Union[int, _NotGiven] = _NOT_GIVEN,
        regions: Union[List[str], _NotGiven] = _NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
    ) -> BackupPolicy:
        """Update a backup policy (`PATCH /backup-policies/{policyId}`)."""
        _where = 'backups.update_policy'
        result: BackupPolicy = await self._call(
            _UPDATE_BACKUP_POLICY,
            {
                'policy_id': policy_id,
                'backup_policy_update': _build_body(BackupPolicyUpdate, {
                    'name': name,
                    'enabled': enabled,
                    'schedule': schedule,
                    'retention_days': retention_days,
                    'regions': regions,
                }, _where),
            },
            extra_headers, timeout, max_retries,
        )
        return result
