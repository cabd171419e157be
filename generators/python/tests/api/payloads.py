"""Wire payloads shared by the tests, taken from the examples in openapi.yaml."""

IMAGE_JOB = {
    "id": "job_01JD8K2M4P6R8T0V2X4Z6B8D0F", "type": "image", "status": "succeeded", "progress": 100,
    "createdAt": "2026-11-21T10:15:00Z", "updatedAt": "2026-11-21T10:15:42Z", "completedAt": "2026-11-21T10:15:42Z",
    "error": None, "outputAssetIds": ["ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G", "ast_01JD8K3N5Q7S9U1W3Y5A7C9E2H"],
    "params": {"prompt": "A lighthouse on a basalt cliff at dusk", "negativePrompt": "text, watermark", "width": 1024,
               "height": 768, "style": "photographic", "count": 2, "seed": 421337, "templateId": None},
}

VIDEO_JOB = {
    "id": "job_01JD8K9W1Y3A5C7E9G1J3L5N7Q", "type": "video", "status": "failed", "progress": 63,
    "createdAt": "2026-11-21T10:20:00Z", "updatedAt": "2026-11-21T10:23:10Z", "completedAt": "2026-11-21T10:23:10Z",
    "error": {"code": "content_policy_violation", "message": "The prompt was rejected by the content policy."},
    "outputAssetIds": [],
    "params": {"prompt": "Slow dolly shot through a rain-soaked neon market", "durationSeconds": 8, "fps": 24,
               "resolution": "1080p", "referenceAssetId": None},
}

BACKUP = {
    "id": "bkp_01JD9C3D4E5F6G7H8J9K0M1N2P", "status": "pending",
    "destination": {"provider": "aws_s3", "bucket": "acme-backups", "region": "eu-west-1"},
    "scope": ["templates", "assets"], "regions": ["eu-west-1"],
    "encryption": {"algorithm": "AES-256-GCM", "keySource": "platform_managed", "kmsKeyId": None},
    "policyId": None, "sizeBytes": None, "checksumSha256": None, "description": "Before the migration",
    "createdAt": "2026-11-21T10:30:00Z", "completedAt": None,
}

ASSET = {
    "id": "ast_01JD8H1J3K5M7N9P1Q3R5S7T9V", "kind": "reference", "contentType": "image/png", "sizeBytes": 6,
    "sha256": "aa9071fc3393d52ab3a114e74d8aba11108472809b65d1c35b445f98ce13ef98", "width": 2, "height": 2,
    "durationSeconds": None, "jobId": None, "description": "Storyboard frame 1", "createdAt": "2026-11-21T10:10:00Z",
}

TEMPLATE = {
    "id": "tpl_01JD5A1B2C3D4E5F6G7H8J9K0M", "name": "Renamed", "kind": "image",
    "description": "Studio product photography.", "prompt": "Studio photo of {product} on white marble",
    "tags": ["product"], "visibility": "team", "version": 4,
    "createdAt": "2026-09-14T12:00:00Z", "updatedAt": "2026-11-21T10:05:00Z",
}

PROBLEM_404 = {
    "type": "https://docs.secure-ai-studio.example/problems/not-found", "title": "Not Found", "status": 404,
    "detail": "No job has that ID.", "code": "not_found", "requestId": "req_01JDA1B2C3D4E5F6G7H8J9K0M1",
}
