# coding: utf-8

# flake8: noqa

r"""Python SDK for the Secure AI Studio Enterprise API. `SecureAIStudio` / `AsyncSecureAIStudio` are the
client objects; every name is imported on first use (PEP 562), so `import secure_ai_studio` loads no
resource or model module.

The Secure AI Studio Enterprise API: AI image and video generation, a template library,
multi-user teams with role-based access control, encrypted multi-cloud backups, metrics,
an audit trail, compliance reports and a GraphQL endpoint.

Conventions shared by every operation:
- Errors are `application/problem+json` (RFC 9457) with `code` and `requestId`.
- Every response carries `X-Request-Id` and `RateLimit-*` headers; `429` adds `Retry-After`.
- Every creating `POST` accepts an `Idempotency-Key` header; a retried request with the same
  key returns the first result instead of creating twice.
- Lists return `{data, nextCursor}`; pass `nextCursor` back as `cursor` for the next page.
  Paginated operations declare `x-pagination`.
- Long-running operations answer `202` and declare `x-long-running`, naming the operation to
  poll, the status field and its terminal states.


Generated from the OpenAPI document (version 1.0.0) by openapi-generator with the
project's templates (generators/python); do not edit.
"""  # noqa: E501

__version__ = "1.0.0"

import typing as _typing

if _typing.TYPE_CHECKING:
    # the client objects
    from secure_ai_studio._client import SecureAIStudio as SecureAIStudio
    from secure_ai_studio._client import AsyncSecureAIStudio as AsyncSecureAIStudio
    from secure_ai_studio._runtime.pagination import AsyncPage as AsyncPage
    from secure_ai_studio._runtime.pagination import AsyncPager as AsyncPager
    from secure_ai_studio._runtime.events import AsyncEventStream as AsyncEventStream
    from secure_ai_studio._runtime.binary import AsyncBinaryResponse as AsyncBinaryResponse
    from secure_ai_studio._runtime.results import RawResponse as RawResponse
    from secure_ai_studio._runtime.client import NOT_GIVEN as NOT_GIVEN
    from secure_ai_studio._runtime.client import NotGiven as NotGiven
    from secure_ai_studio._runtime.errors import SecureAIStudioError as SecureAIStudioError
    from secure_ai_studio._runtime.errors import APIError as APIError
    from secure_ai_studio._runtime.errors import BadRequestError as BadRequestError
    from secure_ai_studio._runtime.errors import AuthenticationError as AuthenticationError
    from secure_ai_studio._runtime.errors import PermissionDeniedError as PermissionDeniedError
    from secure_ai_studio._runtime.errors import NotFoundError as NotFoundError
    from secure_ai_studio._runtime.errors import ConflictError as ConflictError
    from secure_ai_studio._runtime.errors import PreconditionFailedError as PreconditionFailedError
    from secure_ai_studio._runtime.errors import UnprocessableEntityError as UnprocessableEntityError
    from secure_ai_studio._runtime.errors import RateLimitError as RateLimitError
    from secure_ai_studio._runtime.errors import InternalServerError as InternalServerError
    from secure_ai_studio._runtime.errors import APIConnectionError as APIConnectionError
    from secure_ai_studio._runtime.errors import APIConnectionTimeoutError as APIConnectionTimeoutError
    from secure_ai_studio._runtime.errors import APIUserAbortError as APIUserAbortError
    from secure_ai_studio._runtime.errors import ResponseValidationError as ResponseValidationError
    from secure_ai_studio._runtime.errors import WaitTimeoutError as WaitTimeoutError
    from secure_ai_studio._runtime.pagination import Page as Page
    from secure_ai_studio._runtime.binary import BinaryResponse as BinaryResponse
    from secure_ai_studio._runtime.binary import ContentRange as ContentRange
    from secure_ai_studio._runtime.binary import byte_range as byte_range
    from secure_ai_studio._runtime.events import EventStream as EventStream
    from secure_ai_studio._runtime.events import ServerSentEvent as ServerSentEvent
    from secure_ai_studio._runtime.graphql import GraphqlSubscription as GraphqlSubscription
    from secure_ai_studio._runtime.graphql import AsyncGraphqlSubscription as AsyncGraphqlSubscription
    
    # import models into sdk package
    from secure_ai_studio.models.api_key import ApiKey as ApiKey
    from secure_ai_studio.models.api_key import ApiKeyParam as ApiKeyParam
    from secure_ai_studio.models.api_key_create import ApiKeyCreate as ApiKeyCreate
    from secure_ai_studio.models.api_key_create import ApiKeyCreateParam as ApiKeyCreateParam
    from secure_ai_studio.models.api_key_list import ApiKeyList as ApiKeyList
    from secure_ai_studio.models.api_key_list import ApiKeyListParam as ApiKeyListParam
    from secure_ai_studio.models.api_key_with_secret import ApiKeyWithSecret as ApiKeyWithSecret
    from secure_ai_studio.models.api_key_with_secret import ApiKeyWithSecretParam as ApiKeyWithSecretParam
    from secure_ai_studio.models.asset import Asset as Asset
    from secure_ai_studio.models.asset import AssetParam as AssetParam
    from secure_ai_studio.models.asset_kind import AssetKind as AssetKind
    from secure_ai_studio.models.audit_actor import AuditActor as AuditActor
    from secure_ai_studio.models.audit_actor import AuditActorParam as AuditActorParam
    from secure_ai_studio.models.audit_event import AuditEvent as AuditEvent
    from secure_ai_studio.models.audit_event import AuditEventParam as AuditEventParam
    from secure_ai_studio.models.audit_event_list import AuditEventList as AuditEventList
    from secure_ai_studio.models.audit_event_list import AuditEventListParam as AuditEventListParam
    from secure_ai_studio.models.audit_resource import AuditResource as AuditResource
    from secure_ai_studio.models.audit_resource import AuditResourceParam as AuditResourceParam
    from secure_ai_studio.models.audit_resource_type import AuditResourceType as AuditResourceType
    from secure_ai_studio.models.aws_s3_destination import AwsS3Destination as AwsS3Destination
    from secure_ai_studio.models.aws_s3_destination import AwsS3DestinationParam as AwsS3DestinationParam
    from secure_ai_studio.models.azure_blob_destination import AzureBlobDestination as AzureBlobDestination
    from secure_ai_studio.models.azure_blob_destination import AzureBlobDestinationParam as AzureBlobDestinationParam
    from secure_ai_studio.models.backup import Backup as Backup
    from secure_ai_studio.models.backup import BackupParam as BackupParam
    from secure_ai_studio.models.backup_create import BackupCreate as BackupCreate
    from secure_ai_studio.models.backup_create import BackupCreateParam as BackupCreateParam
    from secure_ai_studio.models.backup_destination import BackupDestination as BackupDestination
    from secure_ai_studio.models.backup_destination import BackupDestinationParam as BackupDestinationParam
    from secure_ai_studio.models.backup_list import BackupList as BackupList
    from secure_ai_studio.models.backup_list import BackupListParam as BackupListParam
    from secure_ai_studio.models.backup_policy import BackupPolicy as BackupPolicy
    from secure_ai_studio.models.backup_policy import BackupPolicyParam as BackupPolicyParam
    from secure_ai_studio.models.backup_policy_create import BackupPolicyCreate as BackupPolicyCreate
    from secure_ai_studio.models.backup_policy_create import BackupPolicyCreateParam as BackupPolicyCreateParam
    from secure_ai_studio.models.backup_policy_list import BackupPolicyList as BackupPolicyList
    from secure_ai_studio.models.backup_policy_list import BackupPolicyListParam as BackupPolicyListParam
    from secure_ai_studio.models.backup_policy_update import BackupPolicyUpdate as BackupPolicyUpdate
    from secure_ai_studio.models.backup_policy_update import BackupPolicyUpdateParam as BackupPolicyUpdateParam
    from secure_ai_studio.models.backup_scope_item import BackupScopeItem as BackupScopeItem
    from secure_ai_studio.models.backup_status import BackupStatus as BackupStatus
    from secure_ai_studio.models.client_credentials_grant import ClientCredentialsGrant as ClientCredentialsGrant
    from secure_ai_studio.models.client_credentials_grant import ClientCredentialsGrantParam as ClientCredentialsGrantParam
    from secure_ai_studio.models.compliance_framework import ComplianceFramework as ComplianceFramework
    from secure_ai_studio.models.compliance_report import ComplianceReport as ComplianceReport
    from secure_ai_studio.models.compliance_report import ComplianceReportParam as ComplianceReportParam
    from secure_ai_studio.models.compliance_report_format import ComplianceReportFormat as ComplianceReportFormat
    from secure_ai_studio.models.compliance_report_list import ComplianceReportList as ComplianceReportList
    from secure_ai_studio.models.compliance_report_list import ComplianceReportListParam as ComplianceReportListParam
    from secure_ai_studio.models.compliance_report_request import ComplianceReportRequest as ComplianceReportRequest
    from secure_ai_studio.models.compliance_report_request import ComplianceReportRequestParam as ComplianceReportRequestParam
    from secure_ai_studio.models.compliance_report_status import ComplianceReportStatus as ComplianceReportStatus
    from secure_ai_studio.models.compliance_summary import ComplianceSummary as ComplianceSummary
    from secure_ai_studio.models.compliance_summary import ComplianceSummaryParam as ComplianceSummaryParam
    from secure_ai_studio.models.encryption_settings import EncryptionSettings as EncryptionSettings
    from secure_ai_studio.models.encryption_settings import EncryptionSettingsParam as EncryptionSettingsParam
    from secure_ai_studio.models.gcs_destination import GcsDestination as GcsDestination
    from secure_ai_studio.models.gcs_destination import GcsDestinationParam as GcsDestinationParam
    from secure_ai_studio.models.graphql_error import GraphqlError as GraphqlError
    from secure_ai_studio.models.graphql_error import GraphqlErrorParam as GraphqlErrorParam
    from secure_ai_studio.models.graphql_request import GraphqlRequest as GraphqlRequest
    from secure_ai_studio.models.graphql_request import GraphqlRequestParam as GraphqlRequestParam
    from secure_ai_studio.models.graphql_response import GraphqlResponse as GraphqlResponse
    from secure_ai_studio.models.graphql_response import GraphqlResponseParam as GraphqlResponseParam
    from secure_ai_studio.models.health_check import HealthCheck as HealthCheck
    from secure_ai_studio.models.health_check import HealthCheckParam as HealthCheckParam
    from secure_ai_studio.models.health_status import HealthStatus as HealthStatus
    from secure_ai_studio.models.health_status import HealthStatusParam as HealthStatusParam
    from secure_ai_studio.models.image_job import ImageJob as ImageJob
    from secure_ai_studio.models.image_job import ImageJobParam as ImageJobParam
    from secure_ai_studio.models.image_job_request import ImageJobRequest as ImageJobRequest
    from secure_ai_studio.models.image_job_request import ImageJobRequestParam as ImageJobRequestParam
    from secure_ai_studio.models.image_style import ImageStyle as ImageStyle
    from secure_ai_studio.models.job import Job as Job
    from secure_ai_studio.models.job import JobParam as JobParam
    from secure_ai_studio.models.job_event import JobEvent as JobEvent
    from secure_ai_studio.models.job_event import JobEventParam as JobEventParam
    from secure_ai_studio.models.job_failure import JobFailure as JobFailure
    from secure_ai_studio.models.job_failure import JobFailureParam as JobFailureParam
    from secure_ai_studio.models.job_list import JobList as JobList
    from secure_ai_studio.models.job_list import JobListParam as JobListParam
    from secure_ai_studio.models.job_status import JobStatus as JobStatus
    from secure_ai_studio.models.job_type import JobType as JobType
    from secure_ai_studio.models.password_grant import PasswordGrant as PasswordGrant
    from secure_ai_studio.models.password_grant import PasswordGrantParam as PasswordGrantParam
    from secure_ai_studio.models.permission import Permission as Permission
    from secure_ai_studio.models.permission import PermissionParam as PermissionParam
    from secure_ai_studio.models.permission_list import PermissionList as PermissionList
    from secure_ai_studio.models.permission_list import PermissionListParam as PermissionListParam
    from secure_ai_studio.models.principal import Principal as Principal
    from secure_ai_studio.models.principal import PrincipalParam as PrincipalParam
    from secure_ai_studio.models.problem import Problem as Problem
    from secure_ai_studio.models.problem import ProblemParam as ProblemParam
    from secure_ai_studio.models.refresh_token_request import RefreshTokenRequest as RefreshTokenRequest
    from secure_ai_studio.models.refresh_token_request import RefreshTokenRequestParam as RefreshTokenRequestParam
    from secure_ai_studio.models.restore import Restore as Restore
    from secure_ai_studio.models.restore import RestoreParam as RestoreParam
    from secure_ai_studio.models.restore_request import RestoreRequest as RestoreRequest
    from secure_ai_studio.models.restore_request import RestoreRequestParam as RestoreRequestParam
    from secure_ai_studio.models.revoke_token_request import RevokeTokenRequest as RevokeTokenRequest
    from secure_ai_studio.models.revoke_token_request import RevokeTokenRequestParam as RevokeTokenRequestParam
    from secure_ai_studio.models.role import Role as Role
    from secure_ai_studio.models.role import RoleParam as RoleParam
    from secure_ai_studio.models.role_assignment import RoleAssignment as RoleAssignment
    from secure_ai_studio.models.role_assignment import RoleAssignmentParam as RoleAssignmentParam
    from secure_ai_studio.models.role_list import RoleList as RoleList
    from secure_ai_studio.models.role_list import RoleListParam as RoleListParam
    from secure_ai_studio.models.system_metrics import SystemMetrics as SystemMetrics
    from secure_ai_studio.models.system_metrics import SystemMetricsParam as SystemMetricsParam
    from secure_ai_studio.models.template import Template as Template
    from secure_ai_studio.models.template import TemplateParam as TemplateParam
    from secure_ai_studio.models.template_create import TemplateCreate as TemplateCreate
    from secure_ai_studio.models.template_create import TemplateCreateParam as TemplateCreateParam
    from secure_ai_studio.models.template_list import TemplateList as TemplateList
    from secure_ai_studio.models.template_list import TemplateListParam as TemplateListParam
    from secure_ai_studio.models.template_update import TemplateUpdate as TemplateUpdate
    from secure_ai_studio.models.template_update import TemplateUpdateParam as TemplateUpdateParam
    from secure_ai_studio.models.template_visibility import TemplateVisibility as TemplateVisibility
    from secure_ai_studio.models.token_request import TokenRequest as TokenRequest
    from secure_ai_studio.models.token_request import TokenRequestParam as TokenRequestParam
    from secure_ai_studio.models.token_response import TokenResponse as TokenResponse
    from secure_ai_studio.models.token_response import TokenResponseParam as TokenResponseParam
    from secure_ai_studio.models.usage_point import UsagePoint as UsagePoint
    from secure_ai_studio.models.usage_point import UsagePointParam as UsagePointParam
    from secure_ai_studio.models.usage_series import UsageSeries as UsageSeries
    from secure_ai_studio.models.usage_series import UsageSeriesParam as UsageSeriesParam
    from secure_ai_studio.models.user import User as User
    from secure_ai_studio.models.user import UserParam as UserParam
    from secure_ai_studio.models.user_invite import UserInvite as UserInvite
    from secure_ai_studio.models.user_invite import UserInviteParam as UserInviteParam
    from secure_ai_studio.models.user_list import UserList as UserList
    from secure_ai_studio.models.user_list import UserListParam as UserListParam
    from secure_ai_studio.models.user_status import UserStatus as UserStatus
    from secure_ai_studio.models.user_update import UserUpdate as UserUpdate
    from secure_ai_studio.models.user_update import UserUpdateParam as UserUpdateParam
    from secure_ai_studio.models.validation_issue import ValidationIssue as ValidationIssue
    from secure_ai_studio.models.validation_issue import ValidationIssueParam as ValidationIssueParam
    from secure_ai_studio.models.video_job import VideoJob as VideoJob
    from secure_ai_studio.models.video_job import VideoJobParam as VideoJobParam
    from secure_ai_studio.models.video_job_request import VideoJobRequest as VideoJobRequest
    from secure_ai_studio.models.video_job_request import VideoJobRequestParam as VideoJobRequestParam
    from secure_ai_studio.models.video_resolution import VideoResolution as VideoResolution
    
else:
    from importlib import import_module

    _exports = {
        "SecureAIStudio": "._client",
        "AsyncSecureAIStudio": "._client",
        "AsyncPage": "._runtime.pagination",
        "AsyncPager": "._runtime.pagination",
        "AsyncEventStream": "._runtime.events",
        "AsyncBinaryResponse": "._runtime.binary",
        "RawResponse": "._runtime.results",
        "NOT_GIVEN": "._runtime.client",
        "NotGiven": "._runtime.client",
        "SecureAIStudioError": "._runtime.errors",
        "APIError": "._runtime.errors",
        "BadRequestError": "._runtime.errors",
        "AuthenticationError": "._runtime.errors",
        "PermissionDeniedError": "._runtime.errors",
        "NotFoundError": "._runtime.errors",
        "ConflictError": "._runtime.errors",
        "PreconditionFailedError": "._runtime.errors",
        "UnprocessableEntityError": "._runtime.errors",
        "RateLimitError": "._runtime.errors",
        "InternalServerError": "._runtime.errors",
        "APIConnectionError": "._runtime.errors",
        "APIConnectionTimeoutError": "._runtime.errors",
        "APIUserAbortError": "._runtime.errors",
        "ResponseValidationError": "._runtime.errors",
        "WaitTimeoutError": "._runtime.errors",
        "Page": "._runtime.pagination",
        "BinaryResponse": "._runtime.binary",
        "ContentRange": "._runtime.binary",
        "byte_range": "._runtime.binary",
        "EventStream": "._runtime.events",
        "ServerSentEvent": "._runtime.events",
        "GraphqlSubscription": "._runtime.graphql",
        "AsyncGraphqlSubscription": "._runtime.graphql",
        "ApiKey": ".models.api_key",
        "ApiKeyParam": ".models.api_key",
        "ApiKeyCreate": ".models.api_key_create",
        "ApiKeyCreateParam": ".models.api_key_create",
        "ApiKeyList": ".models.api_key_list",
        "ApiKeyListParam": ".models.api_key_list",
        "ApiKeyWithSecret": ".models.api_key_with_secret",
        "ApiKeyWithSecretParam": ".models.api_key_with_secret",
        "Asset": ".models.asset",
        "AssetParam": ".models.asset",
        "AssetKind": ".models.asset_kind",
        "AuditActor": ".models.audit_actor",
        "AuditActorParam": ".models.audit_actor",
        "AuditEvent": ".models.audit_event",
        "AuditEventParam": ".models.audit_event",
        "AuditEventList": ".models.audit_event_list",
        "AuditEventListParam": ".models.audit_event_list",
        "AuditResource": ".models.audit_resource",
        "AuditResourceParam": ".models.audit_resource",
        "AuditResourceType": ".models.audit_resource_type",
        "AwsS3Destination": ".models.aws_s3_destination",
        "AwsS3DestinationParam": ".models.aws_s3_destination",
        "AzureBlobDestination": ".models.azure_blob_destination",
        "AzureBlobDestinationParam": ".models.azure_blob_destination",
        "Backup": ".models.backup",
        "BackupParam": ".models.backup",
        "BackupCreate": ".models.backup_create",
        "BackupCreateParam": ".models.backup_create",
        "BackupDestination": ".models.backup_destination",
        "BackupDestinationParam": ".models.backup_destination",
        "BackupList": ".models.backup_list",
        "BackupListParam": ".models.backup_list",
        "BackupPolicy": ".models.backup_policy",
        "BackupPolicyParam": ".models.backup_policy",
        "BackupPolicyCreate": ".models.backup_policy_create",
        "BackupPolicyCreateParam": ".models.backup_policy_create",
        "BackupPolicyList": ".models.backup_policy_list",
        "BackupPolicyListParam": ".models.backup_policy_list",
        "BackupPolicyUpdate": ".models.backup_policy_update",
        "BackupPolicyUpdateParam": ".models.backup_policy_update",
        "BackupScopeItem": ".models.backup_scope_item",
        "BackupStatus": ".models.backup_status",
        "ClientCredentialsGrant": ".models.client_credentials_grant",
        "ClientCredentialsGrantParam": ".models.client_credentials_grant",
        "ComplianceFramework": ".models.compliance_framework",
        "ComplianceReport": ".models.compliance_report",
        "ComplianceReportParam": ".models.compliance_report",
        "ComplianceReportFormat": ".models.compliance_report_format",
        "ComplianceReportList": ".models.compliance_report_list",
        "ComplianceReportListParam": ".models.compliance_report_list",
        "ComplianceReportRequest": ".models.compliance_report_request",
        "ComplianceReportRequestParam": ".models.compliance_report_request",
        "ComplianceReportStatus": ".models.compliance_report_status",
        "ComplianceSummary": ".models.compliance_summary",
        "ComplianceSummaryParam": ".models.compliance_summary",
        "EncryptionSettings": ".models.encryption_settings",
        "EncryptionSettingsParam": ".models.encryption_settings",
        "GcsDestination": ".models.gcs_destination",
        "GcsDestinationParam": ".models.gcs_destination",
        "GraphqlError": ".models.graphql_error",
        "GraphqlErrorParam": ".models.graphql_error",
        "GraphqlRequest": ".models.graphql_request",
        "GraphqlRequestParam": ".models.graphql_request",
        "GraphqlResponse": ".models.graphql_response",
        "GraphqlResponseParam": ".models.graphql_response",
        "HealthCheck": ".models.health_check",
        "HealthCheckParam": ".models.health_check",
        "HealthStatus": ".models.health_status",
        "HealthStatusParam": ".models.health_status",
        "ImageJob": ".models.image_job",
        "ImageJobParam": ".models.image_job",
        "ImageJobRequest": ".models.image_job_request",
        "ImageJobRequestParam": ".models.image_job_request",
        "ImageStyle": ".models.image_style",
        "Job": ".models.job",
        "JobParam": ".models.job",
        "JobEvent": ".models.job_event",
        "JobEventParam": ".models.job_event",
        "JobFailure": ".models.job_failure",
        "JobFailureParam": ".models.job_failure",
        "JobList": ".models.job_list",
        "JobListParam": ".models.job_list",
        "JobStatus": ".models.job_status",
        "JobType": ".models.job_type",
        "PasswordGrant": ".models.password_grant",
        "PasswordGrantParam": ".models.password_grant",
        "Permission": ".models.permission",
        "PermissionParam": ".models.permission",
        "PermissionList": ".models.permission_list",
        "PermissionListParam": ".models.permission_list",
        "Principal": ".models.principal",
        "PrincipalParam": ".models.principal",
        "Problem": ".models.problem",
        "ProblemParam": ".models.problem",
        "RefreshTokenRequest": ".models.refresh_token_request",
        "RefreshTokenRequestParam": ".models.refresh_token_request",
        "Restore": ".models.restore",
        "RestoreParam": ".models.restore",
        "RestoreRequest": ".models.restore_request",
        "RestoreRequestParam": ".models.restore_request",
        "RevokeTokenRequest": ".models.revoke_token_request",
        "RevokeTokenRequestParam": ".models.revoke_token_request",
        "Role": ".models.role",
        "RoleParam": ".models.role",
        "RoleAssignment": ".models.role_assignment",
        "RoleAssignmentParam": ".models.role_assignment",
        "RoleList": ".models.role_list",
        "RoleListParam": ".models.role_list",
        "SystemMetrics": ".models.system_metrics",
        "SystemMetricsParam": ".models.system_metrics",
        "Template": ".models.template",
        "TemplateParam": ".models.template",
        "TemplateCreate": ".models.template_create",
        "TemplateCreateParam": ".models.template_create",
        "TemplateList": ".models.template_list",
        "TemplateListParam": ".models.template_list",
        "TemplateUpdate": ".models.template_update",
        "TemplateUpdateParam": ".models.template_update",
        "TemplateVisibility": ".models.template_visibility",
        "TokenRequest": ".models.token_request",
        "TokenRequestParam": ".models.token_request",
        "TokenResponse": ".models.token_response",
        "TokenResponseParam": ".models.token_response",
        "UsagePoint": ".models.usage_point",
        "UsagePointParam": ".models.usage_point",
        "UsageSeries": ".models.usage_series",
        "UsageSeriesParam": ".models.usage_series",
        "User": ".models.user",
        "UserParam": ".models.user",
        "UserInvite": ".models.user_invite",
        "UserInviteParam": ".models.user_invite",
        "UserList": ".models.user_list",
        "UserListParam": ".models.user_list",
        "UserStatus": ".models.user_status",
        "UserUpdate": ".models.user_update",
        "UserUpdateParam": ".models.user_update",
        "ValidationIssue": ".models.validation_issue",
        "ValidationIssueParam": ".models.validation_issue",
        "VideoJob": ".models.video_job",
        "VideoJobParam": ".models.video_job",
        "VideoJobRequest": ".models.video_job_request",
        "VideoJobRequestParam": ".models.video_job_request",
        "VideoResolution": ".models.video_resolution",
    }

    def __getattr__(name: str) -> object:
        if (module_name := _exports.get(name)) is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module_name, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(globals().keys() | _exports.keys())

__all__ = [
    "SecureAIStudio",
    "AsyncSecureAIStudio",
    "AsyncPage",
    "AsyncPager",
    "AsyncEventStream",
    "AsyncBinaryResponse",
    "RawResponse",
    "NOT_GIVEN",
    "NotGiven",
    "SecureAIStudioError",
    "APIError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "PreconditionFailedError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APIConnectionTimeoutError",
    "APIUserAbortError",
    "ResponseValidationError",
    "WaitTimeoutError",
    "Page",
    "BinaryResponse",
    "ContentRange",
    "byte_range",
    "EventStream",
    "ServerSentEvent",
    "GraphqlSubscription",
    "AsyncGraphqlSubscription",
    "ApiKey",
    "ApiKeyParam",
    "ApiKeyCreate",
    "ApiKeyCreateParam",
    "ApiKeyList",
    "ApiKeyListParam",
    "ApiKeyWithSecret",
    "ApiKeyWithSecretParam",
    "Asset",
    "AssetParam",
    "AssetKind",
    "AuditActor",
    "AuditActorParam",
    "AuditEvent",
    "AuditEventParam",
    "AuditEventList",
    "AuditEventListParam",
    "AuditResource",
    "AuditResourceParam",
    "AuditResourceType",
    "AwsS3Destination",
    "AwsS3DestinationParam",
    "AzureBlobDestination",
    "AzureBlobDestinationParam",
    "Backup",
    "BackupParam",
    "BackupCreate",
    "BackupCreateParam",
    "BackupDestination",
    "BackupDestinationParam",
    "BackupList",
    "BackupListParam",
    "BackupPolicy",
    "BackupPolicyParam",
    "BackupPolicyCreate",
    "BackupPolicyCreateParam",
    "BackupPolicyList",
    "BackupPolicyListParam",
    "BackupPolicyUpdate",
    "BackupPolicyUpdateParam",
    "BackupScopeItem",
    "BackupStatus",
    "ClientCredentialsGrant",
    "ClientCredentialsGrantParam",
    "ComplianceFramework",
    "ComplianceReport",
    "ComplianceReportParam",
    "ComplianceReportFormat",
    "ComplianceReportList",
    "ComplianceReportListParam",
    "ComplianceReportRequest",
    "ComplianceReportRequestParam",
    "ComplianceReportStatus",
    "ComplianceSummary",
    "ComplianceSummaryParam",
    "EncryptionSettings",
    "EncryptionSettingsParam",
    "GcsDestination",
    "GcsDestinationParam",
    "GraphqlError",
    "GraphqlErrorParam",
    "GraphqlRequest",
    "GraphqlRequestParam",
    "GraphqlResponse",
    "GraphqlResponseParam",
    "HealthCheck",
    "HealthCheckParam",
    "HealthStatus",
    "HealthStatusParam",
    "ImageJob",
    "ImageJobParam",
    "ImageJobRequest",
    "ImageJobRequestParam",
    "ImageStyle",
    "Job",
    "JobParam",
    "JobEvent",
    "JobEventParam",
    "JobFailure",
    "JobFailureParam",
    "JobList",
    "JobListParam",
    "JobStatus",
    "JobType",
    "PasswordGrant",
    "PasswordGrantParam",
    "Permission",
    "PermissionParam",
    "PermissionList",
    "PermissionListParam",
    "Principal",
    "PrincipalParam",
    "Problem",
    "ProblemParam",
    "RefreshTokenRequest",
    "RefreshTokenRequestParam",
    "Restore",
    "RestoreParam",
    "RestoreRequest",
    "RestoreRequestParam",
    "RevokeTokenRequest",
    "RevokeTokenRequestParam",
    "Role",
    "RoleParam",
    "RoleAssignment",
    "RoleAssignmentParam",
    "RoleList",
    "RoleListParam",
    "SystemMetrics",
    "SystemMetricsParam",
    "Template",
    "TemplateParam",
    "TemplateCreate",
    "TemplateCreateParam",
    "TemplateList",
    "TemplateListParam",
    "TemplateUpdate",
    "TemplateUpdateParam",
    "TemplateVisibility",
    "TokenRequest",
    "TokenRequestParam",
    "TokenResponse",
    "TokenResponseParam",
    "UsagePoint",
    "UsagePointParam",
    "UsageSeries",
    "UsageSeriesParam",
    "User",
    "UserParam",
    "UserInvite",
    "UserInviteParam",
    "UserList",
    "UserListParam",
    "UserStatus",
    "UserUpdate",
    "UserUpdateParam",
    "ValidationIssue",
    "ValidationIssueParam",
    "VideoJob",
    "VideoJobParam",
    "VideoJobRequest",
    "VideoJobRequestParam",
    "VideoResolution",
]
