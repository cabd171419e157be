package io.secureaistudio.sdk.runtime;

import java.util.Collection;

/** The request did not get a response: connection refused, reset, DNS failure, I/O error. */
public class APIConnectionException extends SecureAIStudioException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, with no secret in it
   * @param cause the underlying failure (may be null)
   */
  public APIConnectionException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * R5.5: a connection error whose message and causes carry no secret and no URL user-info; a
   * cause whose message did is replaced by one with the redacted message (see {@link Redaction}).
   */
  static APIConnectionException redacted(String message, Throwable cause, Collection<String> secrets) {
    return new APIConnectionException(Redaction.redact(message, secrets), Redaction.redactCause(cause, secrets));
  }
}
