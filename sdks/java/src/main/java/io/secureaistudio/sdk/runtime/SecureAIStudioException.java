package io.secureaistudio.sdk.runtime;

/** Base of every exception the SDK throws. Unchecked, like the JDK's own HTTP-free APIs. */
public class SecureAIStudioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SecureAIStudioException(String message) {
    super(message);
  }

  public SecureAIStudioException(String message, Throwable cause) {
    super(message, cause);
  }
}
