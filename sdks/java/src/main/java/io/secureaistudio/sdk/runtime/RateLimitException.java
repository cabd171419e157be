package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** HTTP 429 after the retries ran out; {@code header("Retry-After")} says when to come back. */
public class RateLimitException extends APIException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
