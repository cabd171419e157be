package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a JSON value against an OpenAPI 3.0 Schema Object of the shipped document (R7.1/R7.2),
 * walking the schema as JSON where the value leads; {@code $ref}s are followed as met, so only the
 * schemas a response reaches are ever looked at.
 *
 * <p>Hand-written rather than networknt's json-schema-validator (which the SDK used before): that
 * library's start-up (meta-schemas, keyword factories, SLF4J, compiling the whole reachable schema
 * graph) took ~600 ms of a JVM's first call, against a 1.3x budget over plain java.net.http +
 * Jackson (issue 13). OpenAPI 3.0's schema dialect is small and fixed: {@code type}, {@code
 * nullable}, {@code enum}, {@code format}, string/number/array/object bounds, {@code pattern},
 * {@code properties}/{@code required}/{@code additionalProperties}, {@code allOf}/{@code anyOf}/
 * {@code oneOf}/{@code not} and {@code discriminator}. Unknown properties are allowed unless the
 * schema says {@code additionalProperties: false}; unknown formats are not checked.
 */
final class SchemaValidator {
  /** The mailbox shape only: the API (and the TypeScript client) accept reserved TLDs such as .example. */
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@\"]+@[^\\s@\"]+\\.[^\\s@\"]+$");
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private final JsonNode document;

  SchemaValidator(JsonNode document) {
    this.document = document;
  }

  /** The issues of {@code value} against the schema at {@code schema}; empty when it matches. */
  List<ResponseValidationException.Issue> validate(JsonNode schema, JsonNode value) {
    List<ResponseValidationException.Issue> issues = new ArrayList<>();
    check(schema, value, "", issues, 0);
    return issues;
  }

  private JsonNode resolve(JsonNode schema) {
    for (int hops = 0; schema != null && schema.has("$ref") && hops < 64; hops++) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#")) return null; // external references are not shipped: not checked
      schema = document.at(ref.substring(1));
      if (schema.isMissingNode()) return null;
    }
    return schema;
  }

  private void check(JsonNode rawSchema, JsonNode value, String at, List<ResponseValidationException.Issue> issues, int depth) {
    JsonNode schema = resolve(rawSchema);
    if (schema == null || !schema.isObject() || depth > 200) return;
    if (value.isNull()) {
      // 3.0: null is allowed by nullable: true, else by a schema without type or an enum holding null.
      if (schema.path("nullable").asBoolean(false) || enumHoldsNull(schema)) return;
      if (schema.has("type")) {
        issues.add(issue(at, "null found, " + schema.get("type").asText() + " expected"));
        return;
      }
    }
    String type = schema.path("type").asText(null);
    if (type != null && !hasType(value, type)) {
      issues.add(issue(at, kind(value) + " found, " + type + " expected"));
      return;
    }
    if (schema.has("enum") && !inEnum(schema.get("enum"), value)) {
      issues.add(issue(at, "does not have a value in the enumeration " + enumText(schema.get("enum"))));
    }
    if (value.isTextual()) checkString(schema, value.asText(), at, issues);
    if (value.isNumber()) checkNumber(schema, value.decimalValue(), at, issues);
    if (value.isArray()) checkArray(schema, value, at, issues, depth);
    if (value.isObject()) checkObject(schema, value, at, issues, depth);
    checkCombinators(schema, value, at, issues, depth);
  }

  private static boolean enumHoldsNull(JsonNode schema) {
    if (!schema.has("enum")) return false;
    for (JsonNode e : schema.get("enum")) if (e.isNull()) return true;
    return false;
  }

  private static boolean hasType(JsonNode value, String type) {
    switch (type) {
      case "string": return value.isTextual();
      case "integer": return value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
      case "number": return value.isNumber();
      case "boolean": return value.isBoolean();
      case "array": return value.isArray();
      case "object": return value.isObject();
      default: return true;
    }
  }

  private static String kind(JsonNode value) {
    if (value.isNull()) return "null";
    if (value.isTextual()) return "string";
    if (value.isIntegralNumber()) return "integer";
    if (value.isNumber()) return "number";
    if (value.isBoolean()) return "boolean";
    if (value.isArray()) return "array";
    return "object";
  }

  private static boolean inEnum(JsonNode values, JsonNode value) {
    for (JsonNode e : values) {
      if (e.equals(value) || (e.isNumber() && value.isNumber() && e.decimalValue().compareTo(value.decimalValue()) == 0)) return true;
    }
    return false;
  }

  private static String enumText(JsonNode values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.isTextual() ? v.asText() : v.toString()));
    return out.toString();
  }

  private void checkString(JsonNode schema, String s, String at, List<ResponseValidationException.Issue> issues) {
    int length = s.codePointCount(0, s.length());
    if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
      issues.add(issue(at, "must be at least " + schema.get("minLength").asInt() + " characters long"));
    }
    if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
      issues.add(issue(at, "may only be " + schema.get("maxLength").asInt() + " characters long"));
    }
    if (schema.has("pattern")) {
      Pattern pattern = pattern(schema.get("pattern").asText());
      if (pattern != null && !pattern.matcher(s).find()) {
        issues.add(issue(at, "does not match the regex pattern " + schema.get("pattern").asText()));
      }
    }
    String format = schema.path("format").asText("");
    if (!format.isEmpty() && !matchesFormat(format, s)) {
      issues.add(issue(at, "does not match the " + format + " pattern"));
    }
  }

  private static Pattern pattern(String regex) {
    return PATTERNS.computeIfAbsent(regex, r -> {
      try {
        return Pattern.compile(r);
      } catch (PatternSyntaxException e) {
        return null; // an ECMA-only construct: not checked rather than failing every response
      }
    });
  }

  private static boolean matchesFormat(String format, String s) {
    try {
      switch (format) {
        case "date-time":
          OffsetDateTime.parse(s.replace('t', 'T').replace('z', 'Z'));
          return true;
        case "date":
          LocalDate.parse(s);
          return s.length() == 10;
        case "email":
          return EMAIL.matcher(s).matches();
        case "uuid":
          return s.length() == 36 && UUID.fromString(s) != null;
        case "uri":
          return java.net.URI.create(s).isAbsolute();
        default:
          return true; // byte, binary, password, int32, ... and unknown formats are not checked
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return false;
    }
  }

  private static void checkNumber(JsonNode schema, BigDecimal n, String at, List<ResponseValidationException.Issue> issues) {
    if (schema.has("minimum")) {
      BigDecimal min = schema.get("minimum").decimalValue();
      boolean exclusive = schema.path("exclusiveMinimum").asBoolean(false);
      if (exclusive ? n.compareTo(min) <= 0 : n.compareTo(min) < 0) {
        issues.add(issue(at, "must have a " + (exclusive ? "exclusive " : "") + "minimum value of " + min.toPlainString()));
      }
    }
    if (schema.has("maximum")) {
      BigDecimal max = schema.get("maximum").decimalValue();
      boolean exclusive = schema.path("exclusiveMaximum").asBoolean(false);
      if (exclusive ? n.compareTo(max) >= 0 : n.compareTo(max) > 0) {
        issues.add(issue(at, "must have a " + (exclusive ? "exclusive " : "") + "maximum value of " + max.toPlainString()));
      }
    }
    if (schema.has("multipleOf")) {
      BigDecimal step = schema.get("multipleOf").decimalValue();
      if (step.signum() > 0 && n.remainder(step).signum() != 0) issues.add(issue(at, "must be multiple of " + step.toPlainString()));
    }
  }

  private void checkArray(JsonNode schema, JsonNode array, String at, List<ResponseValidationException.Issue> issues, int depth) {
    if (schema.has("minItems") && array.size() < schema.get("minItems").asInt()) {
      issues.add(issue(at, "expected at least " + schema.get("minItems").asInt() + " items but found " + array.size()));
    }
    if (schema.has("maxItems") && array.size() > schema.get("maxItems").asInt()) {
      issues.add(issue(at, "must have at most " + schema.get("maxItems").asInt() + " items but found " + array.size()));
    }
    if (schema.path("uniqueItems").asBoolean(false) && new HashSet<>(toList(array)).size() != array.size()) {
      issues.add(issue(at, "the items in the array must be unique"));
    }
    if (schema.has("items")) {
      for (int i = 0; i < array.size(); i++) check(schema.get("items"), array.get(i), at + "/" + i, issues, depth + 1);
    }
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private void checkObject(JsonNode schema, JsonNode object, String at, List<ResponseValidationException.Issue> issues, int depth) {
    if (schema.has("required")) {
      for (JsonNode name : schema.get("required")) {
        if (!object.has(name.asText())) issues.add(issue(at, "required property '" + name.asText() + "' not found"));
      }
    }
    if (schema.has("minProperties") && object.size() < schema.get("minProperties").asInt()) {
      issues.add(issue(at, "should have a minimum of " + schema.get("minProperties").asInt() + " properties"));
    }
    if (schema.has("maxProperties") && object.size() > schema.get("maxProperties").asInt()) {
      issues.add(issue(at, "may only have a maximum of " + schema.get("maxProperties").asInt() + " properties"));
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String child = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
      if (properties.has(field.getKey())) {
        check(properties.get(field.getKey()), field.getValue(), child, issues, depth + 1);
      } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
        issues.add(issue(at, "property '" + field.getKey() + "' is not defined in the schema and the schema does not allow additional properties"));
      } else if (additional != null && additional.isObject()) {
        check(additional, field.getValue(), child, issues, depth + 1);
      }
    }
  }

  private void checkCombinators(JsonNode schema, JsonNode value, String at, List<ResponseValidationException.Issue> issues, int depth) {
    if (schema.has("allOf")) {
      for (JsonNode part : schema.get("allOf")) check(part, value, at, issues, depth + 1);
    }
    if (schema.has("anyOf")) {
      List<ResponseValidationException.Issue> first = null;
      boolean any = false;
      for (JsonNode part : schema.get("anyOf")) {
        List<ResponseValidationException.Issue> branch = new ArrayList<>();
        check(part, value, at, branch, depth + 1);
        if (branch.isEmpty()) {
          any = true;
          break;
        }
        if (first == null) first = branch;
      }
      if (!any) {
        if (first != null) issues.addAll(first);
        issues.add(issue(at, "must be valid to at least one schema of anyOf"));
      }
    }
    if (schema.has("oneOf")) checkOneOf(schema, value, at, issues, depth);
    if (schema.has("not")) {
      List<ResponseValidationException.Issue> branch = new ArrayList<>();
      check(schema.get("not"), value, at, branch, depth + 1);
      if (branch.isEmpty()) issues.add(issue(at, "must not be valid to the schema in not"));
    }
  }

  /**
   * oneOf: with a {@code discriminator} whose property names a branch (by {@code mapping}, else
   * by schema name), that branch alone decides, as in the OpenAPI 3.0 dialect; otherwise exactly one
   * branch must match.
   */
  private void checkOneOf(JsonNode schema, JsonNode value, String at, List<ResponseValidationException.Issue> issues, int depth) {
    JsonNode branches = schema.get("oneOf");
    JsonNode chosen = discriminated(schema, branches, value);
    if (chosen != null) {
      check(chosen, value, at, issues, depth + 1);
      return;
    }
    int valid = 0;
    List<ResponseValidationException.Issue> closest = null;
    for (JsonNode part : branches) {
      List<ResponseValidationException.Issue> branch = new ArrayList<>();
      check(part, value, at, branch, depth + 1);
      if (branch.isEmpty()) valid++;
      else if (closest == null || branch.size() < closest.size()) closest = branch;
    }
    if (valid != 1) {
      if (valid == 0 && closest != null) issues.addAll(closest);
      issues.add(issue(at, "must be valid to one and only one schema, but " + valid + " are valid"));
    }
  }

  private static JsonNode discriminated(JsonNode schema, JsonNode branches, JsonNode value) {
    JsonNode discriminator = schema.get("discriminator");
    if (discriminator == null || !value.isObject()) return null;
    JsonNode tag = value.get(discriminator.path("propertyName").asText());
    if (tag == null || !tag.isTextual()) return null;
    String ref = discriminator.path("mapping").path(tag.asText()).asText(null);
    if (ref != null && !ref.startsWith("#")) ref = "#/components/schemas/" + ref;
    for (JsonNode branch : branches) {
      String branchRef = branch.path("$ref").asText("");
      if (ref != null ? branchRef.equals(ref) : branchRef.endsWith("/" + tag.asText())) return branch;
    }
    return null;
  }

  private static ResponseValidationException.Issue issue(String at, String message) {
    return new ResponseValidationException.Issue(at, message);
  }

  /** The issues without repeats (the same mismatch reached through two combinators). */
  static List<ResponseValidationException.Issue> distinct(List<ResponseValidationException.Issue> issues) {
    Set<String> seen = new HashSet<>();
    List<ResponseValidationException.Issue> out = new ArrayList<>();
    for (ResponseValidationException.Issue i : issues) if (seen.add(i.getPath() + "\u0000" + i.getMessage())) out.add(i);
    return out;
  }
}
