package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** HTTP 409: conflicting state (transient lock conflicts are retried first, R3.2). */
public class ConflictException extends APIException {
  private static final long serialVersionUID = 1L;

  public ConflictException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
