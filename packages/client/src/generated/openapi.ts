// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
export interface paths {
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an access token
         * @description Exchanges credentials for a short-lived JWT access token and a refresh token. Supports the
         *     `password` grant (a user's email and password) and the `client_credentials` grant (a
         *     service client's ID and secret). Credentials travel in the body, so this operation takes no
         *     other authentication.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh an access token
         * @description Exchanges a refresh token for a new access token and a new refresh token. Refresh tokens are
         *     single use: the old one stops working once this succeeds.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a token
         * @description Revokes an access token or a refresh token (RFC 7009 semantics; revoking an unknown token also succeeds).
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current principal
         * @description Returns the user or API key the request is authenticated as, with its roles and effective permissions.
         */
        get: operations["getCurrentPrincipal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Lists the organisation's API keys, newest first. Secrets are never returned here.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key. The response is the only time the full secret is shown; store it safely.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's ID.
                 * @example key_01JD7A2B3C4D5E6F7G8H9J0K1M
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Returns one API key, without its secret.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes an API key at once. Requests made with it afterwards fail with 401.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the organisation's users, optionally filtered by status or role.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Invite a user
         * @description Invites a user by email with an initial set of roles. The user is `invited` until they accept.
         */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's ID.
                 * @example usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description Returns one user.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Changes a user's display name. Fields left out are unchanged.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/users/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's ID.
                 * @example usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user
         * @description Deactivates a user. Their sessions and tokens stop working at once; their work is kept.
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's ID.
                 * @example usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Assign roles to a user
         * @description Replaces the set of roles a user holds. The user's effective permissions change at once.
         */
        put: operations["assignUserRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List roles
         * @description Lists the built-in and custom roles with their permissions.
         */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The role's ID.
                 * @example rol_01JD6V9CRE4T0R000000000000
                 */
                roleId: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Get a role
         * @description Returns one role with its permissions.
         */
        get: operations["getRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List permissions
         * @description Lists every permission a role can grant.
         */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generate/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate images
         * @description Starts an image generation job. The job runs asynchronously: poll `getJob` (the `Location`
         *     header) or follow `streamJobEvents` until its status is terminal.
         */
        post: operations["createImageJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generate/video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a video
         * @description Starts a video generation job, optionally animating a reference image. Poll `getJob` or follow
         *     `streamJobEvents` until its status is terminal.
         */
        post: operations["createVideoJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List jobs
         * @description Lists generation jobs, newest first, optionally filtered by status and type.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The job's ID.
                 * @example job_01JD8K2M4P6R8T0V2X4Z6B8D0F
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Get a job
         * @description Returns a job with its status, progress and, once it succeeded, its output assets.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The job's ID.
                 * @example job_01JD8K2M4P6R8T0V2X4Z6B8D0F
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a job
         * @description Cancels a queued or running job. A job that already reached a terminal status answers 409.
         */
        post: operations["cancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The job's ID.
                 * @example job_01JD8K2M4P6R8T0V2X4Z6B8D0F
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Stream job events
         * @description A server-sent events stream of the job's progress. Each event's `event` field is the event
         *     name and its `data` is a JSON `JobEvent`. The stream ends after `job.completed` or
         *     `job.failed`. Reconnect with `Last-Event-ID` to resume after the last event seen.
         */
        get: operations["streamJobEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a reference image
         * @description Uploads an image (PNG, JPEG or WebP, at most 20 MiB) to guide video generation or as an image-to-image source.
         */
        post: operations["uploadReferenceImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{assetId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The asset's ID.
                 * @example ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G
                 */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        /**
         * Get asset metadata
         * @description Returns an asset's metadata. Download its bytes with `downloadAssetContent`.
         */
        get: operations["getAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{assetId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The asset's ID.
                 * @example ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G
                 */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        /**
         * Download asset content
         * @description Downloads an asset's bytes. Send `Range: bytes=start-end` for part of it (answered `206`
         *     with `Content-Range`); a range outside the content answers `416`.
         */
        get: operations["downloadAssetContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description Lists templates in the library, newest first, optionally filtered by kind and tag.
         */
        get: operations["listTemplates"];
        put?: never;
        /**
         * Create a template
         * @description Adds a template to the library.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID.
                 * @example tpl_01JD5A1B2C3D4E5F6G7H8J9K0M
                 */
                templateId: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        /**
         * Get a template
         * @description Returns a template. Its `ETag` header is what `updateTemplate` and `deleteTemplate` take as `If-Match`.
         */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a template
         * @description Deletes a template. `If-Match` must carry its current ETag (412 otherwise). Jobs made from it are kept.
         */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        /**
         * Update a template
         * @description Changes a template. `If-Match` must carry the template's current ETag; if somebody changed it
         *     since, the update is refused with 412 and nothing changes.
         */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backups
         * @description Lists backups, newest first, optionally filtered by status.
         */
        get: operations["listBackups"];
        put?: never;
        /**
         * Create a backup
         * @description Starts an encrypted backup of the chosen resources to a cloud destination. Data is encrypted
         *     with AES-256-GCM before it leaves the platform. Poll `getBackup` until it is terminal.
         */
        post: operations["createBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backups/{backupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The backup's ID.
                 * @example bkp_01JD9A1B2C3D4E5F6G7H8J9K0M
                 */
                backupId: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        /**
         * Get a backup
         * @description Returns a backup with its status, size and checksum.
         */
        get: operations["getBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backups/{backupId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The backup's ID.
                 * @example bkp_01JD9A1B2C3D4E5F6G7H8J9K0M
                 */
                backupId: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a backup
         * @description Restores resources from a completed backup. With `dryRun` the restore only reports what it
         *     would change. A backup that is not `completed` answers 409.
         */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backup policies
         * @description Lists the scheduled backup policies.
         */
        get: operations["listBackupPolicies"];
        put?: never;
        /**
         * Create a backup policy
         * @description Schedules recurring backups. `schedule` is a five-field cron expression in UTC; `regions`
         *     lists the regions every backup is replicated to (cross-region redundancy); backups older
         *     than `retentionDays` are deleted.
         */
        post: operations["createBackupPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backup-policies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The backup policy's ID.
                 * @example bpl_01JD9P0L1CY0000000000000AA
                 */
                policyId: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        /**
         * Get a backup policy
         * @description Returns one backup policy.
         */
        get: operations["getBackupPolicy"];
        put?: never;
        post?: never;
        /**
         * Delete a backup policy
         * @description Deletes a backup policy. Backups it already made are kept until their retention ends.
         */
        delete: operations["deleteBackupPolicy"];
        options?: never;
        head?: never;
        /**
         * Update a backup policy
         * @description Changes a backup policy. Fields left out are unchanged; the next scheduled run uses the new settings.
         */
        patch: operations["updateBackupPolicy"];
        trace?: never;
    };
    "/metrics/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get system metrics
         * @description A point-in-time snapshot of the organisation's generation capacity and queue.
         */
        get: operations["getSystemMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get usage metrics
         * @description Usage as a time series between `from` (inclusive) and `to` (exclusive), one point per `granularity` bucket.
         */
        get: operations["getUsageMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Lists audit events, newest first, filtered by actor, action, resource and time range.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audit event's ID.
                 * @example evt_01JDA1B2C3D4E5F6G7H8J9K0M1
                 */
                eventId: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /**
         * Get an audit event
         * @description Returns one audit event.
         */
        get: operations["getAuditEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compliance/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List compliance reports
         * @description Lists compliance reports, newest first, optionally for one framework.
         */
        get: operations["listComplianceReports"];
        put?: never;
        /**
         * Request a compliance report
         * @description Starts generating a compliance report for a framework and period. Poll
         *     `getComplianceReport` until it is `ready` (then `downloadUrl` is set) or `failed`.
         */
        post: operations["createComplianceReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compliance/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The compliance report's ID.
                 * @example rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5
                 */
                reportId: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        /**
         * Get a compliance report
         * @description Returns a compliance report with its status and, once ready, its summary and download URL.
         */
        get: operations["getComplianceReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graphql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run a GraphQL query over GET
         * @description Runs a GraphQL query (not a mutation: that is 405) given in the query string, as GraphQL over
         *     HTTP allows, so caches and CDNs can keep the answer. The document is validated against
         *     `graphql/schema.graphql`; one that does not parse or validate is 400 with GraphQL
         *     `errors`. A result with `data` is 200, field errors listed beside it in `errors`.
         */
        get: operations["executeGraphqlGet"];
        put?: never;
        /**
         * Execute a GraphQL query, mutation or subscription
         * @description Runs a GraphQL document over the same data as the REST operations, validated against
         *     `graphql/schema.graphql`, as GraphQL over HTTP says: the answer is
         *     `application/graphql-response+json` when the request accepts it, JSON otherwise; a
         *     document that does not parse or validate is 400 with GraphQL `errors`; a result with `data`
         *     is 200, the errors of single fields listed beside it in `errors`. A subscription
         *     (`jobEvents`) is sent with `Accept: text/event-stream` and answered as GraphQL over SSE
         *     (distinct connections): one `next` event per result, then `complete`. The SDKs call this
         *     operation as `client.graphql.query(document, variables)` and
         *     `client.graphql.subscribe(document, variables)`.
         */
        post: operations["executeGraphql"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 while the service process is up. Takes no authentication so load balancers can call it.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description Answers 200 when the service and its dependencies can take traffic, 503 with the failing checks otherwise. No authentication.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem details object, extended with `code`, `requestId` and, for validation failures, `errors`. */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI identifying the problem type; it links to its documentation.
             */
            type: string;
            /** @description A short, human-readable summary of the problem type. */
            title: string;
            /**
             * Format: int32
             * @description The HTTP status code.
             */
            status: number;
            /** @description A human-readable explanation of this occurrence. */
            detail?: string;
            /**
             * Format: uri-reference
             * @description A URI reference identifying this occurrence.
             */
            instance?: string;
            /** @description A stable, machine-readable error code, for example `etag_mismatch`. */
            code: string;
            /** @description The request's ID, the same as the `X-Request-Id` header. */
            requestId: string;
            /** @description For validation failures, every invalid field. */
            errors?: components["schemas"]["ValidationIssue"][];
        };
        /** @description One invalid field of a request. */
        ValidationIssue: {
            /**
             * @description Where the field is.
             * @enum {string}
             */
            location: "path" | "query" | "header" | "body";
            /** @description The parameter name, or a JSON pointer into the body. */
            name: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /** @description An entity tag (RFC 9110). */
        ETagValue: string;
        /** @description An API key ID. */
        ApiKeyId: string;
        /** @description A user ID. */
        UserId: string;
        /** @description A role ID. */
        RoleId: string;
        /** @description An organisation ID. */
        OrganizationId: string;
        /** @description The ID of a user or an API key. */
        PrincipalId: string;
        /** @description A generation job ID. */
        JobId: string;
        /** @description An asset ID. */
        AssetId: string;
        /** @description A template ID. */
        TemplateId: string;
        /** @description A backup ID. */
        BackupId: string;
        /** @description A restore ID. */
        RestoreId: string;
        /** @description A backup policy ID. */
        BackupPolicyId: string;
        /** @description An audit event ID. */
        AuditEventId: string;
        /** @description A compliance report ID. */
        ComplianceReportId: string;
        /** @description The ID of any resource; the prefix names its type. */
        ResourceId: string;
        /**
         * Format: uri-reference
         * @description The URL of a created or accepted resource, for its `Location` header.
         */
        ResourceLocation: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date-time in UTC.
         */
        Timestamp: string;
        /** @description Pass as `cursor` to read the next page; `null` on the last page. */
        NextCursor: string | null;
        /** @description A permission, as `resource:read` or `resource:write`. */
        PermissionName: string;
        /** @description Space-separated permissions a token is limited to. */
        Scope: string;
        /** @description Credentials to exchange for tokens, by grant type. */
        TokenRequest: components["schemas"]["PasswordGrant"] | components["schemas"]["ClientCredentialsGrant"];
        /** @description A user's email and password. */
        PasswordGrant: {
            /**
             * @description Always `password`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            grantType: "password";
            /**
             * Format: email
             * @description The user's email address.
             */
            username: string;
            /**
             * Format: password
             * @description The user's password.
             */
            password: string;
            scope?: components["schemas"]["Scope"];
        };
        /** @description A service client's ID and secret. */
        ClientCredentialsGrant: {
            /**
             * @description Always `client_credentials`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            grantType: "client_credentials";
            /** @description The client's ID. */
            clientId: string;
            /**
             * Format: password
             * @description The client's secret.
             */
            clientSecret: string;
            scope?: components["schemas"]["Scope"];
        };
        /** @description An access token and the refresh token that renews it. */
        TokenResponse: {
            /**
             * Format: password
             * @description The JWT access token.
             */
            accessToken: string;
            /**
             * @description Always `Bearer`.
             * @enum {string}
             */
            tokenType: "Bearer";
            /**
             * Format: int32
             * @description Seconds until the access token expires.
             */
            expiresIn: number;
            /**
             * Format: password
             * @description The single-use refresh token; `null` for the client-credentials grant.
             */
            refreshToken?: string | null;
            scope?: components["schemas"]["Scope"];
        };
        /** @description A refresh token to exchange. */
        RefreshTokenRequest: {
            /**
             * Format: password
             * @description The refresh token from the last token response.
             */
            refreshToken: string;
        };
        /** @description A token to revoke. */
        RevokeTokenRequest: {
            /**
             * Format: password
             * @description The access or refresh token.
             */
            token: string;
            /**
             * @description Which kind of token `token` is, to speed up the lookup.
             * @enum {string}
             */
            tokenTypeHint?: "access_token" | "refresh_token";
        };
        /** @description Who a request is authenticated as. */
        Principal: {
            id: components["schemas"]["PrincipalId"];
            /**
             * @description Whether the principal is a user or an API key.
             * @enum {string}
             */
            kind: "user" | "api_key";
            organizationId: components["schemas"]["OrganizationId"];
            /**
             * Format: email
             * @description The user's email; `null` for API keys.
             */
            email?: string | null;
            displayName: components["schemas"]["DisplayName"];
            /** @description The roles the principal holds. */
            roleIds: components["schemas"]["RoleId"][];
            /** @description The effective permissions from all roles. */
            permissions: components["schemas"]["PermissionName"][];
        };
        /** @description A human-readable name. */
        DisplayName: string;
        /** @description A free-text description. */
        Description: string | null;
        /** @description An API key, without its secret. */
        ApiKey: {
            id: components["schemas"]["ApiKeyId"];
            name: components["schemas"]["DisplayName"];
            /** @description The first characters of the secret, to recognise the key. */
            prefix: string;
            /** @description The permissions the key is limited to. */
            scopes: components["schemas"]["PermissionName"][];
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the key was last used; `null` if never.
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @description When the key stops working; `null` if never.
             */
            expiresAt: string | null;
        };
        /** @description A new API key. */
        ApiKeyCreate: {
            name: components["schemas"]["DisplayName"];
            /** @description The permissions the key is limited to. */
            scopes: components["schemas"]["PermissionName"][];
            /**
             * Format: date-time
             * @description When the key stops working; `null` or absent for never.
             */
            expiresAt?: string | null;
        };
        /** @description A new API key with its secret, shown only once. */
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /**
             * Format: password
             * @description The full secret. Store it now; it is never shown again.
             */
            secret: string;
        };
        /** @description A page of API keys. */
        ApiKeyList: {
            /** @description The API keys on this page. */
            data: components["schemas"]["ApiKey"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description `invited`: the invitation is not accepted yet; `active`: the user can sign in;
         *     `deactivated`: the user can no longer sign in.
         * @enum {string}
         */
        UserStatus: "invited" | "active" | "deactivated";
        /** @description A member of the organisation. */
        User: {
            id: components["schemas"]["UserId"];
            /**
             * Format: email
             * @description The user's email address.
             */
            email: string;
            displayName: components["schemas"]["DisplayName"];
            status: components["schemas"]["UserStatus"];
            /** @description The roles the user holds. */
            roleIds: components["schemas"]["RoleId"][];
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the user last signed in; `null` if never.
             */
            lastLoginAt: string | null;
            /**
             * Format: date-time
             * @description When the user was deactivated; `null` unless deactivated.
             */
            deactivatedAt: string | null;
        };
        /** @description An invitation. */
        UserInvite: {
            /**
             * Format: email
             * @description Where to send the invitation.
             */
            email: string;
            displayName?: components["schemas"]["DisplayName"];
            /** @description The roles the user starts with. */
            roleIds: components["schemas"]["RoleId"][];
        };
        /** @description Changes to a user; fields left out are unchanged. */
        UserUpdate: {
            displayName?: components["schemas"]["DisplayName"];
        };
        /** @description A page of users. */
        UserList: {
            /** @description The users on this page. */
            data: components["schemas"]["User"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description A named set of permissions. */
        Role: {
            id: components["schemas"]["RoleId"];
            name: components["schemas"]["DisplayName"];
            description: components["schemas"]["Description"];
            /** @description Built-in roles cannot be changed or deleted. */
            builtIn: boolean;
            /** @description The permissions the role grants. */
            permissions: components["schemas"]["PermissionName"][];
        };
        /** @description A page of roles. */
        RoleList: {
            /** @description The roles on this page. */
            data: components["schemas"]["Role"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description A permission a role can grant. */
        Permission: {
            id: components["schemas"]["PermissionName"];
            /** @description The resource the permission is about. */
            resource: string;
            description: components["schemas"]["Description"];
        };
        /** @description A page of permissions. */
        PermissionList: {
            /** @description The permissions on this page. */
            data: components["schemas"]["Permission"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description The complete set of roles a user should hold. */
        RoleAssignment: {
            /** @description The roles; an empty list removes every role. */
            roleIds: components["schemas"]["RoleId"][];
        };
        /**
         * @description What a job generates.
         * @enum {string}
         */
        JobType: "image" | "video";
        /**
         * @description `queued` and `running` are in progress; `succeeded`, `failed` and `canceled` are terminal.
         * @enum {string}
         */
        JobStatus: "queued" | "running" | "succeeded" | "failed" | "canceled";
        /** @description Why a job failed; `null` unless its status is `failed`. */
        JobFailure: {
            /** @description A stable, machine-readable reason, for example `content_policy_violation`. */
            code: string;
            /** @description A human-readable explanation. */
            message: string;
        } | null;
        /** @description What to generate, in natural language. */
        Prompt: string;
        /**
         * @description The visual style.
         * @enum {string}
         */
        ImageStyle: "photographic" | "illustration" | "anime" | "3d_render" | "pixel_art";
        /** @description What an image job should generate. */
        ImageJobRequest: {
            prompt: components["schemas"]["Prompt"];
            /** @description What to keep out of the images. */
            negativePrompt?: string | null;
            /**
             * Format: int32
             * @description Width in pixels, a multiple of 64.
             * @default 1024
             */
            width?: number;
            /**
             * Format: int32
             * @description Height in pixels, a multiple of 64.
             * @default 1024
             */
            height?: number;
            style?: components["schemas"]["ImageStyle"];
            /**
             * Format: int32
             * @description How many images to generate.
             * @default 1
             */
            count?: number;
            /**
             * Format: int64
             * @description A seed for reproducible output; `null` for a random one.
             */
            seed?: number | null;
            /** @description A template whose settings fill in what the request leaves out. */
            templateId?: string | null;
        };
        /**
         * @description The output resolution.
         * @enum {string}
         */
        VideoResolution: "720p" | "1080p" | "4k";
        /** @description What a video job should generate. */
        VideoJobRequest: {
            prompt: components["schemas"]["Prompt"];
            /**
             * Format: int32
             * @description Length of the video in seconds.
             */
            durationSeconds: number;
            /**
             * Format: int32
             * @description Frames per second.
             * @default 24
             */
            fps?: number;
            resolution?: components["schemas"]["VideoResolution"];
            /** @description An uploaded reference image to animate; `null` for text-to-video. */
            referenceAssetId?: string | null;
        };
        /** @description A generation job, an image job or a video job by `type`. */
        Job: components["schemas"]["ImageJob"] | components["schemas"]["VideoJob"];
        /** @description An image generation job. */
        ImageJob: {
            id: components["schemas"]["JobId"];
            /**
             * @description Always `image`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "image";
            status: components["schemas"]["JobStatus"];
            /**
             * Format: int32
             * @description Percent complete.
             */
            progress: number;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the job reached a terminal status; `null` before.
             */
            completedAt: string | null;
            error: components["schemas"]["JobFailure"];
            /** @description The generated images, once the job succeeded. */
            outputAssetIds: components["schemas"]["AssetId"][];
            params: components["schemas"]["ImageJobRequest"];
        };
        /** @description A video generation job. */
        VideoJob: {
            id: components["schemas"]["JobId"];
            /**
             * @description Always `video`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "video";
            status: components["schemas"]["JobStatus"];
            /**
             * Format: int32
             * @description Percent complete.
             */
            progress: number;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the job reached a terminal status; `null` before.
             */
            completedAt: string | null;
            error: components["schemas"]["JobFailure"];
            /** @description The generated video, once the job succeeded. */
            outputAssetIds: components["schemas"]["AssetId"][];
            params: components["schemas"]["VideoJobRequest"];
        };
        /** @description A page of jobs. */
        JobList: {
            /** @description The jobs on this page. */
            data: components["schemas"]["Job"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description The `data` of one server-sent event of `streamJobEvents`. */
        JobEvent: {
            /**
             * @description The event name, the same as the SSE `event` field.
             * @enum {string}
             */
            event: "job.status" | "job.progress" | "job.completed" | "job.failed";
            jobId: components["schemas"]["JobId"];
            status: components["schemas"]["JobStatus"];
            /**
             * Format: int32
             * @description Percent complete.
             */
            progress: number;
            /** @description A human-readable note on the step. */
            message?: string | null;
            occurredAt: components["schemas"]["Timestamp"];
        };
        /**
         * @description `image` and `video` are generated; `reference` was uploaded.
         * @enum {string}
         */
        AssetKind: "image" | "video" | "reference";
        /** @description A stored media file. */
        Asset: {
            id: components["schemas"]["AssetId"];
            kind: components["schemas"]["AssetKind"];
            /**
             * @description The media type of the content.
             * @enum {string}
             */
            contentType: "image/png" | "image/jpeg" | "image/webp" | "video/mp4";
            /**
             * Format: int64
             * @description Size of the content in bytes.
             */
            sizeBytes: number;
            /** @description SHA-256 of the content, hex-encoded. */
            sha256: string;
            /**
             * Format: int32
             * @description Width in pixels.
             */
            width?: number | null;
            /**
             * Format: int32
             * @description Height in pixels.
             */
            height?: number | null;
            /**
             * Format: double
             * @description Duration of a video; `null` for images.
             */
            durationSeconds?: number | null;
            /** @description The job that generated the asset; `null` for uploads. */
            jobId?: string | null;
            description?: components["schemas"]["Description"];
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description A reference image and its description. */
        ReferenceImageUpload: {
            /**
             * Format: binary
             * @description The image bytes (PNG, JPEG or WebP, at most 20 MiB).
             */
            file: string;
            description?: components["schemas"]["Description"];
        };
        /**
         * Format: binary
         * @description Raw media bytes.
         */
        BinaryContent: string;
        /** @description A lowercase tag. */
        TemplateTag: string;
        /**
         * @description `private`: only its creator sees it; `team`: the whole organisation does.
         * @enum {string}
         */
        TemplateVisibility: "private" | "team";
        /** @description A reusable set of generation settings. `{placeholders}` in the prompt are filled in per job. */
        Template: {
            id: components["schemas"]["TemplateId"];
            name: components["schemas"]["DisplayName"];
            kind: components["schemas"]["JobType"];
            description: components["schemas"]["Description"];
            prompt: components["schemas"]["Prompt"];
            /** @description Tags to find the template by. */
            tags: components["schemas"]["TemplateTag"][];
            visibility: components["schemas"]["TemplateVisibility"];
            /**
             * Format: int32
             * @description Goes up by one on every change.
             */
            version: number;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A new template. */
        TemplateCreate: {
            name: components["schemas"]["DisplayName"];
            kind: components["schemas"]["JobType"];
            description?: components["schemas"]["Description"];
            prompt: components["schemas"]["Prompt"];
            /** @description Tags to find the template by. */
            tags?: components["schemas"]["TemplateTag"][];
            visibility?: components["schemas"]["TemplateVisibility"];
        };
        /** @description Changes to a template; fields left out are unchanged. */
        TemplateUpdate: {
            name?: components["schemas"]["DisplayName"];
            description?: components["schemas"]["Description"];
            prompt?: components["schemas"]["Prompt"];
            /** @description Tags to find the template by. */
            tags?: components["schemas"]["TemplateTag"][];
            visibility?: components["schemas"]["TemplateVisibility"];
        };
        /** @description A page of templates. */
        TemplateList: {
            /** @description The templates on this page. */
            data: components["schemas"]["Template"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`. */
        CloudRegion: string;
        /** @description A key prefix inside the bucket or container. */
        StoragePrefix: string;
        /** @description Where a backup is written, by cloud `provider`. */
        BackupDestination: components["schemas"]["AwsS3Destination"] | components["schemas"]["AzureBlobDestination"] | components["schemas"]["GcsDestination"];
        /** @description An Amazon S3 bucket. */
        AwsS3Destination: {
            /**
             * @description Always `aws_s3`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            provider: "aws_s3";
            /** @description The bucket name. */
            bucket: string;
            region: components["schemas"]["CloudRegion"];
            prefix?: components["schemas"]["StoragePrefix"];
        };
        /** @description An Azure Blob Storage container. */
        AzureBlobDestination: {
            /**
             * @description Always `azure_blob`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            provider: "azure_blob";
            /** @description The storage account name. */
            storageAccount: string;
            /** @description The container name. */
            container: string;
            prefix?: components["schemas"]["StoragePrefix"];
        };
        /** @description A Google Cloud Storage bucket. */
        GcsDestination: {
            /**
             * @description Always `gcs`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            provider: "gcs";
            /** @description The bucket name. */
            bucket: string;
            location?: components["schemas"]["CloudRegion"];
            prefix?: components["schemas"]["StoragePrefix"];
        };
        /**
         * @description A kind of data a backup holds.
         * @enum {string}
         */
        BackupScopeItem: "templates" | "assets" | "audit_events" | "users";
        /** @description How backup data is encrypted at rest. Data is always encrypted with AES-256-GCM. */
        EncryptionSettings: {
            /**
             * @description The cipher.
             * @enum {string}
             */
            algorithm: "AES-256-GCM";
            /**
             * @description Who holds the key; `customer_managed` needs `kmsKeyId`.
             * @enum {string}
             */
            keySource: "platform_managed" | "customer_managed";
            /** @description The customer's KMS key (ARN, Key Vault key URI or Cloud KMS key name). */
            kmsKeyId?: string | null;
        };
        /**
         * @description `pending` and `running` are in progress; `completed` and `failed` are terminal.
         * @enum {string}
         */
        BackupStatus: "pending" | "running" | "completed" | "failed";
        /** @description An encrypted backup. */
        Backup: {
            id: components["schemas"]["BackupId"];
            status: components["schemas"]["BackupStatus"];
            destination: components["schemas"]["BackupDestination"];
            /** @description What the backup holds. */
            scope: components["schemas"]["BackupScopeItem"][];
            /** @description The regions the backup is replicated to. */
            regions: components["schemas"]["CloudRegion"][];
            encryption: components["schemas"]["EncryptionSettings"];
            /** @description The policy that made the backup; `null` for a manual one. */
            policyId: string | null;
            /**
             * Format: int64
             * @description Size once completed.
             */
            sizeBytes: number | null;
            /** @description SHA-256 of the encrypted archive, once completed. */
            checksumSha256: string | null;
            description?: components["schemas"]["Description"];
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the backup reached a terminal status.
             */
            completedAt: string | null;
        };
        /** @description A manual backup. */
        BackupCreate: {
            destination: components["schemas"]["BackupDestination"];
            /** @description What to back up. */
            scope: components["schemas"]["BackupScopeItem"][];
            /** @description Regions to replicate the backup to. */
            regions?: components["schemas"]["CloudRegion"][];
            encryption?: components["schemas"]["EncryptionSettings"];
            description?: components["schemas"]["Description"];
        };
        /** @description A page of backups. */
        BackupList: {
            /** @description The backups on this page. */
            data: components["schemas"]["Backup"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description What to restore. */
        RestoreRequest: {
            /** @description What to restore from the backup. */
            scope: components["schemas"]["BackupScopeItem"][];
            /** @description Restore into this region; `null` for the organisation's home region. */
            targetRegion?: string | null;
            /**
             * @description Only report what would change.
             * @default false
             */
            dryRun?: boolean;
        };
        /** @description A restore from a backup. */
        Restore: {
            id: components["schemas"]["RestoreId"];
            backupId: components["schemas"]["BackupId"];
            status: components["schemas"]["BackupStatus"];
            /** @description What is restored. */
            scope: components["schemas"]["BackupScopeItem"][];
            /** @description The region restored into. */
            targetRegion: string | null;
            /** @description Whether this is a dry run. */
            dryRun: boolean;
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the restore reached a terminal status.
             */
            completedAt: string | null;
        };
        /** @description A five-field cron expression, in UTC. */
        CronSchedule: string;
        /** @description A schedule of recurring backups. */
        BackupPolicy: {
            id: components["schemas"]["BackupPolicyId"];
            name: components["schemas"]["DisplayName"];
            /** @description Disabled policies make no backups. */
            enabled: boolean;
            schedule: components["schemas"]["CronSchedule"];
            /**
             * Format: int32
             * @description Backups older than this are deleted.
             */
            retentionDays: number;
            destination: components["schemas"]["BackupDestination"];
            /** @description The regions every backup is replicated to (cross-region redundancy). */
            regions: components["schemas"]["CloudRegion"][];
            /** @description What each backup holds. */
            scope: components["schemas"]["BackupScopeItem"][];
            encryption: components["schemas"]["EncryptionSettings"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A new backup policy. */
        BackupPolicyCreate: {
            name: components["schemas"]["DisplayName"];
            /**
             * @description Disabled policies make no backups.
             * @default true
             */
            enabled?: boolean;
            schedule: components["schemas"]["CronSchedule"];
            /**
             * Format: int32
             * @description Backups older than this are deleted.
             */
            retentionDays: number;
            destination: components["schemas"]["BackupDestination"];
            /** @description The regions every backup is replicated to. */
            regions?: components["schemas"]["CloudRegion"][];
            /** @description What each backup holds. */
            scope: components["schemas"]["BackupScopeItem"][];
            encryption?: components["schemas"]["EncryptionSettings"];
        };
        /** @description Changes to a backup policy; fields left out are unchanged. */
        BackupPolicyUpdate: {
            name?: components["schemas"]["DisplayName"];
            /** @description Disabled policies make no backups. */
            enabled?: boolean;
            schedule?: components["schemas"]["CronSchedule"];
            /**
             * Format: int32
             * @description Backups older than this are deleted.
             */
            retentionDays?: number;
            /** @description The regions every backup is replicated to. */
            regions?: components["schemas"]["CloudRegion"][];
        };
        /** @description A page of backup policies. */
        BackupPolicyList: {
            /** @description The policies on this page. */
            data: components["schemas"]["BackupPolicy"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * Format: double
         * @description A fraction between 0 and 1.
         */
        Ratio: number;
        /** @description A snapshot of generation capacity and load. */
        SystemMetrics: {
            capturedAt: components["schemas"]["Timestamp"];
            /**
             * Format: int32
             * @description Jobs waiting to start.
             */
            queueDepth: number;
            /**
             * Format: int32
             * @description Jobs running now.
             */
            activeJobs: number;
            gpuUtilization: components["schemas"]["Ratio"];
            cpuUtilization: components["schemas"]["Ratio"];
            memoryUtilization: components["schemas"]["Ratio"];
            /**
             * Format: double
             * @description 95th percentile of job duration over the last hour.
             */
            p95JobLatencySeconds: number;
            /**
             * Format: int64
             * @description Bytes stored for the organisation.
             */
            storageBytes: number;
        };
        /** @description Usage in one time bucket. */
        UsagePoint: {
            timestamp: components["schemas"]["Timestamp"];
            /**
             * Format: int64
             * @description Images generated in the bucket.
             */
            imagesGenerated: number;
            /**
             * Format: int64
             * @description Seconds of video generated in the bucket.
             */
            videoSecondsGenerated: number;
            /**
             * Format: int64
             * @description API requests made in the bucket.
             */
            apiRequests: number;
            /**
             * Format: int64
             * @description Bytes stored at the end of the bucket.
             */
            storageBytes: number;
        };
        /** @description Usage as a time series. */
        UsageSeries: {
            from: components["schemas"]["Timestamp"];
            to: components["schemas"]["Timestamp"];
            /**
             * @description The bucket size.
             * @enum {string}
             */
            granularity: "hour" | "day" | "month";
            /** @description One point per bucket, oldest first. */
            points: components["schemas"]["UsagePoint"][];
        };
        /** @description What was done, as `resource.verb`, for example `template.update`. */
        AuditAction: string;
        /**
         * @description The type of resource an audit event is about.
         * @enum {string}
         */
        AuditResourceType: "user" | "role" | "api_key" | "token" | "job" | "asset" | "template" | "backup" | "backup_policy" | "compliance_report";
        /** @description Who did it. */
        AuditActor: {
            id: components["schemas"]["PrincipalId"];
            /**
             * @description Whether the actor is a user or an API key.
             * @enum {string}
             */
            kind: "user" | "api_key";
            displayName: components["schemas"]["DisplayName"];
        };
        /** @description What it was done to. */
        AuditResource: {
            type: components["schemas"]["AuditResourceType"];
            id: components["schemas"]["ResourceId"];
        };
        /** @description One entry of the audit trail. */
        AuditEvent: {
            id: components["schemas"]["AuditEventId"];
            occurredAt: components["schemas"]["Timestamp"];
            actor: components["schemas"]["AuditActor"];
            action: components["schemas"]["AuditAction"];
            resource: components["schemas"]["AuditResource"];
            /**
             * @description Whether the action succeeded.
             * @enum {string}
             */
            outcome: "success" | "failure";
            /** @description The client's IPv4 or IPv6 address. */
            ipAddress?: string;
            /** @description The client's User-Agent. */
            userAgent?: string;
            /** @description The request that did it. */
            requestId: string;
        };
        /** @description A page of audit events. */
        AuditEventList: {
            /** @description The events on this page. */
            data: components["schemas"]["AuditEvent"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description SOC 2 Type II, ISO/IEC 27001, GDPR or HIPAA.
         * @enum {string}
         */
        ComplianceFramework: "soc2" | "iso27001" | "gdpr" | "hipaa";
        /**
         * @description `pending` and `generating` are in progress; `ready` and `failed` are terminal.
         * @enum {string}
         */
        ComplianceReportStatus: "pending" | "generating" | "ready" | "failed";
        /**
         * @description The report's file format.
         * @enum {string}
         */
        ComplianceReportFormat: "pdf" | "json";
        /** @description Control counts; `null` until the report is ready. */
        ComplianceSummary: {
            /**
             * Format: int32
             * @description Controls that passed.
             */
            controlsPassed: number;
            /**
             * Format: int32
             * @description Controls that failed.
             */
            controlsFailed: number;
            /**
             * Format: int32
             * @description Controls that do not apply.
             */
            controlsNotApplicable: number;
        } | null;
        /** @description The report to generate. */
        ComplianceReportRequest: {
            framework: components["schemas"]["ComplianceFramework"];
            /**
             * Format: date
             * @description First day of the period covered.
             */
            periodStart: string;
            /**
             * Format: date
             * @description Last day of the period covered.
             */
            periodEnd: string;
            format?: components["schemas"]["ComplianceReportFormat"];
        };
        /** @description A compliance report. */
        ComplianceReport: {
            id: components["schemas"]["ComplianceReportId"];
            framework: components["schemas"]["ComplianceFramework"];
            status: components["schemas"]["ComplianceReportStatus"];
            /**
             * Format: date
             * @description First day of the period covered.
             */
            periodStart: string;
            /**
             * Format: date
             * @description Last day of the period covered.
             */
            periodEnd: string;
            format: components["schemas"]["ComplianceReportFormat"];
            summary: components["schemas"]["ComplianceSummary"];
            /**
             * Format: uri
             * @description A short-lived link to the report file, once ready.
             */
            downloadUrl: string | null;
            createdAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the report reached a terminal status.
             */
            completedAt: string | null;
        };
        /** @description A page of compliance reports. */
        ComplianceReportList: {
            /** @description The reports on this page. */
            data: components["schemas"]["ComplianceReport"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description A GraphQL-over-HTTP request. */
        GraphqlRequest: {
            /** @description The GraphQL document. */
            query: string;
            /** @description Values for the document's variables. */
            variables?: Record<string, unknown> | null;
            /** @description Which operation of the document to run. */
            operationName?: string | null;
        };
        /** @description One GraphQL error. */
        GraphqlError: {
            /** @description What went wrong. */
            message: string;
            /** @description The response field the error is about, as field names (strings) and list indexes (integers). */
            path?: unknown[] | null;
            /** @description Extra, server-defined details, such as `code`. */
            extensions?: Record<string, unknown> | null;
        };
        /** @description A GraphQL result. */
        GraphqlResponse: {
            /** @description The result; `null` if the request failed as a whole. */
            data?: Record<string, unknown> | null;
            /** @description Errors; absent or `null` when there were none. */
            errors?: components["schemas"]["GraphqlError"][] | null;
        };
        /** @description The service's health. */
        HealthStatus: {
            /**
             * @description The overall health.
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
            /** @description The running service version. */
            version: string;
            /** @description Each dependency's health. */
            checks: components["schemas"]["HealthCheck"][];
        };
        /** @description One dependency's health. */
        HealthCheck: {
            /** @description The dependency. */
            name: string;
            /**
             * @description Its health.
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
        };
    };
    responses: {
        /** @description The GraphQL result. */
        GraphqlResult: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "roles": {
                 *           "data": [
                 *             {
                 *               "id": "role_admin",
                 *               "name": "Administrator"
                 *             }
                 *           ],
                 *           "nextCursor": null
                 *         }
                 *       }
                 *     }
                 */
                "application/graphql-response+json": components["schemas"]["GraphqlResponse"];
                /**
                 * @example {
                 *       "data": {
                 *         "roles": {
                 *           "data": [
                 *             {
                 *               "id": "role_admin",
                 *               "name": "Administrator"
                 *             }
                 *           ],
                 *           "nextCursor": null
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["GraphqlResponse"];
            };
        };
        /**
         * @description The GraphQL document does not parse or validate, names no operation to run, or its
         *     variables do not fit: the GraphQL `errors`, with no `data`. A body that breaks the request
         *     schema is a problem (`application/problem+json`) like every other operation's.
         */
        GraphqlRequestError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "message": "Cannot query field \"title\" on type \"Job\".",
                 *           "extensions": {
                 *             "code": "GRAPHQL_VALIDATION_FAILED"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/graphql-response+json": components["schemas"]["GraphqlResponse"];
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "message": "Cannot query field \"title\" on type \"Job\".",
                 *           "extensions": {
                 *             "code": "GRAPHQL_VALIDATION_FAILED"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["GraphqlResponse"];
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/bad-request",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "The body must be a JSON object with a query.",
                 *       "instance": "/api/v1/graphql",
                 *       "code": "bad_request",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is malformed or its parameters are invalid. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/bad-request",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "Query parameter 'limit' must be an integer between 1 and 100.",
                 *       "instance": "/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "bad_request",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1",
                 *       "errors": [
                 *         {
                 *           "location": "query",
                 *           "name": "limit",
                 *           "message": "must be <= 100"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Authentication is missing, invalid or expired. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/unauthenticated",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "The access token has expired.",
                 *       "instance": "/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "unauthenticated",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The principal lacks a permission the operation needs. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/permission-denied",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "The permission 'templates:write' is required.",
                 *       "instance": "/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "permission_denied",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No template has that ID, or the principal may not see it. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No template has the ID tpl_01JD5A1B2C3D4E5F6G7H8J9K0M.",
                 *       "instance": "/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No API key has that ID, or the principal may not see it. */
        ApiKeyNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No API key has the ID key_01JD7A2B3C4D5E6F7G8H9J0K1M.",
                 *       "instance": "/api/v1/api-keys/key_01JD7A2B3C4D5E6F7G8H9J0K1M",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No user has that ID, or the principal may not see it. */
        UserNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No user has the ID usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K.",
                 *       "instance": "/api/v1/users/usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No role has that ID, or the principal may not see it. */
        RoleNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No role has the ID rol_01JD6V9CRE4T0R000000000000.",
                 *       "instance": "/api/v1/roles/rol_01JD6V9CRE4T0R000000000000",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No job has that ID, or the principal may not see it. */
        JobNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No job has the ID job_01JD8K2M4P6R8T0V2X4Z6B8D0F.",
                 *       "instance": "/api/v1/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No asset has that ID, or the principal may not see it. */
        AssetNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No asset has the ID ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G.",
                 *       "instance": "/api/v1/assets/ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No backup has that ID, or the principal may not see it. */
        BackupNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No backup has the ID bkp_01JD9A1B2C3D4E5F6G7H8J9K0M.",
                 *       "instance": "/api/v1/backups/bkp_01JD9A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No backup policy has that ID, or the principal may not see it. */
        BackupPolicyNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No backup policy has the ID bpl_01JD9P0L1CY0000000000000AA.",
                 *       "instance": "/api/v1/backup-policies/bpl_01JD9P0L1CY0000000000000AA",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No audit event has that ID, or the principal may not see it. */
        AuditEventNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No audit event has the ID evt_01JDA1B2C3D4E5F6G7H8J9K0M1.",
                 *       "instance": "/api/v1/audit-events/evt_01JDA1B2C3D4E5F6G7H8J9K0M1",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No compliance report has that ID, or the principal may not see it. */
        ComplianceReportNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No compliance report has the ID rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5.",
                 *       "instance": "/api/v1/compliance/reports/rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5",
                 *       "code": "not_found",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state of the resource (`code: conflict`, not retryable), or another request holds a lock on it (`code: resource_locked`, retryable). */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `If-Match` does not match the current ETag of the resource: somebody changed it since it was read. */
        PreconditionFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/etag-mismatch",
                 *       "title": "Precondition Failed",
                 *       "status": 412,
                 *       "detail": "The template changed since version \"v3-5f2b9c\"; read it again and retry.",
                 *       "instance": "/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "etag_mismatch",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The requested byte range lies outside the content. */
        RangeNotSatisfiable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/range-not-satisfiable",
                 *       "title": "Range Not Satisfiable",
                 *       "status": 416,
                 *       "detail": "The range bytes=500-600 lies outside the 76 bytes of content.",
                 *       "instance": "/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "range_not_satisfiable",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is well-formed JSON but breaks the schema; `errors` lists every invalid field. */
        UnprocessableEntity: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/validation-failed",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "2 fields are invalid.",
                 *       "instance": "/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "validation_failed",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1",
                 *       "errors": [
                 *         {
                 *           "location": "body",
                 *           "name": "/width",
                 *           "message": "must be a multiple of 64"
                 *         },
                 *         {
                 *           "location": "body",
                 *           "name": "/prompt",
                 *           "message": "must NOT have fewer than 1 characters"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The rate limit is exhausted; retry after `Retry-After`. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/rate-limited",
                 *       "title": "Too Many Requests",
                 *       "status": 429,
                 *       "detail": "Rate limit of 600 requests per minute exceeded.",
                 *       "instance": "/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "rate_limited",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The server failed; the request may be retried. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/internal-error",
                 *       "title": "Internal Server Error",
                 *       "status": 500,
                 *       "detail": "An unexpected error occurred.",
                 *       "instance": "/api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                 *       "code": "internal_error",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service is overloaded or in maintenance; retry after `Retry-After`. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.secure-ai-studio.example/problems/service-unavailable",
                 *       "title": "Service Unavailable",
                 *       "status": 503,
                 *       "detail": "The generation cluster is at capacity; retry in 5 seconds.",
                 *       "code": "service_unavailable",
                 *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The `nextCursor` of the previous page; leave out for the first page.
         * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
         */
        Cursor: string;
        /**
         * @description The largest number of items a page holds.
         * @example 20
         */
        Limit: number;
        /**
         * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
         *     the first result instead of creating again, so a retried request cannot create twice.
         * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
         */
        IdempotencyKey: string;
        /**
         * @description The ETag the change is based on, from the last read of the resource.
         * @example "v3-5f2b9c"
         */
        IfMatch: components["schemas"]["ETagValue"];
        /**
         * @description The API key's ID.
         * @example key_01JD7A2B3C4D5E6F7G8H9J0K1M
         */
        KeyId: components["schemas"]["ApiKeyId"];
        /**
         * @description The user's ID.
         * @example usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K
         */
        UserId: components["schemas"]["UserId"];
        /**
         * @description The role's ID.
         * @example rol_01JD6V9CRE4T0R000000000000
         */
        RoleId: components["schemas"]["RoleId"];
        /**
         * @description The job's ID.
         * @example job_01JD8K2M4P6R8T0V2X4Z6B8D0F
         */
        JobId: components["schemas"]["JobId"];
        /**
         * @description The asset's ID.
         * @example ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G
         */
        AssetId: components["schemas"]["AssetId"];
        /**
         * @description The template's ID.
         * @example tpl_01JD5A1B2C3D4E5F6G7H8J9K0M
         */
        TemplateId: components["schemas"]["TemplateId"];
        /**
         * @description The backup's ID.
         * @example bkp_01JD9A1B2C3D4E5F6G7H8J9K0M
         */
        BackupId: components["schemas"]["BackupId"];
        /**
         * @description The backup policy's ID.
         * @example bpl_01JD9P0L1CY0000000000000AA
         */
        PolicyId: components["schemas"]["BackupPolicyId"];
        /**
         * @description The audit event's ID.
         * @example evt_01JDA1B2C3D4E5F6G7H8J9K0M1
         */
        EventId: components["schemas"]["AuditEventId"];
        /**
         * @description The compliance report's ID.
         * @example rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5
         */
        ReportId: components["schemas"]["ComplianceReportId"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request's unique ID; quote it to support.
         * @example req_01JDA1B2C3D4E5F6G7H8J9K0M1
         */
        "X-Request-Id": string;
        /**
         * @description Requests allowed in the current window (IETF RateLimit header fields draft).
         * @example 600
         */
        "RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 599
         */
        "RateLimit-Remaining": number;
        /**
         * @description Seconds until the current window resets.
         * @example 42
         */
        "RateLimit-Reset": number;
        /**
         * @description When to retry, as delay-seconds or an HTTP-date (RFC 9110).
         * @example 2
         */
        "Retry-After": string;
        /**
         * @description The CORS origin allowed to read the response.
         * @example *
         */
        "Access-Control-Allow-Origin": string;
        /**
         * @description The version of the representation, for `If-Match`.
         * @example "v3-5f2b9c"
         */
        ETag: components["schemas"]["ETagValue"];
        /**
         * @description Range requests are accepted in bytes.
         * @example bytes
         */
        "Accept-Ranges": "bytes";
        /**
         * @description The byte range this partial response holds (RFC 9110).
         * @example bytes 0-15/76
         */
        "Content-Range": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The issued tokens. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMDFKRDZXNE44UjJRNVg3WjlCM0M1RTdHOUsifQ.c2lnbmF0dXJl",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 900,
                     *       "refreshToken": "rt_8c1f4a7b2e9d3c6f0a5b8e1d4c7f2a9b",
                     *       "scope": "jobs:write templates:read"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refreshToken": "rt_8c1f4a7b2e9d3c6f0a5b8e1d4c7f2a9b"
                 *     }
                 */
                "application/json": components["schemas"]["RefreshTokenRequest"];
            };
        };
        responses: {
            /** @description The new tokens. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accessToken": "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMDFKRDZXNE44UjJRNVg3WjlCM0M1RTdHOUsiLCJyZnIiOjF9.c2lnbmF0dXJlMg",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 900,
                     *       "refreshToken": "rt_2b9e6c3f0a7d4b1e8c5f2a9d6b3e0c7f",
                     *       "scope": "jobs:write templates:read"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "rt_2b9e6c3f0a7d4b1e8c5f2a9d6b3e0c7f",
                 *       "tokenTypeHint": "refresh_token"
                 *     }
                 */
                "application/json": components["schemas"]["RevokeTokenRequest"];
            };
        };
        responses: {
            /** @description The token no longer works. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCurrentPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticated principal. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K",
                     *       "kind": "user",
                     *       "organizationId": "org_01JD6W0000ACMEC0RP000000AA",
                     *       "email": "ada@acme.example",
                     *       "displayName": "Ada Lovelace",
                     *       "roleIds": [
                     *         "rol_01JD6V9ADM1N000000000000AA"
                     *       ],
                     *       "permissions": [
                     *         "jobs:write",
                     *         "templates:write",
                     *         "backups:read"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Principal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "key_01JD7A2B3C4D5E6F7G8H9J0K1M",
                     *           "name": "CI pipeline",
                     *           "prefix": "sk_live_4f9a",
                     *           "scopes": [
                     *             "jobs:write",
                     *             "assets:read"
                     *           ],
                     *           "createdAt": "2026-10-01T09:30:00Z",
                     *           "lastUsedAt": "2026-11-20T17:02:11Z",
                     *           "expiresAt": null
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "CI pipeline",
                 *       "scopes": [
                 *         "jobs:write",
                 *         "assets:read"
                 *       ],
                 *       "expiresAt": "2027-11-21T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The new API key with its secret. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /**
                     * @description Where the new resource can be read.
                     * @example /api/v1/api-keys/key_01JD7A2B3C4D5E6F7G8H9J0K1M
                     */
                    Location?: components["schemas"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_01JD7A2B3C4D5E6F7G8H9J0K1M",
                     *       "name": "CI pipeline",
                     *       "prefix": "sk_live_4f9a",
                     *       "scopes": [
                     *         "jobs:write",
                     *         "assets:read"
                     *       ],
                     *       "createdAt": "2026-11-21T10:00:00Z",
                     *       "lastUsedAt": null,
                     *       "expiresAt": "2027-11-21T00:00:00Z",
                     *       "secret": "sk_live_4f9a2b7c1d8e3f6a5b0c9d2e7f1a4b8c"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's ID.
                 * @example key_01JD7A2B3C4D5E6F7G8H9J0K1M
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_01JD7A2B3C4D5E6F7G8H9J0K1M",
                     *       "name": "CI pipeline",
                     *       "prefix": "sk_live_4f9a",
                     *       "scopes": [
                     *         "jobs:write",
                     *         "assets:read"
                     *       ],
                     *       "createdAt": "2026-10-01T09:30:00Z",
                     *       "lastUsedAt": "2026-11-20T17:02:11Z",
                     *       "expiresAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ApiKeyNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's ID.
                 * @example key_01JD7A2B3C4D5E6F7G8H9J0K1M
                 */
                keyId: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ApiKeyNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Only users in this status. */
                status?: components["schemas"]["UserStatus"];
                /** @description Only users holding this role. */
                roleId?: components["schemas"]["RoleId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K",
                     *           "email": "ada@acme.example",
                     *           "displayName": "Ada Lovelace",
                     *           "status": "active",
                     *           "roleIds": [
                     *             "rol_01JD6V9ADM1N000000000000AA"
                     *           ],
                     *           "createdAt": "2026-03-02T08:00:00Z",
                     *           "lastLoginAt": "2026-11-21T07:45:12Z",
                     *           "deactivatedAt": null
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "grace@acme.example",
                 *       "displayName": "Grace Hopper",
                 *       "roleIds": [
                 *         "rol_01JD6V9CRE4T0R000000000000"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UserInvite"];
            };
        };
        responses: {
            /** @description The invited user. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /**
                     * @description Where the new resource can be read.
                     * @example /api/v1/users/usr_01JD7G8H9J0K1M2N3P4Q5R6S7T
                     */
                    Location?: components["schemas"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_01JD7G8H9J0K1M2N3P4Q5R6S7T",
                     *       "email": "grace@acme.example",
                     *       "displayName": "Grace Hopper",
                     *       "status": "invited",
                     *       "roleIds": [
                     *         "rol_01JD6V9CRE4T0R000000000000"
                     *       ],
                     *       "createdAt": "2026-11-21T10:00:00Z",
                     *       "lastLoginAt": null,
                     *       "deactivatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's ID.
                 * @example usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K",
                     *       "email": "ada@acme.example",
                     *       "displayName": "Ada Lovelace",
                     *       "status": "active",
                     *       "roleIds": [
                     *         "rol_01JD6V9ADM1N000000000000AA"
                     *       ],
                     *       "createdAt": "2026-03-02T08:00:00Z",
                     *       "lastLoginAt": "2026-11-21T07:45:12Z",
                     *       "deactivatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UserNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's ID.
                 * @example usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Ada King, Countess of Lovelace"
                 *     }
                 */
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K",
                     *       "email": "ada@acme.example",
                     *       "displayName": "Ada King, Countess of Lovelace",
                     *       "status": "active",
                     *       "roleIds": [
                     *         "rol_01JD6V9ADM1N000000000000AA"
                     *       ],
                     *       "createdAt": "2026-03-02T08:00:00Z",
                     *       "lastLoginAt": "2026-11-21T07:45:12Z",
                     *       "deactivatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UserNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's ID.
                 * @example usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_01JD7G8H9J0K1M2N3P4Q5R6S7T",
                     *       "email": "grace@acme.example",
                     *       "displayName": "Grace Hopper",
                     *       "status": "deactivated",
                     *       "roleIds": [
                     *         "rol_01JD6V9CRE4T0R000000000000"
                     *       ],
                     *       "createdAt": "2026-11-21T10:00:00Z",
                     *       "lastLoginAt": null,
                     *       "deactivatedAt": "2026-11-21T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UserNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    assignUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's ID.
                 * @example usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "roleIds": [
                 *         "rol_01JD6V9CRE4T0R000000000000",
                 *         "rol_01JD6V9AUD1T0R000000000000"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RoleAssignment"];
            };
        };
        responses: {
            /** @description The user with the new roles. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_01JD7G8H9J0K1M2N3P4Q5R6S7T",
                     *       "email": "grace@acme.example",
                     *       "displayName": "Grace Hopper",
                     *       "status": "active",
                     *       "roleIds": [
                     *         "rol_01JD6V9CRE4T0R000000000000",
                     *         "rol_01JD6V9AUD1T0R000000000000"
                     *       ],
                     *       "createdAt": "2026-11-21T10:00:00Z",
                     *       "lastLoginAt": "2026-11-21T11:00:00Z",
                     *       "deactivatedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UserNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of roles. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "rol_01JD6V9ADM1N000000000000AA",
                     *           "name": "Administrator",
                     *           "description": "Full control of the organisation.",
                     *           "builtIn": true,
                     *           "permissions": [
                     *             "users:write",
                     *             "roles:write",
                     *             "jobs:write",
                     *             "templates:write",
                     *             "backups:write",
                     *             "compliance:read"
                     *           ]
                     *         },
                     *         {
                     *           "id": "rol_01JD6V9CRE4T0R000000000000",
                     *           "name": "Creator",
                     *           "description": "Generates media and manages templates.",
                     *           "builtIn": true,
                     *           "permissions": [
                     *             "jobs:write",
                     *             "templates:write",
                     *             "assets:read"
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The role's ID.
                 * @example rol_01JD6V9CRE4T0R000000000000
                 */
                roleId: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rol_01JD6V9CRE4T0R000000000000",
                     *       "name": "Creator",
                     *       "description": "Generates media and manages templates.",
                     *       "builtIn": true,
                     *       "permissions": [
                     *         "jobs:write",
                     *         "templates:write",
                     *         "assets:read"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RoleNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPermissions: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of permissions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "jobs:write",
                     *           "resource": "jobs",
                     *           "description": "Create and cancel generation jobs."
                     *         },
                     *         {
                     *           "id": "templates:read",
                     *           "resource": "templates",
                     *           "description": "Read the template library."
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createImageJob: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "A lighthouse on a basalt cliff at dusk, volumetric fog, 35mm film",
                 *       "negativePrompt": "text, watermark",
                 *       "width": 1024,
                 *       "height": 768,
                 *       "style": "photographic",
                 *       "count": 2,
                 *       "seed": 421337,
                 *       "templateId": null
                 *     }
                 */
                "application/json": components["schemas"]["ImageJobRequest"];
            };
        };
        responses: {
            /** @description The job was accepted and queued. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /**
                     * @description Where the new resource can be read.
                     * @example /api/v1/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F
                     */
                    Location?: components["schemas"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_01JD8K2M4P6R8T0V2X4Z6B8D0F",
                     *       "type": "image",
                     *       "status": "queued",
                     *       "progress": 0,
                     *       "createdAt": "2026-11-21T10:15:00Z",
                     *       "updatedAt": "2026-11-21T10:15:00Z",
                     *       "completedAt": null,
                     *       "error": null,
                     *       "outputAssetIds": [],
                     *       "params": {
                     *         "prompt": "A lighthouse on a basalt cliff at dusk, volumetric fog, 35mm film",
                     *         "negativePrompt": "text, watermark",
                     *         "width": 1024,
                     *         "height": 768,
                     *         "style": "photographic",
                     *         "count": 2,
                     *         "seed": 421337,
                     *         "templateId": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ImageJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createVideoJob: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "Slow dolly shot through a rain-soaked neon market at night",
                 *       "durationSeconds": 8,
                 *       "fps": 24,
                 *       "resolution": "1080p",
                 *       "referenceAssetId": "ast_01JD8H1J3K5M7N9P1Q3R5S7T9V"
                 *     }
                 */
                "application/json": components["schemas"]["VideoJobRequest"];
            };
        };
        responses: {
            /** @description The job was accepted and queued. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /**
                     * @description Where the new resource can be read.
                     * @example /api/v1/jobs/job_01JD8K9W1Y3A5C7E9G1J3L5N7Q
                     */
                    Location?: components["schemas"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_01JD8K9W1Y3A5C7E9G1J3L5N7Q",
                     *       "type": "video",
                     *       "status": "queued",
                     *       "progress": 0,
                     *       "createdAt": "2026-11-21T10:20:00Z",
                     *       "updatedAt": "2026-11-21T10:20:00Z",
                     *       "completedAt": null,
                     *       "error": null,
                     *       "outputAssetIds": [],
                     *       "params": {
                     *         "prompt": "Slow dolly shot through a rain-soaked neon market at night",
                     *         "durationSeconds": 8,
                     *         "fps": 24,
                     *         "resolution": "1080p",
                     *         "referenceAssetId": "ast_01JD8H1J3K5M7N9P1Q3R5S7T9V"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["VideoJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Only jobs in this status. */
                status?: components["schemas"]["JobStatus"];
                /** @description Only jobs of this type. */
                type?: components["schemas"]["JobType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of jobs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The job's ID.
                 * @example job_01JD8K2M4P6R8T0V2X4Z6B8D0F
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["JobNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The job's ID.
                 * @example job_01JD8K2M4P6R8T0V2X4Z6B8D0F
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled job. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_01JD8K9W1Y3A5C7E9G1J3L5N7Q",
                     *       "type": "video",
                     *       "status": "canceled",
                     *       "progress": 40,
                     *       "createdAt": "2026-11-21T10:20:00Z",
                     *       "updatedAt": "2026-11-21T10:22:00Z",
                     *       "completedAt": "2026-11-21T10:22:00Z",
                     *       "error": null,
                     *       "outputAssetIds": [],
                     *       "params": {
                     *         "prompt": "Slow dolly shot through a rain-soaked neon market at night",
                     *         "durationSeconds": 8,
                     *         "fps": 24,
                     *         "resolution": "1080p",
                     *         "referenceAssetId": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["JobNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    streamJobEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Resume after this event ID.
                 * @example 2
                 */
                "Last-Event-ID"?: string;
            };
            path: {
                /**
                 * @description The job's ID.
                 * @example job_01JD8K2M4P6R8T0V2X4Z6B8D0F
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 1
                     *     event: job.status
                     *     data: {"event":"job.status","jobId":"job_01JD8K2M4P6R8T0V2X4Z6B8D0F","status":"running","progress":0,"message":null,"occurredAt":"2026-11-21T10:15:01Z"}
                     *
                     *     id: 2
                     *     event: job.progress
                     *     data: {"event":"job.progress","jobId":"job_01JD8K2M4P6R8T0V2X4Z6B8D0F","status":"running","progress":50,"message":"Denoising step 25 of 50","occurredAt":"2026-11-21T10:15:20Z"}
                     *
                     *     id: 3
                     *     event: job.completed
                     *     data: {"event":"job.completed","jobId":"job_01JD8K2M4P6R8T0V2X4Z6B8D0F","status":"succeeded","progress":100,"message":null,"occurredAt":"2026-11-21T10:15:42Z"}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["JobNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    uploadReferenceImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "reference.png",
                 *       "description": "Storyboard frame 1"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["ReferenceImageUpload"];
            };
        };
        responses: {
            /** @description The stored asset. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /**
                     * @description Where the new resource can be read.
                     * @example /api/v1/assets/ast_01JD8H1J3K5M7N9P1Q3R5S7T9V
                     */
                    Location?: components["schemas"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ast_01JD8H1J3K5M7N9P1Q3R5S7T9V",
                     *       "kind": "reference",
                     *       "contentType": "image/png",
                     *       "sizeBytes": 76,
                     *       "sha256": "aa9071fc3393d52ab3a114e74d8aba11108472809b65d1c35b445f98ce13ef98",
                     *       "width": 2,
                     *       "height": 2,
                     *       "durationSeconds": null,
                     *       "jobId": null,
                     *       "description": "Storyboard frame 1",
                     *       "createdAt": "2026-11-21T10:10:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Asset"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The asset's ID.
                 * @example ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G
                 */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G",
                     *       "kind": "image",
                     *       "contentType": "image/png",
                     *       "sizeBytes": 76,
                     *       "sha256": "aa9071fc3393d52ab3a114e74d8aba11108472809b65d1c35b445f98ce13ef98",
                     *       "width": 2,
                     *       "height": 2,
                     *       "durationSeconds": null,
                     *       "jobId": "job_01JD8K2M4P6R8T0V2X4Z6B8D0F",
                     *       "description": null,
                     *       "createdAt": "2026-11-21T10:15:42Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Asset"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AssetNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadAssetContent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A single byte range (RFC 9110), for example `bytes=0-1023`.
                 * @example bytes=0-15
                 */
                Range?: string;
            };
            path: {
                /**
                 * @description The asset's ID.
                 * @example ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G
                 */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole content. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Accept-Ranges": components["headers"]["Accept-Ranges"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["BinaryContent"];
                    "video/mp4": components["schemas"]["BinaryContent"];
                };
            };
            /** @description The requested range of the content. */
            206: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    "Accept-Ranges": components["headers"]["Accept-Ranges"];
                    "Content-Range": components["headers"]["Content-Range"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["BinaryContent"];
                    "video/mp4": components["schemas"]["BinaryContent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AssetNotFound"];
            416: components["responses"]["RangeNotSatisfiable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Only templates of this kind. */
                kind?: components["schemas"]["JobType"];
                /** @description Only templates carrying this tag. */
                tag?: components["schemas"]["TemplateTag"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of templates. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Product shot on marble",
                 *       "kind": "image",
                 *       "description": "Studio product photography on white marble with soft daylight.",
                 *       "prompt": "Studio photo of {product} on white marble, soft daylight, 50mm",
                 *       "tags": [
                 *         "product",
                 *         "studio"
                 *       ],
                 *       "visibility": "team"
                 *     }
                 */
                "application/json": components["schemas"]["TemplateCreate"];
            };
        };
        responses: {
            /** @description The new template, with its first ETag. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /**
                     * @description Where the new resource can be read.
                     * @example /api/v1/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M
                     */
                    Location?: components["schemas"]["ResourceLocation"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                     *       "name": "Product shot on marble",
                     *       "kind": "image",
                     *       "description": "Studio product photography on white marble with soft daylight.",
                     *       "prompt": "Studio photo of {product} on white marble, soft daylight, 50mm",
                     *       "tags": [
                     *         "product",
                     *         "studio"
                     *       ],
                     *       "visibility": "team",
                     *       "version": 1,
                     *       "createdAt": "2026-11-21T10:00:00Z",
                     *       "updatedAt": "2026-11-21T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID.
                 * @example tpl_01JD5A1B2C3D4E5F6G7H8J9K0M
                 */
                templateId: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                     *       "name": "Product shot on marble",
                     *       "kind": "image",
                     *       "description": "Studio product photography on white marble with soft daylight.",
                     *       "prompt": "Studio photo of {product} on white marble, soft daylight, 50mm",
                     *       "tags": [
                     *         "product",
                     *         "studio"
                     *       ],
                     *       "visibility": "team",
                     *       "version": 3,
                     *       "createdAt": "2026-09-14T12:00:00Z",
                     *       "updatedAt": "2026-11-02T08:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTemplate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The ETag the change is based on, from the last read of the resource.
                 * @example "v3-5f2b9c"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The template's ID.
                 * @example tpl_01JD5A1B2C3D4E5F6G7H8J9K0M
                 */
                templateId: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template is deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTemplate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The ETag the change is based on, from the last read of the resource.
                 * @example "v3-5f2b9c"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The template's ID.
                 * @example tpl_01JD5A1B2C3D4E5F6G7H8J9K0M
                 */
                templateId: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Studio product photography on white marble with warm daylight.",
                 *       "tags": [
                 *         "product",
                 *         "studio",
                 *         "warm"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TemplateUpdate"];
            };
        };
        responses: {
            /** @description The updated template, with its new ETag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tpl_01JD5A1B2C3D4E5F6G7H8J9K0M",
                     *       "name": "Product shot on marble",
                     *       "kind": "image",
                     *       "description": "Studio product photography on white marble with warm daylight.",
                     *       "prompt": "Studio photo of {product} on white marble, soft daylight, 50mm",
                     *       "tags": [
                     *         "product",
                     *         "studio",
                     *         "warm"
                     *       ],
                     *       "visibility": "team",
                     *       "version": 4,
                     *       "createdAt": "2026-09-14T12:00:00Z",
                     *       "updatedAt": "2026-11-21T10:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Template"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBackups: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Only backups in this status. */
                status?: components["schemas"]["BackupStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of backups. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "bkp_01JD9A1B2C3D4E5F6G7H8J9K0M",
                     *           "status": "completed",
                     *           "destination": {
                     *             "provider": "aws_s3",
                     *             "bucket": "acme-ai-backups",
                     *             "region": "eu-west-1",
                     *             "prefix": "studio/"
                     *           },
                     *           "scope": [
                     *             "templates",
                     *             "assets",
                     *             "audit_events"
                     *           ],
                     *           "regions": [
                     *             "eu-west-1",
                     *             "eu-central-1"
                     *           ],
                     *           "encryption": {
                     *             "algorithm": "AES-256-GCM",
                     *             "keySource": "customer_managed",
                     *             "kmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
                     *           },
                     *           "policyId": "bpl_01JD9P0L1CY0000000000000AA",
                     *           "sizeBytes": 7340032000,
                     *           "checksumSha256": "9f2c1b7e4a6d8c0b3e5f7a9c1d3e5f7b9d1c3e5a7b9d1f3c5e7a9b1d3f5c7e9a",
                     *           "description": "Nightly backup",
                     *           "createdAt": "2026-11-21T02:00:00Z",
                     *           "completedAt": "2026-11-21T02:41:13Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BackupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "destination": {
                 *         "provider": "azure_blob",
                 *         "storageAccount": "acmebackups",
                 *         "container": "studio",
                 *         "prefix": "manual/"
                 *       },
                 *       "scope": [
                 *         "templates",
                 *         "assets"
                 *       ],
                 *       "regions": [
                 *         "westeurope",
                 *         "northeurope"
                 *       ],
                 *       "encryption": {
                 *         "algorithm": "AES-256-GCM",
                 *         "keySource": "platform_managed",
                 *         "kmsKeyId": null
                 *       },
                 *       "description": "Before the Q4 template migration"
                 *     }
                 */
                "application/json": components["schemas"]["BackupCreate"];
            };
        };
        responses: {
            /** @description The backup was accepted and is pending. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /**
                     * @description Where the new resource can be read.
                     * @example /api/v1/backups/bkp_01JD9C3D4E5F6G7H8J9K0M1N2P
                     */
                    Location?: components["schemas"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bkp_01JD9C3D4E5F6G7H8J9K0M1N2P",
                     *       "status": "pending",
                     *       "destination": {
                     *         "provider": "azure_blob",
                     *         "storageAccount": "acmebackups",
                     *         "container": "studio",
                     *         "prefix": "manual/"
                     *       },
                     *       "scope": [
                     *         "templates",
                     *         "assets"
                     *       ],
                     *       "regions": [
                     *         "westeurope",
                     *         "northeurope"
                     *       ],
                     *       "encryption": {
                     *         "algorithm": "AES-256-GCM",
                     *         "keySource": "platform_managed",
                     *         "kmsKeyId": null
                     *       },
                     *       "policyId": null,
                     *       "sizeBytes": null,
                     *       "checksumSha256": null,
                     *       "description": "Before the Q4 template migration",
                     *       "createdAt": "2026-11-21T10:30:00Z",
                     *       "completedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Backup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The backup's ID.
                 * @example bkp_01JD9A1B2C3D4E5F6G7H8J9K0M
                 */
                backupId: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bkp_01JD9C3D4E5F6G7H8J9K0M1N2P",
                     *       "status": "completed",
                     *       "destination": {
                     *         "provider": "gcs",
                     *         "bucket": "acme-studio-backups",
                     *         "location": "europe-west4",
                     *         "prefix": "manual/"
                     *       },
                     *       "scope": [
                     *         "templates",
                     *         "assets"
                     *       ],
                     *       "regions": [
                     *         "europe-west4",
                     *         "europe-west1"
                     *       ],
                     *       "encryption": {
                     *         "algorithm": "AES-256-GCM",
                     *         "keySource": "platform_managed",
                     *         "kmsKeyId": null
                     *       },
                     *       "policyId": null,
                     *       "sizeBytes": 1073741824,
                     *       "checksumSha256": "3c5e7a9b1d3f5c7e9a2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a6c",
                     *       "description": "Before the Q4 template migration",
                     *       "createdAt": "2026-11-21T10:30:00Z",
                     *       "completedAt": "2026-11-21T10:44:51Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Backup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BackupNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    restoreBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The backup's ID.
                 * @example bkp_01JD9A1B2C3D4E5F6G7H8J9K0M
                 */
                backupId: components["parameters"]["BackupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scope": [
                 *         "templates"
                 *       ],
                 *       "targetRegion": "eu-central-1",
                 *       "dryRun": false
                 *     }
                 */
                "application/json": components["schemas"]["RestoreRequest"];
            };
        };
        responses: {
            /** @description The restore was accepted. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rst_01JD9E5F6G7H8J9K0M1N2P3Q4R",
                     *       "backupId": "bkp_01JD9A1B2C3D4E5F6G7H8J9K0M",
                     *       "status": "pending",
                     *       "scope": [
                     *         "templates"
                     *       ],
                     *       "targetRegion": "eu-central-1",
                     *       "dryRun": false,
                     *       "createdAt": "2026-11-21T11:00:00Z",
                     *       "completedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Restore"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BackupNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBackupPolicies: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of backup policies. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "bpl_01JD9P0L1CY0000000000000AA",
                     *           "name": "Nightly to S3",
                     *           "enabled": true,
                     *           "schedule": "0 2 * * *",
                     *           "retentionDays": 35,
                     *           "destination": {
                     *             "provider": "aws_s3",
                     *             "bucket": "acme-ai-backups",
                     *             "region": "eu-west-1",
                     *             "prefix": "studio/"
                     *           },
                     *           "regions": [
                     *             "eu-west-1",
                     *             "eu-central-1"
                     *           ],
                     *           "scope": [
                     *             "templates",
                     *             "assets",
                     *             "audit_events"
                     *           ],
                     *           "encryption": {
                     *             "algorithm": "AES-256-GCM",
                     *             "keySource": "customer_managed",
                     *             "kmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
                     *           },
                     *           "createdAt": "2026-06-01T00:00:00Z",
                     *           "updatedAt": "2026-10-12T09:00:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BackupPolicyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createBackupPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Nightly to S3",
                 *       "enabled": true,
                 *       "schedule": "0 2 * * *",
                 *       "retentionDays": 35,
                 *       "destination": {
                 *         "provider": "aws_s3",
                 *         "bucket": "acme-ai-backups",
                 *         "region": "eu-west-1",
                 *         "prefix": "studio/"
                 *       },
                 *       "regions": [
                 *         "eu-west-1",
                 *         "eu-central-1"
                 *       ],
                 *       "scope": [
                 *         "templates",
                 *         "assets",
                 *         "audit_events"
                 *       ],
                 *       "encryption": {
                 *         "algorithm": "AES-256-GCM",
                 *         "keySource": "customer_managed",
                 *         "kmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BackupPolicyCreate"];
            };
        };
        responses: {
            /** @description The new policy. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /**
                     * @description Where the new resource can be read.
                     * @example /api/v1/backup-policies/bpl_01JD9P0L1CY0000000000000AA
                     */
                    Location?: components["schemas"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bpl_01JD9P0L1CY0000000000000AA",
                     *       "name": "Nightly to S3",
                     *       "enabled": true,
                     *       "schedule": "0 2 * * *",
                     *       "retentionDays": 35,
                     *       "destination": {
                     *         "provider": "aws_s3",
                     *         "bucket": "acme-ai-backups",
                     *         "region": "eu-west-1",
                     *         "prefix": "studio/"
                     *       },
                     *       "regions": [
                     *         "eu-west-1",
                     *         "eu-central-1"
                     *       ],
                     *       "scope": [
                     *         "templates",
                     *         "assets",
                     *         "audit_events"
                     *       ],
                     *       "encryption": {
                     *         "algorithm": "AES-256-GCM",
                     *         "keySource": "customer_managed",
                     *         "kmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
                     *       },
                     *       "createdAt": "2026-11-21T10:00:00Z",
                     *       "updatedAt": "2026-11-21T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BackupPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBackupPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The backup policy's ID.
                 * @example bpl_01JD9P0L1CY0000000000000AA
                 */
                policyId: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bpl_01JD9P0L1CY0000000000000AA",
                     *       "name": "Nightly to S3",
                     *       "enabled": true,
                     *       "schedule": "0 2 * * *",
                     *       "retentionDays": 35,
                     *       "destination": {
                     *         "provider": "aws_s3",
                     *         "bucket": "acme-ai-backups",
                     *         "region": "eu-west-1",
                     *         "prefix": "studio/"
                     *       },
                     *       "regions": [
                     *         "eu-west-1",
                     *         "eu-central-1"
                     *       ],
                     *       "scope": [
                     *         "templates",
                     *         "assets",
                     *         "audit_events"
                     *       ],
                     *       "encryption": {
                     *         "algorithm": "AES-256-GCM",
                     *         "keySource": "customer_managed",
                     *         "kmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
                     *       },
                     *       "createdAt": "2026-06-01T00:00:00Z",
                     *       "updatedAt": "2026-10-12T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BackupPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BackupPolicyNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteBackupPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The backup policy's ID.
                 * @example bpl_01JD9P0L1CY0000000000000AA
                 */
                policyId: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy is deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BackupPolicyNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateBackupPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The backup policy's ID.
                 * @example bpl_01JD9P0L1CY0000000000000AA
                 */
                policyId: components["parameters"]["PolicyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false,
                 *       "retentionDays": 90
                 *     }
                 */
                "application/json": components["schemas"]["BackupPolicyUpdate"];
            };
        };
        responses: {
            /** @description The updated policy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bpl_01JD9P0L1CY0000000000000AA",
                     *       "name": "Nightly to S3",
                     *       "enabled": false,
                     *       "schedule": "0 2 * * *",
                     *       "retentionDays": 90,
                     *       "destination": {
                     *         "provider": "aws_s3",
                     *         "bucket": "acme-ai-backups",
                     *         "region": "eu-west-1",
                     *         "prefix": "studio/"
                     *       },
                     *       "regions": [
                     *         "eu-west-1",
                     *         "eu-central-1"
                     *       ],
                     *       "scope": [
                     *         "templates",
                     *         "assets",
                     *         "audit_events"
                     *       ],
                     *       "encryption": {
                     *         "algorithm": "AES-256-GCM",
                     *         "keySource": "customer_managed",
                     *         "kmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
                     *       },
                     *       "createdAt": "2026-06-01T00:00:00Z",
                     *       "updatedAt": "2026-11-21T10:10:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BackupPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BackupPolicyNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSystemMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "capturedAt": "2026-11-21T10:30:00Z",
                     *       "queueDepth": 12,
                     *       "activeJobs": 4,
                     *       "gpuUtilization": 0.82,
                     *       "cpuUtilization": 0.41,
                     *       "memoryUtilization": 0.63,
                     *       "p95JobLatencySeconds": 38.5,
                     *       "storageBytes": 412316860416
                     *     }
                     */
                    "application/json": components["schemas"]["SystemMetrics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUsageMetrics: {
        parameters: {
            query: {
                /**
                 * @description Start of the series (inclusive).
                 * @example 2026-11-18T00:00:00Z
                 */
                from: string;
                /**
                 * @description End of the series (exclusive).
                 * @example 2026-11-21T00:00:00Z
                 */
                to: string;
                /** @description Bucket size. */
                granularity?: "hour" | "day" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage series. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-11-18T00:00:00Z",
                     *       "to": "2026-11-21T00:00:00Z",
                     *       "granularity": "day",
                     *       "points": [
                     *         {
                     *           "timestamp": "2026-11-18T00:00:00Z",
                     *           "imagesGenerated": 1840,
                     *           "videoSecondsGenerated": 960,
                     *           "apiRequests": 52310,
                     *           "storageBytes": 401316860416
                     *         },
                     *         {
                     *           "timestamp": "2026-11-19T00:00:00Z",
                     *           "imagesGenerated": 2011,
                     *           "videoSecondsGenerated": 1204,
                     *           "apiRequests": 58744,
                     *           "storageBytes": 405116860416
                     *         },
                     *         {
                     *           "timestamp": "2026-11-20T00:00:00Z",
                     *           "imagesGenerated": 1932,
                     *           "videoSecondsGenerated": 1100,
                     *           "apiRequests": 55021,
                     *           "storageBytes": 409216860416
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsageSeries"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Only events by this user or API key. */
                actorId?: components["schemas"]["PrincipalId"];
                /** @description Only events with this action, for example `template.update`. */
                action?: components["schemas"]["AuditAction"];
                /** @description Only events on resources of this type. */
                resourceType?: components["schemas"]["AuditResourceType"];
                /** @description Only events on this resource. */
                resourceId?: components["schemas"]["ResourceId"];
                /** @description Only events at or after this time. */
                from?: string;
                /** @description Only events before this time. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAuditEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audit event's ID.
                 * @example evt_01JDA1B2C3D4E5F6G7H8J9K0M1
                 */
                eventId: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_01JDA1B2C3D4E5F6G7H8J9K0M1",
                     *       "occurredAt": "2026-11-21T10:05:00Z",
                     *       "actor": {
                     *         "id": "usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K",
                     *         "kind": "user",
                     *         "displayName": "Ada Lovelace"
                     *       },
                     *       "action": "template.update",
                     *       "resource": {
                     *         "type": "template",
                     *         "id": "tpl_01JD5A1B2C3D4E5F6G7H8J9K0M"
                     *       },
                     *       "outcome": "success",
                     *       "ipAddress": "203.0.113.42",
                     *       "userAgent": "secure-ai-studio-python/1.0.0",
                     *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["AuditEventNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listComplianceReports: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page; leave out for the first page.
                 * @example c_MjAyNi0xMS0yMVQxMDoyMDowMFo
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description The largest number of items a page holds.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /** @description Only reports for this framework. */
                framework?: components["schemas"]["ComplianceFramework"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reports. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "rpt_01JDB1C2D3E4F5G6H7J8K9M0N1",
                     *           "framework": "soc2",
                     *           "status": "ready",
                     *           "periodStart": "2026-07-01",
                     *           "periodEnd": "2026-09-30",
                     *           "format": "pdf",
                     *           "summary": {
                     *             "controlsPassed": 112,
                     *             "controlsFailed": 2,
                     *             "controlsNotApplicable": 9
                     *           },
                     *           "downloadUrl": "https://reports.secure-ai-studio.example/rpt_01JDB1C2D3E4F5G6H7J8K9M0N1.pdf",
                     *           "createdAt": "2026-10-02T09:00:00Z",
                     *           "completedAt": "2026-10-02T09:12:40Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ComplianceReportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createComplianceReport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this creation. A request repeated with the same key within 24 hours returns
                 *     the first result instead of creating again, so a retried request cannot create twice.
                 * @example 5f0c9a3e-2d1b-4c8e-9f7a-6b5d4c3e2a1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "framework": "iso27001",
                 *       "periodStart": "2026-01-01",
                 *       "periodEnd": "2026-06-30",
                 *       "format": "json"
                 *     }
                 */
                "application/json": components["schemas"]["ComplianceReportRequest"];
            };
        };
        responses: {
            /** @description The report was accepted and is being generated. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    /**
                     * @description Where the new resource can be read.
                     * @example /api/v1/compliance/reports/rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5
                     */
                    Location?: components["schemas"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5",
                     *       "framework": "iso27001",
                     *       "status": "pending",
                     *       "periodStart": "2026-01-01",
                     *       "periodEnd": "2026-06-30",
                     *       "format": "json",
                     *       "summary": null,
                     *       "downloadUrl": null,
                     *       "createdAt": "2026-11-21T10:40:00Z",
                     *       "completedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["ComplianceReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getComplianceReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The compliance report's ID.
                 * @example rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5
                 */
                reportId: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5",
                     *       "framework": "iso27001",
                     *       "status": "ready",
                     *       "periodStart": "2026-01-01",
                     *       "periodEnd": "2026-06-30",
                     *       "format": "json",
                     *       "summary": {
                     *         "controlsPassed": 88,
                     *         "controlsFailed": 0,
                     *         "controlsNotApplicable": 5
                     *       },
                     *       "downloadUrl": "https://reports.secure-ai-studio.example/rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5.json",
                     *       "createdAt": "2026-11-21T10:40:00Z",
                     *       "completedAt": "2026-11-21T10:47:03Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ComplianceReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ComplianceReportNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    executeGraphqlGet: {
        parameters: {
            query: {
                /**
                 * @description The GraphQL document: ASCII (write other characters as `\u` escapes) and at most 3,000
                 *     characters, so the URL fits the 16 KB a server reads of a request's line and headers.
                 *     Send a longer document over POST.
                 * @example { roles(limit: 1) { data { id name } nextCursor } }
                 */
                query: string;
                /**
                 * @description The variables as JSON text (an object), ASCII and at most 1,000 characters.
                 * @example {"limit":1}
                 */
                variables?: string;
                /**
                 * @description Which operation of the document to run.
                 * @example Roles
                 */
                operationName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GraphqlResult"];
            400: components["responses"]["GraphqlRequestError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The document is a mutation, which runs over POST only. */
            405: {
                headers: {
                    /**
                     * @description The methods that may run this document.
                     * @example POST
                     */
                    Allow?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.secure-ai-studio.example/problems/method-not-allowed",
                     *       "title": "Method Not Allowed",
                     *       "status": 405,
                     *       "detail": "A mutation cannot run over GET; send it as a POST.",
                     *       "instance": "/api/v1/graphql",
                     *       "code": "method_not_allowed",
                     *       "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    executeGraphql: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "query RecentJobs($limit: Int) { jobs(limit: $limit) { data { id status } nextCursor } }",
                 *       "variables": {
                 *         "limit": 1
                 *       },
                 *       "operationName": "RecentJobs"
                 *     }
                 */
                "application/json": components["schemas"]["GraphqlRequest"];
            };
        };
        responses: {
            /** @description The GraphQL result, or for a subscription the stream of results. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "jobs": {
                     *           "data": [
                     *             {
                     *               "id": "job_01JD8K9W1Y3A5C7E9G1J3L5N7Q",
                     *               "status": "running"
                     *             }
                     *           ],
                     *           "nextCursor": "c_01JD8K9W1Y3A5C7E9G1J3L5N7Q"
                     *         }
                     *       }
                     *     }
                     */
                    "application/graphql-response+json": components["schemas"]["GraphqlResponse"];
                    /**
                     * @example {
                     *       "data": {
                     *         "jobs": {
                     *           "data": [
                     *             {
                     *               "id": "job_01JD8K9W1Y3A5C7E9G1J3L5N7Q",
                     *               "status": "running"
                     *             }
                     *           ],
                     *           "nextCursor": "c_01JD8K9W1Y3A5C7E9G1J3L5N7Q"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GraphqlResponse"];
                    /**
                     * @example event: next
                     *     data: {"data":{"jobEvents":{"event":"job.progress","status":"running","progress":50}}}
                     *
                     *     event: complete
                     *     data:
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["GraphqlRequestError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is alive. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "1.0.0",
                     *       "checks": []
                     *     }
                     */
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is ready. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "1.0.0",
                     *       "checks": [
                     *         {
                     *           "name": "database",
                     *           "status": "ok"
                     *         },
                     *         {
                     *           "name": "gpu_pool",
                     *           "status": "ok"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            500: components["responses"]["InternalServerError"];
            /** @description The service is not ready. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "down",
                     *       "version": "1.0.0",
                     *       "checks": [
                     *         {
                     *           "name": "database",
                     *           "status": "ok"
                     *         },
                     *         {
                     *           "name": "gpu_pool",
                     *           "status": "down"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
}
