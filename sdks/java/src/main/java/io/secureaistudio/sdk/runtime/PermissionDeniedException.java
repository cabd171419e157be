package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** HTTP 403: authenticated but not allowed. */
public class PermissionDeniedException extends APIException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
