package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Polls a long-running resource until its status is terminal (rulebook R8). Which field and
 * states count comes from the spec's {@code x-long-running}, registered by the generated API
 * classes under the poll operation's id.
 */
public final class Waiter {
  /** {@code x-long-running} of one poll operation. */
  private static final class LongRunning {
    final String statusField;
    final List<String> terminalStates;

    LongRunning(String statusField, List<String> terminalStates) {
      this.statusField = statusField;
      this.terminalStates = terminalStates;
    }
  }

  private static final Map<String, LongRunning> POLLS = new ConcurrentHashMap<>();

  private Waiter() {}

  /** Called by generated code: {@code pollOperationId} is polled until {@code statusField} is terminal. */
  public static void register(String pollOperationId, String statusField, List<String> terminalStates) {
    POLLS.put(pollOperationId, new LongRunning(statusField, List.copyOf(terminalStates)));
  }

  /** True when {@code operationId} is the poll operation of some long-running operation. */
  public static boolean isPollOperation(String operationId) {
    return POLLS.containsKey(operationId);
  }

  /**
   * Polls at once, then after each wait, until the status is terminal, and returns that resource
   * (a failed one included). Waits follow {@code options} or the poll's {@code Retry-After}.
   *
   * @throws WaitTimeoutException when the next wait would end after {@code options.timeout()}
   */
  public static <T> T waitFor(Transport transport, String pollOperationId, WaitOptions options, Supplier<ApiResponse<T>> poll) {
    LongRunning lr = POLLS.get(pollOperationId);
    if (lr == null) {
      throw new IllegalArgumentException(pollOperationId + " is not the poll operation of any x-long-running operation");
    }
    long start = System.nanoTime();
    long realSleepNanos = 0;
    Duration waited = Duration.ZERO;
    for (int n = 1; ; n++) {
      ApiResponse<T> response = poll.get();
      T state = response.getData();
      JsonNode tree = transport.json().mapper().valueToTree(state);
      if (lr.terminalStates.contains(tree.path(lr.statusField).asText(null))) return state;
      Duration wait = RetryPolicy.parseRetryAfter(response.header("Retry-After").orElse(null), Instant.now())
          .orElse(options.delay(n));
      // Time spent polling plus the waits asked for (counted as asked, so a test's recording
      // sleeper sees the same deadline as a real one).
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start - realSleepNanos).plus(waited);
      if (elapsed.plus(wait).compareTo(options.timeout()) > 0) {
        throw new WaitTimeoutException(pollOperationId + ": still " + tree.path(lr.statusField).asText() + " after "
            + elapsed.toMillis() + " ms; waiting " + wait.toMillis() + " ms more would pass the timeout of " + options.timeout().toMillis() + " ms", state);
      }
      long before = System.nanoTime();
      try {
        transport.options().sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new APIUserAbortException(pollOperationId + ": interrupted while waiting; the wait was abandoned", e);
      }
      realSleepNanos += System.nanoTime() - before;
      waited = waited.plus(wait);
    }
  }
}
