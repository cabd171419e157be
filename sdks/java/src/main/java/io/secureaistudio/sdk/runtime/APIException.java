package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with a non-2xx status. Carries the status, headers, raw body and the
 * RFC 9457 problem-details fields when the body is {@code application/problem+json}.
 */
public class APIException extends SecureAIStudioException {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String operationId;
  private final int status;
  private final transient Map<String, List<String>> headers;
  private final String body;
  private final transient JsonNode problem;

  public APIException(String operationId, int status, Map<String, List<String>> headers, String body) {
    super(describe(operationId, status, parse(body)));
    this.operationId = operationId;
    this.status = status;
    this.headers = headers == null ? Collections.emptyMap() : headers;
    this.body = body;
    this.problem = parse(body);
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) return null;
    try {
      JsonNode node = MAPPER.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (java.io.IOException e) {
      return null; // not JSON: the raw body is still available through getBody()
    }
  }

  private static String describe(String operationId, int status, JsonNode problem) {
    StringBuilder s = new StringBuilder(operationId).append(" failed with HTTP ").append(status);
    if (problem != null) {
      String title = text(problem, "title");
      String detail = text(problem, "detail");
      if (title != null) s.append(": ").append(title);
      if (detail != null) s.append(" - ").append(detail);
    }
    return s.toString();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public String getOperationId() { return operationId; }
  public int getStatus() { return status; }
  public Map<String, List<String>> getHeaders() { return headers; }
  /** Response body as text, or null when empty. */
  public String getBody() { return body; }
  /** Problem {@code title}, when the body is problem details. */
  public String getTitle() { return text(problem, "title"); }
  /** Problem {@code detail}. */
  public String getDetail() { return text(problem, "detail"); }
  /** Machine-readable problem {@code code}. */
  public String getCode() { return text(problem, "code"); }

  /** Request id from the problem body, else from the {@code X-Request-Id} header. */
  public String getRequestId() {
    String fromBody = text(problem, "requestId");
    return fromBody != null ? fromBody : Headers.first(headers, "X-Request-Id").orElse(null);
  }

  /** First value of a response header, matched case-insensitively. */
  public Optional<String> header(String name) {
    return Headers.first(headers, name);
  }
}
