package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The results of a GraphQL subscription (rulebook R13.3), read lazily from a GraphQL-over-SSE
 * answer (distinct connections mode), framed by the SDK's SSE reader (R8.4): each {@code next}
 * event's data is one payload, decoded as the operation's result model and validated like any
 * event (R7.1); {@code complete} ends the subscription and nothing after it is read; events of
 * other names are ignored; the stream's end ends it too. Iterable once; {@link #close()}
 * (reaching the end does it too) closes the connection, so stopping early frees it. The SDK
 * never reconnects: the protocol's distinct connections do not resume.
 *
 * @param <T> the result model each payload decodes to
 */
public final class GraphqlSubscription<T> implements Iterable<T>, AutoCloseable {
  private final String operationId;
  private final ApiResponse<InputStream> response;
  private final SseParser parser;
  private final Json json;
  private final Class<T> type;
  private final Consumer<JsonNode> validate;
  private boolean iterated;

  GraphqlSubscription(String operationId, ApiResponse<InputStream> response, Json json, Class<T> type,
      Consumer<JsonNode> validate) {
    this.operationId = operationId;
    this.response = response;
    this.parser = new SseParser(response.getData());
    this.json = json;
    this.type = type;
    this.validate = validate;
  }

  /** @return the status and headers of the subscription's response (R10); its body is what this reads */
  public ApiResponse<InputStream> response() {
    return response;
  }

  @Override
  public Iterator<T> iterator() {
    if (iterated) throw new IllegalStateException(operationId + ": a GraphQL subscription can be iterated once");
    iterated = true;
    return new Iterator<T>() {
      private T next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = read();
          if (next == null) {
            done = true;
            close();
          }
        }
        return next != null;
      }

      @Override
      public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T payload = next;
        next = null;
        return payload;
      }
    };
  }

  /**
   * The payloads as a sequential, lazy stream; closing the stream (try-with-resources) closes the
   * connection.
   *
   * @return the stream of payloads
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** The next payload, or null at {@code complete} or the end of the stream. */
  private T read() {
    try {
      for (SseParser.Message message; (message = parser.next()) != null; ) {
        if (isComplete(message)) return null;
        T payload = payload(operationId, message, json, type, response.requestId().orElse(null), validate);
        if (payload != null) return payload;
      }
      return null;
    } catch (IOException e) {
      throw new APIConnectionException(operationId + ": the GraphQL subscription broke off: " + e.getMessage(), e);
    }
  }

  /** Whether {@code message} ends the subscription (the async reader shares this with {@link #read}). */
  static boolean isComplete(SseParser.Message message) {
    return GraphqlOverHttp.COMPLETE.equals(message.event);
  }

  /**
   * The payload of a {@code next} message, decoded and validated as event data is (R8.4, R7.1);
   * null for a message of any other event, which subscriptions ignore.
   */
  static <T> T payload(String operationId, SseParser.Message message, Json json, Class<T> type, String requestId,
      Consumer<JsonNode> validate) {
    if (!GraphqlOverHttp.NEXT.equals(message.event)) return null;
    return EventStream.decode(operationId, message, json, type, requestId, validate).getData();
  }

  /** Closes the connection; iteration stops. */
  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
