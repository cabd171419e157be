package io.secureaistudio.sdk.runtime;

/**
 * A waiter's overall timeout ran out before the resource reached a terminal state (rulebook
 * R8.3). Not an {@link APIException}: the server answered every poll.
 */
public class WaitTimeoutException extends SecureAIStudioException {
  private final transient Object lastState;

  /**
   * @param message which wait ran out, and after how long
   * @param lastState the resource as the last poll returned it (may be null)
   */
  public WaitTimeoutException(String message, Object lastState) {
    super(message);
    this.lastState = lastState;
  }

  /**
   * The resource as the last poll returned it, typed: {@code e.getLastState(Job.class)} after
   * {@code client.jobs().waitFor(jobId)} (each named waiter's documentation names its type).
   *
   * @param <T> the poll operation's return type
   * @param type the poll operation's return type
   * @return the last resource seen, or null if the poll returned no body
   * @throws ClassCastException naming both types when the last state is not a {@code type}
   */
  public <T> T getLastState(Class<T> type) {
    if (lastState != null && !type.isInstance(lastState)) {
      throw new ClassCastException("the last state of this wait is a " + lastState.getClass().getName() + ", not a " + type.getName());
    }
    return type.cast(lastState);
  }

  /** @return the resource as the last poll returned it, or null (see {@link #getLastState(Class)} for it typed) */
  public Object getLastState() {
    return lastState;
  }
}
