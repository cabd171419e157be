package io.secureaistudio.sdk.runtime;

/** The calling thread was interrupted while waiting for a response. */
public class APIUserAbortException extends SecureAIStudioException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, with no secret in it
   * @param cause the underlying failure (may be null)
   */
  public APIUserAbortException(String message, Throwable cause) {
    super(message, cause);
  }
}
