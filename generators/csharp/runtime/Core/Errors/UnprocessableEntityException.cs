// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>HTTP 422: well-formed but semantically invalid input (see <see cref="APIException.Errors"/>).</summary>
    /// <example><code>catch (UnprocessableEntityException e) { Console.WriteLine(e.Code + " " + e.RequestId); }</code></example>
    public class UnprocessableEntityException : APIException
    {
        /// <summary>Creates the exception from a response (status 422).</summary>
        public UnprocessableEntityException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(statusCode, headers, body)
        {
        }
    }
}
