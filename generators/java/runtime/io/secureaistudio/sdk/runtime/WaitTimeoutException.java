package io.secureaistudio.sdk.runtime;

/**
 * A waiter's overall timeout ran out before the resource reached a terminal state (rulebook
 * R8.3). Not an {@link APIException}: the server answered every poll.
 */
public class WaitTimeoutException extends SecureAIStudioException {
  private final transient Object lastState;

  public WaitTimeoutException(String message, Object lastState) {
    super(message);
    this.lastState = lastState;
  }

  /** The resource as the last poll returned it. */
  public Object getLastState() {
    return lastState;
  }
}
