package io.secureaistudio.sdk.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options for the calls of one API object view (rulebook R2.2): a {@code timeout} and
 * {@code maxRetries} that override the client's, and extra headers. Use them through
 * {@code api.withOptions(...)}, which returns a view of the same API sharing the client's HTTP
 * client and tokens:
 *
 * <pre>{@code client.jobs().withOptions(RequestOptions.builder().maxRetries(0).build()).retrieve(id);}</pre>
 *
 * <p>Cancellation (R2.3) is Java's thread interruption: interrupting the calling thread (for
 * example {@code Future.cancel(true)} on a task that makes the call) stops the call during an
 * attempt, a retry wait or a waiter's poll wait with {@link APIUserAbortException}; a thread that
 * is already interrupted sends nothing.
 */
public final class RequestOptions {
  private final Duration timeout;
  private final Integer maxRetries;
  private final Validation validation;
  private final Map<String, String> headers;
  private final String idempotencyKey;

  private RequestOptions(Builder b) {
    if (b.timeout != null && (b.timeout.isNegative() || b.timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be a positive duration (got " + b.timeout + ")");
    }
    if (b.maxRetries != null && b.maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be an integer >= 0 (got " + b.maxRetries + ")");
    }
    // R9.4: a bad header value is reported here, naming the option, before anything is sent.
    b.headers.forEach((name, value) -> HeaderValues.require("the request option header '" + name + "'", value));
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.validation = b.validation;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    if (b.idempotencyKey != null) HeaderValues.require("the request option idempotencyKey", b.idempotencyKey);
    this.idempotencyKey = b.idempotencyKey;
  }

  /** @return options with no overrides */
  public static RequestOptions none() {
    return builder().build();
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the per-call timeout, or null to use the client's */
  public Duration timeout() { return timeout; }
  /** @return the per-call retry count, or null to use the client's */
  public Integer maxRetries() { return maxRetries; }
  /** @return the per-call response validation mode (R7.1), or null to use the client's */
  public Validation validation() { return validation; }
  /** @return the extra headers sent on every attempt, unmodifiable */
  public Map<String, String> headers() { return headers; }
  /**
   * The {@code Idempotency-Key} for operations that declare it (R3.6), or null for a fresh
   * UUID per call; every retry of the call sends the same key.
   *
   * @return the key, or null
   */
  public String idempotencyKey() { return idempotencyKey; }

  /** Fluent builder. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private Validation validation;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String idempotencyKey;

    private Builder() {}

    /**
     * Time allowed for one attempt until the response headers arrive (R2.1).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) { this.timeout = timeout; return this; }
    /**
     * Retries after the first attempt (R3.1).
     *
     * @param maxRetries the number of retries, at least 0
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) { this.maxRetries = maxRetries; return this; }
    /**
     * Response validation mode for these calls (R7.1).
     *
     * @param validation STRICT, WARN or OFF
     * @return this builder
     */
    public Builder validation(Validation validation) { this.validation = validation; return this; }
    /**
     * An extra header; credentials belong in the client options, not here.
     *
     * @param name the header's name
     * @param value its value (no control or non-ASCII characters)
     * @return this builder
     */
    public Builder header(String name, String value) { headers.put(name, value); return this; }
    /**
     * The {@code Idempotency-Key} of these calls, where the operation declares one (R3.6).
     *
     * @param idempotencyKey the key every attempt of the call sends
     * @return this builder
     */
    public Builder idempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; return this; }

    /**
     * Checks the options.
     *
     * @return the options
     * @throws IllegalArgumentException when the timeout is not positive, the retry count is
     *     negative or a header value cannot be sent
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
