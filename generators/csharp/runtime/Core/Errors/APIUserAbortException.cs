// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// The caller's <see cref="System.Threading.CancellationToken"/> was cancelled during an attempt or a
    /// retry wait (R2.3). Never retried; the <see cref="Exception.InnerException"/> is the
    /// <see cref="OperationCanceledException"/> that stopped the call.
    /// </summary>
    /// <example><code>catch (APIUserAbortException) { /* the user cancelled */ }</code></example>
    public class APIUserAbortException : SecureAIStudioException
    {
        /// <summary>Creates the exception.</summary>
        public APIUserAbortException(string message = "Request was aborted.", Exception innerException = null)
            : base(message, innerException)
        {
        }
    }
}
