// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// Per-call settings (R2.2): every operation method takes an optional <c>requestOptions</c>
    /// argument whose values override the client's <see cref="ClientOptions"/> for that call only.
    /// Cancellation is the method's <c>CancellationToken</c> (R2.3).
    /// </summary>
    /// <example>
    /// <code>
    /// var job = await client.Jobs.RetrieveAsync("job_123",
    ///     new RequestOptions { Timeout = TimeSpan.FromSeconds(5), MaxRetries = 0 });
    /// </code>
    /// </example>
    public sealed class RequestOptions
    {
        /// <summary>Options that change nothing; set the properties to override the client's for one call.</summary>
        public RequestOptions()
        {
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Time allowed for each attempt of this call (default: the client's).</summary>
        public TimeSpan? Timeout { get; set; }

        /// <summary>Retries after the first attempt for this call (default: the client's).</summary>
        public int? MaxRetries { get; set; }

        /// <summary>
        /// Idempotency-Key for this call. Operations that declare the header get a random one when
        /// unset (R3.6); on any other POST/PATCH a key makes the call retryable (R3.3).
        /// </summary>
        public string IdempotencyKey { get; set; }

        /// <summary>Validation mode of this call's response (R7.1; default: the client's).</summary>
        public ValidationMode? Validation { get; set; }

        /// <summary>Extra headers for this call, sent after the client's default headers.</summary>
        public IDictionary<string, string> Headers { get; private set; }

        /// <summary>Checks the values like <see cref="ClientOptions"/> does (R4.3).</summary>
        internal void Validate()
        {
            if (Timeout.HasValue && Timeout.Value <= TimeSpan.Zero)
            {
                throw new ArgumentException("RequestOptions.Timeout must be positive, got " + Timeout.Value + ".", "requestOptions");
            }
            if (MaxRetries.HasValue && MaxRetries.Value < 0)
            {
                throw new ArgumentException("RequestOptions.MaxRetries must be >= 0 (got " + MaxRetries.Value + ").", "requestOptions");
            }
        }
    }
}
