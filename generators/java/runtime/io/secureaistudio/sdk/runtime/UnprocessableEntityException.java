package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** HTTP 422: well-formed but semantically invalid input; see {@link #getErrors()}. */
public class UnprocessableEntityException extends APIException {
  private static final long serialVersionUID = 1L;

  public UnprocessableEntityException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
