// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>How the request body is encoded.</summary>
    internal enum BodyKind
    {
        None,
        Json,
        Multipart,
        UrlEncoded,
    }

    /// <summary>
    /// A description of one HTTP request, filled in by the generated operation methods and turned
    /// into an HttpRequestMessage by <see cref="HttpTransport"/>.
    /// </summary>
    internal sealed class ApiRequest
    {
        private readonly string _pathTemplate;
        private readonly Dictionary<string, string> _pathValues = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Request header that makes a POST/PATCH safe to retry (R3.3, R3.6).</summary>
        public const string IdempotencyKeyHeader = "Idempotency-Key";

        public ApiRequest(string method, string pathTemplate, string operationId = null)
        {
            Method = method;
            OperationId = string.IsNullOrEmpty(operationId) ? method + " " + pathTemplate : operationId;
            _pathTemplate = pathTemplate;
            Query = new List<KeyValuePair<string, string>>();
            Headers = new List<KeyValuePair<string, string>>();
            Cookies = new List<KeyValuePair<string, string>>();
            FormFields = new List<KeyValuePair<string, string>>();
            FormFiles = new List<KeyValuePair<string, FileUpload>>();
            AcceptTypes = new List<string>();
            AuthSchemes = new List<AuthScheme>();
        }

        /// <summary>Per-call overrides (R2.2), or null.</summary>
        public RequestOptions Options { get; private set; }

        public string Method { get; private set; }
        /// <summary>The spec's operationId, named in validation errors.</summary>
        public string OperationId { get; private set; }
        public List<KeyValuePair<string, string>> Query { get; private set; }
        public List<KeyValuePair<string, string>> Headers { get; private set; }
        public List<KeyValuePair<string, string>> Cookies { get; private set; }
        public List<KeyValuePair<string, string>> FormFields { get; private set; }
        public List<KeyValuePair<string, FileUpload>> FormFiles { get; private set; }
        public List<string> AcceptTypes { get; private set; }
        public List<AuthScheme> AuthSchemes { get; private set; }
        public BodyKind BodyKind { get; private set; }
        public object JsonBody { get; private set; }
        public string JsonContentType { get; private set; }

        /// <summary>
        /// Sets a path parameter (R9.1). An empty value, <c>.</c> or <c>..</c> is an argument error naming the
        /// operation and the parameter, raised before anything is sent.
        /// </summary>
        public void SetPathParameter(string name, object value, string paramName = null)
        {
            var text = string.Join(",", ParameterFormatter.FormatAll(value));
            var encoded = ParameterFormatter.EncodePathSegment(text);
            if (encoded == null)
            {
                var why = text.Length == 0 ? "must not be empty"
                    : text == "." || text == ".." ? "must not be '" + text + "' (a dot segment would address another endpoint)"
                    : "is not valid text (it has a lone UTF-16 surrogate)";
                throw new ArgumentException(OperationId + ": path parameter '" + name + "' " + why + ".", paramName ?? name);
            }
            _pathValues[name] = encoded;
        }

        /// <summary>Adds a query parameter; arrays repeat the key (explode) or join with commas.</summary>
        public void AddQueryParameter(string name, object value, bool explode)
        {
            if (value == null) return;
            var values = ParameterFormatter.FormatAll(value);
            if (explode)
            {
                foreach (var v in values) Query.Add(new KeyValuePair<string, string>(name, v));
            }
            else
            {
                Query.Add(new KeyValuePair<string, string>(name, string.Join(",", values)));
            }
        }

        /// <summary>
        /// Adds a header parameter; a value that cannot be sent (CR, LF, NUL, other controls, non-ASCII)
        /// is an argument error naming the operation and the parameter (R9.4).
        /// </summary>
        public void AddHeader(string name, object value, string paramName = null)
        {
            // R3.6: an operation that declares Idempotency-Key always sends one; the key is chosen
            // here, once per call, so every attempt of the call (R3.7) repeats it.
            if (value == null && string.Equals(name, IdempotencyKeyHeader, StringComparison.OrdinalIgnoreCase))
            {
                value = NewIdempotencyKey();
            }
            if (value == null) return;
            var text = string.Join(",", ParameterFormatter.FormatAll(value));
            HeaderValue.Check(text, OperationId + ": header '" + name + "'", paramName ?? name);
            Headers.Add(new KeyValuePair<string, string>(name, text));
        }

        /// <summary>True when the request carries an Idempotency-Key header (R3.3).</summary>
        public bool HasIdempotencyKey
        {
            get { return Headers.Exists(h => string.Equals(h.Key, IdempotencyKeyHeader, StringComparison.OrdinalIgnoreCase)); }
        }

        /// <summary>A random UUID v4, lower-case 8-4-4-4-12 (Guid.NewGuid is version 4).</summary>
        public static string NewIdempotencyKey()
        {
            return Guid.NewGuid().ToString("D");
        }

        /// <summary>Takes the caller's per-call options; an explicit idempotency key replaces the generated one.</summary>
        public void Apply(RequestOptions options)
        {
            if (options == null) return;
            options.Validate();
            HeaderValue.Check(options.IdempotencyKey, OperationId + ": RequestOptions.IdempotencyKey", "requestOptions");
            foreach (var header in options.Headers)
            {
                HeaderValue.CheckName(header.Key, OperationId + ": RequestOptions.Headers name '" + header.Key + "'", "requestOptions");
                HeaderValue.Check(header.Value, OperationId + ": RequestOptions.Headers['" + header.Key + "']", "requestOptions");
            }
            Options = options;
            if (options.IdempotencyKey != null)
            {
                Headers.RemoveAll(h => string.Equals(h.Key, IdempotencyKeyHeader, StringComparison.OrdinalIgnoreCase));
                Headers.Add(new KeyValuePair<string, string>(IdempotencyKeyHeader, options.IdempotencyKey));
            }
        }

        /// <summary>The value of a query parameter (its first occurrence), or null.</summary>
        public string GetQueryParameter(string name)
        {
            foreach (var pair in Query)
            {
                if (pair.Key == name) return pair.Value;
            }
            return null;
        }

        /// <summary>A copy of this request with one query parameter replaced: the next page of a list (R6.2).</summary>
        public ApiRequest WithQueryParameter(string name, string value)
        {
            var copy = (ApiRequest)MemberwiseClone();
            // In place when present, so parameters keep the spec's order (R9.1).
            copy.Query = new List<KeyValuePair<string, string>>(Query);
            var at = copy.Query.FindIndex(q => q.Key == name);
            copy.Query.RemoveAll(q => q.Key == name);
            copy.Query.Insert(at < 0 ? copy.Query.Count : at, new KeyValuePair<string, string>(name, value));
            return copy;
        }

        public void AddCookie(string name, object value)
        {
            if (value == null) return;
            Cookies.Add(new KeyValuePair<string, string>(name, ParameterFormatter.Format(value)));
        }

        /// <summary>
        /// Sets the JSON body. A required property left null (at any depth) is an argument error naming the
        /// property and the argument, raised here rather than as a serializer error while sending.
        /// </summary>
        public void SetJsonBody(object body, string contentType = "application/json", string paramName = null)
        {
            RequiredProperties.Check(body, OperationId, paramName ?? "body");
            BodyKind = BodyKind.Json;
            JsonBody = body;
            JsonContentType = contentType;
        }

        public void UseMultipartForm()
        {
            BodyKind = BodyKind.Multipart;
        }

        public void UseUrlEncodedForm()
        {
            BodyKind = BodyKind.UrlEncoded;
        }

        public void AddFormField(string name, object value)
        {
            if (value == null) return;
            foreach (var v in ParameterFormatter.FormatAll(value))
            {
                FormFields.Add(new KeyValuePair<string, string>(name, v));
            }
        }

        /// <summary>
        /// Adds a file part (R9.3). Its content type must be known by now: the caller's, else the file
        /// name's, else the bytes' magic number; otherwise this is an argument error naming the parameter.
        /// </summary>
        public void AddFormFile(string name, FileUpload file, string paramName = null)
        {
            if (file == null) return;
            var what = OperationId + ": '" + (paramName ?? name) + "'";
            if (file.FileName.IndexOfAny(new[] { '\r', '\n', '\0' }) >= 0)
            {
                throw new ArgumentException(what + " has a file name with CR, LF or NUL, which cannot be sent in a part header.", paramName ?? name);
            }
            var given = file.ContentType;
            System.Net.Http.Headers.MediaTypeHeaderValue parsed;
            if (given != null && (!HeaderValue.IsValid(given) || !System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(given, out parsed)))
            {
                throw new ArgumentException(what + " has a content type that is not a valid media type.", paramName ?? name);
            }
            if (file.ResolveContentType() == null)
            {
                throw new ArgumentException(OperationId + ": the content type of '" + (paramName ?? name) + "' (file name '" + file.FileName
                    + "') is unknown: pass it, e.g. FileUpload.FromFile(path, \"image/png\"), or use a .png, .jpg, .jpeg or .webp file name.", paramName ?? name);
            }
            FormFiles.Add(new KeyValuePair<string, FileUpload>(name, file));
        }

        /// <summary>Adds one part per file of an array-of-files form field (each checked as above), all named <paramref name="name"/>.</summary>
        public void AddFormFile(string name, IEnumerable<FileUpload> files, string paramName = null)
        {
            if (files == null) return;
            var i = 0;
            foreach (var file in files)
            {
                AddFormFile(name, file, (paramName ?? name) + "[" + i++ + "]");
            }
        }

        public void Accept(string mediaType)
        {
            if (!AcceptTypes.Contains(mediaType)) AcceptTypes.Add(mediaType);
        }

        public void AllowAuth(AuthScheme scheme)
        {
            AuthSchemes.Add(scheme);
        }

        /// <summary>The path with parameters substituted and escaped, plus the query string.</summary>
        public string BuildRelativeUrl()
        {
            var path = new StringBuilder();
            var i = 0;
            while (i < _pathTemplate.Length)
            {
                var open = _pathTemplate.IndexOf('{', i);
                if (open < 0)
                {
                    path.Append(_pathTemplate, i, _pathTemplate.Length - i);
                    break;
                }
                var close = _pathTemplate.IndexOf('}', open);
                path.Append(_pathTemplate, i, open - i);
                var name = _pathTemplate.Substring(open + 1, close - open - 1);
                string value;
                if (!_pathValues.TryGetValue(name, out value))
                {
                    throw new InvalidOperationException("Path parameter '" + name + "' of " + _pathTemplate + " was not set.");
                }
                path.Append(value); // encoded by SetPathParameter
                i = close + 1;
            }
            for (var q = 0; q < Query.Count; q++)
            {
                path.Append(q == 0 ? '?' : '&');
                path.Append(Uri.EscapeDataString(Query[q].Key)).Append('=').Append(Uri.EscapeDataString(Query[q].Value));
            }
            return path.ToString();
        }
    }
}
