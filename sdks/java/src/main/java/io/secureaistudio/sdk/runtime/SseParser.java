package io.secureaistudio.sdk.runtime;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The WHATWG "event stream interpretation" (rulebook R8.4), free of JSON and HTTP so every rule
 * is unit-testable: UTF-8, one leading BOM dropped, lines ending in LF, CR or CRLF (a stream may
 * be split anywhere, even inside a character or between CR and LF), {@code :} comments, one space
 * after the colon removed, {@code data} lines joined with LF, {@code retry} and unknown fields
 * ignored, an {@code id} containing NUL ignored, a blank line dispatching a message that has data,
 * and an unfinished message at the end of the stream discarded. Each message carries its own
 * {@code event} and {@code id} only (an event of a message without an id has none).
 *
 * <p>No maintained SSE parser for plain {@code java.net.http} exists in Maven Central without
 * pulling in another HTTP stack, hence this small one.
 */
final class SseParser implements Closeable {
  /** One dispatched message: the event name ({@code message} when none), the raw data, the id or null. */
  static final class Message {
    final String event;
    final String data;
    final String id;

    Message(String event, String data, String id) {
      this.event = event;
      this.data = data;
      this.id = id;
    }
  }

  /**
   * The line-level state of the interpretation, fed one line at a time (without its line end):
   * what {@link #next()} runs over a blocking stream and the async client over pushed lines.
   */
  static final class Lines {
    private boolean started;
    private String event;
    private String id;
    private StringBuilder data;

    /** Takes one line; returns the message a blank line dispatches, else null. */
    Message accept(String line) {
      if (!started) {
        started = true;
        if (line.startsWith("\uFEFF")) line = line.substring(1);
      }
      if (line.isEmpty()) {
        Message message = data == null ? null : new Message(event == null || event.isEmpty() ? "message" : event, data.toString(), id);
        event = null;
        id = null;
        data = null;
        return message;
      }
      if (line.startsWith(":")) return null;
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) value = value.substring(1);
      switch (field) {
        case "event": event = value; break;
        case "data": data = (data == null ? new StringBuilder() : data.append('\n')).append(value); break;
        case "id": if (value.indexOf('\0') < 0) id = value; break;
        default: break; // retry and unknown fields are ignored
      }
      return null;
    }
  }

  private final BufferedReader reader;
  private final Lines lines = new Lines();

  SseParser(InputStream body) {
    // BufferedReader.readLine ends lines at LF, CR or CRLF and skips the LF of a CRLF split
    // across reads; InputStreamReader decodes UTF-8 split across reads.
    this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
  }

  /** The next message, or null at the end of the stream. */
  Message next() throws IOException {
    for (String line; (line = reader.readLine()) != null; ) {
      Message message = lines.accept(line);
      if (message != null) return message;
    }
    // A stream that ends without the blank line discards the unfinished message. readLine also
    // returns a last line that has no line end; it is such an unfinished line, so it is dropped too.
    return null;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
