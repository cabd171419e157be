// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Newtonsoft.Json;
using SecureAiStudio.Sdk.Internal;

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
    /// <remarks>
    /// Serialising the options (<c>JsonConvert.SerializeObject</c>) or printing them (<see cref="ToString"/>)
    /// never shows a credential: secrets, URL user-info and credential headers come out as <c>[REDACTED]</c> (R5.5).
    /// </remarks>
    [JsonConverter(typeof(ClientOptionsJsonConverter))]
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

        /// <summary>A copy of these options (a new <see cref="DefaultHeaders"/> dictionary), for <c>WithOptions</c>.</summary>
        internal ClientOptions Clone()
        {
            var copy = (ClientOptions)MemberwiseClone();
            copy.DefaultHeaders = new Dictionary<string, string>(DefaultHeaders, StringComparer.OrdinalIgnoreCase);
            return copy;
        }

        /// <summary>The options with every credential shown as <c>[REDACTED]</c>.</summary>
        public override string ToString()
        {
            return "ClientOptions { " + string.Join(", ", Describe().Select(p => p.Key + " = " + Show(p.Value))) + " }";
        }

        /// <summary>
        /// What the options may show: each secret only as <c>[REDACTED]</c> (or null when unset), the base
        /// URL without user-info, credential headers masked. Shared by <see cref="ToString"/> and JSON.
        /// </summary>
        internal IEnumerable<KeyValuePair<string, object>> Describe()
        {
            var headers = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var masked = new Redactor().RedactHeaders(DefaultHeaders.ToDictionary(h => h.Key, h => (IReadOnlyList<string>)new[] { h.Value }, StringComparer.OrdinalIgnoreCase));
            foreach (var header in masked) headers[header.Key] = header.Value[0];
            yield return Pair("BaseUrl", Redactor.RedactUserInfo(BaseUrl));
            yield return Pair("ApiKey", Secret(ApiKey));
            yield return Pair("BearerToken", Secret(BearerToken));
            yield return Pair("RefreshToken", Secret(RefreshToken));
            yield return Pair("Username", Username);
            yield return Pair("Password", Secret(Password));
            yield return Pair("Timeout", Timeout);
            yield return Pair("MaxRetries", MaxRetries);
            yield return Pair("Validation", Validation.ToString());
            yield return Pair("DefaultHeaders", headers);
        }

        private static KeyValuePair<string, object> Pair(string name, object value)
        {
            return new KeyValuePair<string, object>(name, value);
        }

        private static string Secret(string value)
        {
            return value == null ? null : Redactor.Mask;
        }

        private static string Show(object value)
        {
            if (value == null) return "null";
            var headers = value as IDictionary<string, string>;
            if (headers != null) return "{" + string.Join(", ", headers.Select(h => h.Key + ": " + h.Value)) + "}";
            return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Writes <see cref="ClientOptions"/> as its redacted description; options are not read from JSON.</summary>
    internal sealed class ClientOptionsJsonConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType)
        {
            return objectType == typeof(ClientOptions);
        }

        public override bool CanRead { get { return false; } }

        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            throw new NotSupportedException("ClientOptions are not read from JSON.");
        }

        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            writer.WriteStartObject();
            foreach (var pair in ((ClientOptions)value).Describe())
            {
                writer.WritePropertyName(char.ToLowerInvariant(pair.Key[0]) + pair.Key.Substring(1));
                if (pair.Value is TimeSpan) writer.WriteValue(((TimeSpan)pair.Value).ToString("c", System.Globalization.CultureInfo.InvariantCulture));
                else serializer.Serialize(writer, pair.Value);
            }
            writer.WriteEndObject();
        }
    }
}
