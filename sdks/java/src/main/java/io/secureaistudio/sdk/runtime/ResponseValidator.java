package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Checks successful bodies against the schemas of the API document shipped in the SDK
 * ({@code io/secureaistudio/sdk/openapi.json}, rulebook R7.1/R7.2) with {@link SchemaValidator}.
 * The document is read once per JVM, on the first check; only the schemas a response reaches are
 * looked at.
 */
final class ResponseValidator {
  // The document as JSON, converted from the generated YAML at build time (no YAML at run time).
  private static final String RESOURCE = "/io/secureaistudio/sdk/openapi.json";

  private static volatile SchemaValidator validator;
  private static volatile JsonNode spec;

  private ResponseValidator() {}

  /**
   * The issues of {@code body} against the schema the document declares for this response
   * ({@code status} and {@code contentType} of {@code request}'s operation); empty when it matches
   * or when the document declares no schema for it.
   */
  static List<ResponseValidationException.Issue> check(ApiRequest request, int status, String contentType, JsonNode body) {
    String responsePointer = responsePointer(request, status);
    if (responsePointer == null) return List.of();
    JsonNode content = spec().at(responsePointer + "/content");
    String mediaType = mediaType(content, contentType);
    if (mediaType == null) return List.of();
    return check(responsePointer + "/content/" + escape(mediaType) + "/schema", body);
  }

  /** Like {@link #check(ApiRequest, int, String, JsonNode)} for one event of an event stream (R8.4). */
  static List<ResponseValidationException.Issue> checkEvent(ApiRequest request, int status, JsonNode data) {
    String responsePointer = responsePointer(request, status);
    if (responsePointer == null) return List.of();
    return check(responsePointer + "/content/text~1event-stream/x-event-schema", data);
  }

  /** The issues of {@code data} against the document's component schema {@code name} (a GraphQL payload, R13.3); none for null. */
  static List<ResponseValidationException.Issue> checkComponent(String name, JsonNode data) {
    if (name == null) return List.of();
    return check("/components/schemas/" + escape(name), data);
  }

  private static List<ResponseValidationException.Issue> check(String schemaPointer, JsonNode body) {
    JsonNode schema = spec().at(schemaPointer);
    if (schema.isMissingNode()) return List.of();
    List<ResponseValidationException.Issue> issues = SchemaValidator.distinct(validator.validate(schema, body));
    // The concrete mismatch first (/status ...), the "no oneOf branch matched" summary after it.
    issues.sort(java.util.Comparator.comparing(i -> i.getMessage().startsWith("must be valid to ")));
    return issues;
  }

  /** JSON pointer of the operation's response for {@code status}: exact code, then {@code 2XX}, then default. */
  private static String responsePointer(ApiRequest request, int status) {
    String operation = "/paths/" + escape(request.pathTemplate) + "/" + request.method.toLowerCase(Locale.ROOT) + "/responses/";
    JsonNode responses = spec().at(operation.substring(0, operation.length() - 1));
    for (String key : new String[] {String.valueOf(status), (status / 100) + "XX", "default"}) {
      if (responses.has(key)) return operation + escape(key);
    }
    return null;
  }

  private static String mediaType(JsonNode content, String contentType) {
    if (!content.isObject() || content.size() == 0) return null;
    String received = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equalsIgnoreCase(received)) return name;
    }
    return content.size() == 1 ? content.fieldNames().next() : null;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Reads the document now, if no check has yet (a new client's warm-up thread calls this). */
  static void warmUp() {
    spec();
  }

  private static JsonNode spec() {
    JsonNode d = spec;
    if (d == null) {
      synchronized (ResponseValidator.class) {
        d = spec;
        if (d == null) {
          d = load();
          validator = new SchemaValidator(d);
          spec = d;
        }
      }
    }
    return d;
  }

  private static JsonNode load() {
    try (InputStream in = ResponseValidator.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("the SDK jar lacks " + RESOURCE + " (needed for response validation)");
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
