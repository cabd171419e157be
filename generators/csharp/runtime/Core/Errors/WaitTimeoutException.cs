// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// A <c>WaitFor…Async</c> waiter reached its <see cref="WaitOptions.Timeout"/> before the resource
    /// reached a terminal state (R8.3). Not an <see cref="APIException"/>: the server answered fine.
    /// </summary>
    /// <example><code>catch (WaitTimeoutException e) { var job = (Job)e.LastState; }</code></example>
    public class WaitTimeoutException : SecureAIStudioException
    {
        /// <summary>Creates the exception.</summary>
        public WaitTimeoutException(string message, object lastState)
            : base(message)
        {
            LastState = lastState;
        }

        /// <summary>The last resource the waiter received (decoded like the poll operation's result).</summary>
        public object LastState { get; private set; }
    }
}
