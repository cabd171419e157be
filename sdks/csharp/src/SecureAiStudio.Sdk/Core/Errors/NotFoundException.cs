// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>HTTP 404: the resource does not exist.</summary>
    /// <example><code>catch (NotFoundException e) { Console.WriteLine(e.Code + " " + e.RequestId); }</code></example>
    public class NotFoundException : APIException
    {
        /// <summary>Creates the exception from a response (status 404).</summary>
        public NotFoundException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(statusCode, headers, body)
        {
        }
    }
}
