package io.secureaistudio.sdk.runtime;

/** Base of every exception the SDK throws. Unchecked, like the JDK's own HTTP-free APIs. */
public class SecureAIStudioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   */
  public SecureAIStudioException(String message) {
    super(message);
  }

  /**
   * @param message what failed
   * @param cause the underlying failure (may be null)
   */
  public SecureAIStudioException(String message, Throwable cause) {
    super(message, cause);
  }
}
