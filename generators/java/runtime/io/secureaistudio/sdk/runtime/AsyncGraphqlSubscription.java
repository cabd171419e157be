package io.secureaistudio.sdk.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A GraphQL subscription from {@code client.async()} (rulebook R13.3): nothing is sent until
 * {@link #subscribe}, then each payload (the data of a {@code next} event, decoded as the result
 * model) is pushed to the handler as it arrives, on the HTTP client's threads; {@code complete}
 * ends it and closes the connection. No thread waits for the next payload; no reconnection.
 *
 * @param <T> the result model each payload decodes to
 */
public final class AsyncGraphqlSubscription<T> {
  private final Transport transport;
  private final ApiRequest request;
  private final Class<T> type;
  private final String resultSchema;
  private boolean subscribed;

  /**
   * An unsent subscription request; the generated async methods call this.
   *
   * @param transport sends the request when subscribed
   * @param request the subscription's request ({@link GraphqlOverHttp#request})
   * @param type the result model (or JsonNode)
   * @param resultSchema the result model's component name in the API document, validated against
   *     (R7.1), or null
   */
  public AsyncGraphqlSubscription(Transport transport, ApiRequest request, Class<T> type, String resultSchema) {
    this.transport = transport;
    this.request = request;
    this.type = type;
    this.resultSchema = resultSchema;
  }

  /**
   * Sends the request and gives every payload to {@code handler}, in order.
   *
   * @param handler called with each payload, on the HTTP client's threads, one at a time
   * @return completes at {@code complete} or the stream's end; exceptionally with
   *     {@link APIException} (error status, before any payload), {@link APIConnectionException}
   *     (unreachable, or the stream broke off), {@link ResponseValidationException} (data that is
   *     not JSON, or not the model in strict mode) or what the handler threw; cancelling it closes
   *     the connection
   * @throws IllegalStateException when called a second time (a subscription is read once)
   */
  public synchronized CompletableFuture<Void> subscribe(Consumer<? super T> handler) {
    if (subscribed) throw new IllegalStateException(request.operationId + ": a GraphQL subscription can be subscribed to once");
    subscribed = true;
    return transport.executeSubscriptionAsync(request, type, resultSchema, java.util.Objects.requireNonNull(handler, "handler"));
  }
}
