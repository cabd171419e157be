// Hand-written runtime (generators/csharp/templates/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>A successful response whose body does not match the schema the OpenAPI document declares.</summary>
    public class APIResponseValidationException : SecureAIStudioException
    {
        /// <summary>Creates the exception.</summary>
        public APIResponseValidationException(string message, int statusCode, string body, Exception innerException = null)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            Body = body;
        }

        /// <summary>HTTP status code of the response.</summary>
        public int StatusCode { get; private set; }

        /// <summary>The raw response body.</summary>
        public string Body { get; private set; }
    }
}
