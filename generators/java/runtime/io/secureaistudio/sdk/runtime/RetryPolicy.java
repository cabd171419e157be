package io.secureaistudio.sdk.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Pure retry decisions and timings (rulebook R3), free of I/O so each rule is unit-testable. */
public final class RetryPolicy {
  /** Backoff before the first retry (R3.4). */
  public static final Duration INITIAL_DELAY = Duration.ofMillis(500);
  /** Upper bound of the exponential backoff (R3.4). */
  public static final Duration MAX_DELAY = Duration.ofMillis(8_000);
  /** Longest {@code Retry-After} the SDK waits (R3.5). */
  public static final Duration MAX_RETRY_AFTER = Duration.ofMillis(60_000);

  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
  private static final Set<String> LOCK_CONFLICT_CODES = Set.of("resource_locked", "lock_conflict");
  private static final Pattern DELTA_SECONDS = Pattern.compile("^\\d+(\\.\\d+)?$");

  private RetryPolicy() {}

  /**
   * R3.3: GET, HEAD, OPTIONS, PUT, DELETE always; POST and PATCH only with an Idempotency-Key.
   *
   * @param method the HTTP method (any case)
   * @param hasIdempotencyKey whether the request carries an {@code Idempotency-Key}
   * @return whether a request with this method may be sent again
   */
  public static boolean isMethodRetryable(String method, boolean hasIdempotencyKey) {
    return IDEMPOTENT_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT)) || hasIdempotencyKey;
  }

  /**
   * R3.2: 408, 429, 5xx except 501 and 505, and 409 only for a transient lock code.
   *
   * @param status the response's status code
   * @param problemCode the problem-details {@code code}, or null
   * @return whether the answer is worth another attempt
   */
  public static boolean isStatusRetryable(int status, String problemCode) {
    if (status == 408 || status == 429) return true;
    if (status == 409) return problemCode != null && LOCK_CONFLICT_CODES.contains(problemCode);
    return status >= 500 && status <= 599 && status != 501 && status != 505;
  }

  /**
   * R3.1-R3.3 in one decision: retry when the failure is retryable ({@code status} null for a
   * connection error or timeout, else the status and problem code), the method allows it and a
   * retry is left.
   *
   * @param status the response's status code, or null for a connection error or timeout
   * @param problemCode the problem-details {@code code}, or null
   * @param method the HTTP method
   * @param hasIdempotencyKey whether the request carries an {@code Idempotency-Key}
   * @param retriesLeft the retries the call may still make
   * @return whether to retry
   */
  public static boolean shouldRetry(Integer status, String problemCode, String method, boolean hasIdempotencyKey, int retriesLeft) {
    if (retriesLeft <= 0 || !isMethodRetryable(method, hasIdempotencyKey)) return false;
    return status == null || isStatusRetryable(status, problemCode);
  }

  /**
   * R3.5: {@code Retry-After} as delta-seconds or an HTTP-date (IMF-fixdate, with a numeric zone
   * or without the weekday too, and the obsolete RFC 850 and asctime forms RFC 9110 section 5.6.7
   * asks recipients to accept), clamped to [0, 60 s]; empty when absent or unusable (negative,
   * junk), so the backoff applies.
   *
   * @param value the header's value, or null
   * @param now the current time, for an HTTP-date
   * @return the wait, or empty
   */
  public static Optional<Duration> parseRetryAfter(String value, Instant now) {
    if (value == null || value.trim().isEmpty()) return Optional.empty();
    String v = value.trim();
    long millis;
    if (DELTA_SECONDS.matcher(v).matches()) {
      double seconds = Double.parseDouble(v);
      millis = seconds * 1000 > MAX_RETRY_AFTER.toMillis() ? MAX_RETRY_AFTER.toMillis() : Math.round(seconds * 1000);
    } else {
      Instant at = HttpDates.parse(v, now);
      if (at == null) return Optional.empty();
      millis = Duration.between(now, at).toMillis();
    }
    return Optional.of(Duration.ofMillis(Math.min(Math.max(millis, 0), MAX_RETRY_AFTER.toMillis())));
  }

  /**
   * R3.4: wait before retry {@code retry} (1-based) without a usable {@code Retry-After}:
   * {@code min(500 ms * 2^(retry-1), 8 s) * (1 - 0.25 * random)}, {@code random} in [0, 1).
   *
   * @param retry the retry about to be made, from 1
   * @param random a random number in [0, 1), the jitter
   * @return the wait
   */
  public static Duration backoff(int retry, double random) {
    long base = Math.min(INITIAL_DELAY.toMillis() << Math.min(retry - 1, 20), MAX_DELAY.toMillis());
    return Duration.ofMillis(Math.round(base * (1 - 0.25 * random)));
  }
}
