// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// The results of a GraphQL subscription (R13.3), returned by a GraphQL resource's generated
    /// <c>SubscribeAsync</c> (e.g. <c>client.Graphql.SubscribeAsync</c>): GraphQL over server-sent events, distinct
    /// connections mode. Each <c>next</c> event's data is one result, decoded as <typeparamref name="TResult"/>
    /// (e.g. <c>GraphqlResponse</c>, validated as any response, R7); <c>complete</c> ends it and closes the
    /// connection, other events are skipped, and the server closing the stream ends it too. Read with
    /// <see cref="MoveNextAsync"/> and <see cref="Current"/>, or <c>foreach</c> (which blocks on each result).
    /// It can be read once and is not resumed; disposing it, leaving a <c>foreach</c> early or cancelling
    /// the token closes the connection.
    /// </summary>
    /// <example>
    /// <code>
    /// using (var results = await client.Graphql.SubscribeAsync("subscription { jobEvents(jobId: \"job_1\") { progress } }"))
    /// {
    ///     while (await results.MoveNextAsync()) Console.WriteLine(results.Current.Data);
    /// }
    /// </code>
    /// </example>
    public sealed class GraphqlSubscription<TResult> : IEnumerable<TResult>, IDisposable
    {
        /// <summary>The event whose data is one result (GraphQL over SSE).</summary>
        internal const string NextEvent = "next";

        /// <summary>The event that ends the subscription; nothing after it is read.</summary>
        internal const string CompleteEvent = "complete";

        // The SSE framing, cancellation and per-event decoding (R7) are the event stream's (R8.4).
        private readonly EventStream _events;
        private readonly CancellationToken _cancellationToken;
        private bool _ended;
        private int _enumerated;

        internal GraphqlSubscription(Internal.HttpTransport transport, Internal.ApiRequest request, StreamResponse response,
            string operationId, CancellationToken cancellationToken)
        {
            _events = EventStream.OfType(transport, request, response, operationId, typeof(TResult), cancellationToken);
            _cancellationToken = cancellationToken;
        }

        /// <summary>Status and headers of the subscription's response (R10).</summary>
        public ApiResponse Response { get { return _events.Response; } }

        /// <summary>The result the last <see cref="MoveNextAsync"/> read (the default before the first call and after the end).</summary>
        public TResult Current { get; private set; }

        /// <summary>
        /// Reads the next result into <see cref="Current"/> without blocking a thread; false once the subscription
        /// completed or the server closed the stream (the connection is closed then):
        /// <c>while (await results.MoveNextAsync()) Console.WriteLine(results.Current.Data);</c>. Data that is not
        /// JSON, or does not fit the result model, raises <see cref="ResponseValidationException"/> (R7).
        /// </summary>
        public async Task<bool> MoveNextAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            while (!_ended)
            {
                var evt = await _events.ReadEventAsync(cancellationToken).ConfigureAwait(false);
                if (evt == null || evt.Event == CompleteEvent)
                {
                    End();
                    break;
                }
                if (evt.Event != NextEvent) continue;
                Current = (TResult)_events.Decode(evt);
                return true;
            }
            Current = default(TResult);
            return false;
        }

        /// <summary>Every remaining result, read as the enumeration advances; the connection is closed at the end.</summary>
        public IEnumerator<TResult> GetEnumerator()
        {
            if (Interlocked.Exchange(ref _enumerated, 1) != 0) throw new InvalidOperationException("A GraphQL subscription can be iterated once.");
            return Enumerate();
        }

        private IEnumerator<TResult> Enumerate()
        {
            try
            {
                while (MoveNextAsync(_cancellationToken).GetAwaiter().GetResult()) yield return Current;
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

        private void End()
        {
            _ended = true;
            Dispose();
        }

        /// <summary>Closes the connection; reading afterwards ends at once.</summary>
        public void Dispose()
        {
            _ended = true;
            _events.Dispose();
        }
    }
}
