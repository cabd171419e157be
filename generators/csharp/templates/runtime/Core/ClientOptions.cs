// Hand-written runtime (generators/csharp/templates/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.Net.Http;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// Settings for <see cref="SecureAIStudioClient"/>. Unset credentials fall back to the
    /// <c>SECURE_AI_STUDIO_API_KEY</c> / <c>SECURE_AI_STUDIO_BEARER_TOKEN</c> environment variables.
    /// </summary>
    /// <example>
    /// <code>
    /// var client = new SecureAIStudioClient(new ClientOptions { ApiKey = "sk_live_...", Timeout = TimeSpan.FromSeconds(30) });
    /// </code>
    /// </example>
    public sealed class ClientOptions
    {
        /// <summary>Default of <see cref="MaxRetries"/>.</summary>
        public const int DefaultMaxRetries = 2;

        /// <summary>Creates options with the defaults (production base URL, 60 second timeout, 2 retries).</summary>
        public ClientOptions()
        {
            Timeout = TimeSpan.FromSeconds(60);
            MaxRetries = DefaultMaxRetries;
            DefaultHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>
        /// API root including the version path, e.g. <c>http://localhost:4010/api/v1</c>.
        /// Defaults to <c>SECURE_AI_STUDIO_BASE_URL</c>, then the first server of the OpenAPI document.
        /// </summary>
        public string BaseUrl { get; set; }

        /// <summary>API key, sent as the header the spec's apiKey scheme names (e.g. <c>X-API-Key</c>).</summary>
        public string ApiKey { get; set; }

        /// <summary>Bearer token (e.g. a JWT from the token endpoint), sent as <c>Authorization: Bearer ...</c>.</summary>
        public string BearerToken { get; set; }

        /// <summary>
        /// Refresh token (R1.4). When set, an authenticated call answered 401 makes the SDK exchange it
        /// once at <c>POST /auth/refresh</c> for a new access token and repeat the call with it.
        /// </summary>
        public string RefreshToken { get; set; }

        /// <summary>Called with the new tokens after a transparent refresh, so they can be stored.</summary>
        public Action<TokenSet> OnTokenRefresh { get; set; }

        /// <summary>User name for operations secured by HTTP basic authentication.</summary>
        public string Username { get; set; }

        /// <summary>Password for operations secured by HTTP basic authentication.</summary>
        public string Password { get; set; }

        /// <summary>
        /// Time allowed for one attempt, from sending to the end of the response headers (default 60 s).
        /// An attempt that takes longer fails with <see cref="APIConnectionTimeoutException"/> and is retried.
        /// </summary>
        public TimeSpan Timeout { get; set; }

        /// <summary>
        /// Retries after the first attempt (default 2, so at most 3 attempts) for connection errors,
        /// timeouts, 408, 429, 5xx (not 501/505) and lock conflicts (409), with exponential backoff
        /// and jitter or the server's <c>Retry-After</c>. POST/PATCH are retried only with an
        /// <c>Idempotency-Key</c>. 0 turns retries off.
        /// </summary>
        /// <example><code>new ClientOptions { MaxRetries = 5, Timeout = TimeSpan.FromSeconds(10) }</code></example>
        public int MaxRetries { get; set; }

        /// <summary>
        /// What to do with a successful response that does not match the spec (R7.1): <c>Warn</c> (default)
        /// reports it to <see cref="Logger"/> and returns the data, <c>Strict</c> throws
        /// <see cref="ResponseValidationException"/>, <c>Off</c> skips the check.
        /// </summary>
        public ValidationMode Validation { get; set; }

        /// <summary>
        /// Receives warnings (message, exception) such as <c>Warn</c>-mode validation issues; default
        /// <see cref="System.Diagnostics.Trace.TraceWarning(string)"/>.
        /// </summary>
        public Action<string, Exception> Logger { get; set; }

        /// <summary>Optional <see cref="System.Net.Http.HttpClient"/> to send requests with; the SDK does not dispose it.</summary>
        public HttpClient HttpClient { get; set; }

        /// <summary>Headers added to every request.</summary>
        public IDictionary<string, string> DefaultHeaders { get; private set; }
    }
}
