package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.format.PatternFormat;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks successful bodies against the schemas of the API document shipped in the SDK
 * ({@code io/secureaistudio/sdk/openapi.json}, rulebook R7.1/R7.2), with networknt's
 * json-schema-validator in its OpenAPI 3.0 dialect ({@code nullable}, {@code discriminator}).
 * The document is read once per JVM, on the first check; schemas are compiled once per response.
 */
final class ResponseValidator {
  // The document as JSON, converted from the generated YAML at build time (no YAML at run time).
  private static final String RESOURCE = "/io/secureaistudio/sdk/openapi.json";
  private static final String BASE = "https://sdk.invalid/openapi.json";

  private static final class Document {
    final JsonNode spec;
    final JsonSchemaFactory factory;

    Document(JsonNode spec, String json) {
      this.spec = spec;
      // The library's email format also checks the domain against the IANA TLD list, which
      // rejects reserved names such as ada@acme.example; the API (and the TypeScript client)
      // only require the mailbox shape.
      JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
          .format(PatternFormat.of("email", "^[^\\s@\"]+@[^\\s@\"]+\\.[^\\s@\"]+$", "format.email"))
          .build();
      this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b
          .metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri())
          .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, json))));
    }
  }

  static {
    quietSlf4jWithoutProvider();
  }

  private static volatile Document document;
  private static final Map<String, Optional<JsonSchema>> SCHEMAS = new ConcurrentHashMap<>();
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();

  private ResponseValidator() {}

  /**
   * The issues of {@code body} against the schema the document declares for this response
   * ({@code status} and {@code contentType} of {@code request}'s operation); empty when it matches
   * or when the document declares no schema for it.
   */
  static List<ResponseValidationException.Issue> check(ApiRequest request, int status, String contentType, JsonNode body) {
    String responsePointer = responsePointer(request, status);
    if (responsePointer == null) return List.of();
    JsonNode content = document().spec.at(responsePointer + "/content");
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

  private static List<ResponseValidationException.Issue> check(String schemaPointer, JsonNode body) {
    Optional<JsonSchema> schema = SCHEMAS.computeIfAbsent(schemaPointer, p -> document().spec.at(p).isMissingNode()
        ? Optional.empty()
        : Optional.of(document().factory.getSchema(SchemaLocation.of(BASE + "#" + p), CONFIG)));
    if (schema.isEmpty()) return List.of();
    List<ResponseValidationException.Issue> issues = new ArrayList<>();
    List<ValidationMessage> messages = new ArrayList<>(schema.get().validate(body));
    // The concrete mismatch first (/status ...), the "no oneOf branch matched" summary after it.
    messages.sort(java.util.Comparator.comparing(m -> "oneOf".equals(m.getType()) || "anyOf".equals(m.getType())));
    for (ValidationMessage m : messages) {
      String path = m.getInstanceLocation().toString();
      String message = m.getMessage();
      // networknt prefixes the message with the location; the issue carries it separately.
      if (message.startsWith(path + ": ")) message = message.substring(path.length() + 2);
      else if (message.startsWith(": ")) message = message.substring(2);
      issues.add(new ResponseValidationException.Issue(path, message));
    }
    return issues;
  }

  /** JSON pointer of the operation's response for {@code status}: exact code, then {@code 2XX}, then default. */
  private static String responsePointer(ApiRequest request, int status) {
    String operation = "/paths/" + escape(request.pathTemplate) + "/" + request.method.toLowerCase(Locale.ROOT) + "/responses/";
    JsonNode responses = document().spec.at(operation.substring(0, operation.length() - 1));
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

  private static Document document() {
    Document d = document;
    if (d == null) {
      synchronized (ResponseValidator.class) {
        d = document;
        if (d == null) document = d = load();
      }
    }
    return d;
  }

  /**
   * networknt's validator logs through SLF4J. With no SLF4J provider on the class path, SLF4J 2
   * prints three warning lines on first use and then logs nothing anyway; in that case only, this
   * tells SLF4J to report errors alone ({@code slf4j.internal.verbosity}). An application with a
   * provider, or one that set the property itself, is left as it is. Runs before any SLF4J class
   * is initialised (SLF4J reads the property once).
   */
  private static void quietSlf4jWithoutProvider() {
    if (System.getProperty("slf4j.internal.verbosity") != null) return;
    try {
      Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, ResponseValidator.class.getClassLoader());
      if (java.util.ServiceLoader.load(spi, ResponseValidator.class.getClassLoader()).findFirst().isEmpty()) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
      }
    } catch (ClassNotFoundException | java.util.ServiceConfigurationError | SecurityException e) {
      // SLF4J 1.x or a restricted environment: leave SLF4J's reporting as it is.
    }
  }

  private static Document load() {
    try (InputStream in = ResponseValidator.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("the SDK jar lacks " + RESOURCE + " (needed for response validation)");
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new Document(new ObjectMapper().readTree(json), json);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
