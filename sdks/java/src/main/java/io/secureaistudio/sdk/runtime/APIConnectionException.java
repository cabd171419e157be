package io.secureaistudio.sdk.runtime;

/** The request did not get a response: connection refused, reset, DNS failure, I/O error. */
public class APIConnectionException extends SecureAIStudioException {
  private static final long serialVersionUID = 1L;

  public APIConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
