// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>HTTP 401: credentials missing, invalid or expired.</summary>
    /// <example><code>catch (AuthenticationException e) { Console.WriteLine(e.Code + " " + e.RequestId); }</code></example>
    public class AuthenticationException : APIException
    {
        /// <summary>Creates the exception from a response (status 401).</summary>
        public AuthenticationException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(statusCode, headers, body)
        {
        }
    }
}
