// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>HTTP 409: conflicting state (transient lock conflicts are retried first).</summary>
    /// <example><code>catch (ConflictException e) { Console.WriteLine(e.Code + " " + e.RequestId); }</code></example>
    public class ConflictException : APIException
    {
        /// <summary>Creates the exception from a response (status 409).</summary>
        public ConflictException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(statusCode, headers, body)
        {
        }
    }
}
