// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// Reads events from a <c>text/event-stream</c> body as they arrive (the WHATWG event-stream format).
    /// </summary>
    /// <example>
    /// <code>
    /// using (var response = await client.Jobs.EventsAsStreamAsync(jobId))
    /// using (var events = new ServerSentEventReader(response.Body))
    /// {
    ///     ServerSentEvent evt;
    ///     while ((evt = await events.ReadAsync()) != null) Console.WriteLine(evt.Event + " " + evt.Data);
    /// }
    /// </code>
    /// </example>
    public sealed class ServerSentEventReader : IDisposable
    {
        private readonly StreamReader _reader;
        private bool _started;

        /// <summary>Wraps an event-stream body; disposing the reader disposes the stream.</summary>
        public ServerSentEventReader(Stream body)
        {
            if (body == null) throw new ArgumentNullException("body");
            // No BOM detection: the format drops one leading U+FEFF itself (below); any later one is text.
            _reader = new StreamReader(body, new UTF8Encoding(false), false);
        }

        /// <summary>
        /// The stream's last event ID so far (the WHATWG "last event ID" that a reconnection sends as
        /// <c>Last-Event-ID</c>), or null when no message has set one.
        /// </summary>
        public string LastEventId { get; private set; }

        /// <summary>The next event, or null at the end of the stream.</summary>
        public async Task<ServerSentEvent> ReadAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            string eventName = null;
            string id = null;
            StringBuilder data = null;
            int? retry = null;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // ReadLine ends a line at CR, LF or CRLF, as the format does, also across chunks.
                var line = await _reader.ReadLineAsync().ConfigureAwait(false);
                if (line == null)
                {
                    // A trailing event without its blank line is dropped, as the format requires.
                    return null;
                }
                if (!_started)
                {
                    _started = true;
                    if (line.Length > 0 && line[0] == '\uFEFF') line = line.Substring(1);
                }
                if (line.Length == 0)
                {
                    if (data == null)
                    {
                        // Nothing to dispatch: the message's event name and id go with it.
                        eventName = null;
                        id = null;
                        continue;
                    }
                    // R8.4: the event's id is the one this message set (absent when it set none).
                    return new ServerSentEvent(string.IsNullOrEmpty(eventName) ? "message" : eventName, data.ToString(), id, retry);
                }
                if (line[0] == ':') continue; // comment / keep-alive
                var colon = line.IndexOf(':');
                var field = colon < 0 ? line : line.Substring(0, colon);
                var value = colon < 0 ? string.Empty : line.Substring(colon + 1);
                if (value.StartsWith(" ", StringComparison.Ordinal)) value = value.Substring(1);
                switch (field)
                {
                    case "event":
                        eventName = value;
                        break;
                    case "data":
                        if (data == null) data = new StringBuilder();
                        else data.Append('\n');
                        data.Append(value);
                        break;
                    case "id":
                        // An id with NUL is ignored (WHATWG), so it neither sets nor clears anything.
                        if (value.IndexOf('\0') < 0)
                        {
                            id = value;
                            LastEventId = value;
                        }
                        break;
                    case "retry":
                        int ms;
                        if (value.Length > 0 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ms)) retry = ms;
                        break;
                }
            }
        }

        /// <summary>Closes the underlying stream.</summary>
        public void Dispose()
        {
            _reader.Dispose();
        }
    }
}
