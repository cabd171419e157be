package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** HTTP 404: no such resource. */
public class NotFoundException extends APIException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
