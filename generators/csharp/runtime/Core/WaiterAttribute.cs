// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// Marks a generated <c>WaitFor…Async</c> method with the operation it polls (the operation an
    /// <c>x-long-running.pollOperation</c> names), so tools can find the waiter of an operation.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class WaiterAttribute : Attribute
    {
        /// <summary>Marks a waiter that polls the operation <paramref name="pollOperationId"/>.</summary>
        public WaiterAttribute(string pollOperationId)
        {
            PollOperationId = pollOperationId;
        }

        /// <summary>The operationId the waiter polls, e.g. <c>getJob</c>.</summary>
        public string PollOperationId { get; private set; }
    }
}
