package io.secureaistudio.sdk.runtime;

/** The request took longer than the client's {@code timeout}. */
public class APIConnectionTimeoutException extends APIConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, with no secret in it
   * @param cause the underlying failure (may be null)
   */
  public APIConnectionTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
