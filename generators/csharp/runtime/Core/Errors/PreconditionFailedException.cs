// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>HTTP 412: the <c>If-Match</c> ETag no longer matches; re-read and try again. Never retried.</summary>
    /// <example><code>catch (PreconditionFailedException e) { Console.WriteLine(e.Code + " " + e.RequestId); }</code></example>
    public class PreconditionFailedException : APIException
    {
        /// <summary>Creates the exception from a response (status 412).</summary>
        public PreconditionFailedException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(statusCode, headers, body)
        {
        }
    }
}
