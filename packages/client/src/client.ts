import { BaseClient } from './core/base-client.js';
import type { Logger, ValidationMode } from './core/request-options.js';
import type { TokenSet } from './internal/auth.js';
import { ApiKeys } from './resources/apiKeys.js';
import { Assets } from './resources/assets.js';
import { AuditEvents } from './resources/auditEvents.js';
import { Auth } from './resources/auth.js';
import { Backups } from './resources/backups.js';
import { Compliance } from './resources/compliance.js';
import { Graphql } from './resources/graphql.js';
import { Health } from './resources/health.js';
import { Jobs } from './resources/jobs.js';
import { Metrics } from './resources/metrics.js';
import { Roles } from './resources/roles.js';
import { Templates } from './resources/templates.js';
import { Users } from './resources/users.js';

export type { TokenSet };

/**
 * Options of {@link SecureAIStudio} (and {@link BaseClient}).
 *
 * @example
 * ```ts
 * const options: ClientOptions = { apiKey: process.env.SECURE_AI_STUDIO_API_KEY, timeout: 30_000, maxRetries: 3 };
 * ```
 */
export interface ClientOptions {
  /** API key sent as `X-API-Key` (R1.2). Defaults to the `SECURE_AI_STUDIO_API_KEY` environment variable. */
  apiKey?: string | undefined;
  /** JWT sent as `Authorization: Bearer …`; wins over `apiKey` (R1.1). */
  accessToken?: string | undefined;
  /** Refresh token: on a 401 the client refreshes once and repeats the call (R1.4). */
  refreshToken?: string | undefined;
  /** Called with the new tokens after a transparent refresh, to persist them. */
  onTokenRefresh?: ((tokens: TokenSet) => void) | undefined;
  /** Server base URL. Defaults to `SECURE_AI_STUDIO_BASE_URL`, else the production server. */
  baseURL?: string | undefined;
  /** Per-attempt timeout in ms (R2.1). Default 60000. */
  timeout?: number | undefined;
  /** Retries after the first attempt (R3.1). Default 2. */
  maxRetries?: number | undefined;
  /** A `fetch` implementation to use instead of `globalThis.fetch` (proxies, tests, other runtimes). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Response validation mode (R7). Default `'warn'`. */
  validation?: ValidationMode | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** Receives validation warnings; defaults to `console.warn`. */
  logger?: Logger | undefined;
}

/**
 * The Secure AI Studio client: one property per API tag, each with typed methods for every
 * operation in openapi.yaml, plus retries, pagination, validation and typed errors.
 *
 * @example
 * ```ts
 * import { SecureAIStudio } from '@secure-ai-studio/client';
 *
 * const client = new SecureAIStudio({ apiKey: process.env.SECURE_AI_STUDIO_API_KEY });
 * const job = await client.jobs.createImage({ prompt: 'A lighthouse at dusk, oil painting' });
 * const done = await client.jobs.waitFor(job.id);
 * ```
 */
export class SecureAIStudio extends BaseClient {
  /** Tokens and the current principal. */
  readonly auth: Auth = new Auth(this);
  /** Service API keys. */
  readonly apiKeys: ApiKeys = new ApiKeys(this);
  /** Organisation members. */
  readonly users: Users = new Users(this);
  /** Roles, permissions and role assignment. */
  readonly roles: Roles = new Roles(this);
  /** Image and video generation jobs. */
  readonly jobs: Jobs = new Jobs(this);
  /** Generated media and reference images. */
  readonly assets: Assets = new Assets(this);
  /** The template library. */
  readonly templates: Templates = new Templates(this);
  /** Backups and backup policies. */
  readonly backups: Backups = new Backups(this);
  /** System metrics and usage. */
  readonly metrics: Metrics = new Metrics(this);
  /** The audit trail. */
  readonly auditEvents: AuditEvents = new AuditEvents(this);
  /** Compliance reports. */
  readonly compliance: Compliance = new Compliance(this);
  /** The GraphQL endpoint. */
  readonly graphql: Graphql = new Graphql(this);
  /** Health probes. */
  readonly health: Health = new Health(this);
}
