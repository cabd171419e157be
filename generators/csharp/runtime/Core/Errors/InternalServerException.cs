// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>Any HTTP 5xx, raised once retries are exhausted.</summary>
    /// <example><code>catch (InternalServerException e) { Console.WriteLine(e.Code + " " + e.RequestId); }</code></example>
    public class InternalServerException : APIException
    {
        /// <summary>Creates the exception from a response (any 5xx status).</summary>
        public InternalServerException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(statusCode, headers, body)
        {
        }
    }
}
