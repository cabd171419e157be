package io.secureaistudio.sdk.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decoded response together with its status code and headers, returned by the methods of every
 * resource's {@code withRawResponse()} view (as {@link HttpResponseFor}).
 *
 * @param <T> type of the decoded body ({@link Void} when the operation returns none)
 */
public class ApiResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T data;

  private final com.fasterxml.jackson.databind.JsonNode json;

  /**
   * A response without its JSON tree.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers (null: none)
   * @param data the decoded body (null when there is none)
   */
  public ApiResponse(int statusCode, Map<String, List<String>> headers, T data) {
    this(statusCode, headers, data, null);
  }

  /**
   * A response with the JSON body as received.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers (null: none)
   * @param data the decoded body (null when there is none)
   * @param json the JSON body as received (null for bodies that are not JSON)
   */
  public ApiResponse(int statusCode, Map<String, List<String>> headers, T data, com.fasterxml.jackson.databind.JsonNode json) {
    this.statusCode = statusCode;
    this.headers = headers == null ? Collections.emptyMap() : Collections.unmodifiableMap(headers);
    this.data = data;
    this.json = json;
  }

  /**
   * The JSON body exactly as received, fields the models do not know included (R7.3); null for
   * bodies that are not JSON.
   *
   * @return the JSON tree, or null
   */
  public com.fasterxml.jackson.databind.JsonNode getJson() { return json; }

  /** @return the HTTP status code */
  public int getStatusCode() { return statusCode; }
  /**
   * All headers; names as the server sent them (look-ups via {@link #header} ignore case).
   *
   * @return the headers, unmodifiable
   */
  public Map<String, List<String>> getHeaders() { return headers; }
  /** @return the decoded body; null when the operation returns none */
  public T getData() { return data; }

  /**
   * First value of a header, matched case-insensitively.
   *
   * @param name the header's name
   * @return its first value, or empty when absent
   */
  public Optional<String> header(String name) {
    return Headers.first(headers, name);
  }

  /**
   * The {@code ETag} header (R11.1): pass it as {@code ifMatch} to update or delete the resource.
   *
   * @return the entity tag, or empty when the server sent none
   */
  public Optional<String> etag() {
    return header("ETag");
  }

  /**
   * The server's {@code X-Request-Id}, handy when reporting a problem.
   *
   * @return the request ID, or empty when the server sent none
   */
  public Optional<String> requestId() {
    return header("X-Request-Id");
  }
}
