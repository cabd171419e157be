// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit

import * as z from 'zod/mini';

/** One invalid field of a request. */
export const ValidationIssue = /* @__PURE__ */ (() => z.object({
  /** Where the field is. */
  location: z.enum(["path","query","header","body"]),
  /** The parameter name, or a JSON pointer into the body. */
  name: z.string().check(z.maxLength(1024), z.regex(/^[^\x00-\x1F\x7F]*$/)),
  /** What is wrong with it. */
  message: z.string().check(z.maxLength(1000), z.regex(/^[^\x00-\x1F\x7F]*$/)),
}))();

/** An RFC 9457 problem details object, extended with `code`, `requestId` and, for validation failures, `errors`. */
export const Problem = /* @__PURE__ */ (() => z.object({
  /** A URI identifying the problem type; it links to its documentation. */
  type: z.string().check(z.maxLength(2048)),
  /** A short, human-readable summary of the problem type. */
  title: z.string().check(z.maxLength(200), z.regex(/^[^\x00-\x1F\x7F]*$/)),
  /** The HTTP status code. */
  status: z.number().check(z.multipleOf(1), z.gte(100), z.lte(599)),
  /** A human-readable explanation of this occurrence. */
  detail: z.optional(z.string().check(z.maxLength(4000), z.regex(/^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$/))),
  /** A URI reference identifying this occurrence. */
  instance: z.optional(z.string().check(z.maxLength(2048))),
  /** A stable, machine-readable error code, for example `etag_mismatch`. */
  code: z.string().check(z.maxLength(64), z.regex(/^[a-z][a-z0-9_]*$/)),
  /** The request's ID, the same as the `X-Request-Id` header. */
  requestId: z.string().check(z.maxLength(64), z.regex(/^req_[0-9A-Za-z]{8,40}$/)),
  /** For validation failures, every invalid field. */
  errors: z.optional(z.array(ValidationIssue).check(z.maxLength(100))),
}))();

/** An entity tag (RFC 9110). */
export const ETagValue = /* @__PURE__ */ (() => z.string().check(z.maxLength(130), z.regex(/^(W\/)?"[^"]{1,126}"$/)))();

/** An API key ID. */
export const ApiKeyId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^key_[0-9A-Za-z]{8,40}$/)))();

/** A user ID. */
export const UserId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^usr_[0-9A-Za-z]{8,40}$/)))();

/** A role ID. */
export const RoleId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^rol_[0-9A-Za-z]{8,40}$/)))();

/** An organisation ID. */
export const OrganizationId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^org_[0-9A-Za-z]{8,40}$/)))();

/** The ID of a user or an API key. */
export const PrincipalId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^(usr|key)_[0-9A-Za-z]{8,40}$/)))();

/** A generation job ID. */
export const JobId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^job_[0-9A-Za-z]{8,40}$/)))();

/** An asset ID. */
export const AssetId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^ast_[0-9A-Za-z]{8,40}$/)))();

/** A template ID. */
export const TemplateId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^tpl_[0-9A-Za-z]{8,40}$/)))();

/** A backup ID. */
export const BackupId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^bkp_[0-9A-Za-z]{8,40}$/)))();

/** A restore ID. */
export const RestoreId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^rst_[0-9A-Za-z]{8,40}$/)))();

/** A backup policy ID. */
export const BackupPolicyId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^bpl_[0-9A-Za-z]{8,40}$/)))();

/** An audit event ID. */
export const AuditEventId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^evt_[0-9A-Za-z]{8,40}$/)))();

/** A compliance report ID. */
export const ComplianceReportId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^rpt_[0-9A-Za-z]{8,40}$/)))();

/** The ID of any resource; the prefix names its type. */
export const ResourceId = /* @__PURE__ */ (() => z.string().check(z.maxLength(44), z.regex(/^[a-z]{3}_[0-9A-Za-z]{8,40}$/)))();

/** The URL of a created or accepted resource, for its `Location` header. */
export const ResourceLocation = /* @__PURE__ */ (() => z.string().check(z.maxLength(2048)))();

/** An RFC 3339 date-time in UTC. */
export const Timestamp = /* @__PURE__ */ (() => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64)))();

/** Pass as `cursor` to read the next page; `null` on the last page. */
export const NextCursor = /* @__PURE__ */ (() => z.nullable(z.string().check(z.maxLength(512), z.regex(/^[A-Za-z0-9_-]{1,512}$/))))();

/** A permission, as `resource:read` or `resource:write`. */
export const PermissionName = /* @__PURE__ */ (() => z.string().check(z.maxLength(64), z.regex(/^[a-z_]+:(read|write)$/)))();

/** Space-separated permissions a token is limited to. */
export const Scope = /* @__PURE__ */ (() => z.string().check(z.maxLength(1024), z.regex(/^[a-z_]+:(read|write)( [a-z_]+:(read|write))*$/)))();

/** A user's email and password. */
export const PasswordGrant = /* @__PURE__ */ (() => z.object({
  /** Always `password`. */
  grantType: z.enum(["password"]),
  /** The user's email address. */
  username: z.string().check(z.regex(/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/), z.maxLength(254)),
  /** The user's password. */
  password: z.string().check(z.minLength(8), z.maxLength(256)),
  scope: z.optional(Scope),
}))();

/** A service client's ID and secret. */
export const ClientCredentialsGrant = /* @__PURE__ */ (() => z.object({
  /** Always `client_credentials`. */
  grantType: z.enum(["client_credentials"]),
  /** The client's ID. */
  clientId: z.string().check(z.maxLength(44), z.regex(/^cli_[0-9A-Za-z]{8,40}$/)),
  /** The client's secret. */
  clientSecret: z.string().check(z.minLength(16), z.maxLength(256)),
  scope: z.optional(Scope),
}))();

/** Credentials to exchange for tokens, by grant type. */
export const TokenRequest = /* @__PURE__ */ (() => z.discriminatedUnion("grantType", [PasswordGrant, ClientCredentialsGrant]))();

/** An access token and the refresh token that renews it. */
export const TokenResponse = /* @__PURE__ */ (() => z.object({
  /** The JWT access token. */
  accessToken: z.string().check(z.maxLength(4096), z.regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)),
  /** Always `Bearer`. */
  tokenType: z.enum(["Bearer"]),
  /** Seconds until the access token expires. */
  expiresIn: z.number().check(z.multipleOf(1), z.gte(1), z.lte(86400)),
  /** The single-use refresh token; `null` for the client-credentials grant. */
  refreshToken: z.optional(z.nullable(z.string().check(z.maxLength(256), z.regex(/^rt_[0-9A-Za-z]{16,128}$/)))),
  scope: z.optional(Scope),
}))();

/** A refresh token to exchange. */
export const RefreshTokenRequest = /* @__PURE__ */ (() => z.object({
  /** The refresh token from the last token response. */
  refreshToken: z.string().check(z.maxLength(256), z.regex(/^rt_[0-9A-Za-z]{16,128}$/)),
}))();

/** A token to revoke. */
export const RevokeTokenRequest = /* @__PURE__ */ (() => z.object({
  /** The access or refresh token. */
  token: z.string().check(z.maxLength(4096), z.regex(/^[A-Za-z0-9_.-]+$/)),
  /** Which kind of token `token` is, to speed up the lookup. */
  tokenTypeHint: z.optional(z.enum(["access_token","refresh_token"])),
}))();

/** A human-readable name. */
export const DisplayName = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[^\x00-\x1F\x7F]+$/)))();

/** Who a request is authenticated as. */
export const Principal = /* @__PURE__ */ (() => z.object({
  id: PrincipalId,
  /** Whether the principal is a user or an API key. */
  kind: z.enum(["user","api_key"]),
  organizationId: OrganizationId,
  /** The user's email; `null` for API keys. */
  email: z.optional(z.nullable(z.string().check(z.regex(/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/), z.maxLength(254)))),
  displayName: DisplayName,
  /** The roles the principal holds. */
  roleIds: z.array(RoleId).check(z.maxLength(50)),
  /** The effective permissions from all roles. */
  permissions: z.array(PermissionName).check(z.maxLength(200)),
}))();

/** A free-text description. */
export const Description = /* @__PURE__ */ (() => z.nullable(z.string().check(z.maxLength(2000), z.regex(/^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$/))))();

/** An API key, without its secret. */
export const ApiKey = /* @__PURE__ */ (() => z.object({
  id: ApiKeyId,
  name: DisplayName,
  /** The first characters of the secret, to recognise the key. */
  prefix: z.string().check(z.maxLength(16), z.regex(/^sk_(live|test)_[0-9a-f]{4}$/)),
  /** The permissions the key is limited to. */
  scopes: z.array(PermissionName).check(z.maxLength(50)),
  createdAt: Timestamp,
  /** When the key was last used; `null` if never. */
  lastUsedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64))),
  /** When the key stops working; `null` if never. */
  expiresAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64))),
}))();

/** A new API key. */
export const ApiKeyCreate = /* @__PURE__ */ (() => z.object({
  name: DisplayName,
  /** The permissions the key is limited to. */
  scopes: z.array(PermissionName).check(z.minLength(1), z.maxLength(50)),
  /** When the key stops working; `null` or absent for never. */
  expiresAt: z.optional(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64)))),
}))();

/** A new API key with its secret, shown only once. */
export const ApiKeyWithSecret = /* @__PURE__ */ (() => z.object({
  ...ApiKey.shape,
  /** The full secret. Store it now; it is never shown again. */
  secret: z.string().check(z.maxLength(128), z.regex(/^sk_(live|test)_[0-9a-f]{32,96}$/)),
}))();

/** A page of API keys. */
export const ApiKeyList = /* @__PURE__ */ (() => z.object({
  /** The API keys on this page. */
  data: z.array(ApiKey).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** `invited`: the invitation is not accepted yet; `active`: the user can sign in; `deactivated`: the user can no longer sign in. */
export const UserStatus = /* @__PURE__ */ (() => z.enum(["invited","active","deactivated"]))();

/** A member of the organisation. */
export const User = /* @__PURE__ */ (() => z.object({
  id: UserId,
  /** The user's email address. */
  email: z.string().check(z.regex(/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/), z.maxLength(254)),
  displayName: DisplayName,
  status: UserStatus,
  /** The roles the user holds. */
  roleIds: z.array(RoleId).check(z.maxLength(50)),
  createdAt: Timestamp,
  /** When the user last signed in; `null` if never. */
  lastLoginAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64))),
  /** When the user was deactivated; `null` unless deactivated. */
  deactivatedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64))),
}))();

/** An invitation. */
export const UserInvite = /* @__PURE__ */ (() => z.object({
  /** Where to send the invitation. */
  email: z.string().check(z.regex(/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/), z.maxLength(254)),
  displayName: z.optional(DisplayName),
  /** The roles the user starts with. */
  roleIds: z.array(RoleId).check(z.minLength(1), z.maxLength(50)),
}))();

/** Changes to a user; fields left out are unchanged. */
export const UserUpdate = /* @__PURE__ */ (() => z.object({
  displayName: z.optional(DisplayName),
}))();

/** A page of users. */
export const UserList = /* @__PURE__ */ (() => z.object({
  /** The users on this page. */
  data: z.array(User).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** A named set of permissions. */
export const Role = /* @__PURE__ */ (() => z.object({
  id: RoleId,
  name: DisplayName,
  description: Description,
  /** Built-in roles cannot be changed or deleted. */
  builtIn: z.boolean(),
  /** The permissions the role grants. */
  permissions: z.array(PermissionName).check(z.maxLength(200)),
}))();

/** A page of roles. */
export const RoleList = /* @__PURE__ */ (() => z.object({
  /** The roles on this page. */
  data: z.array(Role).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** A permission a role can grant. */
export const Permission = /* @__PURE__ */ (() => z.object({
  id: PermissionName,
  /** The resource the permission is about. */
  resource: z.string().check(z.maxLength(32), z.regex(/^[a-z_]+$/)),
  description: Description,
}))();

/** A page of permissions. */
export const PermissionList = /* @__PURE__ */ (() => z.object({
  /** The permissions on this page. */
  data: z.array(Permission).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** The complete set of roles a user should hold. */
export const RoleAssignment = /* @__PURE__ */ (() => z.object({
  /** The roles; an empty list removes every role. */
  roleIds: z.array(RoleId).check(z.maxLength(50)),
}))();

/** What a job generates. */
export const JobType = /* @__PURE__ */ (() => z.enum(["image","video"]))();

/** `queued` and `running` are in progress; `succeeded`, `failed` and `canceled` are terminal. */
export const JobStatus = /* @__PURE__ */ (() => z.enum(["queued","running","succeeded","failed","canceled"]))();

/** Why a job failed; `null` unless its status is `failed`. */
export const JobFailure = /* @__PURE__ */ (() => z.nullable(z.object({
  /** A stable, machine-readable reason, for example `content_policy_violation`. */
  code: z.string().check(z.maxLength(64), z.regex(/^[a-z][a-z0-9_]*$/)),
  /** A human-readable explanation. */
  message: z.string().check(z.maxLength(1000), z.regex(/^[^\x00-\x1F\x7F]*$/)),
})))();

/** What to generate, in natural language. */
export const Prompt = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(4000), z.regex(/^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]+$/)))();

/** The visual style. */
export const ImageStyle = /* @__PURE__ */ (() => z.enum(["photographic","illustration","anime","3d_render","pixel_art"]))();

/** What an image job should generate. */
export const ImageJobRequest = /* @__PURE__ */ (() => z.object({
  prompt: Prompt,
  /** What to keep out of the images. */
  negativePrompt: z.optional(z.nullable(z.string().check(z.maxLength(2000), z.regex(/^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$/)))),
  /** Width in pixels, a multiple of 64. */
  width: z.optional(z.number().check(z.multipleOf(1), z.gte(256), z.lte(2048), z.multipleOf(64))),
  /** Height in pixels, a multiple of 64. */
  height: z.optional(z.number().check(z.multipleOf(1), z.gte(256), z.lte(2048), z.multipleOf(64))),
  style: z.optional(ImageStyle),
  /** How many images to generate. */
  count: z.optional(z.number().check(z.multipleOf(1), z.gte(1), z.lte(4))),
  /** A seed for reproducible output; `null` for a random one. */
  seed: z.optional(z.nullable(z.number().check(z.multipleOf(1), z.gte(0), z.lte(4294967295)))),
  /** A template whose settings fill in what the request leaves out. */
  templateId: z.optional(z.nullable(z.string().check(z.maxLength(44), z.regex(/^tpl_[0-9A-Za-z]{8,40}$/)))),
}))();

/** The output resolution. */
export const VideoResolution = /* @__PURE__ */ (() => z.enum(["720p","1080p","4k"]))();

/** What a video job should generate. */
export const VideoJobRequest = /* @__PURE__ */ (() => z.object({
  prompt: Prompt,
  /** Length of the video in seconds. */
  durationSeconds: z.number().check(z.multipleOf(1), z.gte(1), z.lte(60)),
  /** Frames per second. */
  fps: z.optional(z.number().check(z.multipleOf(1), z.gte(12), z.lte(60))),
  resolution: z.optional(VideoResolution),
  /** An uploaded reference image to animate; `null` for text-to-video. */
  referenceAssetId: z.optional(z.nullable(z.string().check(z.maxLength(44), z.regex(/^ast_[0-9A-Za-z]{8,40}$/)))),
}))();

/** An image generation job. */
export const ImageJob = /* @__PURE__ */ (() => z.object({
  id: JobId,
  /** Always `image`. */
  type: z.enum(["image"]),
  status: JobStatus,
  /** Percent complete. */
  progress: z.number().check(z.multipleOf(1), z.gte(0), z.lte(100)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When the job reached a terminal status; `null` before. */
  completedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64))),
  error: JobFailure,
  /** The generated images, once the job succeeded. */
  outputAssetIds: z.array(AssetId).check(z.maxLength(4)),
  params: ImageJobRequest,
}))();

/** A video generation job. */
export const VideoJob = /* @__PURE__ */ (() => z.object({
  id: JobId,
  /** Always `video`. */
  type: z.enum(["video"]),
  status: JobStatus,
  /** Percent complete. */
  progress: z.number().check(z.multipleOf(1), z.gte(0), z.lte(100)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When the job reached a terminal status; `null` before. */
  completedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64))),
  error: JobFailure,
  /** The generated video, once the job succeeded. */
  outputAssetIds: z.array(AssetId).check(z.maxLength(1)),
  params: VideoJobRequest,
}))();

/** A generation job, an image job or a video job by `type`. */
export const Job = /* @__PURE__ */ (() => z.discriminatedUnion("type", [ImageJob, VideoJob]))();

/** A page of jobs. */
export const JobList = /* @__PURE__ */ (() => z.object({
  /** The jobs on this page. */
  data: z.array(Job).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** The `data` of one server-sent event of `streamJobEvents`. */
export const JobEvent = /* @__PURE__ */ (() => z.object({
  /** The event name, the same as the SSE `event` field. */
  event: z.enum(["job.status","job.progress","job.completed","job.failed"]),
  jobId: JobId,
  status: JobStatus,
  /** Percent complete. */
  progress: z.number().check(z.multipleOf(1), z.gte(0), z.lte(100)),
  /** A human-readable note on the step. */
  message: z.optional(z.nullable(z.string().check(z.maxLength(1000), z.regex(/^[^\x00-\x1F\x7F]*$/)))),
  occurredAt: Timestamp,
}))();

/** `image` and `video` are generated; `reference` was uploaded. */
export const AssetKind = /* @__PURE__ */ (() => z.enum(["image","video","reference"]))();

/** A stored media file. */
export const Asset = /* @__PURE__ */ (() => z.object({
  id: AssetId,
  kind: AssetKind,
  /** The media type of the content. */
  contentType: z.enum(["image/png","image/jpeg","image/webp","video/mp4"]),
  /** Size of the content in bytes. */
  sizeBytes: z.number().check(z.multipleOf(1), z.gte(0), z.lte(10737418240)),
  /** SHA-256 of the content, hex-encoded. */
  sha256: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/)),
  /** Width in pixels. */
  width: z.optional(z.nullable(z.number().check(z.multipleOf(1), z.gte(1), z.lte(8192)))),
  /** Height in pixels. */
  height: z.optional(z.nullable(z.number().check(z.multipleOf(1), z.gte(1), z.lte(8192)))),
  /** Duration of a video; `null` for images. */
  durationSeconds: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(3600)))),
  /** The job that generated the asset; `null` for uploads. */
  jobId: z.optional(z.nullable(z.string().check(z.maxLength(44), z.regex(/^job_[0-9A-Za-z]{8,40}$/)))),
  description: z.optional(Description),
  createdAt: Timestamp,
}))();

/** A reference image and its description. */
export const ReferenceImageUpload = /* @__PURE__ */ (() => z.object({
  /** The image bytes (PNG, JPEG or WebP, at most 20 MiB). */
  file: z.string().check(z.maxLength(20971520)),
  description: z.optional(Description),
}))();

/** Raw media bytes. */
export const BinaryContent = /* @__PURE__ */ (() => z.string().check(z.maxLength(10737418240)))();

/** A lowercase tag. */
export const TemplateTag = /* @__PURE__ */ (() => z.string().check(z.maxLength(32), z.regex(/^[a-z0-9][a-z0-9-]{0,31}$/)))();

/** `private`: only its creator sees it; `team`: the whole organisation does. */
export const TemplateVisibility = /* @__PURE__ */ (() => z.enum(["private","team"]))();

/** A reusable set of generation settings. `{placeholders}` in the prompt are filled in per job. */
export const Template = /* @__PURE__ */ (() => z.object({
  id: TemplateId,
  name: DisplayName,
  kind: JobType,
  description: Description,
  prompt: Prompt,
  /** Tags to find the template by. */
  tags: z.array(TemplateTag).check(z.maxLength(20)),
  visibility: TemplateVisibility,
  /** Goes up by one on every change. */
  version: z.number().check(z.multipleOf(1), z.gte(1), z.lte(2147483647)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}))();

/** A new template. */
export const TemplateCreate = /* @__PURE__ */ (() => z.object({
  name: DisplayName,
  kind: JobType,
  description: z.optional(Description),
  prompt: Prompt,
  /** Tags to find the template by. */
  tags: z.optional(z.array(TemplateTag).check(z.maxLength(20))),
  visibility: z.optional(TemplateVisibility),
}))();

/** Changes to a template; fields left out are unchanged. */
export const TemplateUpdate = /* @__PURE__ */ (() => z.object({
  name: z.optional(DisplayName),
  description: z.optional(Description),
  prompt: z.optional(Prompt),
  /** Tags to find the template by. */
  tags: z.optional(z.array(TemplateTag).check(z.maxLength(20))),
  visibility: z.optional(TemplateVisibility),
}))();

/** A page of templates. */
export const TemplateList = /* @__PURE__ */ (() => z.object({
  /** The templates on this page. */
  data: z.array(Template).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`. */
export const CloudRegion = /* @__PURE__ */ (() => z.string().check(z.maxLength(64), z.regex(/^[a-z][a-z0-9-]{1,63}$/)))();

/** A key prefix inside the bucket or container. */
export const StoragePrefix = /* @__PURE__ */ (() => z.string().check(z.maxLength(512), z.regex(/^[A-Za-z0-9!_.*()/-]*$/)))();

/** An Amazon S3 bucket. */
export const AwsS3Destination = /* @__PURE__ */ (() => z.object({
  /** Always `aws_s3`. */
  provider: z.enum(["aws_s3"]),
  /** The bucket name. */
  bucket: z.string().check(z.minLength(3), z.maxLength(63), z.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/)),
  region: CloudRegion,
  prefix: z.optional(StoragePrefix),
}))();

/** An Azure Blob Storage container. */
export const AzureBlobDestination = /* @__PURE__ */ (() => z.object({
  /** Always `azure_blob`. */
  provider: z.enum(["azure_blob"]),
  /** The storage account name. */
  storageAccount: z.string().check(z.minLength(3), z.maxLength(24), z.regex(/^[a-z0-9]{3,24}$/)),
  /** The container name. */
  container: z.string().check(z.minLength(3), z.maxLength(63), z.regex(/^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/)),
  prefix: z.optional(StoragePrefix),
}))();

/** A Google Cloud Storage bucket. */
export const GcsDestination = /* @__PURE__ */ (() => z.object({
  /** Always `gcs`. */
  provider: z.enum(["gcs"]),
  /** The bucket name. */
  bucket: z.string().check(z.minLength(3), z.maxLength(63), z.regex(/^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/)),
  location: z.optional(CloudRegion),
  prefix: z.optional(StoragePrefix),
}))();

/** Where a backup is written, by cloud `provider`. */
export const BackupDestination = /* @__PURE__ */ (() => z.discriminatedUnion("provider", [AwsS3Destination, AzureBlobDestination, GcsDestination]))();

/** A kind of data a backup holds. */
export const BackupScopeItem = /* @__PURE__ */ (() => z.enum(["templates","assets","audit_events","users"]))();

/** How backup data is encrypted at rest. Data is always encrypted with AES-256-GCM. */
export const EncryptionSettings = /* @__PURE__ */ (() => z.object({
  /** The cipher. */
  algorithm: z.enum(["AES-256-GCM"]),
  /** Who holds the key; `customer_managed` needs `kmsKeyId`. */
  keySource: z.enum(["platform_managed","customer_managed"]),
  /** The customer's KMS key (ARN, Key Vault key URI or Cloud KMS key name). */
  kmsKeyId: z.optional(z.nullable(z.string().check(z.maxLength(2048), z.regex(/^[A-Za-z0-9:/_.@-]+$/)))),
}))();

/** `pending` and `running` are in progress; `completed` and `failed` are terminal. */
export const BackupStatus = /* @__PURE__ */ (() => z.enum(["pending","running","completed","failed"]))();

/** An encrypted backup. */
export const Backup = /* @__PURE__ */ (() => z.object({
  id: BackupId,
  status: BackupStatus,
  destination: BackupDestination,
  /** What the backup holds. */
  scope: z.array(BackupScopeItem).check(z.minLength(1), z.maxLength(4)),
  /** The regions the backup is replicated to. */
  regions: z.array(CloudRegion).check(z.maxLength(5)),
  encryption: EncryptionSettings,
  /** The policy that made the backup; `null` for a manual one. */
  policyId: z.nullable(z.string().check(z.maxLength(44), z.regex(/^bpl_[0-9A-Za-z]{8,40}$/))),
  /** Size once completed. */
  sizeBytes: z.nullable(z.number().check(z.multipleOf(1), z.gte(0), z.lte(1099511627776))),
  /** SHA-256 of the encrypted archive, once completed. */
  checksumSha256: z.nullable(z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/))),
  description: z.optional(Description),
  createdAt: Timestamp,
  /** When the backup reached a terminal status. */
  completedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64))),
}))();

/** A manual backup. */
export const BackupCreate = /* @__PURE__ */ (() => z.object({
  destination: BackupDestination,
  /** What to back up. */
  scope: z.array(BackupScopeItem).check(z.minLength(1), z.maxLength(4)),
  /** Regions to replicate the backup to. */
  regions: z.optional(z.array(CloudRegion).check(z.maxLength(5))),
  encryption: z.optional(EncryptionSettings),
  description: z.optional(Description),
}))();

/** A page of backups. */
export const BackupList = /* @__PURE__ */ (() => z.object({
  /** The backups on this page. */
  data: z.array(Backup).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** What to restore. */
export const RestoreRequest = /* @__PURE__ */ (() => z.object({
  /** What to restore from the backup. */
  scope: z.array(BackupScopeItem).check(z.minLength(1), z.maxLength(4)),
  /** Restore into this region; `null` for the organisation's home region. */
  targetRegion: z.optional(z.nullable(z.string().check(z.maxLength(64), z.regex(/^[a-z][a-z0-9-]{1,63}$/)))),
  /** Only report what would change. */
  dryRun: z.optional(z.boolean()),
}))();

/** A restore from a backup. */
export const Restore = /* @__PURE__ */ (() => z.object({
  id: RestoreId,
  backupId: BackupId,
  status: BackupStatus,
  /** What is restored. */
  scope: z.array(BackupScopeItem).check(z.maxLength(4)),
  /** The region restored into. */
  targetRegion: z.nullable(z.string().check(z.maxLength(64), z.regex(/^[a-z][a-z0-9-]{1,63}$/))),
  /** Whether this is a dry run. */
  dryRun: z.boolean(),
  createdAt: Timestamp,
  /** When the restore reached a terminal status. */
  completedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64))),
}))();

/** A five-field cron expression, in UTC. */
export const CronSchedule = /* @__PURE__ */ (() => z.string().check(z.maxLength(100), z.regex(/^(\S+\s+){4}\S+$/)))();

/** A schedule of recurring backups. */
export const BackupPolicy = /* @__PURE__ */ (() => z.object({
  id: BackupPolicyId,
  name: DisplayName,
  /** Disabled policies make no backups. */
  enabled: z.boolean(),
  schedule: CronSchedule,
  /** Backups older than this are deleted. */
  retentionDays: z.number().check(z.multipleOf(1), z.gte(1), z.lte(3650)),
  destination: BackupDestination,
  /** The regions every backup is replicated to (cross-region redundancy). */
  regions: z.array(CloudRegion).check(z.maxLength(5)),
  /** What each backup holds. */
  scope: z.array(BackupScopeItem).check(z.minLength(1), z.maxLength(4)),
  encryption: EncryptionSettings,
  createdAt: Timestamp,
  updatedAt: Timestamp,
}))();

/** A new backup policy. */
export const BackupPolicyCreate = /* @__PURE__ */ (() => z.object({
  name: DisplayName,
  /** Disabled policies make no backups. */
  enabled: z.optional(z.boolean()),
  schedule: CronSchedule,
  /** Backups older than this are deleted. */
  retentionDays: z.number().check(z.multipleOf(1), z.gte(1), z.lte(3650)),
  destination: BackupDestination,
  /** The regions every backup is replicated to. */
  regions: z.optional(z.array(CloudRegion).check(z.maxLength(5))),
  /** What each backup holds. */
  scope: z.array(BackupScopeItem).check(z.minLength(1), z.maxLength(4)),
  encryption: z.optional(EncryptionSettings),
}))();

/** Changes to a backup policy; fields left out are unchanged. */
export const BackupPolicyUpdate = /* @__PURE__ */ (() => z.object({
  name: z.optional(DisplayName),
  /** Disabled policies make no backups. */
  enabled: z.optional(z.boolean()),
  schedule: z.optional(CronSchedule),
  /** Backups older than this are deleted. */
  retentionDays: z.optional(z.number().check(z.multipleOf(1), z.gte(1), z.lte(3650))),
  /** The regions every backup is replicated to. */
  regions: z.optional(z.array(CloudRegion).check(z.maxLength(5))),
}))();

/** A page of backup policies. */
export const BackupPolicyList = /* @__PURE__ */ (() => z.object({
  /** The policies on this page. */
  data: z.array(BackupPolicy).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** A fraction between 0 and 1. */
export const Ratio = /* @__PURE__ */ (() => z.number().check(z.gte(0), z.lte(1)))();

/** A snapshot of generation capacity and load. */
export const SystemMetrics = /* @__PURE__ */ (() => z.object({
  capturedAt: Timestamp,
  /** Jobs waiting to start. */
  queueDepth: z.number().check(z.multipleOf(1), z.gte(0), z.lte(1000000)),
  /** Jobs running now. */
  activeJobs: z.number().check(z.multipleOf(1), z.gte(0), z.lte(1000000)),
  gpuUtilization: Ratio,
  cpuUtilization: Ratio,
  memoryUtilization: Ratio,
  /** 95th percentile of job duration over the last hour. */
  p95JobLatencySeconds: z.number().check(z.gte(0), z.lte(86400)),
  /** Bytes stored for the organisation. */
  storageBytes: z.number().check(z.multipleOf(1), z.gte(0), z.lte(1125899906842624)),
}))();

/** Usage in one time bucket. */
export const UsagePoint = /* @__PURE__ */ (() => z.object({
  timestamp: Timestamp,
  /** Images generated in the bucket. */
  imagesGenerated: z.number().check(z.multipleOf(1), z.gte(0), z.lte(1000000000000)),
  /** Seconds of video generated in the bucket. */
  videoSecondsGenerated: z.number().check(z.multipleOf(1), z.gte(0), z.lte(1000000000000)),
  /** API requests made in the bucket. */
  apiRequests: z.number().check(z.multipleOf(1), z.gte(0), z.lte(1000000000000)),
  /** Bytes stored at the end of the bucket. */
  storageBytes: z.number().check(z.multipleOf(1), z.gte(0), z.lte(1125899906842624)),
}))();

/** Usage as a time series. */
export const UsageSeries = /* @__PURE__ */ (() => z.object({
  from: Timestamp,
  to: Timestamp,
  /** The bucket size. */
  granularity: z.enum(["hour","day","month"]),
  /** One point per bucket, oldest first. */
  points: z.array(UsagePoint).check(z.maxLength(1000)),
}))();

/** What was done, as `resource.verb`, for example `template.update`. */
export const AuditAction = /* @__PURE__ */ (() => z.string().check(z.maxLength(64), z.regex(/^[a-z_]+\.[a-z_]+$/)))();

/** The type of resource an audit event is about. */
export const AuditResourceType = /* @__PURE__ */ (() => z.enum(["user","role","api_key","token","job","asset","template","backup","backup_policy","compliance_report"]))();

/** Who did it. */
export const AuditActor = /* @__PURE__ */ (() => z.object({
  id: PrincipalId,
  /** Whether the actor is a user or an API key. */
  kind: z.enum(["user","api_key"]),
  displayName: DisplayName,
}))();

/** What it was done to. */
export const AuditResource = /* @__PURE__ */ (() => z.object({
  type: AuditResourceType,
  id: ResourceId,
}))();

/** One entry of the audit trail. */
export const AuditEvent = /* @__PURE__ */ (() => z.object({
  id: AuditEventId,
  occurredAt: Timestamp,
  actor: AuditActor,
  action: AuditAction,
  resource: AuditResource,
  /** Whether the action succeeded. */
  outcome: z.enum(["success","failure"]),
  /** The client's IPv4 or IPv6 address. */
  ipAddress: z.optional(z.string().check(z.maxLength(45), z.regex(/^[0-9A-Fa-f:.]{2,45}$/))),
  /** The client's User-Agent. */
  userAgent: z.optional(z.string().check(z.maxLength(512), z.regex(/^[^\x00-\x1F\x7F]*$/))),
  /** The request that did it. */
  requestId: z.string().check(z.maxLength(64), z.regex(/^req_[0-9A-Za-z]{8,40}$/)),
}))();

/** A page of audit events. */
export const AuditEventList = /* @__PURE__ */ (() => z.object({
  /** The events on this page. */
  data: z.array(AuditEvent).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** SOC 2 Type II, ISO/IEC 27001, GDPR or HIPAA. */
export const ComplianceFramework = /* @__PURE__ */ (() => z.enum(["soc2","iso27001","gdpr","hipaa"]))();

/** `pending` and `generating` are in progress; `ready` and `failed` are terminal. */
export const ComplianceReportStatus = /* @__PURE__ */ (() => z.enum(["pending","generating","ready","failed"]))();

/** The report's file format. */
export const ComplianceReportFormat = /* @__PURE__ */ (() => z.enum(["pdf","json"]))();

/** Control counts; `null` until the report is ready. */
export const ComplianceSummary = /* @__PURE__ */ (() => z.nullable(z.object({
  /** Controls that passed. */
  controlsPassed: z.number().check(z.multipleOf(1), z.gte(0), z.lte(10000)),
  /** Controls that failed. */
  controlsFailed: z.number().check(z.multipleOf(1), z.gte(0), z.lte(10000)),
  /** Controls that do not apply. */
  controlsNotApplicable: z.number().check(z.multipleOf(1), z.gte(0), z.lte(10000)),
})))();

/** The report to generate. */
export const ComplianceReportRequest = /* @__PURE__ */ (() => z.object({
  framework: ComplianceFramework,
  /** First day of the period covered. */
  periodStart: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.maxLength(10)),
  /** Last day of the period covered. */
  periodEnd: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.maxLength(10)),
  format: z.optional(ComplianceReportFormat),
}))();

/** A compliance report. */
export const ComplianceReport = /* @__PURE__ */ (() => z.object({
  id: ComplianceReportId,
  framework: ComplianceFramework,
  status: ComplianceReportStatus,
  /** First day of the period covered. */
  periodStart: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.maxLength(10)),
  /** Last day of the period covered. */
  periodEnd: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.maxLength(10)),
  format: ComplianceReportFormat,
  summary: ComplianceSummary,
  /** A short-lived link to the report file, once ready. */
  downloadUrl: z.nullable(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/), z.maxLength(2048))),
  createdAt: Timestamp,
  /** When the report reached a terminal status. */
  completedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/), z.maxLength(64))),
}))();

/** A page of compliance reports. */
export const ComplianceReportList = /* @__PURE__ */ (() => z.object({
  /** The reports on this page. */
  data: z.array(ComplianceReport).check(z.maxLength(100)),
  nextCursor: NextCursor,
}))();

/** A GraphQL-over-HTTP request. */
export const GraphqlRequest = /* @__PURE__ */ (() => z.object({
  /** The GraphQL document. */
  query: z.string().check(z.minLength(1), z.maxLength(100000), z.regex(/^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]+$/)),
  /** Values for the document's variables. */
  variables: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  /** Which operation of the document to run. */
  operationName: z.optional(z.nullable(z.string().check(z.maxLength(256), z.regex(/^[_A-Za-z][_0-9A-Za-z]*$/)))),
}))();

/** One GraphQL error. */
export const GraphqlError = /* @__PURE__ */ (() => z.object({
  /** What went wrong. */
  message: z.string().check(z.maxLength(4000), z.regex(/^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$/)),
  /** The response field the error is about, as field names (strings) and list indexes (integers). */
  path: z.optional(z.nullable(z.array(z.unknown()).check(z.maxLength(100)))),
  /** Extra, server-defined details, such as `code`. */
  extensions: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
}))();

/** A GraphQL result. */
export const GraphqlResponse = /* @__PURE__ */ (() => z.object({
  /** The result; `null` if the request failed as a whole. */
  data: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  /** Errors; absent or `null` when there were none. */
  errors: z.optional(z.nullable(z.array(GraphqlError).check(z.maxLength(100)))),
}))();

/** One dependency's health. */
export const HealthCheck = /* @__PURE__ */ (() => z.object({
  /** The dependency. */
  name: z.string().check(z.maxLength(64), z.regex(/^[a-z][a-z0-9_]*$/)),
  /** Its health. */
  status: z.enum(["ok","degraded","down"]),
}))();

/** The service's health. */
export const HealthStatus = /* @__PURE__ */ (() => z.object({
  /** The overall health. */
  status: z.enum(["ok","degraded","down"]),
  /** The running service version. */
  version: z.string().check(z.maxLength(64), z.regex(/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/)),
  /** Each dependency's health. */
  checks: z.array(HealthCheck).check(z.maxLength(50)),
}))();
