// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>No response within <see cref="ClientOptions.Timeout"/>.</summary>
    public class APIConnectionTimeoutException : APIConnectionException
    {
        /// <summary>Creates the exception.</summary>
        public APIConnectionTimeoutException(string message, Exception innerException = null)
            : base(message, innerException)
        {
        }
    }
}
