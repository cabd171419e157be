import { AuthBase } from '../generated/resources/auth.js';

/**
 * Tokens and the current principal: `client.auth`.
 *
 * @example
 * ```ts
 * const tokens = await client.auth.createToken({ grantType: 'password', username: 'ada@example.com', password: 's3cret-pass' });
 * const me = await new SecureAIStudio({ accessToken: tokens.accessToken }).auth.me();
 * ```
 */
export class Auth extends AuthBase {}
