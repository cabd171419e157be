package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** HTTP 400: the request is malformed; see {@link #getErrors()}. */
public class BadRequestException extends APIException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
