// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit

import type { OperationSpec } from '../internal/operation.js';
import * as schemas from './schemas.js';

/** POST /auth/token: Issue an access token */
export const createToken: OperationSpec = {
  id: "createToken",
  method: "POST",
  path: "/auth/token",
  auth: false,
  body: "json",
  response: "json",
  schema: schemas.TokenResponse,
};

/** POST /auth/refresh: Refresh an access token */
export const refreshToken: OperationSpec = {
  id: "refreshToken",
  method: "POST",
  path: "/auth/refresh",
  auth: false,
  body: "json",
  response: "json",
  schema: schemas.TokenResponse,
};

/** POST /auth/revoke: Revoke a token */
export const revokeToken: OperationSpec = {
  id: "revokeToken",
  method: "POST",
  path: "/auth/revoke",
  auth: true,
  body: "json",
  response: "empty",
};

/** GET /auth/me: Get the current principal */
export const getCurrentPrincipal: OperationSpec = {
  id: "getCurrentPrincipal",
  method: "GET",
  path: "/auth/me",
  auth: true,
  response: "json",
  schema: schemas.Principal,
};

/** GET /api-keys: List API keys */
export const listApiKeys: OperationSpec = {
  id: "listApiKeys",
  method: "GET",
  path: "/api-keys",
  auth: true,
  query: ["cursor","limit"],
  response: "json",
  schema: schemas.ApiKeyList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** POST /api-keys: Create an API key */
export const createApiKey: OperationSpec = {
  id: "createApiKey",
  method: "POST",
  path: "/api-keys",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.ApiKeyWithSecret,
  idempotencyKey: true,
};

/** GET /api-keys/{keyId}: Get an API key */
export const getApiKey: OperationSpec = {
  id: "getApiKey",
  method: "GET",
  path: "/api-keys/{keyId}",
  auth: true,
  response: "json",
  schema: schemas.ApiKey,
};

/** DELETE /api-keys/{keyId}: Revoke an API key */
export const revokeApiKey: OperationSpec = {
  id: "revokeApiKey",
  method: "DELETE",
  path: "/api-keys/{keyId}",
  auth: true,
  response: "empty",
};

/** GET /users: List users */
export const listUsers: OperationSpec = {
  id: "listUsers",
  method: "GET",
  path: "/users",
  auth: true,
  query: ["cursor","limit","status","roleId"],
  response: "json",
  schema: schemas.UserList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** POST /users: Invite a user */
export const inviteUser: OperationSpec = {
  id: "inviteUser",
  method: "POST",
  path: "/users",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.User,
  idempotencyKey: true,
};

/** GET /users/{userId}: Get a user */
export const getUser: OperationSpec = {
  id: "getUser",
  method: "GET",
  path: "/users/{userId}",
  auth: true,
  response: "json",
  schema: schemas.User,
};

/** PATCH /users/{userId}: Update a user */
export const updateUser: OperationSpec = {
  id: "updateUser",
  method: "PATCH",
  path: "/users/{userId}",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.User,
};

/** POST /users/{userId}/deactivate: Deactivate a user */
export const deactivateUser: OperationSpec = {
  id: "deactivateUser",
  method: "POST",
  path: "/users/{userId}/deactivate",
  auth: true,
  response: "json",
  schema: schemas.User,
};

/** PUT /users/{userId}/roles: Assign roles to a user */
export const assignUserRoles: OperationSpec = {
  id: "assignUserRoles",
  method: "PUT",
  path: "/users/{userId}/roles",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.User,
};

/** GET /roles: List roles */
export const listRoles: OperationSpec = {
  id: "listRoles",
  method: "GET",
  path: "/roles",
  auth: true,
  query: ["cursor","limit"],
  response: "json",
  schema: schemas.RoleList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** GET /roles/{roleId}: Get a role */
export const getRole: OperationSpec = {
  id: "getRole",
  method: "GET",
  path: "/roles/{roleId}",
  auth: true,
  response: "json",
  schema: schemas.Role,
};

/** GET /permissions: List permissions */
export const listPermissions: OperationSpec = {
  id: "listPermissions",
  method: "GET",
  path: "/permissions",
  auth: true,
  query: ["cursor","limit"],
  response: "json",
  schema: schemas.PermissionList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** POST /generate/image: Generate images */
export const createImageJob: OperationSpec = {
  id: "createImageJob",
  method: "POST",
  path: "/generate/image",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.ImageJob,
  idempotencyKey: true,
  longRunning: {"statusField":"status","terminalStates":["succeeded","failed","canceled"],"pollOperation":"getJob"},
};

/** POST /generate/video: Generate a video */
export const createVideoJob: OperationSpec = {
  id: "createVideoJob",
  method: "POST",
  path: "/generate/video",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.VideoJob,
  idempotencyKey: true,
  longRunning: {"statusField":"status","terminalStates":["succeeded","failed","canceled"],"pollOperation":"getJob"},
};

/** GET /jobs: List jobs */
export const listJobs: OperationSpec = {
  id: "listJobs",
  method: "GET",
  path: "/jobs",
  auth: true,
  query: ["cursor","limit","status","type"],
  response: "json",
  schema: schemas.JobList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** GET /jobs/{jobId}: Get a job */
export const getJob: OperationSpec = {
  id: "getJob",
  method: "GET",
  path: "/jobs/{jobId}",
  auth: true,
  response: "json",
  schema: schemas.Job,
};

/** POST /jobs/{jobId}/cancel: Cancel a job */
export const cancelJob: OperationSpec = {
  id: "cancelJob",
  method: "POST",
  path: "/jobs/{jobId}/cancel",
  auth: true,
  response: "json",
  schema: schemas.Job,
};

/** GET /jobs/{jobId}/events: Stream job events */
export const streamJobEvents: OperationSpec = {
  id: "streamJobEvents",
  method: "GET",
  path: "/jobs/{jobId}/events",
  auth: true,
  headers: { lastEventId: "Last-Event-ID" },
  response: "sse",
  schema: schemas.JobEvent,
};

/** POST /assets: Upload a reference image */
export const uploadReferenceImage: OperationSpec = {
  id: "uploadReferenceImage",
  method: "POST",
  path: "/assets",
  auth: true,
  body: "multipart",
  response: "json",
  schema: schemas.Asset,
  idempotencyKey: true,
};

/** GET /assets/{assetId}: Get asset metadata */
export const getAsset: OperationSpec = {
  id: "getAsset",
  method: "GET",
  path: "/assets/{assetId}",
  auth: true,
  response: "json",
  schema: schemas.Asset,
};

/** GET /assets/{assetId}/content: Download asset content */
export const downloadAssetContent: OperationSpec = {
  id: "downloadAssetContent",
  method: "GET",
  path: "/assets/{assetId}/content",
  auth: true,
  headers: { range: "Range" },
  response: "binary",
};

/** GET /templates: List templates */
export const listTemplates: OperationSpec = {
  id: "listTemplates",
  method: "GET",
  path: "/templates",
  auth: true,
  query: ["cursor","limit","kind","tag"],
  response: "json",
  schema: schemas.TemplateList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** POST /templates: Create a template */
export const createTemplate: OperationSpec = {
  id: "createTemplate",
  method: "POST",
  path: "/templates",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.Template,
  idempotencyKey: true,
};

/** GET /templates/{templateId}: Get a template */
export const getTemplate: OperationSpec = {
  id: "getTemplate",
  method: "GET",
  path: "/templates/{templateId}",
  auth: true,
  response: "json",
  schema: schemas.Template,
};

/** DELETE /templates/{templateId}: Delete a template */
export const deleteTemplate: OperationSpec = {
  id: "deleteTemplate",
  method: "DELETE",
  path: "/templates/{templateId}",
  auth: true,
  headers: { ifMatch: "If-Match" },
  response: "empty",
};

/** PATCH /templates/{templateId}: Update a template */
export const updateTemplate: OperationSpec = {
  id: "updateTemplate",
  method: "PATCH",
  path: "/templates/{templateId}",
  auth: true,
  headers: { ifMatch: "If-Match" },
  body: "json",
  response: "json",
  schema: schemas.Template,
};

/** GET /backups: List backups */
export const listBackups: OperationSpec = {
  id: "listBackups",
  method: "GET",
  path: "/backups",
  auth: true,
  query: ["cursor","limit","status"],
  response: "json",
  schema: schemas.BackupList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** POST /backups: Create a backup */
export const createBackup: OperationSpec = {
  id: "createBackup",
  method: "POST",
  path: "/backups",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.Backup,
  idempotencyKey: true,
  longRunning: {"statusField":"status","terminalStates":["completed","failed"],"pollOperation":"getBackup"},
};

/** GET /backups/{backupId}: Get a backup */
export const getBackup: OperationSpec = {
  id: "getBackup",
  method: "GET",
  path: "/backups/{backupId}",
  auth: true,
  response: "json",
  schema: schemas.Backup,
};

/** POST /backups/{backupId}/restore: Restore a backup */
export const restoreBackup: OperationSpec = {
  id: "restoreBackup",
  method: "POST",
  path: "/backups/{backupId}/restore",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.Restore,
  idempotencyKey: true,
};

/** GET /backup-policies: List backup policies */
export const listBackupPolicies: OperationSpec = {
  id: "listBackupPolicies",
  method: "GET",
  path: "/backup-policies",
  auth: true,
  query: ["cursor","limit"],
  response: "json",
  schema: schemas.BackupPolicyList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** POST /backup-policies: Create a backup policy */
export const createBackupPolicy: OperationSpec = {
  id: "createBackupPolicy",
  method: "POST",
  path: "/backup-policies",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.BackupPolicy,
  idempotencyKey: true,
};

/** GET /backup-policies/{policyId}: Get a backup policy */
export const getBackupPolicy: OperationSpec = {
  id: "getBackupPolicy",
  method: "GET",
  path: "/backup-policies/{policyId}",
  auth: true,
  response: "json",
  schema: schemas.BackupPolicy,
};

/** DELETE /backup-policies/{policyId}: Delete a backup policy */
export const deleteBackupPolicy: OperationSpec = {
  id: "deleteBackupPolicy",
  method: "DELETE",
  path: "/backup-policies/{policyId}",
  auth: true,
  response: "empty",
};

/** PATCH /backup-policies/{policyId}: Update a backup policy */
export const updateBackupPolicy: OperationSpec = {
  id: "updateBackupPolicy",
  method: "PATCH",
  path: "/backup-policies/{policyId}",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.BackupPolicy,
};

/** GET /metrics/system: Get system metrics */
export const getSystemMetrics: OperationSpec = {
  id: "getSystemMetrics",
  method: "GET",
  path: "/metrics/system",
  auth: true,
  response: "json",
  schema: schemas.SystemMetrics,
};

/** GET /metrics/usage: Get usage metrics */
export const getUsageMetrics: OperationSpec = {
  id: "getUsageMetrics",
  method: "GET",
  path: "/metrics/usage",
  auth: true,
  query: ["from","to","granularity"],
  response: "json",
  schema: schemas.UsageSeries,
};

/** GET /audit-events: List audit events */
export const listAuditEvents: OperationSpec = {
  id: "listAuditEvents",
  method: "GET",
  path: "/audit-events",
  auth: true,
  query: ["cursor","limit","actorId","action","resourceType","resourceId","from","to"],
  response: "json",
  schema: schemas.AuditEventList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** GET /audit-events/{eventId}: Get an audit event */
export const getAuditEvent: OperationSpec = {
  id: "getAuditEvent",
  method: "GET",
  path: "/audit-events/{eventId}",
  auth: true,
  response: "json",
  schema: schemas.AuditEvent,
};

/** GET /compliance/reports: List compliance reports */
export const listComplianceReports: OperationSpec = {
  id: "listComplianceReports",
  method: "GET",
  path: "/compliance/reports",
  auth: true,
  query: ["cursor","limit","framework"],
  response: "json",
  schema: schemas.ComplianceReportList,
  pagination: {"cursorParam":"cursor","limitParam":"limit","itemsField":"data","nextCursorField":"nextCursor"},
};

/** POST /compliance/reports: Request a compliance report */
export const createComplianceReport: OperationSpec = {
  id: "createComplianceReport",
  method: "POST",
  path: "/compliance/reports",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.ComplianceReport,
  idempotencyKey: true,
  longRunning: {"statusField":"status","terminalStates":["ready","failed"],"pollOperation":"getComplianceReport"},
};

/** GET /compliance/reports/{reportId}: Get a compliance report */
export const getComplianceReport: OperationSpec = {
  id: "getComplianceReport",
  method: "GET",
  path: "/compliance/reports/{reportId}",
  auth: true,
  response: "json",
  schema: schemas.ComplianceReport,
};

/** GET /graphql: Run a GraphQL query over GET */
export const executeGraphqlGet: OperationSpec = {
  id: "executeGraphqlGet",
  method: "GET",
  path: "/graphql",
  auth: true,
  query: ["query","variables","operationName"],
  response: "json",
  schema: schemas.GraphqlResponse,
};

/** POST /graphql: Execute a GraphQL query, mutation or subscription */
export const executeGraphql: OperationSpec = {
  id: "executeGraphql",
  method: "POST",
  path: "/graphql",
  auth: true,
  body: "json",
  response: "json",
  schema: schemas.GraphqlResponse,
};

/** GET /health/live: Liveness probe */
export const getLiveness: OperationSpec = {
  id: "getLiveness",
  method: "GET",
  path: "/health/live",
  auth: false,
  response: "json",
  schema: schemas.HealthStatus,
};

/** GET /health/ready: Readiness probe */
export const getReadiness: OperationSpec = {
  id: "getReadiness",
  method: "GET",
  path: "/health/ready",
  auth: false,
  response: "json",
  schema: schemas.HealthStatus,
};
