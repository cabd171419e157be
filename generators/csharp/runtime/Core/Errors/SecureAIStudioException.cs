// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>Base class of every exception the SDK throws.</summary>
    public class SecureAIStudioException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public SecureAIStudioException(string message, Exception innerException = null)
            : base(message, innerException)
        {
        }
    }
}
