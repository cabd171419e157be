// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>HTTP 403: authenticated but not allowed.</summary>
    /// <example><code>catch (PermissionDeniedException e) { Console.WriteLine(e.Code + " " + e.RequestId); }</code></example>
    public class PermissionDeniedException : APIException
    {
        /// <summary>Creates the exception from a response (status 403).</summary>
        public PermissionDeniedException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(statusCode, headers, body)
        {
        }
    }
}
