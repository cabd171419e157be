package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Any HTTP 5xx after the retries ran out. */
public class InternalServerException extends APIException {
  private static final long serialVersionUID = 1L;

  public InternalServerException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
