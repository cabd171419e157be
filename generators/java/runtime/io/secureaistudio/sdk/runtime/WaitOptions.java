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

  /** @return the defaults: 1 s, growing to 10 s, 15 minutes overall */
  public static WaitOptions defaults() {
    return new WaitOptions(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(15));
  }

  /**
   * @param interval the first wait, a positive duration
   * @return a copy with that first wait
   */
  public WaitOptions withInterval(Duration interval) { return new WaitOptions(interval, maxInterval, timeout); }
  /**
   * @param maxInterval the longest wait between polls, a positive duration
   * @return a copy with that longest wait
   */
  public WaitOptions withMaxInterval(Duration maxInterval) { return new WaitOptions(interval, maxInterval, timeout); }
  /**
   * @param timeout the longest time to wait overall, a positive duration
   * @return a copy with that overall timeout
   */
  public WaitOptions withTimeout(Duration timeout) { return new WaitOptions(interval, maxInterval, timeout); }

  /** @return the first wait */
  public Duration interval() { return interval; }
  /** @return the longest wait between polls */
  public Duration maxInterval() { return maxInterval; }
  /** @return the longest time to wait overall */
  public Duration timeout() { return timeout; }

  /**
   * The wait before poll {@code n + 1} (n is 1-based): {@code min(interval * 1.5^(n-1), maxInterval)}.
   *
   * @param n the poll just made, from 1
   * @return the wait
   */
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
