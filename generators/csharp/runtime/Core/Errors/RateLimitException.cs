// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>HTTP 429, raised once retries are exhausted.</summary>
    /// <example><code>catch (RateLimitException e) { Console.WriteLine(e.Code + " " + e.RequestId); }</code></example>
    public class RateLimitException : APIException
    {
        /// <summary>Creates the exception from a response (status 429).</summary>
        public RateLimitException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(statusCode, headers, body)
        {
        }
    }
}
