// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// The typed events of a <c>text/event-stream</c> operation (R8.4), returned by its generated
    /// <c>…Async</c> method (e.g. <c>client.Jobs.EventsAsync</c>): each <see cref="ServerSentEvent"/> has
    /// its <c>Event</c> name, <c>Id</c> and <c>Data</c>, with <see cref="ServerSentEvent.Value"/> the data decoded as the spec's
    /// <c>x-event-schema</c> model (e.g. <c>JobEvent</c>). Read with <see cref="MoveNextAsync"/> and
    /// <see cref="Current"/>, <see cref="ReadAsync"/>, or <c>foreach</c> (which blocks on each event); the stream ends when the server closes it, there is no automatic
    /// reconnection (resume with the <c>lastEventId</c> argument). It can be read once; disposing it,
    /// or leaving a <c>foreach</c> early, closes the connection.
    /// </summary>
    /// <example>
    /// <code>
    /// using (var events = await client.Jobs.EventsAsync(jobId))
    /// {
    ///     while (await events.MoveNextAsync()) Console.WriteLine(events.Current.Event + " " + ((JobEvent)events.Current.Value).Progress);
    /// }
    /// </code>
    /// </example>
    public sealed class EventStream : IEnumerable<ServerSentEvent>, IDisposable
    {
        private readonly StreamResponse _response;
        private readonly ValidationMode _validation;
        private readonly Action<string, Exception> _logger;
        private readonly Internal.Redactor _redactor;
        private readonly ServerSentEventReader _reader;
        private readonly string _operationId;
        private readonly Type _dataType;
        private readonly CancellationToken _cancellationToken;
        private int _enumerated;

        internal EventStream(Internal.HttpTransport transport, Internal.ApiRequest request, StreamResponse response,
            string operationId, string eventSchemaRef, CancellationToken cancellationToken)
            : this(transport, request, response, operationId, ModelType(eventSchemaRef), cancellationToken)
        {
        }

        // Private, so a generated call passing a null schema reference is not ambiguous with this overload.
        private EventStream(Internal.HttpTransport transport, Internal.ApiRequest request, StreamResponse response,
            string operationId, Type dataType, CancellationToken cancellationToken)
        {
            _response = response;
            _validation = transport.ValidationFor(request);
            _logger = transport.Logger;
            _redactor = transport.Redactor;
            _reader = new ServerSentEventReader(response.Body);
            _operationId = operationId;
            _dataType = dataType;
            _cancellationToken = cancellationToken;
        }

        /// <summary>A stream whose data decodes as <paramref name="dataType"/> (a GraphQL subscription's result model).</summary>
        internal static EventStream OfType(Internal.HttpTransport transport, Internal.ApiRequest request, StreamResponse response,
            string operationId, Type dataType, CancellationToken cancellationToken)
        {
            return new EventStream(transport, request, response, operationId, dataType, cancellationToken);
        }

        /// <summary>Status and headers of the stream's response (R10).</summary>
        public ApiResponse Response { get { return _response; } }

        /// <summary>The model type events' data decode to (from <c>x-event-schema</c>), or null (JSON only).</summary>
        public Type DataType { get { return _dataType; } }

        /// <summary>
        /// The next event, or null when the server closed the stream. Data that is not JSON, or does not
        /// fit the event schema, raises <see cref="ResponseValidationException"/> (R7, R8.4).
        /// </summary>
        public async Task<ServerSentEvent> ReadAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            var evt = await ReadEventAsync(cancellationToken).ConfigureAwait(false);
            if (evt == null) return null;
            evt.Value = Decode(evt);
            return evt;
        }

        /// <summary>The next event as framed (its data not decoded), or null at the end; cancellation closes the stream.</summary>
        internal async Task<ServerSentEvent> ReadEventAsync(CancellationToken cancellationToken)
        {
            ServerSentEvent evt;
            // ReadLineAsync cannot be cancelled: closing the stream is what stops it (R2.3).
            using (cancellationToken.Register(Dispose))
            using (_cancellationToken.Register(Dispose))
            {
                try
                {
                    evt = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!(e is OperationCanceledException) && (cancellationToken.IsCancellationRequested || _cancellationToken.IsCancellationRequested))
                {
                    throw new APIUserAbortException("The event stream was aborted.", e);
                }
                catch (OperationCanceledException e)
                {
                    throw new APIUserAbortException("The event stream was aborted.", e);
                }
            }
            return evt;
        }

        /// <summary>The event the last <see cref="MoveNextAsync"/> read (null before the first call and after the end).</summary>
        public ServerSentEvent Current { get; private set; }

        /// <summary>
        /// Reads the next event into <see cref="Current"/> without blocking a thread; false when the server closed
        /// the stream: <c>while (await events.MoveNextAsync()) Console.WriteLine(events.Current.Data);</c>
        /// </summary>
        public async Task<bool> MoveNextAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            Current = await ReadAsync(cancellationToken).ConfigureAwait(false);
            return Current != null;
        }

        /// <summary>The data as the event schema's model (or JSON without one), under the validation mode (R7.1, R8.4).</summary>
        internal object Decode(ServerSentEvent evt)
        {
            return Internal.ResponseValidator.Decode(evt.Data, _dataType ?? typeof(JToken), _operationId, _response.RequestId,
                _response.StatusCode, _validation, _logger, _redactor);
        }

        /// <summary>Every remaining event, read as the enumeration advances; the stream is closed at the end.</summary>
        public IEnumerator<ServerSentEvent> GetEnumerator()
        {
            if (Interlocked.Exchange(ref _enumerated, 1) != 0) throw new InvalidOperationException("An event stream can be iterated once.");
            return Enumerate();
        }

        private IEnumerator<ServerSentEvent> Enumerate()
        {
            try
            {
                ServerSentEvent evt;
                while ((evt = ReadAsync(_cancellationToken).GetAwaiter().GetResult()) != null) yield return evt;
            }
            finally
            {
                Dispose();
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        /// <summary>Closes the connection.</summary>
        public void Dispose()
        {
            _reader.Dispose();
            _response.Dispose();
        }

        /// <summary>
        /// The generated model for an <c>x-event-schema</c> reference (<c>#/components/schemas/JobEvent</c>
        /// → <c>Models.JobEvent</c>); the templates only see the reference text, not the class.
        /// </summary>
        private static Type ModelType(string schemaRef)
        {
            if (string.IsNullOrEmpty(schemaRef)) return null;
            var name = schemaRef.Substring(schemaRef.LastIndexOf('/') + 1);
            var models = typeof(EventStream).Namespace + ".Models.";
            return typeof(EventStream).GetTypeInfo().Assembly.GetType(models + name, false, true);
        }
    }
}
