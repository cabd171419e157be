// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// JSON Schemas of the document's models, for response validation (docs/sdk-behavior.md R7.1):
// one entry per model, keyed by class name; `$ref`s name other entries. Patterns are kept as
// the generator's "/.../" strings and unwrapped by core/validation.js. A oneOf with a
// discriminator mapping checks the subtype the discriminator names (if/then per mapping), as
// plain oneOf would fail when the subtypes' discriminator properties accept every value.

export const SCHEMAS = {

    'ApiKey': {
        type: 'object',
        required: ['id', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'expiresAt'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^key_[0-9A-Za-z]{8,40}$/"},
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'prefix': {type: 'string', maxLength: 16, pattern: "/^sk_(live|test)_[0-9a-f]{4}$/"},
            'scopes': {type: 'array', maxItems: 50, items: {type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"}},
            'createdAt': {type: 'string', format: 'date-time'},
            'lastUsedAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
            'expiresAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
        },
    },

    'ApiKeyCreate': {
        type: 'object',
        required: ['name', 'scopes'],
        properties: {
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'scopes': {type: 'array', maxItems: 50, minItems: 1, items: {type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"}},
            'expiresAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
        },
    },

    'ApiKeyList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: {$ref: 'ApiKey'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'ApiKeyWithSecret': {
        type: 'object',
        required: ['id', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'expiresAt', 'secret'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^key_[0-9A-Za-z]{8,40}$/"},
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'prefix': {type: 'string', maxLength: 16, pattern: "/^sk_(live|test)_[0-9a-f]{4}$/"},
            'scopes': {type: 'array', maxItems: 50, items: {type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"}},
            'createdAt': {type: 'string', format: 'date-time'},
            'lastUsedAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
            'expiresAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
            'secret': {type: 'string', maxLength: 128, pattern: "/^sk_(live|test)_[0-9a-f]{32,96}$/", format: 'password'},
        },
    },

    'Asset': {
        type: 'object',
        required: ['id', 'kind', 'contentType', 'sizeBytes', 'sha256', 'createdAt'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^ast_[0-9A-Za-z]{8,40}$/"},
            'kind': {$ref: 'AssetKind'},
            'contentType': {enum: ["image/png", "image/jpeg", "image/webp", "video/mp4"]},
            'sizeBytes': {type: 'integer', minimum: 0, maximum: 10737418240},
            'sha256': {type: 'string', maxLength: 64, pattern: "/^[0-9a-f]{64}$/"},
            'width': {anyOf: [{type: 'null'}, {type: 'integer', minimum: 1, maximum: 8192}]},
            'height': {anyOf: [{type: 'null'}, {type: 'integer', minimum: 1, maximum: 8192}]},
            'durationSeconds': {anyOf: [{type: 'null'}, {type: 'number', minimum: 0, maximum: 3600}]},
            'jobId': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 44, pattern: "/^job_[0-9A-Za-z]{8,40}$/"}]},
            'description': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}]},
            'createdAt': {type: 'string', format: 'date-time'},
        },
    },

    'AssetKind': {enum: ["image", "video", "reference"]},

    'AuditActor': {
        type: 'object',
        required: ['id', 'kind', 'displayName'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^(usr|key)_[0-9A-Za-z]{8,40}$/"},
            'kind': {enum: ["user", "api_key"]},
            'displayName': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
        },
    },

    'AuditEvent': {
        type: 'object',
        required: ['id', 'occurredAt', 'actor', 'action', 'resource', 'outcome', 'requestId'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^evt_[0-9A-Za-z]{8,40}$/"},
            'occurredAt': {type: 'string', format: 'date-time'},
            'actor': {$ref: 'AuditActor'},
            'action': {type: 'string', maxLength: 64, pattern: "/^[a-z_]+\\.[a-z_]+$/"},
            'resource': {$ref: 'AuditResource'},
            'outcome': {enum: ["success", "failure"]},
            'ipAddress': {type: 'string', maxLength: 45, pattern: "/^[0-9A-Fa-f:.]{2,45}$/"},
            'userAgent': {type: 'string', maxLength: 512, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"},
            'requestId': {type: 'string', maxLength: 64, pattern: "/^req_[0-9A-Za-z]{8,40}$/"},
        },
    },

    'AuditEventList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: {$ref: 'AuditEvent'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'AuditResource': {
        type: 'object',
        required: ['type', 'id'],
        properties: {
            'type': {$ref: 'AuditResourceType'},
            'id': {type: 'string', maxLength: 44, pattern: "/^[a-z]{3}_[0-9A-Za-z]{8,40}$/"},
        },
    },

    'AuditResourceType': {enum: ["user", "role", "api_key", "token", "job", "asset", "template", "backup", "backup_policy", "compliance_report"]},

    'AwsS3Destination': {
        type: 'object',
        required: ['provider', 'bucket', 'region'],
        properties: {
            'provider': {enum: ["aws_s3"]},
            'bucket': {type: 'string', maxLength: 63, minLength: 3, pattern: "/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/"},
            'region': {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"},
            'prefix': {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9!_.*()\/-]*$/"},
        },
    },

    'AzureBlobDestination': {
        type: 'object',
        required: ['provider', 'storageAccount', 'container'],
        properties: {
            'provider': {enum: ["azure_blob"]},
            'storageAccount': {type: 'string', maxLength: 24, minLength: 3, pattern: "/^[a-z0-9]{3,24}$/"},
            'container': {type: 'string', maxLength: 63, minLength: 3, pattern: "/^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/"},
            'prefix': {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9!_.*()\/-]*$/"},
        },
    },

    'Backup': {
        type: 'object',
        required: ['id', 'status', 'destination', 'scope', 'regions', 'encryption', 'policyId', 'sizeBytes', 'checksumSha256', 'createdAt', 'completedAt'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^bkp_[0-9A-Za-z]{8,40}$/"},
            'status': {$ref: 'BackupStatus'},
            'destination': {$ref: 'BackupDestination'},
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: {$ref: 'BackupScopeItem'}},
            'regions': {type: 'array', maxItems: 5, items: {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"}},
            'encryption': {$ref: 'EncryptionSettings'},
            'policyId': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 44, pattern: "/^bpl_[0-9A-Za-z]{8,40}$/"}]},
            'sizeBytes': {anyOf: [{type: 'null'}, {type: 'integer', minimum: 0, maximum: 1099511627776}]},
            'checksumSha256': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 64, pattern: "/^[0-9a-f]{64}$/"}]},
            'description': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}]},
            'createdAt': {type: 'string', format: 'date-time'},
            'completedAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
        },
    },

    'BackupCreate': {
        type: 'object',
        required: ['destination', 'scope'],
        properties: {
            'destination': {$ref: 'BackupDestination'},
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: {$ref: 'BackupScopeItem'}},
            'regions': {type: 'array', maxItems: 5, items: {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"}},
            'encryption': {$ref: 'EncryptionSettings'},
            'description': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}]},
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
            'data': {type: 'array', maxItems: 100, items: {$ref: 'Backup'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'BackupPolicy': {
        type: 'object',
        required: ['id', 'name', 'enabled', 'schedule', 'retentionDays', 'destination', 'regions', 'scope', 'encryption', 'createdAt', 'updatedAt'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^bpl_[0-9A-Za-z]{8,40}$/"},
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'enabled': {type: 'boolean'},
            'schedule': {type: 'string', maxLength: 100, pattern: "/^(\\S+\\s+){4}\\S+$/"},
            'retentionDays': {type: 'integer', minimum: 1, maximum: 3650},
            'destination': {$ref: 'BackupDestination'},
            'regions': {type: 'array', maxItems: 5, items: {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"}},
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: {$ref: 'BackupScopeItem'}},
            'encryption': {$ref: 'EncryptionSettings'},
            'createdAt': {type: 'string', format: 'date-time'},
            'updatedAt': {type: 'string', format: 'date-time'},
        },
    },

    'BackupPolicyCreate': {
        type: 'object',
        required: ['name', 'schedule', 'retentionDays', 'destination', 'scope'],
        properties: {
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'enabled': {type: 'boolean'},
            'schedule': {type: 'string', maxLength: 100, pattern: "/^(\\S+\\s+){4}\\S+$/"},
            'retentionDays': {type: 'integer', minimum: 1, maximum: 3650},
            'destination': {$ref: 'BackupDestination'},
            'regions': {type: 'array', maxItems: 5, items: {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"}},
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: {$ref: 'BackupScopeItem'}},
            'encryption': {$ref: 'EncryptionSettings'},
        },
    },

    'BackupPolicyList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: {$ref: 'BackupPolicy'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'BackupPolicyUpdate': {
        type: 'object',
        required: [],
        properties: {
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'enabled': {type: 'boolean'},
            'schedule': {type: 'string', maxLength: 100, pattern: "/^(\\S+\\s+){4}\\S+$/"},
            'retentionDays': {type: 'integer', minimum: 1, maximum: 3650},
            'regions': {type: 'array', maxItems: 5, items: {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"}},
        },
    },

    'BackupScopeItem': {enum: ["templates", "assets", "audit_events", "users"]},

    'BackupStatus': {enum: ["pending", "running", "completed", "failed"]},

    'ClientCredentialsGrant': {
        type: 'object',
        required: ['grantType', 'clientId', 'clientSecret'],
        properties: {
            'grantType': {enum: ["client_credentials"]},
            'clientId': {type: 'string', maxLength: 44, pattern: "/^cli_[0-9A-Za-z]{8,40}$/"},
            'clientSecret': {type: 'string', maxLength: 256, minLength: 16, format: 'password'},
            'scope': {type: 'string', maxLength: 1024, pattern: "/^[a-z_]+:(read|write)( [a-z_]+:(read|write))*$/"},
        },
    },

    'ComplianceFramework': {enum: ["soc2", "iso27001", "gdpr", "hipaa"]},

    'ComplianceReport': {
        type: 'object',
        required: ['id', 'framework', 'status', 'periodStart', 'periodEnd', 'format', 'summary', 'downloadUrl', 'createdAt', 'completedAt'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^rpt_[0-9A-Za-z]{8,40}$/"},
            'framework': {$ref: 'ComplianceFramework'},
            'status': {$ref: 'ComplianceReportStatus'},
            'periodStart': {type: 'string', format: 'date'},
            'periodEnd': {type: 'string', format: 'date'},
            'format': {$ref: 'ComplianceReportFormat'},
            'summary': {anyOf: [{type: 'null'}, {$ref: 'ComplianceSummary'}]},
            'downloadUrl': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2048, format: 'uri'}]},
            'createdAt': {type: 'string', format: 'date-time'},
            'completedAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
        },
    },

    'ComplianceReportFormat': {enum: ["pdf", "json"]},

    'ComplianceReportList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: {$ref: 'ComplianceReport'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'ComplianceReportRequest': {
        type: 'object',
        required: ['framework', 'periodStart', 'periodEnd'],
        properties: {
            'framework': {$ref: 'ComplianceFramework'},
            'periodStart': {type: 'string', format: 'date'},
            'periodEnd': {type: 'string', format: 'date'},
            'format': {$ref: 'ComplianceReportFormat'},
        },
    },

    'ComplianceReportStatus': {enum: ["pending", "generating", "ready", "failed"]},

    'ComplianceSummary': {
        type: 'object',
        required: ['controlsPassed', 'controlsFailed', 'controlsNotApplicable'],
        properties: {
            'controlsPassed': {type: 'integer', minimum: 0, maximum: 10000},
            'controlsFailed': {type: 'integer', minimum: 0, maximum: 10000},
            'controlsNotApplicable': {type: 'integer', minimum: 0, maximum: 10000},
        },
    },

    'EncryptionSettings': {
        type: 'object',
        required: ['algorithm', 'keySource'],
        properties: {
            'algorithm': {enum: ["AES-256-GCM"]},
            'keySource': {enum: ["platform_managed", "customer_managed"]},
            'kmsKeyId': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2048, pattern: "/^[A-Za-z0-9:\/_.@-]+$/"}]},
        },
    },

    'GcsDestination': {
        type: 'object',
        required: ['provider', 'bucket'],
        properties: {
            'provider': {enum: ["gcs"]},
            'bucket': {type: 'string', maxLength: 63, minLength: 3, pattern: "/^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/"},
            'location': {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"},
            'prefix': {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9!_.*()\/-]*$/"},
        },
    },

    'GraphqlError': {
        type: 'object',
        required: ['message'],
        properties: {
            'message': {type: 'string', maxLength: 4000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"},
            'path': {anyOf: [{type: 'null'}, {type: 'array', maxItems: 100, items: {type: 'string', maxLength: 256, pattern: "/^[_0-9A-Za-z]+$/"}}]},
            'extensions': {anyOf: [{type: 'null'}, {type: 'object'}]},
        },
    },

    'GraphqlRequest': {
        type: 'object',
        required: ['query'],
        properties: {
            'query': {type: 'string', maxLength: 100000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"},
            'variables': {anyOf: [{type: 'null'}, {type: 'object'}]},
            'operationName': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 256, pattern: "/^[_A-Za-z][_0-9A-Za-z]*$/"}]},
        },
    },

    'GraphqlResponse': {
        type: 'object',
        required: [],
        properties: {
            'data': {anyOf: [{type: 'null'}, {type: 'object'}]},
            'errors': {anyOf: [{type: 'null'}, {type: 'array', maxItems: 100, items: {$ref: 'GraphqlError'}}]},
        },
    },

    'HealthCheck': {
        type: 'object',
        required: ['name', 'status'],
        properties: {
            'name': {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9_]*$/"},
            'status': {enum: ["ok", "degraded", "down"]},
        },
    },

    'HealthStatus': {
        type: 'object',
        required: ['status', 'version', 'checks'],
        properties: {
            'status': {enum: ["ok", "degraded", "down"]},
            'version': {type: 'string', maxLength: 64, pattern: "/^\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?$/"},
            'checks': {type: 'array', maxItems: 50, items: {$ref: 'HealthCheck'}},
        },
    },

    'ImageJob': {
        type: 'object',
        required: ['id', 'type', 'status', 'progress', 'createdAt', 'updatedAt', 'completedAt', 'error', 'outputAssetIds', 'params'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^job_[0-9A-Za-z]{8,40}$/"},
            'type': {enum: ["image"]},
            'status': {$ref: 'JobStatus'},
            'progress': {type: 'integer', minimum: 0, maximum: 100},
            'createdAt': {type: 'string', format: 'date-time'},
            'updatedAt': {type: 'string', format: 'date-time'},
            'completedAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
            'error': {anyOf: [{type: 'null'}, {$ref: 'JobFailure'}]},
            'outputAssetIds': {type: 'array', maxItems: 4, items: {type: 'string', maxLength: 44, pattern: "/^ast_[0-9A-Za-z]{8,40}$/"}},
            'params': {$ref: 'ImageJobRequest'},
        },
    },

    'ImageJobRequest': {
        type: 'object',
        required: ['prompt'],
        properties: {
            'prompt': {type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"},
            'negativePrompt': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}]},
            'width': {type: 'integer', minimum: 256, maximum: 2048},
            'height': {type: 'integer', minimum: 256, maximum: 2048},
            'style': {$ref: 'ImageStyle'},
            'count': {type: 'integer', minimum: 1, maximum: 4},
            'seed': {anyOf: [{type: 'null'}, {type: 'integer', minimum: 0, maximum: 4294967295}]},
            'templateId': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 44, pattern: "/^tpl_[0-9A-Za-z]{8,40}$/"}]},
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
            'event': {enum: ["job.status", "job.progress", "job.completed", "job.failed"]},
            'jobId': {type: 'string', maxLength: 44, pattern: "/^job_[0-9A-Za-z]{8,40}$/"},
            'status': {$ref: 'JobStatus'},
            'progress': {type: 'integer', minimum: 0, maximum: 100},
            'message': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 1000, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"}]},
            'occurredAt': {type: 'string', format: 'date-time'},
        },
    },

    'JobFailure': {
        type: 'object',
        required: ['code', 'message'],
        properties: {
            'code': {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9_]*$/"},
            'message': {type: 'string', maxLength: 1000, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"},
        },
    },

    'JobList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: {$ref: 'Job'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'JobStatus': {enum: ["queued", "running", "succeeded", "failed", "canceled"]},

    'JobType': {enum: ["image", "video"]},

    'PasswordGrant': {
        type: 'object',
        required: ['grantType', 'username', 'password'],
        properties: {
            'grantType': {enum: ["password"]},
            'username': {type: 'string', maxLength: 254, format: 'email'},
            'password': {type: 'string', maxLength: 256, minLength: 8, format: 'password'},
            'scope': {type: 'string', maxLength: 1024, pattern: "/^[a-z_]+:(read|write)( [a-z_]+:(read|write))*$/"},
        },
    },

    'Permission': {
        type: 'object',
        required: ['id', 'resource', 'description'],
        properties: {
            'id': {type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"},
            'resource': {type: 'string', maxLength: 32, pattern: "/^[a-z_]+$/"},
            'description': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}]},
        },
    },

    'PermissionList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: {$ref: 'Permission'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'Principal': {
        type: 'object',
        required: ['id', 'kind', 'organizationId', 'displayName', 'roleIds', 'permissions'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^(usr|key)_[0-9A-Za-z]{8,40}$/"},
            'kind': {enum: ["user", "api_key"]},
            'organizationId': {type: 'string', maxLength: 44, pattern: "/^org_[0-9A-Za-z]{8,40}$/"},
            'email': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 254, format: 'email'}]},
            'displayName': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'roleIds': {type: 'array', maxItems: 50, items: {type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"}},
            'permissions': {type: 'array', maxItems: 200, items: {type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"}},
        },
    },

    'Problem': {
        type: 'object',
        required: ['type', 'title', 'status', 'code', 'requestId'],
        properties: {
            'type': {type: 'string', maxLength: 2048, format: 'uri-reference'},
            'title': {type: 'string', maxLength: 200, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"},
            'status': {type: 'integer', minimum: 100, maximum: 599},
            'detail': {type: 'string', maxLength: 4000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"},
            'instance': {type: 'string', maxLength: 2048, format: 'uri-reference'},
            'code': {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9_]*$/"},
            'requestId': {type: 'string', maxLength: 64, pattern: "/^req_[0-9A-Za-z]{8,40}$/"},
            'errors': {type: 'array', maxItems: 100, items: {$ref: 'ValidationIssue'}},
        },
    },

    'RefreshTokenRequest': {
        type: 'object',
        required: ['refreshToken'],
        properties: {
            'refreshToken': {type: 'string', maxLength: 256, pattern: "/^rt_[0-9A-Za-z]{16,128}$/", format: 'password'},
        },
    },

    'Restore': {
        type: 'object',
        required: ['id', 'backupId', 'status', 'scope', 'targetRegion', 'dryRun', 'createdAt', 'completedAt'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^rst_[0-9A-Za-z]{8,40}$/"},
            'backupId': {type: 'string', maxLength: 44, pattern: "/^bkp_[0-9A-Za-z]{8,40}$/"},
            'status': {$ref: 'BackupStatus'},
            'scope': {type: 'array', maxItems: 4, items: {$ref: 'BackupScopeItem'}},
            'targetRegion': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"}]},
            'dryRun': {type: 'boolean'},
            'createdAt': {type: 'string', format: 'date-time'},
            'completedAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
        },
    },

    'RestoreRequest': {
        type: 'object',
        required: ['scope'],
        properties: {
            'scope': {type: 'array', maxItems: 4, minItems: 1, items: {$ref: 'BackupScopeItem'}},
            'targetRegion': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 64, pattern: "/^[a-z][a-z0-9-]{1,63}$/"}]},
            'dryRun': {type: 'boolean'},
        },
    },

    'RevokeTokenRequest': {
        type: 'object',
        required: ['token'],
        properties: {
            'token': {type: 'string', maxLength: 4096, pattern: "/^[A-Za-z0-9_.-]+$/", format: 'password'},
            'tokenTypeHint': {enum: ["access_token", "refresh_token"]},
        },
    },

    'Role': {
        type: 'object',
        required: ['id', 'name', 'description', 'builtIn', 'permissions'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"},
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'description': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}]},
            'builtIn': {type: 'boolean'},
            'permissions': {type: 'array', maxItems: 200, items: {type: 'string', maxLength: 64, pattern: "/^[a-z_]+:(read|write)$/"}},
        },
    },

    'RoleAssignment': {
        type: 'object',
        required: ['roleIds'],
        properties: {
            'roleIds': {type: 'array', maxItems: 50, items: {type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"}},
        },
    },

    'RoleList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: {$ref: 'Role'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'SystemMetrics': {
        type: 'object',
        required: ['capturedAt', 'queueDepth', 'activeJobs', 'gpuUtilization', 'cpuUtilization', 'memoryUtilization', 'p95JobLatencySeconds', 'storageBytes'],
        properties: {
            'capturedAt': {type: 'string', format: 'date-time'},
            'queueDepth': {type: 'integer', minimum: 0, maximum: 1000000},
            'activeJobs': {type: 'integer', minimum: 0, maximum: 1000000},
            'gpuUtilization': {type: 'number', minimum: 0, maximum: 1},
            'cpuUtilization': {type: 'number', minimum: 0, maximum: 1},
            'memoryUtilization': {type: 'number', minimum: 0, maximum: 1},
            'p95JobLatencySeconds': {type: 'number', minimum: 0, maximum: 86400},
            'storageBytes': {type: 'integer', minimum: 0, maximum: 1125899906842624},
        },
    },

    'Template': {
        type: 'object',
        required: ['id', 'name', 'kind', 'description', 'prompt', 'tags', 'visibility', 'version', 'createdAt', 'updatedAt'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^tpl_[0-9A-Za-z]{8,40}$/"},
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'kind': {$ref: 'JobType'},
            'description': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}]},
            'prompt': {type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"},
            'tags': {type: 'array', maxItems: 20, items: {type: 'string', maxLength: 32, pattern: "/^[a-z0-9][a-z0-9-]{0,31}$/"}},
            'visibility': {$ref: 'TemplateVisibility'},
            'version': {type: 'integer', minimum: 1, maximum: 2147483647},
            'createdAt': {type: 'string', format: 'date-time'},
            'updatedAt': {type: 'string', format: 'date-time'},
        },
    },

    'TemplateCreate': {
        type: 'object',
        required: ['name', 'kind', 'prompt'],
        properties: {
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'kind': {$ref: 'JobType'},
            'description': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}]},
            'prompt': {type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"},
            'tags': {type: 'array', maxItems: 20, items: {type: 'string', maxLength: 32, pattern: "/^[a-z0-9][a-z0-9-]{0,31}$/"}},
            'visibility': {$ref: 'TemplateVisibility'},
        },
    },

    'TemplateList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: {$ref: 'Template'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'TemplateUpdate': {
        type: 'object',
        required: [],
        properties: {
            'name': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'description': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 2000, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$/"}]},
            'prompt': {type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"},
            'tags': {type: 'array', maxItems: 20, items: {type: 'string', maxLength: 32, pattern: "/^[a-z0-9][a-z0-9-]{0,31}$/"}},
            'visibility': {$ref: 'TemplateVisibility'},
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
            'accessToken': {type: 'string', maxLength: 4096, pattern: "/^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$/", format: 'password'},
            'tokenType': {enum: ["Bearer"]},
            'expiresIn': {type: 'integer', minimum: 1, maximum: 86400},
            'refreshToken': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 256, pattern: "/^rt_[0-9A-Za-z]{16,128}$/", format: 'password'}]},
            'scope': {type: 'string', maxLength: 1024, pattern: "/^[a-z_]+:(read|write)( [a-z_]+:(read|write))*$/"},
        },
    },

    'UsagePoint': {
        type: 'object',
        required: ['timestamp', 'imagesGenerated', 'videoSecondsGenerated', 'apiRequests', 'storageBytes'],
        properties: {
            'timestamp': {type: 'string', format: 'date-time'},
            'imagesGenerated': {type: 'integer', minimum: 0, maximum: 1000000000000},
            'videoSecondsGenerated': {type: 'integer', minimum: 0, maximum: 1000000000000},
            'apiRequests': {type: 'integer', minimum: 0, maximum: 1000000000000},
            'storageBytes': {type: 'integer', minimum: 0, maximum: 1125899906842624},
        },
    },

    'UsageSeries': {
        type: 'object',
        required: ['from', 'to', 'granularity', 'points'],
        properties: {
            'from': {type: 'string', format: 'date-time'},
            'to': {type: 'string', format: 'date-time'},
            'granularity': {enum: ["hour", "day", "month"]},
            'points': {type: 'array', maxItems: 1000, items: {$ref: 'UsagePoint'}},
        },
    },

    'User': {
        type: 'object',
        required: ['id', 'email', 'displayName', 'status', 'roleIds', 'createdAt', 'lastLoginAt', 'deactivatedAt'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^usr_[0-9A-Za-z]{8,40}$/"},
            'email': {type: 'string', maxLength: 254, format: 'email'},
            'displayName': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'status': {$ref: 'UserStatus'},
            'roleIds': {type: 'array', maxItems: 50, items: {type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"}},
            'createdAt': {type: 'string', format: 'date-time'},
            'lastLoginAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
            'deactivatedAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
        },
    },

    'UserInvite': {
        type: 'object',
        required: ['email', 'roleIds'],
        properties: {
            'email': {type: 'string', maxLength: 254, format: 'email'},
            'displayName': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
            'roleIds': {type: 'array', maxItems: 50, minItems: 1, items: {type: 'string', maxLength: 44, pattern: "/^rol_[0-9A-Za-z]{8,40}$/"}},
        },
    },

    'UserList': {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
            'data': {type: 'array', maxItems: 100, items: {$ref: 'User'}},
            'nextCursor': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 512, pattern: "/^[A-Za-z0-9_-]{1,512}$/"}]},
        },
    },

    'UserStatus': {enum: ["invited", "active", "deactivated"]},

    'UserUpdate': {
        type: 'object',
        required: [],
        properties: {
            'displayName': {type: 'string', maxLength: 100, minLength: 1, pattern: "/^[^\\x00-\\x1F\\x7F]+$/"},
        },
    },

    'ValidationIssue': {
        type: 'object',
        required: ['location', 'name', 'message'],
        properties: {
            'location': {enum: ["path", "query", "header", "body"]},
            'name': {type: 'string', maxLength: 1024, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"},
            'message': {type: 'string', maxLength: 1000, pattern: "/^[^\\x00-\\x1F\\x7F]*$/"},
        },
    },

    'VideoJob': {
        type: 'object',
        required: ['id', 'type', 'status', 'progress', 'createdAt', 'updatedAt', 'completedAt', 'error', 'outputAssetIds', 'params'],
        properties: {
            'id': {type: 'string', maxLength: 44, pattern: "/^job_[0-9A-Za-z]{8,40}$/"},
            'type': {enum: ["video"]},
            'status': {$ref: 'JobStatus'},
            'progress': {type: 'integer', minimum: 0, maximum: 100},
            'createdAt': {type: 'string', format: 'date-time'},
            'updatedAt': {type: 'string', format: 'date-time'},
            'completedAt': {anyOf: [{type: 'null'}, {type: 'string', format: 'date-time'}]},
            'error': {anyOf: [{type: 'null'}, {$ref: 'JobFailure'}]},
            'outputAssetIds': {type: 'array', maxItems: 1, items: {type: 'string', maxLength: 44, pattern: "/^ast_[0-9A-Za-z]{8,40}$/"}},
            'params': {$ref: 'VideoJobRequest'},
        },
    },

    'VideoJobRequest': {
        type: 'object',
        required: ['prompt', 'durationSeconds'],
        properties: {
            'prompt': {type: 'string', maxLength: 4000, minLength: 1, pattern: "/^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$/"},
            'durationSeconds': {type: 'integer', minimum: 1, maximum: 60},
            'fps': {type: 'integer', minimum: 12, maximum: 60},
            'resolution': {$ref: 'VideoResolution'},
            'referenceAssetId': {anyOf: [{type: 'null'}, {type: 'string', maxLength: 44, pattern: "/^ast_[0-9A-Za-z]{8,40}$/"}]},
        },
    },

    'VideoResolution': {enum: ["720p", "1080p", "4k"]},

};
