package io.secureaistudio.sdk.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The server-sent events of a {@code text/event-stream} operation from {@code client.async()}
 * (rulebook R8.4): nothing is sent until {@link #subscribe}, then each event is pushed to the
 * handler as it arrives, on the HTTP client's threads; no thread waits for the next event. The
 * SDK never reconnects by itself.
 *
 * @param <T> the type each event's JSON data decodes to
 */
public final class AsyncEventStream<T> {
  private final Transport transport;
  private final ApiRequest request;
  private final Class<T> type;
  private boolean subscribed;

  /**
   * An unsent event stream request; the generated async methods call this.
   *
   * @param transport sends the request when subscribed
   * @param request the operation's request
   * @param type the model of the operation's {@code x-event-schema} (or JsonNode)
   */
  public AsyncEventStream(Transport transport, ApiRequest request, Class<T> type) {
    this.transport = transport;
    this.request = request;
    this.type = type;
  }

  /**
   * Sends the request and gives every event to {@code handler}, in order.
   *
   * @param handler called with each event, on the HTTP client's threads, one at a time
   * @return completes when the stream ends; exceptionally with {@link APIException} (error status),
   *     {@link APIConnectionException} (unreachable, or the stream broke off),
   *     {@link ResponseValidationException} (data that is not JSON) or what the handler threw;
   *     cancelling it closes the connection
   * @throws IllegalStateException when called a second time (a stream is read once)
   */
  public synchronized CompletableFuture<Void> subscribe(Consumer<? super ServerSentEvent<T>> handler) {
    if (subscribed) throw new IllegalStateException(request.operationId + ": an event stream can be subscribed to once");
    subscribed = true;
    return transport.executeEventsAsync(request, type, java.util.Objects.requireNonNull(handler, "handler"));
  }
}
