// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>The poll operation's status field and terminal states (its <c>x-waiter</c>, R8.1).</summary>
    internal sealed class LongRunningSpec
    {
        public LongRunningSpec(string statusField, params string[] terminalStates)
        {
            StatusField = statusField;
            TerminalStates = terminalStates;
        }

        public string StatusField { get; private set; }
        public string[] TerminalStates { get; private set; }
    }

    /// <summary>The polling loop behind every generated <c>WaitFor…Async</c> (R8.2, R8.3).</summary>
    internal static class Waiter
    {
        /// <summary>R8.2: the wait before poll n+1 when the server sends no Retry-After.</summary>
        public static TimeSpan Interval(int n, WaitOptions options)
        {
            var ms = Math.Min(options.Interval.TotalMilliseconds * Math.Pow(1.5, n - 1), options.MaxInterval.TotalMilliseconds);
            return TimeSpan.FromTicks((long)Math.Round(ms * TimeSpan.TicksPerMillisecond));
        }

        /// <summary>
        /// Polls with <paramref name="request"/> (each poll a normal call with retries, R1-R7) until the
        /// status field holds a terminal state and returns that resource, failed outcomes included.
        /// </summary>
        public static async Task<T> PollAsync<T>(HttpTransport transport, ApiRequest request, LongRunningSpec spec,
            WaitOptions options, CancellationToken cancellationToken)
        {
            options = options ?? new WaitOptions();
            options.Validate();
            var deadline = transport.Now() + options.Timeout;
            for (var n = 1; ; n++)
            {
                var response = await transport.SendAsync<T>(request, cancellationToken).ConfigureAwait(false);
                var state = StatusOf(response.Data, spec.StatusField);
                if (state != null && spec.TerminalStates.Contains(state)) return response.Data;
                var retryAfter = RetryPolicy.ParseRetryAfter(response.GetHeader("Retry-After"), transport.Now());
                var wait = retryAfter.HasValue ? retryAfter.Value : Interval(n, options);
                if (transport.Now() + wait > deadline)
                {
                    throw new WaitTimeoutException(request.OperationId + ": still '" + (state ?? "(no " + spec.StatusField + ")")
                        + "' after waiting " + options.Timeout.TotalMilliseconds + " ms.", response.Data);
                }
                try
                {
                    await transport.Sleep(wait, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException e)
                {
                    throw new APIUserAbortException("Waiting was aborted.", e);
                }
            }
        }

        /// <summary>The status field as the server sent it (unknown enum values included, R7.3).</summary>
        private static string StatusOf(object resource, string statusField)
        {
            if (resource == null) return null;
            var json = JToken.Parse(SecureAIStudioJson.Serialize(resource)) as JObject;
            var value = json == null ? null : json[statusField] as JValue;
            return value == null || value.Type != JTokenType.String ? null : (string)value;
        }
    }
}
