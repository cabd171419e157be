package io.secureaistudio.sdk.runtime;

import java.time.Duration;

/**
 * How a waiter polls (rulebook R8.2/R8.3): first wait {@code interval} (default 1 s), growing
 * 1.5x per poll up to {@code maxInterval} (default 10 s), for at most {@code timeout} overall
 * (default 15 minutes). Immutable; each {@code with...} returns a copy.
 */
public final class WaitOptions {
  private final Duration interval;
  private final Duration maxInterval;
  private final Duration timeout;

  private WaitOptions(Duration interval, Duration maxInterval, Duration timeout) {
    this.interval = positive("interval", interval);
    this.maxInterval = positive("maxInterval", maxInterval);
    this.timeout = positive("timeout", timeout);
  }

  /** The defaults: 1 s, growing to 10 s, 15 minutes overall. */
  public static WaitOptions defaults() {
    return new WaitOptions(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(15));
  }

  public WaitOptions withInterval(Duration interval) { return new WaitOptions(interval, maxInterval, timeout); }
  public WaitOptions withMaxInterval(Duration maxInterval) { return new WaitOptions(interval, maxInterval, timeout); }
  public WaitOptions withTimeout(Duration timeout) { return new WaitOptions(interval, maxInterval, timeout); }

  public Duration interval() { return interval; }
  public Duration maxInterval() { return maxInterval; }
  public Duration timeout() { return timeout; }

  /** The wait before poll {@code n + 1} (n is 1-based): {@code min(interval * 1.5^(n-1), maxInterval)}. */
  public Duration delay(int n) {
    double millis = interval.toMillis() * Math.pow(1.5, n - 1);
    return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis(Math.round(millis));
  }

  private static Duration positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration (got " + value + ")");
    }
    return value;
  }
}
