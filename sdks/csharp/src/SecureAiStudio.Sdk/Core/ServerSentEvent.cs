// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk
{
    /// <summary>One event of a <c>text/event-stream</c> response.</summary>
    public sealed class ServerSentEvent
    {
        internal ServerSentEvent(string eventName, string data, string id, int? retryMilliseconds)
        {
            Event = eventName;
            Data = data;
            Id = id;
            RetryMilliseconds = retryMilliseconds;
        }

        /// <summary>The <c>event:</c> name (<c>message</c> when the server sent none).</summary>
        public string Event { get; private set; }

        /// <summary>The <c>data:</c> lines joined with newlines.</summary>
        public string Data { get; private set; }

        /// <summary>
        /// The <c>id:</c> of this message, or null when it set none (R8.4). To resume a stream, send the
        /// last non-null one back as <c>lastEventId</c> (<see cref="ServerSentEventReader.LastEventId"/>).
        /// </summary>
        public string Id { get; private set; }

        /// <summary>The server's <c>retry:</c> hint, if any.</summary>
        public int? RetryMilliseconds { get; private set; }

        /// <summary>
        /// The data decoded as the operation's event schema (e.g. a <c>JobEvent</c>) when read through an
        /// <see cref="EventStream"/>; null from a plain <see cref="ServerSentEventReader"/>.
        /// </summary>
        public object Value { get; internal set; }

        /// <summary>Decodes <see cref="Data"/> as JSON, e.g. <c>evt.DataAs&lt;JobEvent&gt;()</c>.</summary>
        public T DataAs<T>()
        {
            return SecureAIStudioJson.Deserialize<T>(Data);
        }
    }
}
