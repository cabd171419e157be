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

/** Options of a GraphQL call (`query`, `subscribe`): the operation to run, and the per-call options. */
export interface GraphqlOptions extends RequestOptions {
    /** Which operation of the document to run (sent only when given). */
    operationName?: string | null;
}

/** Options of `new SecureAIStudio(options)` and `withOptions(options)`. */
export interface ClientOptions {
    /** The API key, sent on every apiKey scheme. Default: the environment variable SECURE_AI_STUDIO_API_KEY (unless an accessToken is given). */
    apiKey?: string;
    /** A bearer token, sent as `Authorization: Bearer …`; wins over the API key. */
    accessToken?: string;
    /** Enables one transparent token refresh on a 401. */
    refreshToken?: string;
    /** Called with the new tokens after a transparent refresh. */
    onTokenRefresh?: (tokens: { accessToken: string; refreshToken?: string }) => void;
    /** Default: SECURE_AI_STUDIO_BASE_URL, else the document's first server. */
    baseURL?: string;
    /** Milliseconds per attempt (default 60000). */
    timeout?: number;
    /** Retries after the first attempt (default 2). */
    maxRetries?: number;
    /** Headers sent with every request. */
    defaultHeaders?: Record<string, string>;
    /** The fetch implementation (default: the platform's). */
    fetch?: typeof globalThis.fetch;
    /** Response validation: 'strict' raises ResponseValidationError, 'warn' (default) logs it, 'off' skips it. */
    validation?: 'strict' | 'warn' | 'off';
    /** Receives validation warnings (default: console). */
    logger?: {
        /** Called with the validation message and the ResponseValidationError. */
        warn(message: string, error?: unknown): void;
    };
}

/** Options of a waiter (`client.<resource>.waitFor…`). */
export interface WaitOptions {
    /** First delay between polls, in ms. */
    interval?: number;
    /** Longest delay between polls, in ms. */
    maxInterval?: number;
    /** Overall deadline, in ms (then a WaitTimeoutError). */
    timeout?: number;
    /** Cancels the wait (and the poll in flight). */
    signal?: AbortSignal;
    /** Per-call options of every poll. */
    requestOptions?: RequestOptions;
}

/** A Promise of the decoded body that can also give the raw response. */
export declare class APIPromise<T> extends Promise<T> {
    /** The decoded body with the fetch Response and its X-Request-Id. */
    withResponse(): Promise<{
        /** The decoded body. */
        data: T;
        /** The fetch Response (its body already read). */
        response: Response;
        /** Its X-Request-Id, or null. */
        requestId: string | null;
    }>;
    /** The fetch Response alone (its body already read and decoded). */
    asResponse(): Promise<Response>;
}

/** One page of a list; iterate it with for await for every item of this and later pages. */
export declare class Page<Item, Body = unknown> implements AsyncIterable<Item> {
    /** The decoded response body (the list model), as received. */
    readonly body: Body;
    /** The fetch Response of this page. */
    readonly response: Response;
    /** The items of this page. */
    readonly data: Item[];
    /** The cursor of the next page, or null on the last one. */
    readonly nextCursor: string | null;
    /** The X-Request-Id of this page's response, or null. */
    readonly requestId: string | null;
    /** Whether another page follows (a non-empty cursor that differs from this page's). */
    hasNextPage(): boolean;
    /** Fetches the next page with the same parameters. */
    getNextPage(): Promise<Page<Item, Body>>;
    /** This page and every following one, fetched lazily. */
    iterPages(): AsyncGenerator<Page<Item, Body>>;
    /** Every item of this page and of every following page. */
    [Symbol.asyncIterator](): AsyncGenerator<Item>;
    /** The body, for JSON.stringify. */
    toJSON(): Body;
}

/** What a list method returns: await it for the first page, or iterate every item. */
export declare class PagePromise<Item, Body = unknown> extends Promise<Page<Item, Body>> implements AsyncIterable<Item> {
    /** Every item of every page, fetched lazily. */
    [Symbol.asyncIterator](): AsyncGenerator<Item>;
    /** The first page with the fetch Response and its X-Request-Id. */
    withResponse(): Promise<{
        /** The first page. */
        data: Page<Item, Body>;
        /** The first page's fetch Response. */
        response: Response;
        /** Its X-Request-Id, or null. */
        requestId: string | null;
    }>;
    /** The first page's fetch Response. */
    asResponse(): Promise<Response>;
}

/** One server-sent event. */
export interface ServerSentEvent<Data> {
    /** The event type (`message` when the server names none). */
    event: string;
    /** The event's id, if the server sent one (resume with it as `lastEventId`). */
    id: string | undefined;
    /** The event's data, parsed as JSON. */
    data: Data;
}

/** Server-sent events, decoded; iterate once with for await. */
export declare class EventStream<Data> implements AsyncIterable<ServerSentEvent<Data>> {
    /** The fetch Response whose body is the stream. */
    readonly response: Response;
    /** The X-Request-Id of the response, or null. */
    readonly requestId: string | null;
    /** The events as they arrive; leaving the loop closes the connection. */
    [Symbol.asyncIterator](): AsyncGenerator<ServerSentEvent<Data>>;
}

/**
 * The results of a GraphQL subscription (R13.3), one per `next` event until `complete`; iterate
 * once with for await. The request is sent on the first `next()`; `return()` (or leaving the
 * loop) closes the connection.
 */
export declare class GraphqlSubscription<Result> implements AsyncIterableIterator<Result> {
    /** The fetch Response of the answer, once the first `next()` has it. */
    readonly response: Response | undefined;
    /** The X-Request-Id of the answer, or null. */
    readonly requestId: string | null;
    /** The next result; the first call sends the request and rejects with an APIError on a non-2xx answer. */
    next(): Promise<IteratorResult<Result, undefined>>;
    /** Stops the subscription and closes its connection. */
    return(value?: undefined): Promise<IteratorResult<Result, undefined>>;
    /** Stops the subscription with `error`, closing its connection. */
    throw(error?: unknown): Promise<IteratorResult<Result, undefined>>;
    /** The subscription itself. */
    [Symbol.asyncIterator](): GraphqlSubscription<Result>;
}

/** A binary download (R9.2): the body is read with bytes() or stream(). */
export declare class BinaryResponse {
    /** The fetch Response, its body unread. */
    readonly response: Response;
    /** HTTP status: 200 for the whole file, 206 for a range. */
    readonly status: number;
    /** Whether this is a range (206 Partial Content). */
    readonly partial: boolean;
    /** The Content-Type header, or null. */
    readonly contentType: string | null;
    /** The Content-Length header as a number, if sent. */
    readonly contentLength: number | undefined;
    /** The parsed Content-Range header of a 206 response. */
    readonly contentRange: {
        /** The range unit (`bytes`). */
        unit: string;
        /** The first byte of the range. */
        start?: number;
        /** The last byte of the range (inclusive). */
        end?: number;
        /** The whole file's size, when the server knows it. */
        size?: number;
    } | undefined;
    /** The X-Request-Id of the response, or null. */
    readonly requestId: string | null;
    /** Reads the whole body (once). */
    bytes(): Promise<Buffer>;
    /** The body as a stream (once). */
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

/** The base of every error the SDK raises. */
export declare class SecureAIStudioError extends Error {}
/** A non-2xx response (R5): its status, headers and problem+json members, secrets redacted. */
export declare class APIError extends SecureAIStudioError {
    /** The HTTP status. */
    readonly status: number;
    /** The response headers (credential headers redacted). */
    readonly headers: Headers | undefined;
    /** The problem+json body, if the response had one. */
    readonly problem: Record<string, unknown> | undefined;
    /** The problem's `type` URI. */
    readonly type: string | undefined;
    /** The problem's `title`. */
    readonly title: string | undefined;
    /** The problem's `detail`. */
    readonly detail: string | undefined;
    /** The problem's `instance`. */
    readonly instance: string | undefined;
    /** The problem's machine-readable `code`. */
    readonly code: string | undefined;
    /** The problem's `errors` (field-level issues), as sent. */
    readonly errors: unknown;
    /** The X-Request-Id of the response (or the problem's requestId). */
    readonly requestId: string | undefined;
}
/** 400 Bad Request. */
export declare class BadRequestError extends APIError {}
/** 401 Unauthorized (after one refresh, when a refresh token is configured). */
export declare class AuthenticationError extends APIError {}
/** 403 Forbidden. */
export declare class PermissionDeniedError extends APIError {}
/** 404 Not Found. */
export declare class NotFoundError extends APIError {}
/** 409 Conflict. */
export declare class ConflictError extends APIError {}
/** 412 Precondition Failed (a stale If-Match). */
export declare class PreconditionFailedError extends APIError {}
/** 422 Unprocessable Entity. */
export declare class UnprocessableEntityError extends APIError {}
/** 429 Too Many Requests (after the retries). */
export declare class RateLimitError extends APIError {}
/** 5xx (after the retries). */
export declare class InternalServerError extends APIError {}
/** No HTTP response: refused, reset, DNS or TLS failure; the platform error is `cause`. */
export declare class APIConnectionError extends SecureAIStudioError {}
/** An attempt waited longer than `timeout` for the response headers. */
export declare class APIConnectionTimeoutError extends APIConnectionError {}
/** The call's `signal` was aborted. */
export declare class APIUserAbortError extends SecureAIStudioError {}
/** A 2xx JSON body (or an event's data) that does not parse or match its schema. */
export declare class ResponseValidationError extends SecureAIStudioError {
    /** The operation whose response failed. */
    readonly operationId: string;
    /** What is wrong, each with the JSON pointer of the value. */
    readonly issues: Array<{
        /** The JSON pointer of the value (`/data/0/status`). */
        path: string;
        /** What is wrong with it. */
        message: string;
    }>;
    /** The X-Request-Id of the response. */
    readonly requestId: string | undefined;
}
/** A waiter's `timeout` passed before a terminal state. */
export declare class WaitTimeoutError extends SecureAIStudioError {
    /** The last resource the waiter saw. */
    readonly lastState: unknown;
}

// ---- Models (components/schemas) ----


/** ApiKey: An API key, without its secret. */
export interface ApiKey {
    /** An API key ID. */
    'id': string;
    /** A human-readable name. */
    'name': string;
    /** The first characters of the secret, to recognise the key. */
    'prefix': string;
    /** The permissions the key is limited to. */
    'scopes': Array<string>;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** When the key was last used; `null` if never. */
    'lastUsedAt': Date | null;
    /** When the key stops working; `null` if never. */
    'expiresAt': Date | null;
}


/** ApiKeyCreate: A new API key. */
export interface ApiKeyCreate {
    /** A human-readable name. */
    'name': string;
    /** The permissions the key is limited to. */
    'scopes': Array<string>;
    /** When the key stops working; `null` or absent for never. */
    'expiresAt'?: Date | null;
}


/** ApiKeyList: A page of API keys. */
export interface ApiKeyList {
    /** The API keys on this page. */
    'data': Array<ApiKey>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** ApiKeyWithSecret: A new API key with its secret, shown only once. */
export interface ApiKeyWithSecret {
    /** An API key ID. */
    'id': string;
    /** A human-readable name. */
    'name': string;
    /** The first characters of the secret, to recognise the key. */
    'prefix': string;
    /** The permissions the key is limited to. */
    'scopes': Array<string>;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** When the key was last used; `null` if never. */
    'lastUsedAt': Date | null;
    /** When the key stops working; `null` if never. */
    'expiresAt': Date | null;
    /** The full secret. Store it now; it is never shown again. */
    'secret': string;
}


/** Asset: A stored media file. */
export interface Asset {
    /** An asset ID. */
    'id': string;
    /** A {@link AssetKind}. */
    'kind': AssetKind;
    /** The media type of the content. */
    'contentType': ("image/png" | "image/jpeg" | "image/webp" | "video/mp4");
    /** Size of the content in bytes. */
    'sizeBytes': number;
    /** SHA-256 of the content, hex-encoded. */
    'sha256': string;
    /** Width in pixels. */
    'width'?: number | null;
    /** Height in pixels. */
    'height'?: number | null;
    /** Duration of a video; `null` for images. */
    'durationSeconds'?: number | null;
    /** The job that generated the asset; `null` for uploads. */
    'jobId'?: string | null;
    /** A free-text description. */
    'description'?: string | null;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
}


/** AssetKind: `image` and `video` are generated; `reference` was uploaded. */
export type AssetKind = "image" | "video" | "reference";


/** AuditActor: Who did it. */
export interface AuditActor {
    /** The ID of a user or an API key. */
    'id': string;
    /** Whether the actor is a user or an API key. */
    'kind': ("user" | "api_key");
    /** A human-readable name. */
    'displayName': string;
}


/** AuditEvent: One entry of the audit trail. */
export interface AuditEvent {
    /** An audit event ID. */
    'id': string;
    /** An RFC 3339 date-time in UTC. */
    'occurredAt': Date;
    /** A {@link AuditActor}. */
    'actor': AuditActor;
    /** What was done, as `resource.verb`, for example `template.update`. */
    'action': string;
    /** A {@link AuditResource}. */
    'resource': AuditResource;
    /** Whether the action succeeded. */
    'outcome': ("success" | "failure");
    /** The client's IPv4 or IPv6 address. */
    'ipAddress'?: string;
    /** The client's User-Agent. */
    'userAgent'?: string;
    /** The request that did it. */
    'requestId': string;
}


/** AuditEventList: A page of audit events. */
export interface AuditEventList {
    /** The events on this page. */
    'data': Array<AuditEvent>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** AuditResource: What it was done to. */
export interface AuditResource {
    /** A {@link AuditResourceType}. */
    'type': AuditResourceType;
    /** The ID of any resource; the prefix names its type. */
    'id': string;
}


/** AuditResourceType: The type of resource an audit event is about. */
export type AuditResourceType = "user" | "role" | "api_key" | "token" | "job" | "asset" | "template" | "backup" | "backup_policy" | "compliance_report";


/** AwsS3Destination: An Amazon S3 bucket. */
export interface AwsS3Destination {
    /** Always `aws_s3`. */
    'provider': ("aws_s3");
    /** The bucket name. */
    'bucket': string;
    /** A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`. */
    'region': string;
    /** A key prefix inside the bucket or container. */
    'prefix'?: string;
}


/** AzureBlobDestination: An Azure Blob Storage container. */
export interface AzureBlobDestination {
    /** Always `azure_blob`. */
    'provider': ("azure_blob");
    /** The storage account name. */
    'storageAccount': string;
    /** The container name. */
    'container': string;
    /** A key prefix inside the bucket or container. */
    'prefix'?: string;
}


/** Backup: An encrypted backup. */
export interface Backup {
    /** A backup ID. */
    'id': string;
    /** A {@link BackupStatus}. */
    'status': BackupStatus;
    /** A {@link BackupDestination}. */
    'destination': BackupDestination;
    /** What the backup holds. */
    'scope': Array<BackupScopeItem>;
    /** The regions the backup is replicated to. */
    'regions': Array<string>;
    /** A {@link EncryptionSettings}. */
    'encryption': EncryptionSettings;
    /** The policy that made the backup; `null` for a manual one. */
    'policyId': string | null;
    /** Size once completed. */
    'sizeBytes': number | null;
    /** SHA-256 of the encrypted archive, once completed. */
    'checksumSha256': string | null;
    /** A free-text description. */
    'description'?: string | null;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** When the backup reached a terminal status. */
    'completedAt': Date | null;
}


/** BackupCreate: A manual backup. */
export interface BackupCreate {
    /** A {@link BackupDestination}. */
    'destination': BackupDestination;
    /** What to back up. */
    'scope': Array<BackupScopeItem>;
    /** Regions to replicate the backup to. */
    'regions'?: Array<string>;
    /** A {@link EncryptionSettings}. */
    'encryption'?: EncryptionSettings;
    /** A free-text description. */
    'description'?: string | null;
}


/** BackupDestination: Where a backup is written, by cloud `provider`. */
export type BackupDestination = AwsS3Destination | AzureBlobDestination | GcsDestination;


/** BackupList: A page of backups. */
export interface BackupList {
    /** The backups on this page. */
    'data': Array<Backup>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** BackupPolicy: A schedule of recurring backups. */
export interface BackupPolicy {
    /** A backup policy ID. */
    'id': string;
    /** A human-readable name. */
    'name': string;
    /** Disabled policies make no backups. */
    'enabled': boolean;
    /** A five-field cron expression, in UTC. */
    'schedule': string;
    /** Backups older than this are deleted. */
    'retentionDays': number;
    /** A {@link BackupDestination}. */
    'destination': BackupDestination;
    /** The regions every backup is replicated to (cross-region redundancy). */
    'regions': Array<string>;
    /** What each backup holds. */
    'scope': Array<BackupScopeItem>;
    /** A {@link EncryptionSettings}. */
    'encryption': EncryptionSettings;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** An RFC 3339 date-time in UTC. */
    'updatedAt': Date;
}


/** BackupPolicyCreate: A new backup policy. */
export interface BackupPolicyCreate {
    /** A human-readable name. */
    'name': string;
    /** Disabled policies make no backups. */
    'enabled'?: boolean;
    /** A five-field cron expression, in UTC. */
    'schedule': string;
    /** Backups older than this are deleted. */
    'retentionDays': number;
    /** A {@link BackupDestination}. */
    'destination': BackupDestination;
    /** The regions every backup is replicated to. */
    'regions'?: Array<string>;
    /** What each backup holds. */
    'scope': Array<BackupScopeItem>;
    /** A {@link EncryptionSettings}. */
    'encryption'?: EncryptionSettings;
}


/** BackupPolicyList: A page of backup policies. */
export interface BackupPolicyList {
    /** The policies on this page. */
    'data': Array<BackupPolicy>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** BackupPolicyUpdate: Changes to a backup policy; fields left out are unchanged. */
export interface BackupPolicyUpdate {
    /** A human-readable name. */
    'name'?: string;
    /** Disabled policies make no backups. */
    'enabled'?: boolean;
    /** A five-field cron expression, in UTC. */
    'schedule'?: string;
    /** Backups older than this are deleted. */
    'retentionDays'?: number;
    /** The regions every backup is replicated to. */
    'regions'?: Array<string>;
}


/** BackupScopeItem: A kind of data a backup holds. */
export type BackupScopeItem = "templates" | "assets" | "audit_events" | "users";


/** BackupStatus: `pending` and `running` are in progress; `completed` and `failed` are terminal. */
export type BackupStatus = "pending" | "running" | "completed" | "failed";


/** ClientCredentialsGrant: A service client's ID and secret. */
export interface ClientCredentialsGrant {
    /** Always `client_credentials`. */
    'grantType': ("client_credentials");
    /** The client's ID. */
    'clientId': string;
    /** The client's secret. */
    'clientSecret': string;
    /** Space-separated permissions a token is limited to. */
    'scope'?: string;
}


/** ComplianceFramework: SOC 2 Type II, ISO/IEC 27001, GDPR or HIPAA. */
export type ComplianceFramework = "soc2" | "iso27001" | "gdpr" | "hipaa";


/** ComplianceReport: A compliance report. */
export interface ComplianceReport {
    /** A compliance report ID. */
    'id': string;
    /** A {@link ComplianceFramework}. */
    'framework': ComplianceFramework;
    /** A {@link ComplianceReportStatus}. */
    'status': ComplianceReportStatus;
    /** First day of the period covered. */
    'periodStart': Date;
    /** Last day of the period covered. */
    'periodEnd': Date;
    /** A {@link ComplianceReportFormat}. */
    'format': ComplianceReportFormat;
    /** A {@link ComplianceSummary}. */
    'summary': ComplianceSummary | null;
    /** A short-lived link to the report file, once ready. */
    'downloadUrl': string | null;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** When the report reached a terminal status. */
    'completedAt': Date | null;
}


/** ComplianceReportFormat: The report's file format. */
export type ComplianceReportFormat = "pdf" | "json";


/** ComplianceReportList: A page of compliance reports. */
export interface ComplianceReportList {
    /** The reports on this page. */
    'data': Array<ComplianceReport>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** ComplianceReportRequest: The report to generate. */
export interface ComplianceReportRequest {
    /** A {@link ComplianceFramework}. */
    'framework': ComplianceFramework;
    /** First day of the period covered. */
    'periodStart': Date;
    /** Last day of the period covered. */
    'periodEnd': Date;
    /** A {@link ComplianceReportFormat}. */
    'format'?: ComplianceReportFormat;
}


/** ComplianceReportStatus: `pending` and `generating` are in progress; `ready` and `failed` are terminal. */
export type ComplianceReportStatus = "pending" | "generating" | "ready" | "failed";


/** ComplianceSummary: Control counts; `null` until the report is ready. */
export interface ComplianceSummary {
    /** Controls that passed. */
    'controlsPassed': number;
    /** Controls that failed. */
    'controlsFailed': number;
    /** Controls that do not apply. */
    'controlsNotApplicable': number;
}


/** EncryptionSettings: How backup data is encrypted at rest. Data is always encrypted with AES-256-GCM. */
export interface EncryptionSettings {
    /** The cipher. */
    'algorithm': ("AES-256-GCM");
    /** Who holds the key; `customer_managed` needs `kmsKeyId`. */
    'keySource': ("platform_managed" | "customer_managed");
    /** The customer's KMS key (ARN, Key Vault key URI or Cloud KMS key name). */
    'kmsKeyId'?: string | null;
}


/** GcsDestination: A Google Cloud Storage bucket. */
export interface GcsDestination {
    /** Always `gcs`. */
    'provider': ("gcs");
    /** The bucket name. */
    'bucket': string;
    /** A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`. */
    'location'?: string;
    /** A key prefix inside the bucket or container. */
    'prefix'?: string;
}


/** GraphqlError: One GraphQL error. */
export interface GraphqlError {
    /** What went wrong. */
    'message': string;
    /** The response field the error is about, as field names (strings) and list indexes (integers). */
    'path'?: Array<unknown | null> | null;
    /** Extra, server-defined details, such as `code`. */
    'extensions'?: unknown | null;
}


/** GraphqlRequest: A GraphQL-over-HTTP request. */
export interface GraphqlRequest {
    /** The GraphQL document. */
    'query': string;
    /** Values for the document's variables. */
    'variables'?: unknown | null;
    /** Which operation of the document to run. */
    'operationName'?: string | null;
}


/** GraphqlResponse: A GraphQL result. */
export interface GraphqlResponse {
    /** The result; `null` if the request failed as a whole. */
    'data'?: unknown | null;
    /** Errors; absent or `null` when there were none. */
    'errors'?: Array<GraphqlError> | null;
}


/** HealthCheck: One dependency's health. */
export interface HealthCheck {
    /** The dependency. */
    'name': string;
    /** Its health. */
    'status': ("ok" | "degraded" | "down");
}


/** HealthStatus: The service's health. */
export interface HealthStatus {
    /** The overall health. */
    'status': ("ok" | "degraded" | "down");
    /** The running service version. */
    'version': string;
    /** Each dependency's health. */
    'checks': Array<HealthCheck>;
}


/** ImageJob: An image generation job. */
export interface ImageJob {
    /** A generation job ID. */
    'id': string;
    /** Always `image`. */
    'type': ("image");
    /** A {@link JobStatus}. */
    'status': JobStatus;
    /** Percent complete. */
    'progress': number;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** An RFC 3339 date-time in UTC. */
    'updatedAt': Date;
    /** When the job reached a terminal status; `null` before. */
    'completedAt': Date | null;
    /** A {@link JobFailure}. */
    'error': JobFailure | null;
    /** The generated images, once the job succeeded. */
    'outputAssetIds': Array<string>;
    /** A {@link ImageJobRequest}. */
    'params': ImageJobRequest;
}


/** ImageJobRequest: What an image job should generate. */
export interface ImageJobRequest {
    /** What to generate, in natural language. */
    'prompt': string;
    /** What to keep out of the images. */
    'negativePrompt'?: string | null;
    /** Width in pixels, a multiple of 64. */
    'width'?: number;
    /** Height in pixels, a multiple of 64. */
    'height'?: number;
    /** A {@link ImageStyle}. */
    'style'?: ImageStyle;
    /** How many images to generate. */
    'count'?: number;
    /** A seed for reproducible output; `null` for a random one. */
    'seed'?: number | null;
    /** A template whose settings fill in what the request leaves out. */
    'templateId'?: string | null;
}


/** ImageStyle: The visual style. */
export type ImageStyle = "photographic" | "illustration" | "anime" | "3d_render" | "pixel_art";


/** Job: A generation job, an image job or a video job by `type`. */
export type Job = ImageJob | VideoJob;


/** JobEvent: The `data` of one server-sent event of `streamJobEvents`. */
export interface JobEvent {
    /** The event name, the same as the SSE `event` field. */
    'event': ("job.status" | "job.progress" | "job.completed" | "job.failed");
    /** A generation job ID. */
    'jobId': string;
    /** A {@link JobStatus}. */
    'status': JobStatus;
    /** Percent complete. */
    'progress': number;
    /** A human-readable note on the step. */
    'message'?: string | null;
    /** An RFC 3339 date-time in UTC. */
    'occurredAt': Date;
}


/** JobFailure: Why a job failed; `null` unless its status is `failed`. */
export interface JobFailure {
    /** A stable, machine-readable reason, for example `content_policy_violation`. */
    'code': string;
    /** A human-readable explanation. */
    'message': string;
}


/** JobList: A page of jobs. */
export interface JobList {
    /** The jobs on this page. */
    'data': Array<Job>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** JobStatus: `queued` and `running` are in progress; `succeeded`, `failed` and `canceled` are terminal.  */
export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "canceled";


/** JobType: What a job generates. */
export type JobType = "image" | "video";


/** PasswordGrant: A user's email and password. */
export interface PasswordGrant {
    /** Always `password`. */
    'grantType': ("password");
    /** The user's email address. */
    'username': string;
    /** The user's password. */
    'password': string;
    /** Space-separated permissions a token is limited to. */
    'scope'?: string;
}


/** Permission: A permission a role can grant. */
export interface Permission {
    /** A permission, as `resource:read` or `resource:write`. */
    'id': string;
    /** The resource the permission is about. */
    'resource': string;
    /** A free-text description. */
    'description': string | null;
}


/** PermissionList: A page of permissions. */
export interface PermissionList {
    /** The permissions on this page. */
    'data': Array<Permission>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** Principal: Who a request is authenticated as. */
export interface Principal {
    /** The ID of a user or an API key. */
    'id': string;
    /** Whether the principal is a user or an API key. */
    'kind': ("user" | "api_key");
    /** An organisation ID. */
    'organizationId': string;
    /** The user's email; `null` for API keys. */
    'email'?: string | null;
    /** A human-readable name. */
    'displayName': string;
    /** The roles the principal holds. */
    'roleIds': Array<string>;
    /** The effective permissions from all roles. */
    'permissions': Array<string>;
}


/** Problem: An RFC 9457 problem details object, extended with `code`, `requestId` and, for validation failures, `errors`. */
export interface Problem {
    /** A URI identifying the problem type; it links to its documentation. */
    'type': string;
    /** A short, human-readable summary of the problem type. */
    'title': string;
    /** The HTTP status code. */
    'status': number;
    /** A human-readable explanation of this occurrence. */
    'detail'?: string;
    /** A URI reference identifying this occurrence. */
    'instance'?: string;
    /** A stable, machine-readable error code, for example `etag_mismatch`. */
    'code': string;
    /** The request's ID, the same as the `X-Request-Id` header. */
    'requestId': string;
    /** For validation failures, every invalid field. */
    'errors'?: Array<ValidationIssue>;
}


/** RefreshTokenRequest: A refresh token to exchange. */
export interface RefreshTokenRequest {
    /** The refresh token from the last token response. */
    'refreshToken': string;
}


/** Restore: A restore from a backup. */
export interface Restore {
    /** A restore ID. */
    'id': string;
    /** A backup ID. */
    'backupId': string;
    /** A {@link BackupStatus}. */
    'status': BackupStatus;
    /** What is restored. */
    'scope': Array<BackupScopeItem>;
    /** The region restored into. */
    'targetRegion': string | null;
    /** Whether this is a dry run. */
    'dryRun': boolean;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** When the restore reached a terminal status. */
    'completedAt': Date | null;
}


/** RestoreRequest: What to restore. */
export interface RestoreRequest {
    /** What to restore from the backup. */
    'scope': Array<BackupScopeItem>;
    /** Restore into this region; `null` for the organisation's home region. */
    'targetRegion'?: string | null;
    /** Only report what would change. */
    'dryRun'?: boolean;
}


/** RevokeTokenRequest: A token to revoke. */
export interface RevokeTokenRequest {
    /** The access or refresh token. */
    'token': string;
    /** Which kind of token `token` is, to speed up the lookup. */
    'tokenTypeHint'?: ("access_token" | "refresh_token");
}


/** Role: A named set of permissions. */
export interface Role {
    /** A role ID. */
    'id': string;
    /** A human-readable name. */
    'name': string;
    /** A free-text description. */
    'description': string | null;
    /** Built-in roles cannot be changed or deleted. */
    'builtIn': boolean;
    /** The permissions the role grants. */
    'permissions': Array<string>;
}


/** RoleAssignment: The complete set of roles a user should hold. */
export interface RoleAssignment {
    /** The roles; an empty list removes every role. */
    'roleIds': Array<string>;
}


/** RoleList: A page of roles. */
export interface RoleList {
    /** The roles on this page. */
    'data': Array<Role>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** SystemMetrics: A snapshot of generation capacity and load. */
export interface SystemMetrics {
    /** An RFC 3339 date-time in UTC. */
    'capturedAt': Date;
    /** Jobs waiting to start. */
    'queueDepth': number;
    /** Jobs running now. */
    'activeJobs': number;
    /** A fraction between 0 and 1. */
    'gpuUtilization': number;
    /** A fraction between 0 and 1. */
    'cpuUtilization': number;
    /** A fraction between 0 and 1. */
    'memoryUtilization': number;
    /** 95th percentile of job duration over the last hour. */
    'p95JobLatencySeconds': number;
    /** Bytes stored for the organisation. */
    'storageBytes': number;
}


/** Template: A reusable set of generation settings. `{placeholders}` in the prompt are filled in per job. */
export interface Template {
    /** A template ID. */
    'id': string;
    /** A human-readable name. */
    'name': string;
    /** A {@link JobType}. */
    'kind': JobType;
    /** A free-text description. */
    'description': string | null;
    /** What to generate, in natural language. */
    'prompt': string;
    /** Tags to find the template by. */
    'tags': Array<string>;
    /** A {@link TemplateVisibility}. */
    'visibility': TemplateVisibility;
    /** Goes up by one on every change. */
    'version': number;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** An RFC 3339 date-time in UTC. */
    'updatedAt': Date;
}


/** TemplateCreate: A new template. */
export interface TemplateCreate {
    /** A human-readable name. */
    'name': string;
    /** A {@link JobType}. */
    'kind': JobType;
    /** A free-text description. */
    'description'?: string | null;
    /** What to generate, in natural language. */
    'prompt': string;
    /** Tags to find the template by. */
    'tags'?: Array<string>;
    /** A {@link TemplateVisibility}. */
    'visibility'?: TemplateVisibility;
}


/** TemplateList: A page of templates. */
export interface TemplateList {
    /** The templates on this page. */
    'data': Array<Template>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** TemplateUpdate: Changes to a template; fields left out are unchanged. */
export interface TemplateUpdate {
    /** A human-readable name. */
    'name'?: string;
    /** A free-text description. */
    'description'?: string | null;
    /** What to generate, in natural language. */
    'prompt'?: string;
    /** Tags to find the template by. */
    'tags'?: Array<string>;
    /** A {@link TemplateVisibility}. */
    'visibility'?: TemplateVisibility;
}


/** TemplateVisibility: `private`: only its creator sees it; `team`: the whole organisation does. */
export type TemplateVisibility = "private" | "team";


/** TokenRequest: Credentials to exchange for tokens, by grant type. */
export type TokenRequest = ClientCredentialsGrant | PasswordGrant;


/** TokenResponse: An access token and the refresh token that renews it. */
export interface TokenResponse {
    /** The JWT access token. */
    'accessToken': string;
    /** Always `Bearer`. */
    'tokenType': ("Bearer");
    /** Seconds until the access token expires. */
    'expiresIn': number;
    /** The single-use refresh token; `null` for the client-credentials grant. */
    'refreshToken'?: string | null;
    /** Space-separated permissions a token is limited to. */
    'scope'?: string;
}


/** UsagePoint: Usage in one time bucket. */
export interface UsagePoint {
    /** An RFC 3339 date-time in UTC. */
    'timestamp': Date;
    /** Images generated in the bucket. */
    'imagesGenerated': number;
    /** Seconds of video generated in the bucket. */
    'videoSecondsGenerated': number;
    /** API requests made in the bucket. */
    'apiRequests': number;
    /** Bytes stored at the end of the bucket. */
    'storageBytes': number;
}


/** UsageSeries: Usage as a time series. */
export interface UsageSeries {
    /** An RFC 3339 date-time in UTC. */
    'from': Date;
    /** An RFC 3339 date-time in UTC. */
    'to': Date;
    /** The bucket size. */
    'granularity': ("hour" | "day" | "month");
    /** One point per bucket, oldest first. */
    'points': Array<UsagePoint>;
}


/** User: A member of the organisation. */
export interface User {
    /** A user ID. */
    'id': string;
    /** The user's email address. */
    'email': string;
    /** A human-readable name. */
    'displayName': string;
    /** A {@link UserStatus}. */
    'status': UserStatus;
    /** The roles the user holds. */
    'roleIds': Array<string>;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** When the user last signed in; `null` if never. */
    'lastLoginAt': Date | null;
    /** When the user was deactivated; `null` unless deactivated. */
    'deactivatedAt': Date | null;
}


/** UserInvite: An invitation. */
export interface UserInvite {
    /** Where to send the invitation. */
    'email': string;
    /** A human-readable name. */
    'displayName'?: string;
    /** The roles the user starts with. */
    'roleIds': Array<string>;
}


/** UserList: A page of users. */
export interface UserList {
    /** The users on this page. */
    'data': Array<User>;
    /** Pass as `cursor` to read the next page; `null` on the last page. */
    'nextCursor': string | null;
}


/** UserStatus: `invited`: the invitation is not accepted yet; `active`: the user can sign in; `deactivated`: the user can no longer sign in.  */
export type UserStatus = "invited" | "active" | "deactivated";


/** UserUpdate: Changes to a user; fields left out are unchanged. */
export interface UserUpdate {
    /** A human-readable name. */
    'displayName'?: string;
}


/** ValidationIssue: One invalid field of a request. */
export interface ValidationIssue {
    /** Where the field is. */
    'location': ("path" | "query" | "header" | "body");
    /** The parameter name, or a JSON pointer into the body. */
    'name': string;
    /** What is wrong with it. */
    'message': string;
}


/** VideoJob: A video generation job. */
export interface VideoJob {
    /** A generation job ID. */
    'id': string;
    /** Always `video`. */
    'type': ("video");
    /** A {@link JobStatus}. */
    'status': JobStatus;
    /** Percent complete. */
    'progress': number;
    /** An RFC 3339 date-time in UTC. */
    'createdAt': Date;
    /** An RFC 3339 date-time in UTC. */
    'updatedAt': Date;
    /** When the job reached a terminal status; `null` before. */
    'completedAt': Date | null;
    /** A {@link JobFailure}. */
    'error': JobFailure | null;
    /** The generated video, once the job succeeded. */
    'outputAssetIds': Array<string>;
    /** A {@link VideoJobRequest}. */
    'params': VideoJobRequest;
}


/** VideoJobRequest: What a video job should generate. */
export interface VideoJobRequest {
    /** What to generate, in natural language. */
    'prompt': string;
    /** Length of the video in seconds. */
    'durationSeconds': number;
    /** Frames per second. */
    'fps'?: number;
    /** A {@link VideoResolution}. */
    'resolution'?: VideoResolution;
    /** An uploaded reference image to animate; `null` for text-to-video. */
    'referenceAssetId'?: string | null;
}


/** VideoResolution: The output resolution. */
export type VideoResolution = "720p" | "1080p" | "4k";


// ---- Operations: bodies, params and resources ----


/** The query and header parameters of `listApiKeys`. */
export interface ApiKeyListParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
}


/** The query and header parameters of `downloadAssetContent`. */
export interface AssetDownloadParams {
    /** A single byte range (RFC 9110), for example `bytes=0-1023`. */
    'range'?: string;
}


/** The multipart body of `uploadReferenceImage`. */
export interface UploadReferenceImageBody {
    /** The image bytes (PNG, JPEG or WebP, at most 20 MiB). */
    'file': Uploadable;
    /** A free-text description. */
    'description'?: string | null;
}


/** The query and header parameters of `listAuditEvents`. */
export interface AuditEventListParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
    /** Only events by this user or API key. */
    'actorId'?: Input<string>;
    /** Only events with this action, for example `template.update`. */
    'action'?: Input<string>;
    /** Only events on resources of this type. */
    'resourceType'?: Input<AuditResourceType>;
    /** Only events on this resource. */
    'resourceId'?: Input<string>;
    /** Only events at or after this time. */
    'from'?: Input<Date>;
    /** Only events before this time. */
    'to'?: Input<Date>;
}


/** The query and header parameters of `listBackupPolicies`. */
export interface BackupListPoliciesParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
}


/** The query and header parameters of `listBackups`. */
export interface BackupListParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
    /** Only backups in this status. */
    'status'?: Input<BackupStatus>;
}


/** The query and header parameters of `listComplianceReports`. */
export interface ComplianceListReportsParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
    /** Only reports for this framework. */
    'framework'?: Input<ComplianceFramework>;
}


/** The query and header parameters of `executeGraphqlGet`. */
export interface GraphqlExecuteGetParams {
    /** The GraphQL document: ASCII (write other characters as `\\u` escapes) and at most 3,000 characters, so the URL fits the 16 KB a server reads of a request's line and headers. Send a longer document over POST.  */
    'query': Input<string>;
    /** The variables as JSON text (an object), ASCII and at most 1,000 characters. */
    'variables'?: Input<string>;
    /** Which operation of the document to run. */
    'operationName'?: Input<string>;
}


/** The query and header parameters of `listJobs`. */
export interface JobListParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
    /** Only jobs in this status. */
    'status'?: Input<JobStatus>;
    /** Only jobs of this type. */
    'type'?: Input<JobType>;
}


/** The query and header parameters of `streamJobEvents`. */
export interface JobEventsParams {
    /** Resume after this event ID. */
    'lastEventId'?: string;
}


/** The query and header parameters of `getUsageMetrics`. */
export interface MetricUsageParams {
    /** Start of the series (inclusive). */
    'from': Input<Date>;
    /** End of the series (exclusive). */
    'to': Input<Date>;
    /** Bucket size. */
    'granularity'?: Input<("hour" | "day" | "month")>;
}


/** The query and header parameters of `listPermissions`. */
export interface RoleListPermissionsParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
}


/** The query and header parameters of `listRoles`. */
export interface RoleListParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
}


/** The query and header parameters of `deleteTemplate`. */
export interface TemplateDeleteParams {
    /** The ETag the change is based on, from the last read of the resource. */
    'ifMatch': string;
}


/** The query and header parameters of `listTemplates`. */
export interface TemplateListParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
    /** Only templates of this kind. */
    'kind'?: Input<JobType>;
    /** Only templates carrying this tag. */
    'tag'?: Input<string>;
}


/** The query and header parameters of `updateTemplate`. */
export interface TemplateUpdateParams {
    /** The ETag the change is based on, from the last read of the resource. */
    'ifMatch': string;
}


/** The query and header parameters of `listUsers`. */
export interface UserListParams {
    /** The `nextCursor` of the previous page; leave out for the first page. */
    'cursor'?: Input<string>;
    /** The largest number of items a page holds. */
    'limit'?: Input<number>;
    /** Only users in this status. */
    'status'?: Input<UserStatus>;
    /** Only users holding this role. */
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
    /** Execute a GraphQL query, mutation or subscription (POST /graphql) */
    execute(body: Input<GraphqlRequest>, options?: RequestOptions): APIPromise<GraphqlResponse>;
    /** Runs a GraphQL query or mutation through `executeGraphql` (R13.1): the result, the errors of a 2xx result returned beside its data, not raised; `Result` narrows its type (unchecked beyond R7 validation). */
    query<Result = GraphqlResponse>(document: string, variables?: Record<string, unknown> | null, options?: GraphqlOptions): APIPromise<Result>;
    /** Runs a GraphQL subscription through `executeGraphql` as GraphQL over SSE (R13.3): one result per `next` event until `complete`; argument errors are thrown at once. */
    subscribe<Result = GraphqlResponse>(document: string, variables?: Record<string, unknown> | null, options?: GraphqlOptions): GraphqlSubscription<Result>;
    /** Run a GraphQL query over GET (GET /graphql) */
    executeGet(params: GraphqlExecuteGetParams, options?: RequestOptions): APIPromise<GraphqlResponse>;
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
    /** Settings from `options`, else the environment (SECURE_AI_STUDIO_API_KEY, SECURE_AI_STUDIO_BASE_URL). */
    constructor(options?: ClientOptions);
    /** The base URL requests go to. */
    readonly baseURL: string;
    /** A new client with these options over this one's. */
    withOptions(options: ClientOptions): SecureAIStudio;
    /** The operations tagged `apiKeys`. */
    readonly apiKeys: ApiKeysResource;
    /** The operations tagged `assets`. */
    readonly assets: AssetsResource;
    /** The operations tagged `auditEvents`. */
    readonly auditEvents: AuditEventsResource;
    /** The operations tagged `auth`. */
    readonly auth: AuthResource;
    /** The operations tagged `backups`. */
    readonly backups: BackupsResource;
    /** The operations tagged `compliance`. */
    readonly compliance: ComplianceResource;
    /** The operations tagged `graphql`. */
    readonly graphql: GraphqlResource;
    /** The operations tagged `health`. */
    readonly health: HealthResource;
    /** The operations tagged `jobs`. */
    readonly jobs: JobsResource;
    /** The operations tagged `metrics`. */
    readonly metrics: MetricsResource;
    /** The operations tagged `roles`. */
    readonly roles: RolesResource;
    /** The operations tagged `templates`. */
    readonly templates: TemplatesResource;
    /** The operations tagged `users`. */
    readonly users: UsersResource;
}

export default SecureAIStudio;

