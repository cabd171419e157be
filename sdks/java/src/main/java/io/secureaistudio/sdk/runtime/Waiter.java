package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Polls a long-running resource until its status is terminal (rulebook R8): the runtime under
 * the generated named waiters ({@code jobsApi.waitForJob(jobId)}), which describe each poll
 * operation from the spec's {@code x-waiter} ({@code x-long-running} seen from the poll side).
 * Immutable; public as a lower-level API for polling by hand.
 */
public final class Waiter {
  private final String pollOperationId;
  private final String statusField;
  private final List<String> terminalStates;

  private Waiter(String pollOperationId, String statusField, List<String> terminalStates) {
    this.pollOperationId = pollOperationId;
    this.statusField = statusField;
    this.terminalStates = List.copyOf(terminalStates);
  }

  /**
   * A waiter for one poll operation.
   *
   * @param pollOperationId the operation polled, for messages ({@code getJob})
   * @param statusField the resource's status property ({@code status})
   * @param terminalStates the statuses that end the wait ({@code succeeded}, {@code failed}, ...)
   * @return the waiter
   */
  public static Waiter of(String pollOperationId, String statusField, List<String> terminalStates) {
    if (terminalStates.isEmpty()) throw new IllegalArgumentException(pollOperationId + ": a waiter needs at least one terminal state");
    return new Waiter(pollOperationId, statusField, terminalStates);
  }

  /**
   * Polls at once, then after each wait, until the status is terminal, and returns that resource
   * (a failed one included). Waits follow {@code options} or the poll's {@code Retry-After}.
   *
   * @param <T> the poll operation's return type
   * @param transport the client's transport (JSON settings and the sleeper used between polls)
   * @param options intervals and overall timeout
   * @param poll one poll, normally the poll operation's method of the resource's raw view ({@code withRawResponse()})
   * @return the resource in a terminal state
   * @throws WaitTimeoutException when the next wait would end after {@code options.timeout()}
   * @throws APIUserAbortException when the thread is interrupted while waiting
   */
  public <T> T waitFor(Transport transport, WaitOptions options, Supplier<ApiResponse<T>> poll) {
    if (options == null) throw new IllegalArgumentException(pollOperationId + ": wait options must not be null (use WaitOptions.defaults())");
    long start = System.nanoTime();
    long realSleepNanos = 0;
    Duration waited = Duration.ZERO;
    for (int n = 1; ; n++) {
      ApiResponse<T> response = poll.get();
      T state = response.getData();
      JsonNode tree = transport.json().mapper().valueToTree(state);
      if (terminalStates.contains(tree.path(statusField).asText(null))) return state;
      Duration wait = RetryPolicy.parseRetryAfter(response.header("Retry-After").orElse(null), Instant.now())
          .orElse(options.delay(n));
      // Time spent polling plus the waits asked for (counted as asked, so a test's recording
      // sleeper sees the same deadline as a real one).
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start - realSleepNanos).plus(waited);
      if (elapsed.plus(wait).compareTo(options.timeout()) > 0) {
        throw new WaitTimeoutException(pollOperationId + ": still " + tree.path(statusField).asText() + " after "
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
