// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// Settings of the <c>WaitFor…Async</c> waiters (R8.2, R8.3). Before poll n+1 the waiter waits
    /// <c>min(Interval × 1.5^(n−1), MaxInterval)</c>, or the poll response's <c>Retry-After</c>.
    /// </summary>
    /// <example><code>new WaitOptions { Interval = TimeSpan.FromMilliseconds(500), Timeout = TimeSpan.FromMinutes(2) }</code></example>
    public sealed class WaitOptions
    {
        /// <summary>The defaults: poll after 1 s, at most every 10 s, give up after 15 min.</summary>
        public WaitOptions()
        {
            Interval = TimeSpan.FromSeconds(1);
            MaxInterval = TimeSpan.FromSeconds(10);
            Timeout = TimeSpan.FromMinutes(15);
        }

        /// <summary>Wait after the first poll (default 1 s); grows 1.5× per poll.</summary>
        public TimeSpan Interval { get; set; }

        /// <summary>Longest wait between polls (default 10 s).</summary>
        public TimeSpan MaxInterval { get; set; }

        /// <summary>Overall deadline (default 15 minutes); past it <see cref="WaitTimeoutException"/> is thrown.</summary>
        public TimeSpan Timeout { get; set; }

        internal void Validate()
        {
            if (Interval <= TimeSpan.Zero) throw new ArgumentException("WaitOptions.Interval must be positive, got " + Interval + ".", "waitOptions");
            if (MaxInterval < Interval) throw new ArgumentException("WaitOptions.MaxInterval must be >= Interval, got " + MaxInterval + ".", "waitOptions");
            if (Timeout <= TimeSpan.Zero) throw new ArgumentException("WaitOptions.Timeout must be positive, got " + Timeout + ".", "waitOptions");
        }
    }
}
