package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** HTTP 412: the {@code If-Match} ETag no longer matches; re-read and try again. Never retried. */
public class PreconditionFailedException extends APIException {
  private static final long serialVersionUID = 1L;

  /**
   * An error response; the transport makes it through {@link APIException#from}.
   *
   * @param status the HTTP status code
   * @param headers the response headers (credential headers are redacted)
   * @param body the response body as text (may be empty)
   * @param secrets the credentials to redact from the message and the body's details
   */
  public PreconditionFailedException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
