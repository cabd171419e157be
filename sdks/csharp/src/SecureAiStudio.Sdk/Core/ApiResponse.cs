// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>Status code and headers of a response (returned by <c>client.WithRawResponse.…</c>).</summary>
    public class ApiResponse
    {
        private static readonly IReadOnlyList<string> NoValues = new string[0];

        /// <summary>Creates a response description.</summary>
        public ApiResponse(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
        {
            StatusCode = statusCode;
            Headers = headers ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>HTTP status code, e.g. 200, 202 or 206.</summary>
        public int StatusCode { get; private set; }

        /// <summary>Response and content headers; names are case-insensitive.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; private set; }

        /// <summary>First value of a header, or null when absent.</summary>
        public string GetHeader(string name)
        {
            IReadOnlyList<string> values;
            return Headers.TryGetValue(name, out values) && values.Count > 0 ? values[0] : null;
        }

        /// <summary>All values of a header (empty when absent).</summary>
        public IReadOnlyList<string> GetHeaderValues(string name)
        {
            IReadOnlyList<string> values;
            return Headers.TryGetValue(name, out values) ? values : NoValues;
        }

        /// <summary>The <c>X-Request-Id</c> header, to quote when contacting support.</summary>
        public string RequestId { get { return GetHeader("X-Request-Id"); } }

        /// <summary>The <c>ETag</c> header, for <c>If-Match</c> on a later update.</summary>
        public string ETag { get { return GetHeader("ETag"); } }

        /// <summary>The <c>Location</c> header (e.g. of an accepted job).</summary>
        public string Location { get { return GetHeader("Location"); } }

        /// <summary>The <c>Content-Type</c> header, e.g. <c>image/png</c>.</summary>
        public string ContentType { get { return GetHeader("Content-Type"); } }

        /// <summary>The <c>Content-Length</c> header, or null when the server did not send one.</summary>
        public long? ContentLength
        {
            get
            {
                long length;
                var text = GetHeader("Content-Length");
                return text != null && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length) ? length : (long?)null;
            }
        }

        /// <summary>The parsed <c>Content-Range</c> of a partial (206) response, else null (R9.2).</summary>
        public ContentRange Range { get { return ContentRange.Parse(GetHeader("Content-Range")); } }

        /// <summary>True for a 206 Partial Content answer to a <c>Range</c> request.</summary>
        public bool IsPartial { get { return StatusCode == 206; } }
    }

    /// <summary>A decoded response body together with its status code and headers.</summary>
    public sealed class ApiResponse<T> : ApiResponse
    {
        /// <summary>Creates a response with a decoded body.</summary>
        public ApiResponse(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, T data)
            : base(statusCode, headers)
        {
            Data = data;
        }

        /// <summary>The decoded body.</summary>
        public T Data { get; private set; }

        /// <summary>The body decoded as the operation's response type (the same value as <see cref="Data"/>).</summary>
        public T Deserialize()
        {
            return Data;
        }
    }
}
