// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// JSON Schemas of the document's models, for response validation (docs/sdk-behavior.md R7.1):
// one entry per model, keyed by class name; `$ref`s name other entries. Patterns are kept as
// the generator's "/.../" strings and unwrapped by core/validation.js. A oneOf with a
// discriminator mapping checks the subtype the discriminator names (if/then per mapping), as
// plain oneOf would fail when the subtypes' discriminator properties accept every value.

// S(): a property of a shape the template has no keyword for (an untyped schema, a reference
// the generator left unresolved, as in a reference cycle) accepts any value, as `{}` does.
const S = (schema = {}) => schema;

export const SCHEMAS = {

    'ApiKey': {
        type: 'object',
        required: ['id', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'expiresAt'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^key_[0-9A-Za-z]{8,40}$/"}),
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'prefix': S({type: 'string', maxLength: 16, pattern: "/^sk_(live|test)_[0-9a-f]{4}$/"}),
            'scopes': {type: 'array', maxItems: 50, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"})},
            'createdAt': S({type: 'string', format: 'date-time'}),
            'lastUsedAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
            'expiresAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
        },
    },

    'ApiKeyCreate': {
        type: 'object',
        required: ['name', 'scopes'],
        properties: {
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'scopes': {type: 'array', maxItems: 50, minItems: 1, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"})},
            'expiresAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
        },
    },

    'ApiKeyList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'ApiKey'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'ApiKeyWithSecret': {
        type: 'object',
        required: ['id', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'expiresAt', 'secret'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^key_[0-9A-Za-z]{8,40}$/"}),
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'prefix': S({type: 'string', maxLength: 16, pattern: "/^sk_(live|test)_[0-9a-f]{4}$/"}),
            'scopes': {type: 'array', maxItems: 50, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"})},
            'createdAt': S({type: 'string', format: 'date-time'}),
            'lastUsedAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
            'expiresAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
            'secret': S({type: 'string', maxLength: 128, pattern: "/^sk_(live|test)_[0-9a-f]{32,96}$/", format: 'password'}),
        },
    },

    'Asset': {
        type: 'object',
        required: ['id', 'kind', 'contentType', 'sizeBytes', 'sha256', 'createdAt'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^ast_[0-9A-Za-z]{8,40}$/"}),
            'kind': S({$ref: 'AssetKind'}),
            'contentType': S({enum: ["image/png", "image/jpeg", "image/webp", "video/mp4"]}),
            'sizeBytes': S({type: 'integer', minimum: 0, maximum: 10737418240}),
            'sha256': S({type: 'string', maxLength: 64, pattern: "/^[0-9a-f]{64}$/"}),
            'width': {anyOf: [{type: 'null'}, S({type: 'integer', minimum: 1, maximum: 8192})]},
            'height': {anyOf: [{type: 'null'}, S({type: 'integer', minimum: 1, maximum: 8192})]},
            'durationSeconds': {anyOf: [{type: 'null'}, S({type: 'number', minimum: 0, maximum: 3600})]},
            'jobId': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 44, pattern: "/^job_[0-9A-Za-z]{8,40}$/"})]},
            'description': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"})]},
            'createdAt': S({type: 'string', format: 'date-time'}),
        },
    },

    'AssetKind': {enum: ["image", "video", "reference"]},

    'AuditActor': {
        type: 'object',
        required: ['id', 'kind', 'displayName'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^(usr|key)_[0-9A-Za-z]{8,40}$/"}),
            'kind': S({enum: ["user", "api_key"]}),
            'displayName': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
        },
    },

    'AuditEvent': {
        type: 'object',
        required: ['id', 'occurredAt', 'actor', 'action', 'resource', 'outcome', 'requestId'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^evt_[0-9A-Za-z]{8,40}$/"}),
            'occurredAt': S({type: 'string', format: 'date-time'}),
            'actor': S({$ref: 'AuditActor'}),
            'action': S({type: 'string', maxLength: 64, pattern: "/^[a-z_]+\\.[a-z_]+$/"}),
            'resource': S({$ref: 'AuditResource'}),
            'outcome': S({enum: ["success", "failure"]}),
            'ipAddress': S({type: 'string', maxLength: 45, pattern: "/^[0-9A-Fa-f:.]{2,45}$/"}),
            'userAgent': S({type: 'string', maxLength: 512, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"}),
            'requestId': S({type: 'string', maxLength: 64, pattern: "/^req_[0-9A-Za-z]{8,40}$/"}),
        },
    },

    'AuditEventList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'AuditEvent'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'AuditResource': {
        type: 'object',
        required: ['type', 'id'],
        properties: {
            'type': S({$ref: 'AuditResourceType'}),
            'id': S({type: 'string', maxLength: 44, pattern: "/^[a-z]{3}_[0-9A-Za-z]{8,40}$/"}),
        },
    },

    'AuditResourceType': {enum: ["user", "role", "api_key", "token", "job", "asset", "template", "backup", "backup_policy", "compliance_report"]},

    'AwsS3Destination': {
        type: 'object',
        required: ['provider', 'bucket', 'region'],
        properties: {
            'provider': S({enum: ["aws_s3"]}),
            'bucket': S({type: 'string', maxLength: 63, minLength: 3, pattern: "/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/"}),
            'region': S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"}),
            'prefix': S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9!_.*()\/-]*$/"}),
        },
    },

    'AzureBlobDestination': {
        type: 'object',
        required: ['provider', 'storageAccount', 'container'],
        properties: {
            'provider': S({enum: ["azure_blob"]}),
            'storageAccount': S({type: 'string', maxLength: 24, minLength: 3, pattern: "/^[a-z0-9]{3,24}$/"}),
            'container': S({type: 'string', maxLength: 63, minLength: 3, pattern: "/^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/"}),
            'prefix': S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9!_.*()\/-]*$/"}),
        },
    },

    'Backup': {
        type: 'object',
        required: ['id', 'status', 'destination', 'scope', 'regions', 'encryption', 'policyId', 'sizeBytes', 'checksumSha256', 'createdAt', 'completedAt'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^bkp_[0-9A-Za-z]{8,40}$/"}),
            'status': S({$ref: 'BackupStatus'}),
            'destination': S({$ref: 'BackupDestination'}),
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: S({$ref: 'BackupScopeItem'})},
            'regions': {type: 'array', maxItems: 5, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"})},
            'encryption': S({$ref: 'EncryptionSettings'}),
            'policyId': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 44, pattern: "/^bpl_[0-9A-Za-z]{8,40}$/"})]},
            'sizeBytes': {anyOf: [{type: 'null'}, S({type: 'integer', minimum: 0, maximum: 1099511627776})]},
            'checksumSha256': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 64, pattern: "/^[0-9a-f]{64}$/"})]},
            'description': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"})]},
            'createdAt': S({type: 'string', format: 'date-time'}),
            'completedAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
        },
    },

    'BackupCreate': {
        type: 'object',
        required: ['destination', 'scope'],
        properties: {
            'destination': S({$ref: 'BackupDestination'}),
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: S({$ref: 'BackupScopeItem'})},
            'regions': {type: 'array', maxItems: 5, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"})},
            'encryption': S({$ref: 'EncryptionSettings'}),
            'description': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"})]},
        },
    },

    'BackupDestination': {
        type: 'object',
        required: ['provider'],
        properties: {'provider': {enum: ['aws_s3', 'azure_blob', 'gcs']}},
        allOf: [
            {if: {properties: {'provider': {const: 'aws_s3'}}}, then: {$ref: 'AwsS3Destination'}},
            {if: {properties: {'provider': {const: 'azure_blob'}}}, then: {$ref: 'AzureBlobDestination'}},
            {if: {properties: {'provider': {const: 'gcs'}}}, then: {$ref: 'GcsDestination'}},
        ],
    },

    'BackupList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'Backup'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'BackupPolicy': {
        type: 'object',
        required: ['id', 'name', 'enabled', 'schedule', 'retentionDays', 'destination', 'regions', 'scope', 'encryption', 'createdAt', 'updatedAt'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^bpl_[0-9A-Za-z]{8,40}$/"}),
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'enabled': S({type: 'boolean'}),
            'schedule': S({type: 'string', maxLength: 100, pattern: "/^(\\S+\\s+){4}\\S+$/"}),
            'retentionDays': S({type: 'integer', minimum: 1, maximum: 3650}),
            'destination': S({$ref: 'BackupDestination'}),
            'regions': {type: 'array', maxItems: 5, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"})},
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: S({$ref: 'BackupScopeItem'})},
            'encryption': S({$ref: 'EncryptionSettings'}),
            'createdAt': S({type: 'string', format: 'date-time'}),
            'updatedAt': S({type: 'string', format: 'date-time'}),
        },
    },

    'BackupPolicyCreate': {
        type: 'object',
        required: ['name', 'schedule', 'retentionDays', 'destination', 'scope'],
        properties: {
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'enabled': S({type: 'boolean'}),
            'schedule': S({type: 'string', maxLength: 100, pattern: "/^(\\S+\\s+){4}\\S+$/"}),
            'retentionDays': S({type: 'integer', minimum: 1, maximum: 3650}),
            'destination': S({$ref: 'BackupDestination'}),
            'regions': {type: 'array', maxItems: 5, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"})},
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: S({$ref: 'BackupScopeItem'})},
            'encryption': S({$ref: 'EncryptionSettings'}),
        },
    },

    'BackupPolicyList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'BackupPolicy'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'BackupPolicyUpdate': {
        type: 'object',
        required: [],
        properties: {
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'enabled': S({type: 'boolean'}),
            'schedule': S({type: 'string', maxLength: 100, pattern: "/^(\\S+\\s+){4}\\S+$/"}),
            'retentionDays': S({type: 'integer', minimum: 1, maximum: 3650}),
            'regions': {type: 'array', maxItems: 5, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"})},
        },
    },

    'BackupScopeItem': {enum: ["templates", "assets", "audit_events", "users"]},

    'BackupStatus': {enum: ["pending", "running", "completed", "failed"]},

    'ClientCredentialsGrant': {
        type: 'object',
        required: ['grantType', 'clientId', 'clientSecret'],
        properties: {
            'grantType': S({enum: ["client_credentials"]}),
            'clientId': S({type: 'string', maxLength: 44, pattern: "/^cli_[0-9A-Za-z]{8,40}$/"}),
            'clientSecret': S({type: 'string', maxLength: 256, minLength: 16, format: 'password'}),
            'scope': S({type: 'string', maxLength: 1024, pattern: "/^[a-z_]+:(read|write)( [a-z_]+:(read|write))*$/"}),
        },
    },

    'ComplianceFramework': {enum: ["soc2", "iso27001", "gdpr", "hipaa"]},

    'ComplianceReport': {
        type: 'object',
        required: ['id', 'framework', 'status', 'periodStart', 'periodEnd', 'format', 'summary', 'downloadUrl', 'createdAt', 'completedAt'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^rpt_[0-9A-Za-z]{8,40}$/"}),
            'framework': S({$ref: 'ComplianceFramework'}),
            'status': S({$ref: 'ComplianceReportStatus'}),
            'periodStart': S({type: 'string', format: 'date'}),
            'periodEnd': S({type: 'string', format: 'date'}),
            'format': S({$ref: 'ComplianceReportFormat'}),
            'summary': {anyOf: [{type: 'null'}, S({$ref: 'ComplianceSummary'})]},
            'downloadUrl': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2048, format: 'uri'})]},
            'createdAt': S({type: 'string', format: 'date-time'}),
            'completedAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
        },
    },

    'ComplianceReportFormat': {enum: ["pdf", "json"]},

    'ComplianceReportList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'ComplianceReport'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'ComplianceReportRequest': {
        type: 'object',
        required: ['framework', 'periodStart', 'periodEnd'],
        properties: {
            'framework': S({$ref: 'ComplianceFramework'}),
            'periodStart': S({type: 'string', format: 'date'}),
            'periodEnd': S({type: 'string', format: 'date'}),
            'format': S({$ref: 'ComplianceReportFormat'}),
        },
    },

    'ComplianceReportStatus': {enum: ["pending", "generating", "ready", "failed"]},

    'ComplianceSummary': {
        type: 'object',
        required: ['controlsPassed', 'controlsFailed', 'controlsNotApplicable'],
        properties: {
            'controlsPassed': S({type: 'integer', minimum: 0, maximum: 10000}),
            'controlsFailed': S({type: 'integer', minimum: 0, maximum: 10000}),
            'controlsNotApplicable': S({type: 'integer', minimum: 0, maximum: 10000}),
        },
    },

    'EncryptionSettings': {
        type: 'object',
        required: ['algorithm', 'keySource'],
        properties: {
            'algorithm': S({enum: ["AES-256-GCM"]}),
            'keySource': S({enum: ["platform_managed", "customer_managed"]}),
            'kmsKeyId': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2048, pattern: "/^[A-Za-z0-9:\/_.@-]+$/"})]},
        },
    },

    'GcsDestination': {
        type: 'object',
        required: ['provider', 'bucket'],
        properties: {
            'provider': S({enum: ["gcs"]}),
            'bucket': S({type: 'string', maxLength: 63, minLength: 3, pattern: "/^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/"}),
            'location': S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"}),
            'prefix': S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9!_.*()\/-]*$/"}),
        },
    },

    'GraphqlError': {
        type: 'object',
        required: ['message'],
        properties: {
            'message': S({type: 'string', maxLength: 4000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}),
            'path': {anyOf: [{type: 'null'}, {type: 'array', maxItems: 100, items: {anyOf: [{type: 'null'}, S({})]}}]},
            'extensions': {anyOf: [{type: 'null'}, S({type: 'object'})]},
        },
    },

    'GraphqlRequest': {
        type: 'object',
        required: ['query'],
        properties: {
            'query': S({type: 'string', maxLength: 100000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"}),
            'variables': {anyOf: [{type: 'null'}, S({type: 'object'})]},
            'operationName': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 256, pattern: "/^[_A-Za-z][_0-9A-Za-z]*$/"})]},
        },
    },

    'GraphqlResponse': {
        type: 'object',
        required: [],
        properties: {
            'data': {anyOf: [{type: 'null'}, S({type: 'object'})]},
            'errors': {anyOf: [{type: 'null'}, {type: 'array', maxItems: 100, items: S({$ref: 'GraphqlError'})}]},
        },
    },

    'HealthCheck': {
        type: 'object',
        required: ['name', 'status'],
        properties: {
            'name': S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9_]*$/"}),
            'status': S({enum: ["ok", "degraded", "down"]}),
        },
    },

    'HealthStatus': {
        type: 'object',
        required: ['status', 'version', 'checks'],
        properties: {
            'status': S({enum: ["ok", "degraded", "down"]}),
            'version': S({type: 'string', maxLength: 64, pattern: "/^\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?$/"}),
            'checks': {type: 'array', maxItems: 50, items: S({$ref: 'HealthCheck'})},
        },
    },

    'ImageJob': {
        type: 'object',
        required: ['id', 'type', 'status', 'progress', 'createdAt', 'updatedAt', 'completedAt', 'error', 'outputAssetIds', 'params'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^job_[0-9A-Za-z]{8,40}$/"}),
            'type': S({enum: ["image"]}),
            'status': S({$ref: 'JobStatus'}),
            'progress': S({type: 'integer', minimum: 0, maximum: 100}),
            'createdAt': S({type: 'string', format: 'date-time'}),
            'updatedAt': S({type: 'string', format: 'date-time'}),
            'completedAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
            'error': {anyOf: [{type: 'null'}, S({$ref: 'JobFailure'})]},
            'outputAssetIds': {type: 'array', maxItems: 4, items: S({type: 'string', maxLength: 44, pattern: "/^ast_[0-9A-Za-z]{8,40}$/"})},
            'params': S({$ref: 'ImageJobRequest'}),
        },
    },

    'ImageJobRequest': {
        type: 'object',
        required: ['prompt'],
        properties: {
            'prompt': S({type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"}),
            'negativePrompt': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"})]},
            'width': S({type: 'integer', minimum: 256, maximum: 2048}),
            'height': S({type: 'integer', minimum: 256, maximum: 2048}),
            'style': S({$ref: 'ImageStyle'}),
            'count': S({type: 'integer', minimum: 1, maximum: 4}),
            'seed': {anyOf: [{type: 'null'}, S({type: 'integer', minimum: 0, maximum: 4294967295})]},
            'templateId': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 44, pattern: "/^tpl_[0-9A-Za-z]{8,40}$/"})]},
        },
    },

    'ImageStyle': {enum: ["photographic", "illustration", "anime", "3d_render", "pixel_art"]},

    'Job': {
        type: 'object',
        required: ['type'],
        properties: {'type': {enum: ['image', 'video']}},
        allOf: [
            {if: {properties: {'type': {const: 'image'}}}, then: {$ref: 'ImageJob'}},
            {if: {properties: {'type': {const: 'video'}}}, then: {$ref: 'VideoJob'}},
        ],
    },

    'JobEvent': {
        type: 'object',
        required: ['event', 'jobId', 'status', 'progress', 'occurredAt'],
        properties: {
            'event': S({enum: ["job.status", "job.progress", "job.completed", "job.failed"]}),
            'jobId': S({type: 'string', maxLength: 44, pattern: "/^job_[0-9A-Za-z]{8,40}$/"}),
            'status': S({$ref: 'JobStatus'}),
            'progress': S({type: 'integer', minimum: 0, maximum: 100}),
            'message': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 1000, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"})]},
            'occurredAt': S({type: 'string', format: 'date-time'}),
        },
    },

    'JobFailure': {
        type: 'object',
        required: ['code', 'message'],
        properties: {
            'code': S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9_]*$/"}),
            'message': S({type: 'string', maxLength: 1000, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"}),
        },
    },

    'JobList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'Job'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'JobStatus': {enum: ["queued", "running", "succeeded", "failed", "canceled"]},

    'JobType': {enum: ["image", "video"]},

    'PasswordGrant': {
        type: 'object',
        required: ['grantType', 'username', 'password'],
        properties: {
            'grantType': S({enum: ["password"]}),
            'username': S({type: 'string', maxLength: 254, format: 'email'}),
            'password': S({type: 'string', maxLength: 256, minLength: 8, format: 'password'}),
            'scope': S({type: 'string', maxLength: 1024, pattern: "/^[a-z_]+:(read|write)( [a-z_]+:(read|write))*$/"}),
        },
    },

    'Permission': {
        type: 'object',
        required: ['id', 'resource', 'description'],
        properties: {
            'id': S({type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"}),
            'resource': S({type: 'string', maxLength: 32, pattern: "/^[a-z_]+$/"}),
            'description': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"})]},
        },
    },

    'PermissionList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'Permission'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'Principal': {
        type: 'object',
        required: ['id', 'kind', 'organizationId', 'displayName', 'roleIds', 'permissions'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^(usr|key)_[0-9A-Za-z]{8,40}$/"}),
            'kind': S({enum: ["user", "api_key"]}),
            'organizationId': S({type: 'string', maxLength: 44, pattern: "/^org_[0-9A-Za-z]{8,40}$/"}),
            'email': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 254, format: 'email'})]},
            'displayName': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'roleIds': {type: 'array', maxItems: 50, items: S({type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"})},
            'permissions': {type: 'array', maxItems: 200, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"})},
        },
    },

    'Problem': {
        type: 'object',
        required: ['type', 'title', 'status', 'code', 'requestId'],
        properties: {
            'type': S({type: 'string', maxLength: 2048, format: 'uri-reference'}),
            'title': S({type: 'string', maxLength: 200, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"}),
            'status': S({type: 'integer', minimum: 100, maximum: 599}),
            'detail': S({type: 'string', maxLength: 4000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}),
            'instance': S({type: 'string', maxLength: 2048, format: 'uri-reference'}),
            'code': S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9_]*$/"}),
            'requestId': S({type: 'string', maxLength: 64, pattern: "/^req_[0-9A-Za-z]{8,40}$/"}),
            'errors': {type: 'array', maxItems: 100, items: S({$ref: 'ValidationIssue'})},
        },
    },

    'RefreshTokenRequest': {
        type: 'object',
        required: ['refreshToken'],
        properties: {
            'refreshToken': S({type: 'string', maxLength: 256, pattern: "/^rt_[0-9A-Za-z]{16,128}$/", format: 'password'}),
        },
    },

    'Restore': {
        type: 'object',
        required: ['id', 'backupId', 'status', 'scope', 'targetRegion', 'dryRun', 'createdAt', 'completedAt'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^rst_[0-9A-Za-z]{8,40}$/"}),
            'backupId': S({type: 'string', maxLength: 44, pattern: "/^bkp_[0-9A-Za-z]{8,40}$/"}),
            'status': S({$ref: 'BackupStatus'}),
            'scope': {type: 'array', maxItems: 4, items: S({$ref: 'BackupScopeItem'})},
            'targetRegion': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"})]},
            'dryRun': S({type: 'boolean'}),
            'createdAt': S({type: 'string', format: 'date-time'}),
            'completedAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
        },
    },

    'RestoreRequest': {
        type: 'object',
        required: ['scope'],
        properties: {
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: S({$ref: 'BackupScopeItem'})},
            'targetRegion': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"})]},
            'dryRun': S({type: 'boolean'}),
        },
    },

    'RevokeTokenRequest': {
        type: 'object',
        required: ['token'],
        properties: {
            'token': S({type: 'string', maxLength: 4096, pattern: "/^[A-Za-z0-9_.-]+$/", format: 'password'}),
            'tokenTypeHint': S({enum: ["access_token", "refresh_token"]}),
        },
    },

    'Role': {
        type: 'object',
        required: ['id', 'name', 'description', 'builtIn', 'permissions'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"}),
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'description': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"})]},
            'builtIn': S({type: 'boolean'}),
            'permissions': {type: 'array', maxItems: 200, items: S({type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"})},
        },
    },

    'RoleAssignment': {
        type: 'object',
        required: ['roleIds'],
        properties: {
            'roleIds': {type: 'array', maxItems: 50, items: S({type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"})},
        },
    },

    'RoleList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'Role'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'SystemMetrics': {
        type: 'object',
        required: ['capturedAt', 'queueDepth', 'activeJobs', 'gpuUtilization', 'cpuUtilization', 'memoryUtilization', 'p95JobLatencySeconds', 'storageBytes'],
        properties: {
            'capturedAt': S({type: 'string', format: 'date-time'}),
            'queueDepth': S({type: 'integer', minimum: 0, maximum: 1000000}),
            'activeJobs': S({type: 'integer', minimum: 0, maximum: 1000000}),
            'gpuUtilization': S({type: 'number', minimum: 0, maximum: 1}),
            'cpuUtilization': S({type: 'number', minimum: 0, maximum: 1}),
            'memoryUtilization': S({type: 'number', minimum: 0, maximum: 1}),
            'p95JobLatencySeconds': S({type: 'number', minimum: 0, maximum: 86400}),
            'storageBytes': S({type: 'integer', minimum: 0, maximum: 1125899906842624}),
        },
    },

    'Template': {
        type: 'object',
        required: ['id', 'name', 'kind', 'description', 'prompt', 'tags', 'visibility', 'version', 'createdAt', 'updatedAt'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^tpl_[0-9A-Za-z]{8,40}$/"}),
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'kind': S({$ref: 'JobType'}),
            'description': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"})]},
            'prompt': S({type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"}),
            'tags': {type: 'array', maxItems: 20, items: S({type: 'string', maxLength: 32, pattern: "/^[a-z0-9][a-z0-9-]{0,31}$/"})},
            'visibility': S({$ref: 'TemplateVisibility'}),
            'version': S({type: 'integer', minimum: 1, maximum: 2147483647}),
            'createdAt': S({type: 'string', format: 'date-time'}),
            'updatedAt': S({type: 'string', format: 'date-time'}),
        },
    },

    'TemplateCreate': {
        type: 'object',
        required: ['name', 'kind', 'prompt'],
        properties: {
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'kind': S({$ref: 'JobType'}),
            'description': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"})]},
            'prompt': S({type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"}),
            'tags': {type: 'array', maxItems: 20, items: S({type: 'string', maxLength: 32, pattern: "/^[a-z0-9][a-z0-9-]{0,31}$/"})},
            'visibility': S({$ref: 'TemplateVisibility'}),
        },
    },

    'TemplateList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'Template'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'TemplateUpdate': {
        type: 'object',
        required: [],
        properties: {
            'name': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'description': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"})]},
            'prompt': S({type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"}),
            'tags': {type: 'array', maxItems: 20, items: S({type: 'string', maxLength: 32, pattern: "/^[a-z0-9][a-z0-9-]{0,31}$/"})},
            'visibility': S({$ref: 'TemplateVisibility'}),
        },
    },

    'TemplateVisibility': {enum: ["private", "team"]},

    'TokenRequest': {
        type: 'object',
        required: ['grantType'],
        properties: {'grantType': {enum: ['client_credentials', 'password']}},
        allOf: [
            {if: {properties: {'grantType': {const: 'client_credentials'}}}, then: {$ref: 'ClientCredentialsGrant'}},
            {if: {properties: {'grantType': {const: 'password'}}}, then: {$ref: 'PasswordGrant'}},
        ],
    },

    'TokenResponse': {
        type: 'object',
        required: ['accessToken', 'tokenType', 'expiresIn'],
        properties: {
            'accessToken': S({type: 'string', maxLength: 4096, pattern: "/^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$/", format: 'password'}),
            'tokenType': S({enum: ["Bearer"]}),
            'expiresIn': S({type: 'integer', minimum: 1, maximum: 86400}),
            'refreshToken': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 256, pattern: "/^rt_[0-9A-Za-z]{16,128}$/", format: 'password'})]},
            'scope': S({type: 'string', maxLength: 1024, pattern: "/^[a-z_]+:(read|write)( [a-z_]+:(read|write))*$/"}),
        },
    },

    'UsagePoint': {
        type: 'object',
        required: ['timestamp', 'imagesGenerated', 'videoSecondsGenerated', 'apiRequests', 'storageBytes'],
        properties: {
            'timestamp': S({type: 'string', format: 'date-time'}),
            'imagesGenerated': S({type: 'integer', minimum: 0, maximum: 1000000000000}),
            'videoSecondsGenerated': S({type: 'integer', minimum: 0, maximum: 1000000000000}),
            'apiRequests': S({type: 'integer', minimum: 0, maximum: 1000000000000}),
            'storageBytes': S({type: 'integer', minimum: 0, maximum: 1125899906842624}),
        },
    },

    'UsageSeries': {
        type: 'object',
        required: ['from', 'to', 'granularity', 'points'],
        properties: {
            'from': S({type: 'string', format: 'date-time'}),
            'to': S({type: 'string', format: 'date-time'}),
            'granularity': S({enum: ["hour", "day", "month"]}),
            'points': {type: 'array', maxItems: 1000, items: S({$ref: 'UsagePoint'})},
        },
    },

    'User': {
        type: 'object',
        required: ['id', 'email', 'displayName', 'status', 'roleIds', 'createdAt', 'lastLoginAt', 'deactivatedAt'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^usr_[0-9A-Za-z]{8,40}$/"}),
            'email': S({type: 'string', maxLength: 254, format: 'email'}),
            'displayName': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'status': S({$ref: 'UserStatus'}),
            'roleIds': {type: 'array', maxItems: 50, items: S({type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"})},
            'createdAt': S({type: 'string', format: 'date-time'}),
            'lastLoginAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
            'deactivatedAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
        },
    },

    'UserInvite': {
        type: 'object',
        required: ['email', 'roleIds'],
        properties: {
            'email': S({type: 'string', maxLength: 254, format: 'email'}),
            'displayName': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
            'roleIds': {type: 'array', maxItems: 50, minItems: 1, items: S({type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"})},
        },
    },

    'UserList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: S({$ref: 'User'})},
            'nextCursor': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"})]},
        },
    },

    'UserStatus': {enum: ["invited", "active", "deactivated"]},

    'UserUpdate': {
        type: 'object',
        required: [],
        properties: {
            'displayName': S({type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"}),
        },
    },

    'ValidationIssue': {
        type: 'object',
        required: ['location', 'name', 'message'],
        properties: {
            'location': S({enum: ["path", "query", "header", "body"]}),
            'name': S({type: 'string', maxLength: 1024, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"}),
            'message': S({type: 'string', maxLength: 1000, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"}),
        },
    },

    'VideoJob': {
        type: 'object',
        required: ['id', 'type', 'status', 'progress', 'createdAt', 'updatedAt', 'completedAt', 'error', 'outputAssetIds', 'params'],
        properties: {
            'id': S({type: 'string', maxLength: 44, pattern: "/^job_[0-9A-Za-z]{8,40}$/"}),
            'type': S({enum: ["video"]}),
            'status': S({$ref: 'JobStatus'}),
            'progress': S({type: 'integer', minimum: 0, maximum: 100}),
            'createdAt': S({type: 'string', format: 'date-time'}),
            'updatedAt': S({type: 'string', format: 'date-time'}),
            'completedAt': {anyOf: [{type: 'null'}, S({type: 'string', format: 'date-time'})]},
            'error': {anyOf: [{type: 'null'}, S({$ref: 'JobFailure'})]},
            'outputAssetIds': {type: 'array', maxItems: 1, items: S({type: 'string', maxLength: 44, pattern: "/^ast_[0-9A-Za-z]{8,40}$/"})},
            'params': S({$ref: 'VideoJobRequest'}),
        },
    },

    'VideoJobRequest': {
        type: 'object',
        required: ['prompt', 'durationSeconds'],
        properties: {
            'prompt': S({type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"}),
            'durationSeconds': S({type: 'integer', minimum: 1, maximum: 60}),
            'fps': S({type: 'integer', minimum: 12, maximum: 60}),
            'resolution': S({$ref: 'VideoResolution'}),
            'referenceAssetId': {anyOf: [{type: 'null'}, S({type: 'string', maxLength: 44, pattern: "/^ast_[0-9A-Za-z]{8,40}$/"})]},
        },
    },

    'VideoResolution': {enum: ["720p", "1080p", "4k"]},

};
