import { AuthenticationError } from '../core/errors.js';

/**
 * Tokens returned by the refresh endpoint, handed to `onTokenRefresh` so callers can persist them.
 *
 * @example
 * ```ts
 * const client = new SecureAIStudio({ accessToken, refreshToken, onTokenRefresh: (t: TokenSet) => save(t) });
 * ```
 */
export interface TokenSet {
  /** The new access token (JWT). */
  accessToken: string;
  /** The new refresh token, when the server rotated it. */
  refreshToken?: string;
}

/**
 * Holds the credentials of one client (R1). Refreshes are single-flight: concurrent 401s share
 * one call to the refresh endpoint.
 */
export class Credentials {
  apiKey: string | undefined;
  accessToken: string | undefined;
  refreshToken: string | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    init: { apiKey?: string; accessToken?: string; refreshToken?: string },
    private readonly refresher: (refreshToken: string) => Promise<TokenSet>,
    private readonly onRefresh?: (tokens: TokenSet) => void,
  ) {
    this.apiKey = init.apiKey;
    this.accessToken = init.accessToken;
    this.refreshToken = init.refreshToken;
  }

  /** R1.1/R1.2: bearer token wins over API key; exactly one credential header is sent. */
  apply(headers: Headers): void {
    if (this.accessToken) headers.set('authorization', `Bearer ${this.accessToken}`);
    else if (this.apiKey) headers.set('x-api-key', this.apiKey);
  }

  canRefresh(): boolean {
    return Boolean(this.refreshToken);
  }

  /** R1.4: exchanges the refresh token once; failures surface as the refresh call's error. */
  refresh(): Promise<void> {
    if (!this.refreshToken) return Promise.reject(new AuthenticationError(401, undefined, new Headers(), 'No refresh token configured.'));
    this.inFlight ??= this.refresher(this.refreshToken)
      .then((tokens) => {
        this.accessToken = tokens.accessToken;
        if (tokens.refreshToken) this.refreshToken = tokens.refreshToken;
        this.onRefresh?.(tokens);
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  secrets(): (string | undefined)[] {
    return [this.apiKey, this.accessToken, this.refreshToken];
  }
}
