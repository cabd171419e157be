package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** HTTP 401: credentials missing, invalid or expired. */
public class AuthenticationException extends APIException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
