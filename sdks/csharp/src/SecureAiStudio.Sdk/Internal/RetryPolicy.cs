// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

// The SDK's own NUnit tests check these pure rules directly.
[assembly: InternalsVisibleTo("SecureAiStudio.Sdk.Tests")]

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>Retry decisions and timings of the rulebook's R3, without I/O so each rule is unit-testable.</summary>
    internal static class RetryPolicy
    {
        /// <summary>Backoff before the first retry (R3.4).</summary>
        public static readonly TimeSpan InitialDelay = TimeSpan.FromMilliseconds(500);

        /// <summary>Upper bound of the exponential backoff (R3.4).</summary>
        public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(8000);

        /// <summary>Largest Retry-After the SDK waits (R3.5).</summary>
        public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMilliseconds(60000);

        private static readonly HashSet<string> IdempotentMethods =
            new HashSet<string>(new[] { "GET", "HEAD", "OPTIONS", "PUT", "DELETE" }, StringComparer.OrdinalIgnoreCase);

        private static readonly HashSet<string> LockConflictCodes = new HashSet<string>(new[] { "resource_locked", "lock_conflict" });

        private static readonly Regex DeltaSeconds = new Regex(@"^[0-9]+(\.[0-9]+)?\z");

        /// <summary>R3.3: GET/HEAD/OPTIONS/PUT/DELETE always; POST/PATCH only with an Idempotency-Key.</summary>
        public static bool IsMethodRetryable(string method, bool hasIdempotencyKey)
        {
            return IdempotentMethods.Contains(method) || hasIdempotencyKey;
        }

        /// <summary>R3.2: 408, 429, 5xx except 501/505, and 409 only for a transient lock code.</summary>
        public static bool IsStatusRetryable(int status, string problemCode)
        {
            if (status == 408 || status == 429) return true;
            if (status == 409) return problemCode != null && LockConflictCodes.Contains(problemCode);
            return status >= 500 && status <= 599 && status != 501 && status != 505;
        }

        /// <summary>
        /// R3.1-R3.3, the whole decision after a failed attempt: <paramref name="status"/> null for a
        /// connection error or an attempt timeout (always retryable), else the status and problem code
        /// must be retryable; the method must allow it; and a retry must be left.
        /// </summary>
        public static bool ShouldRetry(int? status, string problemCode, string method, bool hasIdempotencyKey, int retriesLeft)
        {
            if (retriesLeft < 1 || !IsMethodRetryable(method, hasIdempotencyKey)) return false;
            return !status.HasValue || IsStatusRetryable(status.Value, problemCode);
        }

        /// <summary>R3.4: <c>min(500 ms × 2^(retry−1), 8 s) × (1 − 0.25 × random)</c>, retry 1-based, random in [0, 1).</summary>
        public static TimeSpan Backoff(int retry, double random)
        {
            var baseMs = Math.Min(InitialDelay.TotalMilliseconds * Math.Pow(2, retry - 1), MaxDelay.TotalMilliseconds);
            return Milliseconds(baseMs * (1 - 0.25 * random));
        }

        /// <summary>
        /// R3.5: a Retry-After value (delta-seconds or HTTP-date) as a wait clamped to [0, 60 s];
        /// null when absent or unusable (negative, empty, junk), so the backoff applies.
        /// </summary>
        public static TimeSpan? ParseRetryAfter(string value, DateTimeOffset now)
        {
            if (value == null) return null;
            var trimmed = value.Trim();
            if (trimmed.Length == 0) return null;
            double ms;
            if (DeltaSeconds.IsMatch(trimmed))
            {
                // A huge value parses to a large double (or infinity): the clamp below handles both.
                ms = double.Parse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 1000;
            }
            else
            {
                var date = HttpDate.Parse(trimmed, now);
                if (!date.HasValue) return null;
                ms = (date.Value - now).TotalMilliseconds;
            }
            return Milliseconds(Math.Min(Math.Max(ms, 0), MaxRetryAfter.TotalMilliseconds));
        }

        // TimeSpan.FromMilliseconds rounds to whole milliseconds on .NET Framework and Mono.
        private static TimeSpan Milliseconds(double ms)
        {
            return TimeSpan.FromTicks((long)Math.Round(ms * TimeSpan.TicksPerMillisecond));
        }

        /// <summary>R3.4 + R3.5: the server's Retry-After wins over the computed backoff.</summary>
        public static TimeSpan Delay(int retry, string retryAfter, DateTimeOffset now, double random)
        {
            var server = ParseRetryAfter(retryAfter, now);
            return server.HasValue ? server.Value : Backoff(retry, random);
        }
    }
}
