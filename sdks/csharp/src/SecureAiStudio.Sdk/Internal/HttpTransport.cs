// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>
    /// Sends <see cref="ApiRequest"/>s with HttpClient: builds the message (URL, headers, auth, body),
    /// enforces the timeout, maps failures to the SDK's exceptions and decodes bodies.
    /// Retries and typed status errors hook in here (issue 6).
    /// </summary>
    internal sealed class HttpTransport : IDisposable
    {
        private static readonly string UserAgent = "SecureAiStudio.Sdk/" + SdkInfo.Version + " (.NET)";

        private readonly ClientOptions _options;
        private readonly HttpClient _http;
        private readonly bool _ownsHttp;
        private readonly string _baseUrl;
        private readonly string _apiKey;
        private readonly int _maxRetries;
        // Mutable credentials: a transparent refresh (R1.4) replaces them while calls are in flight.
        private volatile string _bearerToken;
        private volatile string _refreshToken;
        private volatile Redactor _redactor;
        private readonly object _refreshLock = new object();
        private Task _refreshInFlight;
        private readonly Random _random = new Random();

        public HttpTransport(ClientOptions options)
        {
            _options = options;
            _baseUrl = (FirstNonEmpty(options.BaseUrl, Environment.GetEnvironmentVariable("SECURE_AI_STUDIO_BASE_URL"), SdkInfo.DefaultBaseUrl) ?? string.Empty).TrimEnd('/');
            Uri parsed;
            if (!Uri.TryCreate(_baseUrl, UriKind.Absolute, out parsed) || (parsed.Scheme != "http" && parsed.Scheme != "https"))
            {
                throw new ArgumentException("ClientOptions.BaseUrl must be an absolute http(s) URL, got '" + Redactor.RedactUserInfo(_baseUrl) + "'.", "options");
            }
            if (options.Timeout <= TimeSpan.Zero)
            {
                throw new ArgumentException("ClientOptions.Timeout must be positive, got " + options.Timeout + ".", "options");
            }
            if (options.MaxRetries < 0)
            {
                throw new ArgumentException("ClientOptions.MaxRetries must be >= 0 (got " + options.MaxRetries + ").", "options");
            }
            _maxRetries = options.MaxRetries;
            _apiKey = FirstNonEmpty(options.ApiKey, Environment.GetEnvironmentVariable("SECURE_AI_STUDIO_API_KEY"));
            _bearerToken = FirstNonEmpty(options.BearerToken, Environment.GetEnvironmentVariable("SECURE_AI_STUDIO_BEARER_TOKEN"));
            _refreshToken = FirstNonEmpty(options.RefreshToken);
            // R9.4 / R4.3: whatever becomes a header is checked now, not when the first call sends it.
            HeaderValue.Check(_apiKey, "ClientOptions.ApiKey", "options");
            HeaderValue.Check(_bearerToken, "ClientOptions.BearerToken", "options");
            foreach (var header in options.DefaultHeaders)
            {
                HeaderValue.CheckName(header.Key, "ClientOptions.DefaultHeaders name '" + header.Key + "'", "options");
                HeaderValue.Check(header.Value, "ClientOptions.DefaultHeaders['" + header.Key + "']", "options");
            }
            _redactor = new Redactor(_apiKey, _bearerToken, _refreshToken, options.Password);
            Sleep = Task.Delay;
            Random = NextRandom;
            Now = () => DateTimeOffset.UtcNow;
            if (options.HttpClient != null)
            {
                _http = options.HttpClient;
            }
            else
            {
                // The SDK enforces ClientOptions.Timeout itself so it can tell timeouts from user cancellation.
                _http = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
                _ownsHttp = true;
            }
        }

        public string BaseUrl { get { return _baseUrl; } }

        /// <summary>The HttpClient this transport sends with (shared by clients made with WithOptions).</summary>
        public HttpClient Http { get { return _http; } }

        /// <summary>Waits between attempts; tests replace it to record delays instead of sleeping.</summary>
        internal Func<TimeSpan, CancellationToken, Task> Sleep { get; set; }

        /// <summary>The clock of waiter deadlines (R8.3); tests replace it together with <see cref="Sleep"/>.</summary>
        internal Func<DateTimeOffset> Now { get; set; }

        /// <summary>The jitter source U in [0, 1) of R3.4; replaceable in tests.</summary>
        internal Func<double> Random { get; set; }

        private double NextRandom()
        {
            lock (_random) return _random.NextDouble();
        }

        public async Task<ApiResponse<T>> SendAsync<T>(ApiRequest request, CancellationToken cancellationToken)
        {
            using (var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false))
            {
                var headers = CollectHeaders(response);
                var status = (int)response.StatusCode;
                var body = response.Content == null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                return new ApiResponse<T>(status, headers, Decode<T>(request, body, status, headers, response));
            }
        }

        public async Task<ApiResponse> SendWithoutBodyAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            using (var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false))
            {
                return new ApiResponse((int)response.StatusCode, CollectHeaders(response));
            }
        }

        public async Task<ApiResponse<byte[]>> SendForBytesAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            using (var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false))
            {
                var bytes = response.Content == null ? new byte[0] : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                return new ApiResponse<byte[]>((int)response.StatusCode, CollectHeaders(response), bytes);
            }
        }

        public async Task<StreamResponse> SendForStreamAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                var stream = response.Content == null ? new MemoryStream() : await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                return new StreamResponse(response, CollectHeaders(response), stream);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Sends the request with the rulebook's retries (R3) and returns only a 2xx response (headers
        /// read, body not yet). Failures become the SDK's exceptions: a non-2xx status the
        /// <see cref="APIException"/> subclass for it (R5.2), no response <see cref="APIConnectionException"/>,
        /// a slow attempt <see cref="APIConnectionTimeoutException"/>, cancellation <see cref="APIUserAbortException"/>.
        /// </summary>
        private async Task<HttpResponseMessage> SendCoreAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            // R2.3: a call whose token is already cancelled sends nothing.
            if (cancellationToken.IsCancellationRequested) throw new APIUserAbortException();
            var url = _baseUrl + request.BuildRelativeUrl();
            var hasIdempotencyKey = request.HasIdempotencyKey;
            var maxRetries = request.Options != null && request.Options.MaxRetries.HasValue ? request.Options.MaxRetries.Value : _maxRetries;
            var refreshed = false;
            for (var retry = 1; ; retry++)
            {
                var retriesLeft = maxRetries - (retry - 1);
                HttpResponseMessage response;
                try
                {
                    response = await AttemptAsync(request, url, cancellationToken).ConfigureAwait(false);
                }
                catch (APIConnectionException)
                {
                    if (!RetryPolicy.ShouldRetry(null, null, request.Method, hasIdempotencyKey, retriesLeft)) throw;
                    await WaitAsync(RetryPolicy.Backoff(retry, Random()), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var status = (int)response.StatusCode;
                if (status >= 200 && status < 300) return response;
                APIException error;
                IReadOnlyDictionary<string, IReadOnlyList<string>> headers;
                using (response)
                {
                    var body = response.Content == null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    headers = CollectHeaders(response);
                    // R5.5: the error keeps the response headers, redacted like its message.
                    error = APIException.Create(status, _redactor.RedactHeaders(headers), _redactor.Redact(body));
                }
                // R1.4: one transparent refresh per call, then the same attempt again; the repeat
                // is not a retry, so the retry count stays where it was.
                if (status == 401 && !refreshed && request.AuthSchemes.Count > 0 && _refreshToken != null)
                {
                    refreshed = true;
                    await RefreshAsync(cancellationToken).ConfigureAwait(false);
                    retry--;
                    continue;
                }
                if (!RetryPolicy.ShouldRetry(status, error.Code, request.Method, hasIdempotencyKey, retriesLeft)) throw error;
                IReadOnlyList<string> retryAfter;
                headers.TryGetValue("Retry-After", out retryAfter);
                var delay = RetryPolicy.Delay(retry, retryAfter == null || retryAfter.Count == 0 ? null : retryAfter[0], Now(), Random());
                await WaitAsync(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>One attempt (R2.1: the timeout bounds it until the response headers arrive).</summary>
        private async Task<HttpResponseMessage> AttemptAsync(ApiRequest request, string url, CancellationToken cancellationToken)
        {
            // A new message per attempt: HttpClient refuses to send one twice. The body is rebuilt
            // from the same request description, so it is byte-identical (R3.7).
            var attemptTimeout = request.Options != null && request.Options.Timeout.HasValue ? request.Options.Timeout.Value : _options.Timeout;
            using (var message = BuildMessage(request, url))
            using (var timeout = new CancellationTokenSource(attemptTimeout))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                try
                {
                    return await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException e)
                {
                    if (cancellationToken.IsCancellationRequested) throw new APIUserAbortException("Request was aborted.", e);
                    throw _redactor.ConnectionError(request.Method + " " + url + " timed out after " + attemptTimeout.TotalSeconds + " s.", e, true);
                }
                catch (HttpRequestException e)
                {
                    throw _redactor.ConnectionError(request.Method + " " + url + " failed: " + Innermost(e).Message, e, false);
                }
                catch (System.Net.WebException e)
                {
                    // Mono can surface a reset while reading the headers as a bare WebException.
                    throw _redactor.ConnectionError(request.Method + " " + url + " failed: " + Innermost(e).Message, e, false);
                }
                catch (IOException e)
                {
                    throw _redactor.ConnectionError(request.Method + " " + url + " failed: " + Innermost(e).Message, e, false);
                }
            }
        }

        /// <summary>
        /// R1.4 single flight: concurrent 401s share one refresh call. Its failure (e.g.
        /// <see cref="AuthenticationException"/> with code <c>invalid_grant</c>) is the call's error.
        /// </summary>
        private Task RefreshAsync(CancellationToken cancellationToken)
        {
            lock (_refreshLock)
            {
                if (_refreshInFlight == null || _refreshInFlight.IsCompleted)
                {
                    _refreshInFlight = RefreshCoreAsync(cancellationToken);
                }
                return _refreshInFlight;
            }
        }

        private async Task RefreshCoreAsync(CancellationToken cancellationToken)
        {
            // No credentials (no AllowAuth) and no retries, as the rulebook asks.
            var request = new ApiRequest("POST", RefreshPath, "refreshToken");
            request.SetJsonBody(new Dictionary<string, string> { { "refreshToken", _refreshToken } });
            request.Apply(new RequestOptions { MaxRetries = 0 });
            Newtonsoft.Json.Linq.JObject tokens;
            using (var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false))
            {
                var body = response.Content == null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                tokens = Decode<Newtonsoft.Json.Linq.JObject>(request, body, (int)response.StatusCode, CollectHeaders(response), response);
            }
            var accessToken = tokens == null ? null : tokens["accessToken"] as Newtonsoft.Json.Linq.JValue;
            if (accessToken == null || accessToken.Type != Newtonsoft.Json.Linq.JTokenType.String || string.IsNullOrEmpty((string)accessToken))
            {
                throw new ResponseValidationException(request.OperationId,
                    new[] { new ValidationIssue("/accessToken", "the refresh response has no accessToken") }, null, 200, null, null);
            }
            var newRefresh = tokens["refreshToken"] as Newtonsoft.Json.Linq.JValue;
            var rotated = newRefresh != null && newRefresh.Type == Newtonsoft.Json.Linq.JTokenType.String && ((string)newRefresh).Length > 0
                ? (string)newRefresh : null;
            _bearerToken = (string)accessToken;
            if (rotated != null) _refreshToken = rotated;
            _redactor = _redactor.With(_bearerToken, rotated);
            var callback = _options.OnTokenRefresh;
            if (callback != null) callback(new TokenSet(_bearerToken, rotated));
        }

        /// <summary>The refresh operation of the rulebook (R1.4), relative to the base URL.</summary>
        internal const string RefreshPath = "/auth/refresh";

        private async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
        {
            try
            {
                await Sleep(delay, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException e)
            {
                throw new APIUserAbortException("Request was aborted while waiting to retry.", e);
            }
        }

        private HttpRequestMessage BuildMessage(ApiRequest request, string url)
        {
            var message = new HttpRequestMessage(new HttpMethod(request.Method), url);
            message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            foreach (var header in _options.DefaultHeaders)
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            var accept = request.AcceptTypes.Count > 0 ? string.Join(", ", request.AcceptTypes) : "application/json";
            message.Headers.TryAddWithoutValidation("Accept", accept);
            foreach (var header in request.Headers)
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            if (request.Options != null)
            {
                foreach (var header in request.Options.Headers)
                {
                    message.Headers.Remove(header.Key);
                    message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            ApplyAuth(request, message);
            if (request.Cookies.Count > 0)
            {
                message.Headers.TryAddWithoutValidation("Cookie",
                    string.Join("; ", request.Cookies.Select(c => c.Key + "=" + Uri.EscapeDataString(c.Value))));
            }
            message.Content = BuildContent(request);
            return message;
        }

        /// <summary>Applies the first credential the client holds that the operation accepts.</summary>
        private void ApplyAuth(ApiRequest request, HttpRequestMessage message)
        {
            foreach (var scheme in request.AuthSchemes)
            {
                switch (scheme.Kind)
                {
                    case AuthKind.Bearer:
                        if (_bearerToken == null) continue;
                        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _bearerToken);
                        return;
                    case AuthKind.Basic:
                        if (_options.Username == null) continue;
                        var pair = Encoding.UTF8.GetBytes(_options.Username + ":" + (_options.Password ?? string.Empty));
                        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
                        return;
                    case AuthKind.ApiKey:
                        if (_apiKey == null) continue;
                        if (scheme.Location == AuthLocation.Header)
                        {
                            message.Headers.TryAddWithoutValidation(scheme.ParameterName, _apiKey);
                        }
                        else if (scheme.Location == AuthLocation.Query)
                        {
                            var separator = message.RequestUri.Query.Length > 0 ? "&" : "?";
                            message.RequestUri = new Uri(message.RequestUri.AbsoluteUri + separator +
                                Uri.EscapeDataString(scheme.ParameterName) + "=" + Uri.EscapeDataString(_apiKey));
                        }
                        else
                        {
                            message.Headers.TryAddWithoutValidation("Cookie", scheme.ParameterName + "=" + Uri.EscapeDataString(_apiKey));
                        }
                        return;
                }
            }
        }

        private static HttpContent BuildContent(ApiRequest request)
        {
            switch (request.BodyKind)
            {
                case BodyKind.Json:
                    var json = SecureAIStudioJson.Serialize(request.JsonBody);
                    var content = new StringContent(json, new UTF8Encoding(false));
                    content.Headers.ContentType = new MediaTypeHeaderValue(request.JsonContentType ?? "application/json") { CharSet = "utf-8" };
                    return content;
                case BodyKind.UrlEncoded:
                    return new FormUrlEncodedContent(request.FormFields);
                case BodyKind.Multipart:
                    var form = new MultipartFormDataContent();
                    foreach (var field in request.FormFields)
                    {
                        form.Add(new StringContent(field.Value, new UTF8Encoding(false)), Quote(field.Key));
                    }
                    foreach (var file in request.FormFiles)
                    {
                        // Bytes, not the caller's stream: every attempt sends the same body (R3.7).
                        var part = new ByteArrayContent(file.Value.ReadBytesOnce());
                        part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.Value.ResolveContentType());
                        form.Add(part, Quote(file.Key), Quote(file.Value.FileName));
                    }
                    return form;
                default:
                    return null;
            }
        }

        private T Decode<T>(ApiRequest request, string body, int status,
            IReadOnlyDictionary<string, IReadOnlyList<string>> headers, HttpResponseMessage response)
        {
            var mediaType = response.Content != null && response.Content.Headers.ContentType != null
                ? response.Content.Headers.ContentType.MediaType
                : null;
            var isJson = mediaType == null || mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase);
            // Text bodies (text/plain, text/event-stream, ...) of string-typed operations are returned as-is.
            if (typeof(T) == typeof(string) && !isJson) return (T)(object)body;
            if (string.IsNullOrWhiteSpace(body)) return default(T);
            IReadOnlyList<string> ids;
            var requestId = headers.TryGetValue("X-Request-Id", out ids) && ids.Count > 0 ? ids[0] : null;
            return (T)ResponseValidator.Decode(body, typeof(T), request.OperationId, requestId, status, ValidationFor(request), _options.Logger, _redactor);
        }

        /// <summary>The call's validation mode: per-call, else the client's (R7.1).</summary>
        internal ValidationMode ValidationFor(ApiRequest request)
        {
            return request.Options != null && request.Options.Validation.HasValue ? request.Options.Validation.Value : _options.Validation;
        }

        /// <summary>The secrets to keep out of errors (R5.5), including tokens from a refresh.</summary>
        internal Redactor Redactor { get { return _redactor; } }

        /// <summary>The logger of <see cref="ClientOptions.Logger"/>, or null for the default.</summary>
        internal Action<string, Exception> Logger { get { return _options.Logger; } }

        private static IReadOnlyDictionary<string, IReadOnlyList<string>> CollectHeaders(HttpResponseMessage response)
        {
            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers)
            {
                result[header.Key] = header.Value.ToList();
            }
            if (response.Content != null)
            {
                foreach (var header in response.Content.Headers)
                {
                    result[header.Key] = header.Value.ToList();
                }
            }
            return result;
        }

        private static string Quote(string value)
        {
            return "\"" + value.Replace("\"", "\\\"") + "\"";
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e;
        }

        private static string FirstNonEmpty(params string[] values)
        {
            foreach (var v in values)
            {
                if (!string.IsNullOrEmpty(v)) return v;
            }
            return null;
        }

        public void Dispose()
        {
            if (_ownsHttp) _http.Dispose();
        }
    }
}
