package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.StringJoiner;

/**
 * Sends {@link ApiRequest}s with {@code java.net.http} and decodes the answers. Every generated
 * operation goes through here, so cross-cutting behaviour (auth, typed errors, retries) has
 * one home.
 */
public final class Transport {
  private final ClientOptions options;
  private final HttpClient http;
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private final Json json;
  /** Tokens shared by every view of one client: a refresh (R1.4) serves all later calls. */
  private static final class Tokens {
    volatile String accessToken;
    volatile String refreshToken;
    /** Counts refreshes, so concurrent 401s share one refresh request (single flight). */
    int generation;
    /** The async refresh in flight, shared by the async calls that meet a 401 meanwhile. */
    CompletableFuture<Void> refreshing;
  }

  private final Tokens tokens;
  private final RequestOptions callOptions;

  /**
   * A transport for one client; the client creates it, its resources share it.
   *
   * @param options the client's settings (HTTP client, credentials, timeout, retries)
   */
  public Transport(ClientOptions options) {
    this.options = options;
    // Jackson, and the API document when responses are validated, are made ready while the
    // first request goes out (see Json.inBackground).
    this.json = Json.inBackground(options.validation() == Validation.OFF ? () -> {} : ResponseValidator::warmUp);
    this.http = options.httpClient();
    this.tokens = new Tokens();
    this.tokens.accessToken = options.bearerToken();
    this.tokens.refreshToken = options.refreshToken();
    this.callOptions = RequestOptions.none();
  }

  private Transport(Transport parent, RequestOptions callOptions) {
    this.options = parent.options;
    this.json = parent.json;
    this.http = parent.http;
    this.tokens = parent.tokens;
    this.callOptions = callOptions;
  }

  /**
   * A view of this transport whose calls use {@code callOptions} on top of the client's (R2.2).
   *
   * @param callOptions the per-call overrides
   * @return a transport sharing this one's HTTP client and tokens
   */
  public Transport withOptions(RequestOptions callOptions) {
    return new Transport(this, java.util.Objects.requireNonNull(callOptions, "callOptions"));
  }

  private Duration timeout() {
    return callOptions.timeout() != null ? callOptions.timeout() : options.timeout();
  }

  /** @return the client's settings */
  public ClientOptions options() {
    return options;
  }

  /** @return the client's JSON settings (its mapper may still be building on a daemon thread) */
  public Json json() {
    return json;
  }

  /**
   * Sends the request and decodes a JSON (or, for String, text) body into {@code type}. A 2xx
   * JSON body that does not parse raises {@link ResponseValidationException} (R7.4).
   *
   * @param <T> the body's type
   * @param request the operation's request
   * @param type the body's type
   * @return the status, headers and decoded body
   * @throws APIException when the server answers with an error status (after the retries)
   * @throws APIConnectionException when the server cannot be reached (after the retries)
   */
  public <T> ApiResponse<T> execute(ApiRequest request, TypeReference<T> type) {
    return decode(request, send(request, HttpResponse.BodyHandlers.ofByteArray()), type);
  }

  /**
   * {@link #execute} without blocking any thread: the request goes out with
   * {@code HttpClient.sendAsync}, retry waits are scheduled (never slept), and the future completes
   * on the HTTP client's executor. Cancelling it aborts the attempt in flight and any retry.
   *
   * @param <T> the body's type
   * @param request the operation's request
   * @param type the body's type
   * @return a future of the status, headers and decoded body, failing as {@link #execute} throws
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, TypeReference<T> type) {
    return AsyncCalls.map(sendAsync(request, HttpResponse.BodyHandlers.ofByteArray(), false), r -> decode(request, r, type));
  }

  /**
   * The server-sent events of {@code request} pushed to {@code handler} as they arrive, without
   * blocking any thread (R8.4): the future completes at the end of the stream, exceptionally when
   * the call fails, the stream breaks off or the handler throws; cancelling it closes the connection.
   *
   * @param <T> the type each event's data decodes to
   * @param request the operation's request
   * @param type the type each event's data decodes to
   * @param handler called with each event, in order
   * @return a future completing at the end of the stream
   */
  public <T> CompletableFuture<Void> executeEventsAsync(ApiRequest request, Class<T> type,
      java.util.function.Consumer<? super ServerSentEvent<T>> handler) {
    return messagesAsync(request, message -> {
      handler.accept(EventStream.decode(request.operationId, message, json, type, null, data -> validate(request,
          () -> ResponseValidator.checkEvent(request, 200, data), null)));
      return true;
    });
  }

  /**
   * The payloads of a GraphQL subscription (R13.3) pushed to {@code handler} as they arrive,
   * without blocking any thread; the future completes at {@code complete} (closing the connection)
   * or the end of the stream, exceptionally as {@link #executeEventsAsync}'s does.
   *
   * @param <T> the result model each payload decodes to
   * @param request the subscription's request ({@link GraphqlOverHttp#request})
   * @param type the result model
   * @param resultSchema the result model's component name in the API document (R7.1), or null
   * @param handler called with each payload, in order
   * @return a future completing at the end of the subscription
   */
  public <T> CompletableFuture<Void> executeSubscriptionAsync(ApiRequest request, Class<T> type, String resultSchema,
      java.util.function.Consumer<? super T> handler) {
    return messagesAsync(request, message -> {
      if (GraphqlSubscription.isComplete(message)) return false;
      T payload = GraphqlSubscription.payload(request.operationId, message, json, type, null,
          data -> validate(request, () -> ResponseValidator.checkComponent(resultSchema, data), null));
      if (payload != null) handler.accept(payload);
      return true;
    });
  }

  /**
   * Sends {@code request} and gives each SSE message to {@code onMessage} as it arrives; the
   * future completes at the end of the stream or when {@code onMessage} returns false (which
   * closes the connection), exceptionally when the call fails, the stream breaks off or
   * {@code onMessage} throws; cancelling it closes the connection.
   */
  private CompletableFuture<Void> messagesAsync(ApiRequest request, java.util.function.Predicate<SseParser.Message> onMessage) {
    EventLines lines = new EventLines(onMessage);
    CompletableFuture<Received<Void>> sent = sendAsync(request,
        info -> HttpResponse.BodySubscribers.fromLineSubscriber(lines, s -> null, StandardCharsets.UTF_8, null), true);
    CompletableFuture<Void> done = AsyncCalls.map(sent, r -> {
      if (lines.failure != null) throw lines.failure;
      return null;
    });
    lines.sent = sent;
    lines.done = done;
    if (lines.failure != null) done.completeExceptionally(lines.failure);
    if (lines.finished) lines.finish();
    // Cancelled by the caller: close the connection (the JDK aborts the exchange as well).
    done.whenComplete((v, e) -> {
      if (done.isCancelled()) lines.cancel();
    });
    return done;
  }

  /** Frames the lines of an event stream into messages for a handler. */
  private static final class EventLines implements java.util.concurrent.Flow.Subscriber<String> {
    private final java.util.function.Predicate<SseParser.Message> onMessage;
    private final SseParser.Lines parser = new SseParser.Lines();
    private volatile java.util.concurrent.Flow.Subscription subscription;
    volatile CompletableFuture<?> sent;
    volatile CompletableFuture<Void> done;
    volatile RuntimeException failure;
    /** The handler ended the stream (a GraphQL {@code complete}): nothing more is read. */
    volatile boolean finished;

    EventLines(java.util.function.Predicate<SseParser.Message> onMessage) {
      this.onMessage = onMessage;
    }

    void cancel() {
      java.util.concurrent.Flow.Subscription s = subscription;
      if (s != null) s.cancel();
    }

    /** Completes the stream normally, then closes the connection. */
    void finish() {
      CompletableFuture<Void> d = done;
      if (d == null) return; // messagesAsync finishes it once the future exists
      d.complete(null);
      cancel();
      CompletableFuture<?> s = sent;
      if (s != null) s.cancel(true);
    }

    @Override
    public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
      this.subscription = subscription;
      if (finished || (done != null && done.isDone())) subscription.cancel();
      else subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      if (finished || failure != null || (done != null && done.isDone())) return;
      SseParser.Message message = parser.accept(line);
      if (message == null) return;
      try {
        if (!onMessage.test(message)) {
          finished = true;
          finish();
        }
      } catch (RuntimeException e) {
        failure = e;
        cancel();
        CompletableFuture<Void> d = done;
        if (d != null) d.completeExceptionally(e);
      }
    }

    @Override
    public void onError(Throwable error) {}

    @Override
    public void onComplete() {}
  }

  /** A 2xx answer's body as JSON (or, for String, text) decoded into {@code type}, validated (R7). */
  private <T> ApiResponse<T> decode(ApiRequest request, Received<byte[]> response, TypeReference<T> type) {
    byte[] body = response.body;
    if (body == null || body.length == 0) {
      return new ApiResponse<>(response.status, response.headers, null);
    }
    String contentType = response.header("Content-Type").orElse("");
    String requestId = response.header("X-Request-Id").orElse(null);
    if (type.getType() == String.class && !isJson(contentType)) {
      @SuppressWarnings("unchecked")
      T text = (T) new String(body, StandardCharsets.UTF_8);
      return new ApiResponse<>(response.status, response.headers, text);
    }
    JsonNode tree;
    try {
      tree = json.mapper().readTree(body);
    } catch (IOException e) {
      tree = null;
    }
    if (tree == null || tree.isMissingNode()) {
      // R7.4: nothing to return, whatever the validation mode.
      throw new ResponseValidationException(request.operationId,
          List.of(new ResponseValidationException.Issue("", "the body is not valid JSON (" + body.length + " bytes received)")), requestId);
    }
    JsonNode received = tree;
    validate(request, () -> ResponseValidator.check(request, response.status, contentType, received), requestId);
    try {
      T data = json.mapper().readerFor(json.mapper().getTypeFactory().constructType(type)).readValue(received);
      return new ApiResponse<>(response.status, response.headers, data, received);
    } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
      // Valid JSON that cannot become the model at all: no data to return, in every mode.
      throw new ResponseValidationException(request.operationId,
          List.of(new ResponseValidationException.Issue(pointer(e), redact(e.getOriginalMessage()))), requestId);
    } catch (IOException e) {
      throw new ResponseValidationException(request.operationId,
          List.of(new ResponseValidationException.Issue("", redact(e.getMessage()))), requestId);
    }
  }

  /**
   * R7.1: with issues, STRICT throws {@link ResponseValidationException}, WARN logs it and OFF
   * (checked by the caller's mode) does nothing. The data is never changed (R7.3).
   */
  private void validate(ApiRequest request, java.util.function.Supplier<List<ResponseValidationException.Issue>> check, String requestId) {
    Validation mode = callOptions.validation() != null ? callOptions.validation() : options.validation();
    if (mode == Validation.OFF) return;
    List<ResponseValidationException.Issue> issues = check.get();
    if (issues.isEmpty()) return;
    List<ResponseValidationException.Issue> redacted = new java.util.ArrayList<>();
    for (ResponseValidationException.Issue issue : issues) {
      redacted.add(new ResponseValidationException.Issue(issue.getPath(), redact(issue.getMessage())));
    }
    ResponseValidationException error = new ResponseValidationException(request.operationId, redacted, requestId);
    if (mode == Validation.STRICT) throw error;
    options.logger().log(System.Logger.Level.WARNING, error.getMessage(), error);
  }

  /**
   * Sends the request and returns the whole body as bytes (binary downloads).
   *
   * @param request the operation's request
   * @return the status, headers and body bytes
   */
  public ApiResponse<byte[]> executeBytes(ApiRequest request) {
    Received<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new ApiResponse<>(response.status, response.headers, response.body);
  }

  /**
   * Sends the request and returns the open body stream; the caller must close it.
   *
   * @param request the operation's request
   * @return the status, headers and open body
   */
  public ApiResponse<InputStream> executeStream(ApiRequest request) {
    Received<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
    return new ApiResponse<>(response.status, response.headers, response.body);
  }

  /**
   * Sends the request and returns its server-sent events (R8.4), each event's data decoded as
   * {@code type} (the model of the spec's {@code x-event-schema}, or JsonNode). The timeout
   * applies only until the response headers arrive (R2.4).
   *
   * @param <T> the type each event's data decodes to
   * @param request the operation's request
   * @param type the type each event's data decodes to
   * @return the open stream; iterate it once, close it to stop early
   */
  public <T> EventStream<T> executeEvents(ApiRequest request, Class<T> type) {
    ApiResponse<InputStream> response = executeStream(request);
    String requestId = response.requestId().orElse(null);
    return new EventStream<>(request.operationId, response, json, type,
        data -> validate(request, () -> ResponseValidator.checkEvent(request, response.getStatusCode(), data), requestId));
  }

  /**
   * Sends a GraphQL subscription (R13.3) and returns its payloads, each {@code next} event's data
   * decoded as {@code type} and validated against {@code resultSchema} (R7.1). A non-2xx answer
   * throws here, before the first payload. The timeout applies only until the response headers
   * arrive (R2.4).
   *
   * @param <T> the result model each payload decodes to
   * @param request the subscription's request ({@link GraphqlOverHttp#request})
   * @param type the result model (or JsonNode)
   * @param resultSchema the result model's component name in the API document, or null
   * @return the open subscription; iterate it once, close it to stop early
   */
  public <T> GraphqlSubscription<T> executeSubscription(ApiRequest request, Class<T> type, String resultSchema) {
    ApiResponse<InputStream> response = executeStream(request);
    String requestId = response.requestId().orElse(null);
    return new GraphqlSubscription<>(request.operationId, response, json, type,
        data -> validate(request, () -> ResponseValidator.checkComponent(resultSchema, data), requestId));
  }

  /**
   * Sends the request and returns the download with its status and range details (R9.2).
   *
   * @param request the operation's request
   * @return the download; read its body once
   */
  public BinaryResponse executeBinary(ApiRequest request) {
    return new BinaryResponse(executeStream(request));
  }

  /**
   * Sends the request and discards any body.
   *
   * @param request the operation's request
   * @return the status and headers ({@code getData()} is null)
   */
  public ApiResponse<Void> executeVoid(ApiRequest request) {
    Received<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new ApiResponse<>(response.status, response.headers, null);
  }

  /** A 2xx body decoded by the caller's handler, or the bytes of an error body. */
  private static final class Answer<B> {
    final B body;
    final byte[] errorBody;

    private Answer(B body, byte[] errorBody) {
      this.body = body;
      this.errorBody = errorBody;
    }
  }

  /**
   * Runs the attempts of one call (rulebook R3): builds the request once, so every attempt sends
   * the same URL, headers (one Idempotency-Key) and body bytes, then retries connection failures,
   * timeouts and retryable statuses while the method allows it and retries remain.
   */
  private <B> Received<B> send(ApiRequest request, HttpResponse.BodyHandler<B> handler) {
    if (Thread.currentThread().isInterrupted()) {
      // R2.3: a call whose thread is already interrupted sends nothing.
      throw aborted(request, new InterruptedException("interrupted before sending"));
    }
    // The token generation is read before the token goes into the request: a refresh made by
    // another call in between then counts as newer, and this call's 401 reuses it (single flight).
    int generation = currentGeneration();
    HttpRequest httpRequest = toHttpRequest(request);
    // Only the SDK retries (R3): see SingleSendPublisher for the JDK's own silent re-send.
    SingleSendPublisher guard = null;
    if (http.followRedirects() == HttpClient.Redirect.NEVER) {
      guard = new SingleSendPublisher(httpRequest.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
      httpRequest = withBody(httpRequest, guard);
    }
    final boolean hasIdempotencyKey = httpRequest.headers().firstValue(IDEMPOTENCY_KEY).isPresent();
    HttpResponse.BodyHandler<Answer<B>> answers = info -> info.statusCode() / 100 == 2
        ? HttpResponse.BodySubscribers.mapping(handler.apply(info), b -> new Answer<B>(b, null))
        : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), b -> new Answer<B>(null, b));
    int maxRetries = callOptions.maxRetries() != null ? callOptions.maxRetries() : options.maxRetries();
    boolean refreshed = false;
    for (int n = 1; ; n++) {
      final int retry = n; // the retry this failure would lead to (1-based, R3.4)
      int retriesLeft = maxRetries - (retry - 1);
      // R3.1-R3.3 for a failure without a response (connection error, timeout).
      boolean lastAttempt = !RetryPolicy.shouldRetry(null, null, request.method, hasIdempotencyKey, retriesLeft);
      Duration wait;
      try {
        if (guard != null) guard.arm();
        HttpResponse<Answer<B>> response = http.send(httpRequest, answers);
        Answer<B> answer = response.body();
        if (answer.errorBody == null) return withBody(response, answer.body);
        APIException error = error(response, answer.errorBody);
        if (error.getStatus() == 401 && !refreshed && canRefresh(request)) {
          // R1.4: one refresh per call, then the same attempt again; not a retry (n unchanged).
          refreshed = true;
          refresh(generation);
          generation = currentGeneration();
          httpRequest = withAccessToken(httpRequest, request);
          n--;
          continue;
        }
        if (!RetryPolicy.shouldRetry(error.getStatus(), error.getCode(), request.method, hasIdempotencyKey, retriesLeft)) throw error;
        wait = RetryPolicy.parseRetryAfter(error.header("Retry-After").orElse(null), Instant.now())
            .orElseGet(() -> RetryPolicy.backoff(retry, ThreadLocalRandom.current().nextDouble()));
      } catch (HttpTimeoutException e) {
        if (lastAttempt) {
          throw new APIConnectionTimeoutException(
              redact(request.operationId + ": timed out after " + ConnectionFailure.describe(timeout()) + " waiting for " + httpRequest.uri()), Redaction.redactCause(e, secrets()));
        }
        wait = RetryPolicy.backoff(retry, ThreadLocalRandom.current().nextDouble());
      } catch (IOException e) {
        if (lastAttempt) {
          String reason = SingleSendPublisher.isRefusedResend(e)
              ? "the connection was closed or reset before any response arrived" : redact(ConnectionFailure.reason(e));
          // R5.5: URL user-info and secrets leave the message and every cause (getCause()).
          throw APIConnectionException.redacted(request.operationId + ": cannot reach " + httpRequest.uri() + ": " + reason, e, secrets());
        }
        wait = RetryPolicy.backoff(retry, ThreadLocalRandom.current().nextDouble());
      } catch (InterruptedException e) {
        throw aborted(request, e);
      }
      try {
        options.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        throw aborted(request, e);
      }
    }
  }

  /**
   * {@link #send} without blocking (R3 as there): each attempt is an {@code HttpClient.sendAsync},
   * each wait a scheduled task, a 401 refresh an async request. The returned future's
   * {@code cancel} aborts the attempt in flight (R2.3) and stops further attempts.
   *
   * @param streaming the 2xx body is consumed as it arrives (events): a failure after the headers
   *     broke the stream off and is never retried
   */
  private <B> CompletableFuture<Received<B>> sendAsync(ApiRequest request, HttpResponse.BodyHandler<B> handler, boolean streaming) {
    return new AsyncCall<>(request, handler, streaming).start();
  }

  /** The attempts of one async call (see {@link #sendAsync}). */
  private final class AsyncCall<B> {
    private final ApiRequest request;
    private final boolean streaming;
    private final HttpResponse.BodyHandler<Answer<B>> answers;
    private final SingleSendPublisher guard;
    private final boolean hasIdempotencyKey;
    private final int maxRetries;
    private HttpRequest httpRequest;
    private volatile boolean bodyStarted;
    private volatile int generation;
    private boolean refreshed;
    private int n = 1;
    private volatile CompletableFuture<?> inFlight;
    private final CompletableFuture<Received<B>> result = new CompletableFuture<Received<B>>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        CompletableFuture<?> attempt = inFlight;
        if (cancelled && attempt != null) attempt.cancel(true); // the JDK aborts the exchange
        return cancelled;
      }
    };

    AsyncCall(ApiRequest request, HttpResponse.BodyHandler<B> handler, boolean streaming) {
      this.request = request;
      this.streaming = streaming;
      this.generation = currentGeneration(); // before the token is read (see send)
      HttpRequest built = toHttpRequest(request);
      SingleSendPublisher g = null;
      if (http.followRedirects() == HttpClient.Redirect.NEVER) {
        g = new SingleSendPublisher(built.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
        built = withBody(built, g);
      }
      this.guard = g;
      this.httpRequest = built;
      this.hasIdempotencyKey = built.headers().firstValue(IDEMPOTENCY_KEY).isPresent();
      this.maxRetries = callOptions.maxRetries() != null ? callOptions.maxRetries() : options.maxRetries();
      this.answers = info -> {
        if (info.statusCode() / 100 != 2) {
          return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), b -> new Answer<B>(null, b));
        }
        bodyStarted = true;
        return HttpResponse.BodySubscribers.mapping(handler.apply(info), b -> new Answer<B>(b, null));
      };
    }

    CompletableFuture<Received<B>> start() {
      attempt();
      return result;
    }

    private void attempt() {
      if (result.isDone()) return; // cancelled while waiting
      if (guard != null) guard.arm();
      int generation = this.generation;
      CompletableFuture<HttpResponse<Answer<B>>> sent = http.sendAsync(httpRequest, answers);
      inFlight = sent;
      if (result.isCancelled()) sent.cancel(true);
      // The JDK runs a sendAsync future's dependents on the common pool; hop to the HTTP
      // client's executor (else the SDK's async pool), so the caller's stages run there.
      sent.whenCompleteAsync((response, error) -> {
        try {
          handle(response, error, generation);
        } catch (Throwable t) {
          result.completeExceptionally(t);
        }
      }, completionExecutor());
    }

    private void handle(HttpResponse<Answer<B>> response, Throwable error, int generation) {
      if (result.isDone()) return;
      int retriesLeft = maxRetries - (n - 1);
      boolean lastAttempt = !RetryPolicy.shouldRetry(null, null, request.method, hasIdempotencyKey, retriesLeft);
      Duration wait;
      if (error != null) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (streaming && bodyStarted) {
          String reason = e instanceof IOException ? ConnectionFailure.reason((IOException) e) : String.valueOf(e.getMessage());
          throw APIConnectionException.redacted(request.operationId + ": the event stream broke off: " + reason, e, secrets());
        }
        if (e instanceof HttpTimeoutException) {
          if (lastAttempt) {
            throw new APIConnectionTimeoutException(
                redact(request.operationId + ": timed out after " + ConnectionFailure.describe(timeout()) + " waiting for " + httpRequest.uri()), Redaction.redactCause(e, secrets()));
          }
        } else if (e instanceof IOException) {
          if (lastAttempt) {
            String reason = SingleSendPublisher.isRefusedResend((IOException) e)
                ? "the connection was closed or reset before any response arrived" : redact(ConnectionFailure.reason((IOException) e));
            throw APIConnectionException.redacted(request.operationId + ": cannot reach " + httpRequest.uri() + ": " + reason, (IOException) e, secrets());
          }
        } else {
          throw e instanceof RuntimeException ? (RuntimeException) e : new CompletionException(e);
        }
        wait = RetryPolicy.backoff(n, ThreadLocalRandom.current().nextDouble());
      } else {
        Answer<B> answer = response.body();
        if (answer.errorBody == null) {
          result.complete(withBody(response, answer.body));
          return;
        }
        APIException apiError = error(response, answer.errorBody);
        if (apiError.getStatus() == 401 && !refreshed && canRefresh(request)) {
          // R1.4: one refresh per call, then the same attempt again (not a retry).
          refreshed = true;
          CompletableFuture<Void> refresh = refreshAsync(generation);
          inFlight = refresh;
          refresh.whenComplete((ok, failed) -> {
            if (failed != null) {
              result.completeExceptionally(failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed);
              return;
            }
            AsyncCall.this.generation = currentGeneration();
            httpRequest = withAccessToken(httpRequest, request);
            attempt();
          });
          return;
        }
        if (!RetryPolicy.shouldRetry(apiError.getStatus(), apiError.getCode(), request.method, hasIdempotencyKey, retriesLeft)) throw apiError;
        wait = RetryPolicy.parseRetryAfter(apiError.header("Retry-After").orElse(null), Instant.now())
            .orElseGet(() -> RetryPolicy.backoff(n, ThreadLocalRandom.current().nextDouble()));
      }
      n++;
      // A scheduled task, not a sleeping thread.
      CompletableFuture.delayedExecutor(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS, completionExecutor())
          .execute(this::attempt);
    }
  }

  /** Where async calls complete: the HTTP client's executor, else the SDK's shared async pool. */
  private java.util.concurrent.Executor completionExecutor() {
    return http.executor().orElseGet(AsyncCalls::defaultExecutor);
  }

  /**
   * {@link #refresh} without blocking: concurrent 401s of async calls share one refresh request;
   * a refresh made by another call since {@code generation} is used instead.
   */
  private CompletableFuture<Void> refreshAsync(int generation) {
    synchronized (tokens) {
      if (generation != tokens.generation) return CompletableFuture.completedFuture(null);
      if (tokens.refreshing != null) return tokens.refreshing;
      CompletableFuture<Void> refreshing = http.sendAsync(refreshRequest(), HttpResponse.BodyHandlers.ofByteArray())
          .thenAccept(response -> {
            synchronized (tokens) {
              tokens.refreshing = null;
              applyRefresh(response);
            }
          });
      refreshing.whenComplete((ok, failed) -> {
        synchronized (tokens) {
          if (tokens.refreshing == refreshing) tokens.refreshing = null;
        }
      });
      tokens.refreshing = refreshing;
      return refreshing;
    }
  }

  private int currentGeneration() {
    synchronized (tokens) {
      return tokens.generation;
    }
  }

  private boolean canRefresh(ApiRequest request) {
    String refreshToken = tokens.refreshToken;
    return refreshToken != null && !refreshToken.isEmpty() && !request.security.isEmpty()
        && request.security.stream().anyMatch(AuthScheme::isBearer);
  }

  /**
   * R1.4: {@code POST /auth/refresh} with the refresh token, no credentials and no retries; on
   * success the new tokens replace the old ones. When another call refreshed since this attempt
   * was sent ({@code generation} is stale), its tokens are used instead of refreshing again.
   */
  private void refresh(int generation) throws IOException, InterruptedException {
    synchronized (tokens) {
      if (generation != tokens.generation) return;
      applyRefresh(http.send(refreshRequest(), HttpResponse.BodyHandlers.ofByteArray()));
    }
  }

  /** {@code POST /auth/refresh} with the refresh token, no credentials. */
  private HttpRequest refreshRequest() {
    java.util.Map<String, String> body = java.util.Map.of("refreshToken", tokens.refreshToken);
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(options.baseURL() + "/auth/refresh"))
        .timeout(options.timeout())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json.write(body)));
    if (options.userAgent() != null) builder.header("User-Agent", options.userAgent());
    return builder.build();
  }

  /** Takes the new tokens out of a refresh answer (caller holds the tokens lock). */
  private void applyRefresh(HttpResponse<byte[]> response) {
    {
      if (response.statusCode() / 100 != 2) throw error(response, response.body());
      JsonNode answer;
      try {
        answer = json.mapper().readTree(response.body());
      } catch (IOException e) {
        answer = null;
      }
      if (answer == null || !answer.path("accessToken").isTextual() || answer.path("accessToken").asText().isEmpty()) {
        throw new ResponseValidationException("refreshToken",
            List.of(new ResponseValidationException.Issue("/accessToken", "the refresh response has no accessToken")),
            response.headers().firstValue("X-Request-Id").orElse(null));
      }
      tokens.accessToken = answer.get("accessToken").asText();
      String newRefresh = answer.path("refreshToken").isTextual() && !answer.get("refreshToken").asText().isEmpty()
          ? answer.get("refreshToken").asText() : null;
      if (newRefresh != null) tokens.refreshToken = newRefresh;
      tokens.generation++;
      if (options.onTokenRefresh() != null) {
        options.onTokenRefresh().accept(new ClientOptions.TokenRefresh(tokens.accessToken, newRefresh));
      }
    }
  }

  /** The same request (URL, method, headers, timeout) with {@code body} as its body publisher. */
  private static HttpRequest withBody(HttpRequest old, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(old.uri()).method(old.method(), body).expectContinue(old.expectContinue());
    old.timeout().ifPresent(builder::timeout);
    old.version().ifPresent(builder::version);
    old.headers().map().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
    return builder.build();
  }

  /**
   * The same request with the current access token: same URL, body and headers (one
   * Idempotency-Key), only the credentials change (R3.7); an API key header is dropped (R1.1).
   */
  private HttpRequest withAccessToken(HttpRequest old, ApiRequest request) {
    java.util.Set<String> credentialHeaders = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    credentialHeaders.add("Authorization");
    for (AuthScheme scheme : request.security) {
      if (!scheme.isBearer() && scheme.location() == AuthScheme.Location.HEADER) credentialHeaders.add(scheme.parameterName());
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(old.uri())
        .method(old.method(), old.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()))
        .expectContinue(old.expectContinue());
    old.timeout().ifPresent(builder::timeout);
    old.version().ifPresent(builder::version);
    old.headers().map().forEach((name, values) -> {
      if (!credentialHeaders.contains(name)) values.forEach(v -> builder.header(name, v));
    });
    return builder.header("Authorization", "Bearer " + tokens.accessToken).build();
  }

  private static <B> Received<B> withBody(HttpResponse<?> response, B body) {
    return new Received<>(response.statusCode(), response.headers().map(), body);
  }

  /** Status, headers and decoded body of the successful attempt. */
  private static final class Received<B> {
    final int status;
    final Map<String, List<String>> headers;
    final B body;

    Received(int status, Map<String, List<String>> headers, B body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    Optional<String> header(String name) {
      return Headers.first(headers, name);
    }
  }

  private APIException error(HttpResponse<?> response, byte[] body) {
    String text = body == null || body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
    return APIException.from(response.statusCode(), response.headers().map(), text, secrets());
  }

  private static APIUserAbortException aborted(ApiRequest request, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new APIUserAbortException(request.operationId + ": interrupted; the call was abandoned", e);
  }

  private List<String> secrets() {
    return Arrays.asList(options.apiKey(), options.bearerToken(), tokens.accessToken, options.refreshToken(), tokens.refreshToken);
  }

  private String redact(String text) {
    return Redaction.redact(text, secrets());
  }

  /** The JSON pointer (RFC 6901) of where Jackson stopped. */
  private static String pointer(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
    StringBuilder out = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
      String token = ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex());
      out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /**
   * Builds the {@link HttpRequest}: URL, headers, credentials and body.
   *
   * @param request the operation's request
   * @return the request as {@code java.net.http} sends it (one attempt's)
   */
  public HttpRequest toHttpRequest(ApiRequest request) {
    StringJoiner query = new StringJoiner("&");
    request.query.forEach(e -> query.add(encode(e.getKey()) + "=" + encode(e.getValue())));
    StringBuilder cookies = new StringBuilder();
    HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(timeout());

    AuthScheme scheme = request.security.stream().filter(this::hasCredentials).findFirst().orElse(null);
    if (scheme != null && scheme.isBearer()) {
      builder.header("Authorization", "Bearer " + tokens.accessToken);
    } else if (scheme != null) {
      switch (scheme.location()) {
        case HEADER: builder.header(scheme.parameterName(), options.apiKey()); break;
        case QUERY: query.add(encode(scheme.parameterName()) + "=" + encode(options.apiKey())); break;
        default: cookies.append(scheme.parameterName()).append('=').append(options.apiKey());
      }
    }
    if (cookies.length() > 0) builder.header("Cookie", cookies.toString());

    String path = expandPath(request);
    String q = query.toString();
    builder.uri(URI.create(options.baseURL() + path + (q.isEmpty() ? "" : "?" + q)));
    if (request.accept != null) builder.header("Accept", request.accept);
    if (options.userAgent() != null) builder.header("User-Agent", options.userAgent());
    options.defaultHeaders().forEach(builder::setHeader);
    request.headers.forEach(builder::setHeader);
    callOptions.headers().forEach(builder::setHeader);
    // R3.6: one fresh UUID v4 per call where the operation declares the header; built once per
    // call, so every attempt carries the same key.
    // A GraphQL document may be a mutation, so it carries the caller's key only (R13.1).
    boolean keyed = request.declaredHeaders.contains(IDEMPOTENCY_KEY)
        || (request.idempotencyKeyWhenGiven && callOptions.idempotencyKey() != null);
    if (keyed && request.headers.keySet().stream().noneMatch(IDEMPOTENCY_KEY::equalsIgnoreCase)) {
      builder.header(IDEMPOTENCY_KEY, callOptions.idempotencyKey() != null ? callOptions.idempotencyKey() : UUID.randomUUID().toString());
    }

    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    switch (request.bodyKind) {
      case JSON:
        if (request.jsonBody != null) {
          body = HttpRequest.BodyPublishers.ofByteArray(json.write(request.jsonBody));
          builder.header("Content-Type", request.contentType != null ? request.contentType : "application/json");
        }
        break;
      case MULTIPART:
        Multipart multipart = Multipart.of(request.operationId, request.formParts, json);
        body = HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray());
        builder.header("Content-Type", multipart.contentType());
        break;
      case FORM:
        StringJoiner form = new StringJoiner("&");
        request.formParts.forEach(e -> form.add(encode(e.getKey()) + "=" + encode(ParameterFormat.format(e.getValue()))));
        body = HttpRequest.BodyPublishers.ofString(form.toString());
        builder.header("Content-Type", "application/x-www-form-urlencoded");
        break;
      default:
        break;
    }
    return builder.method(request.method, body).build();
  }

  private boolean hasCredentials(AuthScheme scheme) {
    String credential = scheme.isBearer() ? tokens.accessToken : options.apiKey();
    return credential != null && !credential.isEmpty();
  }

  private static String expandPath(ApiRequest request) {
    String path = request.pathTemplate;
    for (Map.Entry<String, Object> e : request.pathParams.entrySet()) {
      path = path.replace("{" + e.getKey() + "}", ParameterFormat.pathSegment(ParameterFormat.format(e.getValue())));
    }
    return path;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static boolean isJson(String contentType) {
    String type = contentType.toLowerCase(java.util.Locale.ROOT);
    return type.contains("/json") || type.contains("+json");
  }
}
