// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
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
    ///     var job = await client.Jobs.RetrieveAsync("job_123");
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

        private SecureAIStudioRawClient _withRawResponse;

        /// <summary>
        /// The same operations answering with the whole response: <c>client.WithRawResponse.Templates.RetrieveAsync(id)</c>
        /// gives an <see cref="ApiResponse{T}"/> (<c>StatusCode</c>, <c>Headers</c>, <c>RequestId</c>, <c>Deserialize()</c>).
        /// </summary>
        public SecureAIStudioRawClient WithRawResponse
        {
            get { return _withRawResponse ?? (_withRawResponse = new SecureAIStudioRawClient(Transport)); }
        }

        /// <summary>
        /// A client with changed options, e.g. <c>client.WithOptions(o => { o.MaxRetries = 0; })</c>: a copy of this
        /// client's options is passed to <paramref name="configure"/>. The new client sends with this client's
        /// <see cref="System.Net.Http.HttpClient"/> (unless <paramref name="configure"/> sets another), so dispose
        /// this client last; disposing the new one leaves the shared HttpClient open.
        /// </summary>
        public SecureAIStudioClient WithOptions(Action<ClientOptions> configure)
        {
            if (configure == null) throw new ArgumentNullException("configure");
            var copy = Options.Clone();
            copy.HttpClient = Options.HttpClient ?? Transport.Http;
            configure(copy);
            return new SecureAIStudioClient(copy);
        }

        /// <summary>Releases the HTTP client the SDK created (an injected one is left alone).</summary>
        public void Dispose()
        {
            Transport.Dispose();
        }
    }
}
