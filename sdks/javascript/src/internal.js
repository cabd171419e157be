// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// Internal entry point (not in the package's exports): the generated operation classes, the
// transport and every model, which the public client (client.js) is built on, for the SDK's own
// tests. Users import the package root (index.js): `new SecureAIStudio()`.
import ApiClient from './ApiClient.js';
import {
    SecureAIStudioError,
    APIError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    PreconditionFailedError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
    APIConnectionError,
    APIConnectionTimeoutError,
    APIUserAbortError,
    ResponseValidationError,
    WaitTimeoutError,
} from './core/errors.js';
import {BinaryResponse, byteRange} from './core/binary.js';
import {Page, PagePromise} from './core/pagination.js';
import {EventStream} from './core/sse.js';
import {GraphqlSubscription} from './core/graphql.js';
import {WireDate} from './core/wire-date.js';
import ApiKey from './model/ApiKey.js';
import ApiKeyCreate from './model/ApiKeyCreate.js';
import ApiKeyList from './model/ApiKeyList.js';
import ApiKeyWithSecret from './model/ApiKeyWithSecret.js';
import Asset from './model/Asset.js';
import AssetKind from './model/AssetKind.js';
import AuditActor from './model/AuditActor.js';
import AuditEvent from './model/AuditEvent.js';
import AuditEventList from './model/AuditEventList.js';
import AuditResource from './model/AuditResource.js';
import AuditResourceType from './model/AuditResourceType.js';
import AwsS3Destination from './model/AwsS3Destination.js';
import AzureBlobDestination from './model/AzureBlobDestination.js';
import Backup from './model/Backup.js';
import BackupCreate from './model/BackupCreate.js';
import BackupDestination from './model/BackupDestination.js';
import BackupList from './model/BackupList.js';
import BackupPolicy from './model/BackupPolicy.js';
import BackupPolicyCreate from './model/BackupPolicyCreate.js';
import BackupPolicyList from './model/BackupPolicyList.js';
import BackupPolicyUpdate from './model/BackupPolicyUpdate.js';
import BackupScopeItem from './model/BackupScopeItem.js';
import BackupStatus from './model/BackupStatus.js';
import ClientCredentialsGrant from './model/ClientCredentialsGrant.js';
import ComplianceFramework from './model/ComplianceFramework.js';
import ComplianceReport from './model/ComplianceReport.js';
import ComplianceReportFormat from './model/ComplianceReportFormat.js';
import ComplianceReportList from './model/ComplianceReportList.js';
import ComplianceReportRequest from './model/ComplianceReportRequest.js';
import ComplianceReportStatus from './model/ComplianceReportStatus.js';
import ComplianceSummary from './model/ComplianceSummary.js';
import EncryptionSettings from './model/EncryptionSettings.js';
import GcsDestination from './model/GcsDestination.js';
import GraphqlError from './model/GraphqlError.js';
import GraphqlRequest from './model/GraphqlRequest.js';
import GraphqlResponse from './model/GraphqlResponse.js';
import HealthCheck from './model/HealthCheck.js';
import HealthStatus from './model/HealthStatus.js';
import ImageJob from './model/ImageJob.js';
import ImageJobRequest from './model/ImageJobRequest.js';
import ImageStyle from './model/ImageStyle.js';
import Job from './model/Job.js';
import JobEvent from './model/JobEvent.js';
import JobFailure from './model/JobFailure.js';
import JobList from './model/JobList.js';
import JobStatus from './model/JobStatus.js';
import JobType from './model/JobType.js';
import PasswordGrant from './model/PasswordGrant.js';
import Permission from './model/Permission.js';
import PermissionList from './model/PermissionList.js';
import Principal from './model/Principal.js';
import Problem from './model/Problem.js';
import RefreshTokenRequest from './model/RefreshTokenRequest.js';
import Restore from './model/Restore.js';
import RestoreRequest from './model/RestoreRequest.js';
import RevokeTokenRequest from './model/RevokeTokenRequest.js';
import Role from './model/Role.js';
import RoleAssignment from './model/RoleAssignment.js';
import RoleList from './model/RoleList.js';
import SystemMetrics from './model/SystemMetrics.js';
import Template from './model/Template.js';
import TemplateCreate from './model/TemplateCreate.js';
import TemplateList from './model/TemplateList.js';
import TemplateUpdate from './model/TemplateUpdate.js';
import TemplateVisibility from './model/TemplateVisibility.js';
import TokenRequest from './model/TokenRequest.js';
import TokenResponse from './model/TokenResponse.js';
import UsagePoint from './model/UsagePoint.js';
import UsageSeries from './model/UsageSeries.js';
import User from './model/User.js';
import UserInvite from './model/UserInvite.js';
import UserList from './model/UserList.js';
import UserStatus from './model/UserStatus.js';
import UserUpdate from './model/UserUpdate.js';
import ValidationIssue from './model/ValidationIssue.js';
import VideoJob from './model/VideoJob.js';
import VideoJobRequest from './model/VideoJobRequest.js';
import VideoResolution from './model/VideoResolution.js';
import ApiKeysApi from './api/ApiKeysApi.js';
import AssetsApi from './api/AssetsApi.js';
import AuditEventsApi from './api/AuditEventsApi.js';
import AuthApi from './api/AuthApi.js';
import BackupsApi from './api/BackupsApi.js';
import ComplianceApi from './api/ComplianceApi.js';
import GraphqlApi from './api/GraphqlApi.js';
import HealthApi from './api/HealthApi.js';
import JobsApi from './api/JobsApi.js';
import MetricsApi from './api/MetricsApi.js';
import RolesApi from './api/RolesApi.js';
import TemplatesApi from './api/TemplatesApi.js';
import UsersApi from './api/UsersApi.js';


export {
    ApiClient,
    SecureAIStudioError,
    APIError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    PreconditionFailedError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
    APIConnectionError,
    APIConnectionTimeoutError,
    APIUserAbortError,
    ResponseValidationError,
    WaitTimeoutError,
    BinaryResponse,
    byteRange,
    Page,
    PagePromise,
    EventStream,
    GraphqlSubscription,
    WireDate,
    ApiKey,
    ApiKeyCreate,
    ApiKeyList,
    ApiKeyWithSecret,
    Asset,
    AssetKind,
    AuditActor,
    AuditEvent,
    AuditEventList,
    AuditResource,
    AuditResourceType,
    AwsS3Destination,
    AzureBlobDestination,
    Backup,
    BackupCreate,
    BackupDestination,
    BackupList,
    BackupPolicy,
    BackupPolicyCreate,
    BackupPolicyList,
    BackupPolicyUpdate,
    BackupScopeItem,
    BackupStatus,
    ClientCredentialsGrant,
    ComplianceFramework,
    ComplianceReport,
    ComplianceReportFormat,
    ComplianceReportList,
    ComplianceReportRequest,
    ComplianceReportStatus,
    ComplianceSummary,
    EncryptionSettings,
    GcsDestination,
    GraphqlError,
    GraphqlRequest,
    GraphqlResponse,
    HealthCheck,
    HealthStatus,
    ImageJob,
    ImageJobRequest,
    ImageStyle,
    Job,
    JobEvent,
    JobFailure,
    JobList,
    JobStatus,
    JobType,
    PasswordGrant,
    Permission,
    PermissionList,
    Principal,
    Problem,
    RefreshTokenRequest,
    Restore,
    RestoreRequest,
    RevokeTokenRequest,
    Role,
    RoleAssignment,
    RoleList,
    SystemMetrics,
    Template,
    TemplateCreate,
    TemplateList,
    TemplateUpdate,
    TemplateVisibility,
    TokenRequest,
    TokenResponse,
    UsagePoint,
    UsageSeries,
    User,
    UserInvite,
    UserList,
    UserStatus,
    UserUpdate,
    ValidationIssue,
    VideoJob,
    VideoJobRequest,
    VideoResolution,
    ApiKeysApi,
    AssetsApi,
    AuditEventsApi,
    AuthApi,
    BackupsApi,
    ComplianceApi,
    GraphqlApi,
    HealthApi,
    JobsApi,
    MetricsApi,
    RolesApi,
    TemplatesApi,
    UsersApi
};

export {SecureAIStudio} from './client.js';
export {APIPromise} from './core/resources.js';
export {toFile} from './core/to-file.js';
