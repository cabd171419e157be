// Hand-written runtime (generators/csharp/templates/runtime): copied verbatim into every generated SDK.
using System;
using SecureAiStudio.Sdk.Internal;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// Entry point of the SDK: one property per API area (<c>client.Jobs</c>, <c>client.Assets</c>, ...),
    /// generated into <c>Generated/SecureAIStudioClient.Resources.cs</c>. Thread-safe; create one and reuse it.
    /// </summary>
    /// <example>
    /// <code>
    /// using (var client = new SecureAIStudioClient(new ClientOptions { ApiKey = "sk_live_..." }))
    /// {
    ///     var job = await client.Jobs.GetJobAsync("job_123");
    /// }
    /// </code>
    /// </example>
    public sealed partial class SecureAIStudioClient : IDisposable
    {
        /// <summary>Creates a client configured from environment variables only.</summary>
        public SecureAIStudioClient() : this(new ClientOptions())
        {
        }

        /// <summary>Creates a client with the given options.</summary>
        public SecureAIStudioClient(ClientOptions options)
        {
            if (options == null) throw new ArgumentNullException("options");
            Options = options;
            Transport = new HttpTransport(options);
        }

        /// <summary>The options this client was created with.</summary>
        public ClientOptions Options { get; private set; }

        internal HttpTransport Transport { get; private set; }

        /// <summary>Releases the HTTP client the SDK created (an injected one is left alone).</summary>
        public void Dispose()
        {
            Transport.Dispose();
        }
    }
}
