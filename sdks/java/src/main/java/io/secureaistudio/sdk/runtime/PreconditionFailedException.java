package io.secureaistudio.sdk.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** HTTP 412: the {@code If-Match} ETag no longer matches; re-read and try again. Never retried. */
public class PreconditionFailedException extends APIException {
  private static final long serialVersionUID = 1L;

  public PreconditionFailedException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    super(status, headers, body, secrets);
  }
}
