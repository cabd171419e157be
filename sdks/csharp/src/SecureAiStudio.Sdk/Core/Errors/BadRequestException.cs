// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>HTTP 400: the request was malformed (see <see cref="APIException.Errors"/>).</summary>
    /// <example><code>catch (BadRequestException e) { Console.WriteLine(e.Code + " " + e.RequestId); }</code></example>
    public class BadRequestException : APIException
    {
        /// <summary>Creates the exception from a response (status 400).</summary>
        public BadRequestException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(statusCode, headers, body)
        {
        }
    }
}
