// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>The request could not be sent or no response arrived (DNS, refused connection, TLS, reset).</summary>
    public class APIConnectionException : SecureAIStudioException
    {
        /// <summary>Creates the exception.</summary>
        public APIConnectionException(string message, Exception innerException = null)
            : base(message, innerException)
        {
        }
    }
}
