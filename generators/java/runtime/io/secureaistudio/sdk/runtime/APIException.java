package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with a non-2xx status (rulebook R5.2, R5.3). Carries the status, the
 * response headers and the RFC 9457 problem-details members. Catch a subclass
 * ({@link NotFoundException}, {@link RateLimitException}, ...) for one status; build one with
 * {@link #from}. Configured credentials are replaced by {@code [REDACTED]} everywhere (R5.5).
 */
public class APIException extends SecureAIStudioException {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** R5.3: a non-JSON body becomes {@code detail}, cut to this many characters. */
  static final int MAX_TEXT_DETAIL = 500;

  /** One entry of the problem's {@code errors} array: which input was wrong and why. */
  public static final class FieldError {
    private final String location;
    private final String name;
    private final String message;

    /**
     * @param location where the input was ({@code body}, {@code query}, {@code path}, {@code header})
     * @param name the input's name (a JSON pointer or parameter name)
     * @param message why it was refused
     */
    public FieldError(String location, String name, String message) {
      this.location = location;
      this.name = name;
      this.message = message;
    }

    /** @return where the input was ({@code body}, {@code query}, {@code path}, {@code header}), or null */
    public String getLocation() { return location; }
    /** @return the input's name, or null */
    public String getName() { return name; }
    /** @return why the server refused it, or null */
    public String getMessage() { return message; }

    @Override
    public String toString() {
      return location + "." + name + ": " + message;
    }
  }

  /** The HTTP status code. */
  private final int status;
  private final transient Map<String, List<String>> headers;
  /** The response body as text, redacted; null when empty. */
  private final String body;
  private final transient JsonNode problem;
  /** The problem's {@code detail}, else the start of a non-JSON body. */
  private final String detail;

  /**
   * An error response; {@link #from} picks the subclass for a status.
   *
   * @param status  the HTTP status code
   * @param headers the response headers (redacted here)
   * @param body    the response body as text (null when empty)
   * @param secrets configured credentials to redact from every field (R5.5)
   */
  public APIException(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    this(status, Redaction.redactHeaders(headers, secrets), Redaction.redact(body, secrets), redactTree(parse(body), secrets));
  }

  private APIException(int status, Map<String, List<String>> headers, String body, JsonNode problem) {
    super(message(status, problem, textDetail(body, problem)));
    this.status = status;
    this.headers = headers == null ? Collections.emptyMap() : Collections.unmodifiableMap(headers);
    this.body = body;
    this.problem = problem;
    this.detail = textDetail(body, problem);
  }

  /**
   * The subclass for {@code status} (R5.2): 404 gives a {@link NotFoundException}, and so on.
   *
   * @param status  the HTTP status code
   * @param headers the response headers
   * @param body    the response body as text (null when empty)
   * @param secrets configured credentials to redact from every field (R5.5)
   * @return the exception to throw
   */
  public static APIException from(int status, Map<String, List<String>> headers, String body, Collection<String> secrets) {
    switch (status) {
      case 400: return new BadRequestException(status, headers, body, secrets);
      case 401: return new AuthenticationException(status, headers, body, secrets);
      case 403: return new PermissionDeniedException(status, headers, body, secrets);
      case 404: return new NotFoundException(status, headers, body, secrets);
      case 409: return new ConflictException(status, headers, body, secrets);
      case 412: return new PreconditionFailedException(status, headers, body, secrets);
      case 422: return new UnprocessableEntityException(status, headers, body, secrets);
      case 429: return new RateLimitException(status, headers, body, secrets);
      default:
        return status >= 500 && status <= 599
            ? new InternalServerException(status, headers, body, secrets)
            : new APIException(status, headers, body, secrets);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) return null;
    try {
      JsonNode node = MAPPER.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (java.io.IOException e) {
      return null; // not JSON: it becomes the detail (R5.3)
    }
  }

  private static JsonNode redactTree(JsonNode node, Collection<String> secrets) {
    if (node == null) return null;
    if (node.isTextual()) return TextNode.valueOf(Redaction.redact(node.asText(), secrets));
    if (node.isArray()) {
      ArrayNode out = MAPPER.createArrayNode();
      node.forEach(item -> out.add(redactTree(item, secrets)));
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = MAPPER.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), redactTree(e.getValue(), secrets));
      }
      return out;
    }
    return node;
  }

  private static String textDetail(String body, JsonNode problem) {
    if (problem != null) {
      String detail = text(problem, "detail");
      if (detail != null || problem.hasNonNull("title")) return detail;
      List<String> messages = graphqlMessages(problem);
      return messages == null ? null : String.join("; ", messages);
    }
    if (body == null || body.isEmpty()) return null;
    return body.length() > MAX_TEXT_DETAIL ? body.substring(0, MAX_TEXT_DETAIL) : body;
  }

  /**
   * The messages of a GraphQL request error (R13.2): a body without {@code detail} and
   * {@code title} whose {@code errors} is a non-empty list of objects, each with a string
   * {@code message}; null for any other body (a problem's validation {@code errors} among them).
   */
  private static List<String> graphqlMessages(JsonNode problem) {
    if (problem == null || problem.hasNonNull("detail") || problem.hasNonNull("title")) return null;
    JsonNode errors = problem.get("errors");
    if (errors == null || !errors.isArray() || errors.size() == 0) return null;
    List<String> messages = new ArrayList<>();
    for (JsonNode e : errors) {
      JsonNode message = e.isObject() ? e.get("message") : null;
      if (message == null || !message.isTextual()) return null;
      messages.add(message.asText());
    }
    return messages;
  }

  /** The problem's {@code code}, else a GraphQL request error's first {@code extensions.code} when a string (R5.3). */
  private static String code(JsonNode problem) {
    String code = text(problem, "code");
    if (code != null || graphqlMessages(problem) == null) return code;
    JsonNode first = problem.get("errors").get(0).path("extensions").path("code");
    return first.isTextual() ? first.asText() : null;
  }

  /** R5.3: {@code "<status> <code>: <detail or title>"}, parts left out when absent. */
  static String message(int status, JsonNode problem, String detail) {
    String text = detail != null ? detail : text(problem, "title");
    String code = code(problem);
    String head = code != null && !code.isEmpty() ? status + " " + code : String.valueOf(status);
    return text != null ? head + ": " + text : head + " status code (no problem details)";
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** @return the HTTP status code */
  public int getStatus() { return status; }
  /**
   * The response headers, redacted (R5.5): configured secrets in any value become
   * {@code [REDACTED]}, and Authorization, Proxy-Authorization, X-API-Key, Cookie and Set-Cookie
   * values are replaced whole. Look-ups via {@link #header} ignore case.
   *
   * @return the headers, unmodifiable
   */
  public Map<String, List<String>> getHeaders() { return headers; }
  /** @return the response body as text (redacted), or null when empty */
  public String getBody() { return body; }
  /** @return the problem-details body when it is a JSON object, else empty */
  public Optional<JsonNode> getProblem() { return Optional.ofNullable(problem); }
  /** @return the problem's {@code type} URI, or null */
  public String getType() { return text(problem, "type"); }
  /** @return the problem's {@code title}, or null */
  public String getTitle() { return text(problem, "title"); }
  /**
   * @return the problem's {@code detail}; for a non-JSON body its first 500 characters; for a
   *     GraphQL request error its messages joined by {@code "; "}; else null
   */
  public String getDetail() { return detail; }
  /** @return the problem's {@code instance}, or null */
  public String getInstance() { return text(problem, "instance"); }
  /**
   * @return the machine-readable problem {@code code}, e.g. {@code template_not_found}; for a
   *     GraphQL request error without one, its first error's string {@code extensions.code}; or null
   */
  public String getCode() { return code(problem); }

  /**
   * Problem {@code errors}: per-field validation failures.
   *
   * @return the failures, unmodifiable (empty when none)
   */
  public List<FieldError> getErrors() {
    JsonNode errors = problem == null ? null : problem.get("errors");
    if (errors == null || !errors.isArray()) return Collections.emptyList();
    List<FieldError> out = new ArrayList<>();
    errors.forEach(e -> out.add(new FieldError(text(e, "location"), text(e, "name"), text(e, "message"))));
    return Collections.unmodifiableList(out);
  }

  /**
   * The {@code X-Request-Id} response header, else the problem's {@code requestId} (R5.3).
   *
   * @return the request ID, or null when the server sent none
   */
  public String getRequestId() {
    return Headers.first(headers, "X-Request-Id").orElseGet(() -> text(problem, "requestId"));
  }

  /**
   * First value of a response header, matched case-insensitively.
   *
   * @param name the header's name
   * @return its first value (redacted), or empty when absent
   */
  public Optional<String> header(String name) {
    return Headers.first(headers, name);
  }
}
