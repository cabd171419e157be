// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// Declarations of every export of @secure-ai-studio/sdk, generated from the OpenAPI document with the
// SDK: the client and its resources, each operation's body, params and result, every model
// (enums as literal unions, oneOf as unions narrowed by the discriminator), pages, event
// streams, binary responses and the errors.

/** What a request body accepts for a model: dates as Date or RFC 3339 strings. */
export type Input<T> = T extends Date ? Date | string
    : T extends Blob ? T
    : T extends ReadonlyArray<infer U> ? Array<Input<U>>
    : T extends object ? { -readonly [K in keyof T]: Input<T[K]> }
    : T;

/** What a multipart file field accepts; see {@link toFile}. */
export type Uploadable = Blob | Uint8Array;

/** Per-call options (R2.2), the last argument of every method. */
export interface RequestOptions {
    /** Milliseconds each attempt may wait for the response headers. */
    timeout?: number;
    /** Retries after the first attempt. */
    maxRetries?: number;
    /** Cancels the call (and a stream or waiter it started). */
    signal?: AbortSignal;
    /** Headers for this call only; a value of null removes a default header. */
    headers?: Record<string, string | null | undefined>;
    /** The Idempotency-Key to send (else one is generated where the operation takes one). */
    idempotencyKey?: string;
    /** Response validation for this call. */
    validation?: 'strict' | 'warn' | 'off';
}

export interface ClientOptions {
    /** Default: the environment variable SECURE_AI_STUDIO_API_KEY (unless an accessToken is given). */
    apiKey?: string;
    accessToken?: string;
    /** Enables one transparent token refresh on a 401. */
    refreshToken?: string;
    onTokenRefresh?: (tokens: { accessToken: string; refreshToken?: string }) => void;
    /** Default: SECURE_AI_STUDIO_BASE_URL, else the document's first server. */
    baseURL?: string;
    /** Milliseconds per attempt (default 60000). */
    timeout?: number;
    /** Retries after the first attempt (default 2). */
    maxRetries?: number;
    defaultHeaders?: Record<string, string>;
    fetch?: typeof globalThis.fetch;
    validation?: 'strict' | 'warn' | 'off';
    logger?: { warn(message: string, error?: unknown): void };
}

export interface WaitOptions {
    /** First delay between polls, in ms. */
    interval?: number;
    /** Longest delay between polls, in ms. */
    maxInterval?: number;
    /** Overall deadline, in ms (then a WaitTimeoutError). */
    timeout?: number;
    signal?: AbortSignal;
    requestOptions?: RequestOptions;
}

/** A Promise of the decoded body that can also give the raw response. */
export declare class APIPromise<T> extends Promise<T> {
    withResponse(): Promise<{ data: T; response: Response; requestId: string | null }>;
    asResponse(): Promise<Response>;
}

/** One page of a list; iterate it with for await for every item of this and later pages. */
export declare class Page<Item, Body = unknown> implements AsyncIterable<Item> {
    readonly body: Body;
    readonly response: Response;
    readonly data: Item[];
    readonly nextCursor: string | null;
    readonly requestId: string | null;
    hasNextPage(): boolean;
    getNextPage(): Promise<Page<Item, Body>>;
    iterPages(): AsyncGenerator<Page<Item, Body>>;
    [Symbol.asyncIterator](): AsyncGenerator<Item>;
    toJSON(): Body;
}

/** What a list method returns: await it for the first page, or iterate every item. */
export declare class PagePromise<Item, Body = unknown> extends Promise<Page<Item, Body>> implements AsyncIterable<Item> {
    [Symbol.asyncIterator](): AsyncGenerator<Item>;
    withResponse(): Promise<{ data: Page<Item, Body>; response: Response; requestId: string | null }>;
    asResponse(): Promise<Response>;
}

export interface ServerSentEvent<Data> {
    event: string;
    id: string | undefined;
    data: Data;
}

/** Server-sent events, decoded; iterate once with for await. */
export declare class EventStream<Data> implements AsyncIterable<ServerSentEvent<Data>> {
    readonly response: Response;
    readonly requestId: string | null;
    [Symbol.asyncIterator](): AsyncGenerator<ServerSentEvent<Data>>;
}

/** A binary download (R9.2): the body is read with bytes() or stream(). */
export declare class BinaryResponse {
    readonly response: Response;
    readonly status: number;
    readonly partial: boolean;
    readonly contentType: string | null;
    readonly contentLength: number | undefined;
    readonly contentRange: { unit: string; start?: number; end?: number; size?: number } | undefined;
    readonly requestId: string | null;
    bytes(): Promise<Buffer>;
    stream(): ReadableStream<Uint8Array>;
}

/** A `Range` header value: `bytes=start-end`. */
export declare function byteRange(start: number, end?: number): string;

/** Turns bytes, a Blob, a string or an async iterable of chunks into a File for an upload. */
export declare function toFile(
    value: Blob | ArrayBuffer | ArrayBufferView | string | AsyncIterable<Uint8Array | string> | PromiseLike<Blob | ArrayBuffer | ArrayBufferView | string>,
    name?: string,
    options?: { type?: string },
): Promise<File>;

export declare class SecureAIStudioError extends Error {}
export declare class APIError extends SecureAIStudioError {
    readonly status: number;
    readonly headers: Headers | undefined;
    readonly problem: Record<string, unknown> | undefined;
    readonly type: string | undefined;
    readonly title: string | undefined;
    readonly detail: string | undefined;
    readonly instance: string | undefined;
    readonly code: string | undefined;
    readonly errors: unknown;
    readonly requestId: string | undefined;
}
export declare class BadRequestError extends APIError {}
export declare class AuthenticationError extends APIError {}
export declare class PermissionDeniedError extends APIError {}
export declare class NotFoundError extends APIError {}
export declare class ConflictError extends APIError {}
export declare class PreconditionFailedError extends APIError {}
export declare class UnprocessableEntityError extends APIError {}
export declare class RateLimitError extends APIError {}
export declare class InternalServerError extends APIError {}
export declare class APIConnectionError extends SecureAIStudioError {}
export declare class APIConnectionTimeoutError extends APIConnectionError {}
export declare class APIUserAbortError extends SecureAIStudioError {}
export declare class ResponseValidationError extends SecureAIStudioError {
    readonly operationId: string;
    readonly issues: Array<{ path: string; message: string }>;
    readonly requestId: string | undefined;
}
export declare class WaitTimeoutError extends SecureAIStudioError {
    readonly lastState: unknown;
}

// ---- Models (components/schemas) ----


/** ApiKey: An API key, without its secret. */
export interface ApiKey {
    'id': string;
    'name': string;
    'prefix': string;
    'scopes': Array<string>;
    'createdAt': Date;
    'lastUsedAt': Date | null;
    'expiresAt': Date | null;
}


/** ApiKeyCreate: A new API key. */
export interface ApiKeyCreate {
    'name': string;
    'scopes': Array<string>;
    'expiresAt'?: Date | null;
}


/** ApiKeyList: A page of API keys. */
export interface ApiKeyList {
    'data': Array<ApiKey>;
    'nextCursor': string | null;
}


/** ApiKeyWithSecret: A new API key with its secret, shown only once. */
export interface ApiKeyWithSecret {
    'id': string;
    'name': string;
    'prefix': string;
    'scopes': Array<string>;
    'createdAt': Date;
    'lastUsedAt': Date | null;
    'expiresAt': Date | null;
    'secret': string;
}


/** Asset: A stored media file. */
export interface Asset {
    'id': string;
    'kind': AssetKind;
    'contentType': ('image/png' | 'image/jpeg' | 'image/webp' | 'video/mp4');
    'sizeBytes': number;
    'sha256': string;
    'width'?: number | null;
    'height'?: number | null;
    'durationSeconds'?: number | null;
    'jobId'?: string | null;
    'description'?: string | null;
    'createdAt': Date;
}


/** AssetKind: `image` and `video` are generated; `reference` was uploaded. */
export type AssetKind = 'image' | 'video' | 'reference';


/** AuditActor: Who did it. */
export interface AuditActor {
    'id': string;
    'kind': ('user' | 'api_key');
    'displayName': string;
}


/** AuditEvent: One entry of the audit trail. */
export interface AuditEvent {
    'id': string;
    'occurredAt': Date;
    'actor': AuditActor;
    'action': string;
    'resource': AuditResource;
    'outcome': ('success' | 'failure');
    'ipAddress'?: string;
    'userAgent'?: string;
    'requestId': string;
}


/** AuditEventList: A page of audit events. */
export interface AuditEventList {
    'data': Array<AuditEvent>;
    'nextCursor': string | null;
}


/** AuditResource: What it was done to. */
export interface AuditResource {
    'type': AuditResourceType;
    'id': string;
}


/** AuditResourceType: The type of resource an audit event is about. */
export type AuditResourceType = 'user' | 'role' | 'api_key' | 'token' | 'job' | 'asset' | 'template' | 'backup' | 'backup_policy' | 'compliance_report';


/** AwsS3Destination: An Amazon S3 bucket. */
export interface AwsS3Destination {
    'provider': ('aws_s3');
    'bucket': string;
    'region': string;
    'prefix'?: string;
}


/** AzureBlobDestination: An Azure Blob Storage container. */
export interface AzureBlobDestination {
    'provider': ('azure_blob');
    'storageAccount': string;
    'container': string;
    'prefix'?: string;
}


/** Backup: An encrypted backup. */
export interface Backup {
    'id': string;
    'status': BackupStatus;
    'destination': BackupDestination;
    'scope': Array<BackupScopeItem>;
    'regions': Array<string>;
    'encryption': EncryptionSettings;
    'policyId': string | null;
    'sizeBytes': number | null;
    'checksumSha256': string | null;
    'description'?: string | null;
    'createdAt': Date;
    'completedAt': Date | null;
}


/** BackupCreate: A manual backup. */
export interface BackupCreate {
    'destination': BackupDestination;
    'scope': Array<BackupScopeItem>;
    'regions'?: Array<string>;
    'encryption'?: EncryptionSettings;
    'description'?: string | null;
}


/** BackupDestination: Where a backup is written, by cloud `provider`. */
export type BackupDestination = AwsS3Destination | AzureBlobDestination | GcsDestination;


/** BackupList: A page of backups. */
export interface BackupList {
    'data': Array<Backup>;
    'nextCursor': string | null;
}


/** BackupPolicy: A schedule of recurring backups. */
export interface BackupPolicy {
    'id': string;
    'name': string;
    'enabled': boolean;
    'schedule': string;
    'retentionDays': number;
    'destination': BackupDestination;
    'regions': Array<string>;
    'scope': Array<BackupScopeItem>;
    'encryption': EncryptionSettings;
    'createdAt': Date;
    'updatedAt': Date;
}


/** BackupPolicyCreate: A new backup policy. */
export interface BackupPolicyCreate {
    'name': string;
    'enabled'?: boolean;
    'schedule': string;
    'retentionDays': number;
    'destination': BackupDestination;
    'regions'?: Array<string>;
    'scope': Array<BackupScopeItem>;
    'encryption'?: EncryptionSettings;
}


/** BackupPolicyList: A page of backup policies. */
export interface BackupPolicyList {
    'data': Array<BackupPolicy>;
    'nextCursor': string | null;
}


/** BackupPolicyUpdate: Changes to a backup policy; fields left out are unchanged. */
export interface BackupPolicyUpdate {
    'name'?: string;
    'enabled'?: boolean;
    'schedule'?: string;
    'retentionDays'?: number;
    'regions'?: Array<string>;
}


/** BackupScopeItem: A kind of data a backup holds. */
export type BackupScopeItem = 'templates' | 'assets' | 'audit_events' | 'users';


/** BackupStatus: `pending` and `running` are in progress; `completed` and `failed` are terminal. */
export type BackupStatus = 'pending' | 'running' | 'completed' | 'failed';


/** ClientCredentialsGrant: A service client's ID and secret. */
export interface ClientCredentialsGrant {
    'grantType': ('client_credentials');
    'clientId': string;
    'clientSecret': string;
    'scope'?: string;
}


/** ComplianceFramework: SOC 2 Type II, ISO/IEC 27001, GDPR or HIPAA. */
export type ComplianceFramework = 'soc2' | 'iso27001' | 'gdpr' | 'hipaa';


/** ComplianceReport: A compliance report. */
export interface ComplianceReport {
    'id': string;
    'framework': ComplianceFramework;
    'status': ComplianceReportStatus;
    'periodStart': Date;
    'periodEnd': Date;
    'format': ComplianceReportFormat;
    'summary': ComplianceSummary | null;
    'downloadUrl': string | null;
    'createdAt': Date;
    'completedAt': Date | null;
}


/** ComplianceReportFormat: The report's file format. */
export type ComplianceReportFormat = 'pdf' | 'json';


/** ComplianceReportList: A page of compliance reports. */
export interface ComplianceReportList {
    'data': Array<ComplianceReport>;
    'nextCursor': string | null;
}


/** ComplianceReportRequest: The report to generate. */
export interface ComplianceReportRequest {
    'framework': ComplianceFramework;
    'periodStart': Date;
    'periodEnd': Date;
    'format'?: ComplianceReportFormat;
}


/** ComplianceReportStatus: `pending` and `generating` are in progress; `ready` and `failed` are terminal. */
export type ComplianceReportStatus = 'pending' | 'generating' | 'ready' | 'failed';


/** ComplianceSummary: Control counts; `null` until the report is ready. */
export interface ComplianceSummary {
    'controlsPassed': number;
    'controlsFailed': number;
    'controlsNotApplicable': number;
}


/** EncryptionSettings: How backup data is encrypted at rest. Data is always encrypted with AES-256-GCM. */
export interface EncryptionSettings {
    'algorithm': ('AES-256-GCM');
    'keySource': ('platform_managed' | 'customer_managed');
    'kmsKeyId'?: string | null;
}


/** GcsDestination: A Google Cloud Storage bucket. */
export interface GcsDestination {
    'provider': ('gcs');
    'bucket': string;
    'location'?: string;
    'prefix'?: string;
}


/** GraphqlError: One GraphQL error. */
export interface GraphqlError {
    'message': string;
    'path'?: Array<string> | null;
    'extensions'?: unknown | null;
}


/** GraphqlRequest: A GraphQL-over-HTTP request. */
export interface GraphqlRequest {
    'query': string;
    'variables'?: unknown | null;
    'operationName'?: string | null;
}


/** GraphqlResponse: A GraphQL result. */
export interface GraphqlResponse {
    'data'?: unknown | null;
    'errors'?: Array<GraphqlError> | null;
}


/** HealthCheck: One dependency's health. */
export interface HealthCheck {
    'name': string;
    'status': ('ok' | 'degraded' | 'down');
}


/** HealthStatus: The service's health. */
export interface HealthStatus {
    'status': ('ok' | 'degraded' | 'down');
    'version': string;
    'checks': Array<HealthCheck>;
}


/** ImageJob: An image generation job. */
export interface ImageJob {
    'id': string;
    'type': ('image');
    'status': JobStatus;
    'progress': number;
    'createdAt': Date;
    'updatedAt': Date;
    'completedAt': Date | null;
    'error': JobFailure | null;
    'outputAssetIds': Array<string>;
    'params': ImageJobRequest;
}


/** ImageJobRequest: What an image job should generate. */
export interface ImageJobRequest {
    'prompt': string;
    'negativePrompt'?: string | null;
    'width'?: number;
    'height'?: number;
    'style'?: ImageStyle;
    'count'?: number;
    'seed'?: number | null;
    'templateId'?: string | null;
}


/** ImageStyle: The visual style. */
export type ImageStyle = 'photographic' | 'illustration' | 'anime' | '3d_render' | 'pixel_art';


/** Job: A generation job, an image job or a video job by `type`. */
export type Job = ImageJob | VideoJob;


/** JobEvent: The `data` of one server-sent event of `streamJobEvents`. */
export interface JobEvent {
    'event': ('job.status' | 'job.progress' | 'job.completed' | 'job.failed');
    'jobId': string;
    'status': JobStatus;
    'progress': number;
    'message'?: string | null;
    'occurredAt': Date;
}


/** JobFailure: Why a job failed; `null` unless its status is `failed`. */
export interface JobFailure {
    'code': string;
    'message': string;
}


/** JobList: A page of jobs. */
export interface JobList {
    'data': Array<Job>;
    'nextCursor': string | null;
}


/** JobStatus: `queued` and `running` are in progress; `succeeded`, `failed` and `canceled` are terminal.  */
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'canceled';


/** JobType: What a job generates. */
export type JobType = 'image' | 'video';


/** PasswordGrant: A user's email and password. */
export interface PasswordGrant {
    'grantType': ('password');
    'username': string;
    'password': string;
    'scope'?: string;
}


/** Permission: A permission a role can grant. */
export interface Permission {
    'id': string;
    'resource': string;
    'description': string | null;
}


/** PermissionList: A page of permissions. */
export interface PermissionList {
    'data': Array<Permission>;
    'nextCursor': string | null;
}


/** Principal: Who a request is authenticated as. */
export interface Principal {
    'id': string;
    'kind': ('user' | 'api_key');
    'organizationId': string;
    'email'?: string | null;
    'displayName': string;
    'roleIds': Array<string>;
    'permissions': Array<string>;
}


/** Problem: An RFC 9457 problem details object, extended with `code`, `requestId` and, for validation failures, `errors`. */
export interface Problem {
    'type': string;
    'title': string;
    'status': number;
    'detail'?: string;
    'instance'?: string;
    'code': string;
    'requestId': string;
    'errors'?: Array<ValidationIssue>;
}


/** RefreshTokenRequest: A refresh token to exchange. */
export interface RefreshTokenRequest {
    'refreshToken': string;
}


/** Restore: A restore from a backup. */
export interface Restore {
    'id': string;
    'backupId': string;
    'status': BackupStatus;
    'scope': Array<BackupScopeItem>;
    'targetRegion': string | null;
    'dryRun': boolean;
    'createdAt': Date;
    'completedAt': Date | null;
}


/** RestoreRequest: What to restore. */
export interface RestoreRequest {
    'scope': Array<BackupScopeItem>;
    'targetRegion'?: string | null;
    'dryRun'?: boolean;
}


/** RevokeTokenRequest: A token to revoke. */
export interface RevokeTokenRequest {
    'token': string;
    'tokenTypeHint'?: ('access_token' | 'refresh_token');
}


/** Role: A named set of permissions. */
export interface Role {
    'id': string;
    'name': string;
    'description': string | null;
    'builtIn': boolean;
    'permissions': Array<string>;
}


/** RoleAssignment: The complete set of roles a user should hold. */
export interface RoleAssignment {
    'roleIds': Array<string>;
}


/** RoleList: A page of roles. */
export interface RoleList {
    'data': Array<Role>;
    'nextCursor': string | null;
}


/** SystemMetrics: A snapshot of generation capacity and load. */
export interface SystemMetrics {
    'capturedAt': Date;
    'queueDepth': number;
    'activeJobs': number;
    'gpuUtilization': number;
    'cpuUtilization': number;
    'memoryUtilization': number;
    'p95JobLatencySeconds': number;
    'storageBytes': number;
}


/** Template: A reusable set of generation settings. `{placeholders}` in the prompt are filled in per job. */
export interface Template {
    'id': string;
    'name': string;
    'kind': JobType;
    'description': string | null;
    'prompt': string;
    'tags': Array<string>;
    'visibility': TemplateVisibility;
    'version': number;
    'createdAt': Date;
    'updatedAt': Date;
}


/** TemplateCreate: A new template. */
export interface TemplateCreate {
    'name': string;
    'kind': JobType;
    'description'?: string | null;
    'prompt': string;
    'tags'?: Array<string>;
    'visibility'?: TemplateVisibility;
}


/** TemplateList: A page of templates. */
export interface TemplateList {
    'data': Array<Template>;
    'nextCursor': string | null;
}


/** TemplateUpdate: Changes to a template; fields left out are unchanged. */
export interface TemplateUpdate {
    'name'?: string;
    'description'?: string | null;
    'prompt'?: string;
    'tags'?: Array<string>;
    'visibility'?: TemplateVisibility;
}


/** TemplateVisibility: `private`: only its creator sees it; `team`: the whole organisation does. */
export type TemplateVisibility = 'private' | 'team';


/** TokenRequest: Credentials to exchange for tokens, by grant type. */
export type TokenRequest = ClientCredentialsGrant | PasswordGrant;


/** TokenResponse: An access token and the refresh token that renews it. */
export interface TokenResponse {
    'accessToken': string;
    'tokenType': ('Bearer');
    'expiresIn': number;
    'refreshToken'?: string | null;
    'scope'?: string;
}


/** UsagePoint: Usage in one time bucket. */
export interface UsagePoint {
    'timestamp': Date;
    'imagesGenerated': number;
    'videoSecondsGenerated': number;
    'apiRequests': number;
    'storageBytes': number;
}


/** UsageSeries: Usage as a time series. */
export interface UsageSeries {
    'from': Date;
    'to': Date;
    'granularity': ('hour' | 'day' | 'month');
    'points': Array<UsagePoint>;
}


/** User: A member of the organisation. */
export interface User {
    'id': string;
    'email': string;
    'displayName': string;
    'status': UserStatus;
    'roleIds': Array<string>;
    'createdAt': Date;
    'lastLoginAt': Date | null;
    'deactivatedAt': Date | null;
}


/** UserInvite: An invitation. */
export interface UserInvite {
    'email': string;
    'displayName'?: string;
    'roleIds': Array<string>;
}


/** UserList: A page of users. */
export interface UserList {
    'data': Array<User>;
    'nextCursor': string | null;
}


/** UserStatus: `invited`: the invitation is not accepted yet; `active`: the user can sign in; `deactivated`: the user can no longer sign in.  */
export type UserStatus = 'invited' | 'active' | 'deactivated';


/** UserUpdate: Changes to a user; fields left out are unchanged. */
export interface UserUpdate {
    'displayName'?: string;
}


/** ValidationIssue: One invalid field of a request. */
export interface ValidationIssue {
    'location': ('path' | 'query' | 'header' | 'body');
    'name': string;
    'message': string;
}


/** VideoJob: A video generation job. */
export interface VideoJob {
    'id': string;
    'type': ('video');
    'status': JobStatus;
    'progress': number;
    'createdAt': Date;
    'updatedAt': Date;
    'completedAt': Date | null;
    'error': JobFailure | null;
    'outputAssetIds': Array<string>;
    'params': VideoJobRequest;
}


/** VideoJobRequest: What a video job should generate. */
export interface VideoJobRequest {
    'prompt': string;
    'durationSeconds': number;
    'fps'?: number;
    'resolution'?: VideoResolution;
    'referenceAssetId'?: string | null;
}


/** VideoResolution: The output resolution. */
export type VideoResolution = '720p' | '1080p' | '4k';


// ---- Operations: bodies, params and resources ----


/** The query and header parameters of `listApiKeys`. */
export interface ApiKeyListParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
}


/** The query and header parameters of `downloadAssetContent`. */
export interface AssetDownloadParams {
    'range'?: string;
}


/** The multipart body of `uploadReferenceImage`. */
export interface UploadReferenceImageBody {
    'file': Uploadable;
    'description'?: string | null;
}


/** The query and header parameters of `listAuditEvents`. */
export interface AuditEventListParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
    'actorId'?: Input<string>;
    'action'?: Input<string>;
    'resourceType'?: Input<AuditResourceType>;
    'resourceId'?: Input<string>;
    'from'?: Input<Date>;
    'to'?: Input<Date>;
}


/** The query and header parameters of `listBackupPolicies`. */
export interface BackupListPoliciesParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
}


/** The query and header parameters of `listBackups`. */
export interface BackupListParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
    'status'?: Input<BackupStatus>;
}


/** The query and header parameters of `listComplianceReports`. */
export interface ComplianceListReportsParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
    'framework'?: Input<ComplianceFramework>;
}


/** The query and header parameters of `listJobs`. */
export interface JobListParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
    'status'?: Input<JobStatus>;
    'type'?: Input<JobType>;
}


/** The query and header parameters of `streamJobEvents`. */
export interface JobEventsParams {
    'lastEventId'?: string;
}


/** The query and header parameters of `getUsageMetrics`. */
export interface MetricUsageParams {
    'from': Input<Date>;
    'to': Input<Date>;
    'granularity'?: Input<('hour' | 'day' | 'month')>;
}


/** The query and header parameters of `listPermissions`. */
export interface RoleListPermissionsParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
}


/** The query and header parameters of `listRoles`. */
export interface RoleListParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
}


/** The query and header parameters of `deleteTemplate`. */
export interface TemplateDeleteParams {
    'ifMatch': string;
}


/** The query and header parameters of `listTemplates`. */
export interface TemplateListParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
    'kind'?: Input<JobType>;
    'tag'?: Input<string>;
}


/** The query and header parameters of `updateTemplate`. */
export interface TemplateUpdateParams {
    'ifMatch': string;
}


/** The query and header parameters of `listUsers`. */
export interface UserListParams {
    'cursor'?: Input<string>;
    'limit'?: Input<number>;
    'status'?: Input<UserStatus>;
    'roleId'?: Input<string>;
}



/** The operations tagged `apiKeys`. */
export interface ApiKeysResource {
    /** Create an API key (POST /api-keys) */
    create(body: Input<ApiKeyCreate>, options?: RequestOptions): APIPromise<ApiKeyWithSecret>;
    /** Get an API key (GET /api-keys/{keyId}) */
    retrieve(keyId: string, options?: RequestOptions): APIPromise<ApiKey>;
    /** List API keys (GET /api-keys) */
    list(params?: ApiKeyListParams, options?: RequestOptions): PagePromise<NonNullable<ApiKeyList['data']>[number], ApiKeyList>;
    /** Revoke an API key (DELETE /api-keys/{keyId}) */
    revoke(keyId: string, options?: RequestOptions): APIPromise<null>;
}


/** The operations tagged `assets`. */
export interface AssetsResource {
    /** Download asset content (GET /assets/{assetId}/content) */
    download(assetId: string, params?: AssetDownloadParams, options?: RequestOptions): APIPromise<BinaryResponse>;
    /** Get asset metadata (GET /assets/{assetId}) */
    retrieve(assetId: string, options?: RequestOptions): APIPromise<Asset>;
    /** Upload a reference image (POST /assets) */
    upload(body: UploadReferenceImageBody, options?: RequestOptions): APIPromise<Asset>;
}


/** The operations tagged `auditEvents`. */
export interface AuditEventsResource {
    /** Get an audit event (GET /audit-events/{eventId}) */
    retrieve(eventId: string, options?: RequestOptions): APIPromise<AuditEvent>;
    /** List audit events (GET /audit-events) */
    list(params?: AuditEventListParams, options?: RequestOptions): PagePromise<NonNullable<AuditEventList['data']>[number], AuditEventList>;
}


/** The operations tagged `auth`. */
export interface AuthResource {
    /** Issue an access token (POST /auth/token) */
    createToken(body: Input<TokenRequest>, options?: RequestOptions): APIPromise<TokenResponse>;
    /** Get the current principal (GET /auth/me) */
    me(options?: RequestOptions): APIPromise<Principal>;
    /** Refresh an access token (POST /auth/refresh) */
    refresh(body: Input<RefreshTokenRequest>, options?: RequestOptions): APIPromise<TokenResponse>;
    /** Revoke a token (POST /auth/revoke) */
    revoke(body: Input<RevokeTokenRequest>, options?: RequestOptions): APIPromise<null>;
}


/** The operations tagged `backups`. */
export interface BackupsResource {
    /** Create a backup (POST /backups) */
    create(body: Input<BackupCreate>, options?: RequestOptions): APIPromise<Backup>;
    /** Create a backup policy (POST /backup-policies) */
    createPolicy(body: Input<BackupPolicyCreate>, options?: RequestOptions): APIPromise<BackupPolicy>;
    /** Delete a backup policy (DELETE /backup-policies/{policyId}) */
    deletePolicy(policyId: string, options?: RequestOptions): APIPromise<null>;
    /** Get a backup (GET /backups/{backupId}) */
    retrieve(backupId: string, options?: RequestOptions): APIPromise<Backup>;
    /** Polls `getBackup` until `status` is completed, failed (R8). */
    waitFor(backupId: string, options?: WaitOptions): Promise<Backup>;
    /** Get a backup policy (GET /backup-policies/{policyId}) */
    retrievePolicy(policyId: string, options?: RequestOptions): APIPromise<BackupPolicy>;
    /** List backup policies (GET /backup-policies) */
    listPolicies(params?: BackupListPoliciesParams, options?: RequestOptions): PagePromise<NonNullable<BackupPolicyList['data']>[number], BackupPolicyList>;
    /** List backups (GET /backups) */
    list(params?: BackupListParams, options?: RequestOptions): PagePromise<NonNullable<BackupList['data']>[number], BackupList>;
    /** Restore a backup (POST /backups/{backupId}/restore) */
    restore(backupId: string, body: Input<RestoreRequest>, options?: RequestOptions): APIPromise<Restore>;
    /** Update a backup policy (PATCH /backup-policies/{policyId}) */
    updatePolicy(policyId: string, body: Input<BackupPolicyUpdate>, options?: RequestOptions): APIPromise<BackupPolicy>;
}


/** The operations tagged `compliance`. */
export interface ComplianceResource {
    /** Request a compliance report (POST /compliance/reports) */
    createReport(body: Input<ComplianceReportRequest>, options?: RequestOptions): APIPromise<ComplianceReport>;
    /** Get a compliance report (GET /compliance/reports/{reportId}) */
    retrieveReport(reportId: string, options?: RequestOptions): APIPromise<ComplianceReport>;
    /** Polls `getComplianceReport` until `status` is ready, failed (R8). */
    waitForReport(reportId: string, options?: WaitOptions): Promise<ComplianceReport>;
    /** List compliance reports (GET /compliance/reports) */
    listReports(params?: ComplianceListReportsParams, options?: RequestOptions): PagePromise<NonNullable<ComplianceReportList['data']>[number], ComplianceReportList>;
}


/** The operations tagged `graphql`. */
export interface GraphqlResource {
    /** Execute a GraphQL query (POST /graphql) */
    execute(body: Input<GraphqlRequest>, options?: RequestOptions): APIPromise<GraphqlResponse>;
}


/** The operations tagged `health`. */
export interface HealthResource {
    /** Liveness probe (GET /health/live) */
    liveness(options?: RequestOptions): APIPromise<HealthStatus>;
    /** Readiness probe (GET /health/ready) */
    readiness(options?: RequestOptions): APIPromise<HealthStatus>;
}


/** The operations tagged `jobs`. */
export interface JobsResource {
    /** Cancel a job (POST /jobs/{jobId}/cancel) */
    cancel(jobId: string, options?: RequestOptions): APIPromise<Job>;
    /** Generate images (POST /generate/image) */
    createImage(body: Input<ImageJobRequest>, options?: RequestOptions): APIPromise<ImageJob>;
    /** Generate a video (POST /generate/video) */
    createVideo(body: Input<VideoJobRequest>, options?: RequestOptions): APIPromise<VideoJob>;
    /** Get a job (GET /jobs/{jobId}) */
    retrieve(jobId: string, options?: RequestOptions): APIPromise<Job>;
    /** Polls `getJob` until `status` is succeeded, failed, canceled (R8). */
    waitFor(jobId: string, options?: WaitOptions): Promise<Job>;
    /** List jobs (GET /jobs) */
    list(params?: JobListParams, options?: RequestOptions): PagePromise<NonNullable<JobList['data']>[number], JobList>;
    /** Stream job events (GET /jobs/{jobId}/events) */
    events(jobId: string, params?: JobEventsParams, options?: RequestOptions): APIPromise<EventStream<JobEvent>>;
}


/** The operations tagged `metrics`. */
export interface MetricsResource {
    /** Get system metrics (GET /metrics/system) */
    system(options?: RequestOptions): APIPromise<SystemMetrics>;
    /** Get usage metrics (GET /metrics/usage) */
    usage(params: MetricUsageParams, options?: RequestOptions): APIPromise<UsageSeries>;
}


/** The operations tagged `roles`. */
export interface RolesResource {
    /** Assign roles to a user (PUT /users/{userId}/roles) */
    assign(userId: string, body: Input<RoleAssignment>, options?: RequestOptions): APIPromise<User>;
    /** Get a role (GET /roles/{roleId}) */
    retrieve(roleId: string, options?: RequestOptions): APIPromise<Role>;
    /** List permissions (GET /permissions) */
    listPermissions(params?: RoleListPermissionsParams, options?: RequestOptions): PagePromise<NonNullable<PermissionList['data']>[number], PermissionList>;
    /** List roles (GET /roles) */
    list(params?: RoleListParams, options?: RequestOptions): PagePromise<NonNullable<RoleList['data']>[number], RoleList>;
}


/** The operations tagged `templates`. */
export interface TemplatesResource {
    /** Create a template (POST /templates) */
    create(body: Input<TemplateCreate>, options?: RequestOptions): APIPromise<Template>;
    /** Delete a template (DELETE /templates/{templateId}) */
    delete(templateId: string, params: TemplateDeleteParams, options?: RequestOptions): APIPromise<null>;
    /** Get a template (GET /templates/{templateId}) */
    retrieve(templateId: string, options?: RequestOptions): APIPromise<Template>;
    /** List templates (GET /templates) */
    list(params?: TemplateListParams, options?: RequestOptions): PagePromise<NonNullable<TemplateList['data']>[number], TemplateList>;
    /** Update a template (PATCH /templates/{templateId}) */
    update(templateId: string, body: Input<TemplateUpdate>, params: TemplateUpdateParams, options?: RequestOptions): APIPromise<Template>;
}


/** The operations tagged `users`. */
export interface UsersResource {
    /** Deactivate a user (POST /users/{userId}/deactivate) */
    deactivate(userId: string, options?: RequestOptions): APIPromise<User>;
    /** Get a user (GET /users/{userId}) */
    retrieve(userId: string, options?: RequestOptions): APIPromise<User>;
    /** Invite a user (POST /users) */
    invite(body: Input<UserInvite>, options?: RequestOptions): APIPromise<User>;
    /** List users (GET /users) */
    list(params?: UserListParams, options?: RequestOptions): PagePromise<NonNullable<UserList['data']>[number], UserList>;
    /** Update a user (PATCH /users/{userId}) */
    update(userId: string, body: Input<UserUpdate>, options?: RequestOptions): APIPromise<User>;
}


/** The API client: `new SecureAIStudio()`, one resource per tag. */
export declare class SecureAIStudio {
    constructor(options?: ClientOptions);
    /** The base URL requests go to. */
    readonly baseURL: string;
    /** A new client with these options over this one's. */
    withOptions(options: ClientOptions): SecureAIStudio;
    readonly apiKeys: ApiKeysResource;
    readonly assets: AssetsResource;
    readonly auditEvents: AuditEventsResource;
    readonly auth: AuthResource;
    readonly backups: BackupsResource;
    readonly compliance: ComplianceResource;
    readonly graphql: GraphqlResource;
    readonly health: HealthResource;
    readonly jobs: JobsResource;
    readonly metrics: MetricsResource;
    readonly roles: RolesResource;
    readonly templates: TemplatesResource;
    readonly users: UsersResource;
}

export default SecureAIStudio;
