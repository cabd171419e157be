package io.secureaistudio.sdk.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decoded response together with its status code and headers, returned by the
 * {@code ...WithHttpInfo} variant of every operation.
 *
 * @param <T> type of the decoded body ({@link Void} when the operation returns none)
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T data;

  public ApiResponse(int statusCode, Map<String, List<String>> headers, T data) {
    this.statusCode = statusCode;
    this.headers = headers == null ? Collections.emptyMap() : Collections.unmodifiableMap(headers);
    this.data = data;
  }

  public int getStatusCode() { return statusCode; }
  /** All headers; names as the server sent them (look-ups via {@link #header} ignore case). */
  public Map<String, List<String>> getHeaders() { return headers; }
  public T getData() { return data; }

  /** First value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    return Headers.first(headers, name);
  }

  /** The server's {@code X-Request-Id}, handy when reporting a problem. */
  public Optional<String> requestId() {
    return header("X-Request-Id");
  }
}
