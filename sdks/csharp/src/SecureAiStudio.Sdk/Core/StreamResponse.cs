// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// A response whose body is read as it arrives (downloads, event streams). Dispose it to
    /// release the connection.
    /// </summary>
    public sealed class StreamResponse : ApiResponse, IDisposable
    {
        private readonly HttpResponseMessage _message;

        internal StreamResponse(HttpResponseMessage message, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, Stream body)
            : base((int)message.StatusCode, headers)
        {
            _message = message;
            Body = body;
        }

        /// <summary>The response body.</summary>
        public Stream Body { get; private set; }

        /// <summary>The <c>Content-Range</c> header of a 206 partial response.</summary>
        public string ContentRange { get { return GetHeader("Content-Range"); } }

        /// <summary>Closes the body and the connection.</summary>
        public void Dispose()
        {
            Body.Dispose();
            _message.Dispose();
        }
    }
}
