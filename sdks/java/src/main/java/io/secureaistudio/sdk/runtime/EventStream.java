package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The events of a {@code text/event-stream} response (rulebook R8.4), read lazily as they
 * arrive, framed by {@link SseParser} (WHATWG rules) and each event's data decoded from JSON.
 * The stream is iterable once; {@link #close()} (or reaching the
 * end) closes the connection. The SDK never reconnects by itself.
 *
 * @param <T> the type each event's JSON data decodes to
 */
public final class EventStream<T> implements Iterable<ServerSentEvent<T>>, AutoCloseable {
  private final String operationId;
  private final ApiResponse<InputStream> response;
  private final SseParser parser;
  private final Json json;
  private final Class<T> dataType;
  private final java.util.function.Consumer<JsonNode> validate;
  private boolean iterated;

  EventStream(String operationId, ApiResponse<InputStream> response, Json json, Class<T> dataType,
      java.util.function.Consumer<JsonNode> validate) {
    this.validate = validate;
    this.operationId = operationId;
    this.response = response;
    this.parser = new SseParser(response.getData());
    this.json = json;
    this.dataType = dataType;
  }

  /** @return the status and headers of the stream's response (R10); its body is what this stream reads */
  public ApiResponse<InputStream> response() {
    return response;
  }

  @Override
  public Iterator<ServerSentEvent<T>> iterator() {
    if (iterated) throw new IllegalStateException(operationId + ": an event stream can be iterated once");
    iterated = true;
    return new Iterator<ServerSentEvent<T>>() {
      private ServerSentEvent<T> next;
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
      public ServerSentEvent<T> next() {
        if (!hasNext()) throw new NoSuchElementException();
        ServerSentEvent<T> event = next;
        next = null;
        return event;
      }
    };
  }

  /** The next dispatched event, or null at the end of the stream. */
  private ServerSentEvent<T> read() {
    try {
      SseParser.Message message = parser.next();
      return message == null ? null : decode(operationId, message, json, dataType, response.requestId().orElse(null), validate);
    } catch (IOException e) {
      throw new APIConnectionException(operationId + ": the event stream broke off: " + e.getMessage(), e);
    }
  }

  /** One message's data parsed as JSON, validated (R7.1, in the client's mode) and decoded as {@code dataType}. */
  static <T> ServerSentEvent<T> decode(String operationId, SseParser.Message message, Json json, Class<T> dataType,
      String requestId, java.util.function.Consumer<JsonNode> validate) {
    String event = message.event;
    String id = message.id;
    String data = message.data;
    JsonNode tree;
    try {
      tree = json.mapper().readTree(data);
    } catch (IOException e) {
      tree = null;
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ResponseValidationException(operationId,
          List.of(new ResponseValidationException.Issue("", "the body is not valid JSON (event data: " + abbreviate(data) + ")")), requestId);
    }
    validate.accept(tree); // R7.1 on each event's data, in the client's validation mode
    try {
      T value = json.mapper().treeToValue(tree, dataType);
      return new ServerSentEvent<>(event, id, value);
    } catch (IOException e) {
      throw new ResponseValidationException(operationId,
          List.of(new ResponseValidationException.Issue("", "event data does not match " + dataType.getSimpleName() + ": " + e.getMessage())), requestId);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
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
