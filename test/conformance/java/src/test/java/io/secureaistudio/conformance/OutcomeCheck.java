package io.secureaistudio.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Outcome versus the contract's {@code expect}, and the contract verdict: a Java port of
 * test/conformance/lib/outcome.mjs with the same rules and the same reason wording, so every
 * column of the matrix reads alike. Each check returns null on a match, else a one-line reason.
 */
final class OutcomeCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OutcomeCheck() {}

  /** The Java name of a TypeScript error class: {@code NotFoundError} → {@code NotFoundException}. */
  static String javaErrorName(String typescriptName) {
    return typescriptName.endsWith("Error")
        ? typescriptName.substring(0, typescriptName.length() - "Error".length()) + "Exception"
        : typescriptName;
  }

  static String show(Object value) {
    String text;
    try {
      text = value == null ? "undefined" : MAPPER.writeValueAsString(value);
    } catch (java.io.IOException e) {
      text = String.valueOf(value);
    }
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  /**
   * Subset deep-equality: every member {@code expected} lists must be in {@code actual} with an
   * equal value; extra members are ignored; arrays match in length and element by element.
   */
  static String subsetMismatch(JsonNode expected, JsonNode actual, String at) {
    String where = at.isEmpty() ? "/" : at;
    if (expected == null || expected.isNull() || expected.isValueNode()) {
      return sameValue(expected, actual) ? null : where + ": expected " + show(expected) + ", got " + show(actual);
    }
    if (expected.isArray()) {
      if (actual == null || !actual.isArray()) return where + ": expected an array, got " + show(actual);
      if (actual.size() != expected.size()) return where + ": expected " + expected.size() + " items, got " + actual.size();
      for (int i = 0; i < expected.size(); i++) {
        String reason = subsetMismatch(expected.get(i), actual.get(i), at + "/" + i);
        if (reason != null) return reason;
      }
      return null;
    }
    if (actual == null || !actual.isObject()) return where + ": expected an object, got " + show(actual);
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      String key = member.getKey().replace("~", "~0").replace("/", "~1");
      if (!actual.has(member.getKey())) return at + "/" + key + ": missing (expected " + show(member.getValue()) + ")";
      String reason = subsetMismatch(member.getValue(), actual.get(member.getKey()), at + "/" + key);
      if (reason != null) return reason;
    }
    return null;
  }

  // JavaScript's Object.is on JSON scalars: numbers by value (100 and 100.0 are one number).
  private static boolean sameValue(JsonNode expected, JsonNode actual) {
    // null matches only JSON null; a missing value is JavaScript's undefined, which it is not.
    if (expected == null || expected.isNull()) return actual != null && actual.isNull();
    if (actual == null || actual.isNull() || actual.isMissingNode()) return false;
    if (expected.isNumber() && actual.isNumber()) return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    return expected.equals(actual);
  }

  /** The outcome against {@code expect} (exactly one of result, items, events, bytes, error). */
  static String outcomeMismatch(JsonNode expect, Outcome outcome) {
    if (outcome.unsupported() != null) return outcome.unsupported();
    if (expect.hasNonNull("error")) return errorMismatch(expect.get("error"), outcome.error());
    Outcome.Raised raised = outcome.error();
    if (raised != null) return ("raised " + raised.type() + ": " + Objects.toString(raised.message(), "")).trim();
    if (expect.has("result")) {
      String reason = subsetMismatch(expect.get("result"), outcome.result(), "");
      return reason == null ? null : "result " + reason;
    }
    if (expect.has("items")) {
      List<String> want = new ArrayList<>();
      expect.get("items").forEach(id -> want.add(id.asText()));
      List<String> got = outcome.items() == null ? List.of()
          : outcome.items().stream().map(id -> id == null || id.isNull() ? "undefined" : id.asText()).collect(Collectors.toList());
      return want.equals(got) ? null : "items: expected [" + String.join(", ", want) + "], got [" + String.join(", ", got) + "]";
    }
    if (expect.has("events")) return eventsMismatch(expect.get("events"), outcome.events() == null ? List.of() : outcome.events());
    if (expect.has("bytes")) {
      JsonNode want = expect.get("bytes");
      Outcome.Bytes got = outcome.bytes();
      if (got == null || got.length() != want.path("length").asLong()) {
        return "bytes: expected " + want.path("length").asLong() + " bytes, got " + (got == null ? "undefined" : got.length());
      }
      if (!got.sha256().equals(want.path("sha256").asText())) {
        return "bytes: expected sha256 " + want.path("sha256").asText() + ", got " + got.sha256();
      }
      return null;
    }
    List<String> names = new ArrayList<>();
    expect.fieldNames().forEachRemaining(names::add);
    return "expect holds nothing this driver knows: " + String.join(", ", names);
  }

  private static String errorMismatch(JsonNode want, Outcome.Raised got) {
    String wantType = javaErrorName(want.path("type").asText());
    if (got == null) return "expected " + wantType + ", but the call succeeded";
    if (want.has("type") && !wantType.equals(got.type())) {
      String message = got.message() == null || got.message().isEmpty() ? "" : ": " + got.message();
      return "error type: expected " + show(wantType) + ", got " + show(got.type()) + message;
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    Map<String, JsonNode> actual = new java.util.LinkedHashMap<>();
    actual.put("status", got.status() == null ? null : f.numberNode(got.status()));
    actual.put("code", got.code() == null ? null : f.textNode(got.code()));
    actual.put("requestId", got.requestId() == null ? null : f.textNode(got.requestId()));
    for (Map.Entry<String, JsonNode> field : actual.entrySet()) {
      JsonNode expected = want.get(field.getKey());
      if (expected == null) continue;
      if (field.getValue() == null || !sameValue(expected, field.getValue())) {
        return "error " + field.getKey() + ": expected " + show(expected) + ", got "
            + (field.getValue() == null ? "undefined" : show(field.getValue())) + " (raised " + got.type() + ")";
      }
    }
    return null;
  }

  private static String eventsMismatch(JsonNode want, List<Outcome.Event> got) {
    if (got.size() != want.size()) {
      List<String> wantNames = new ArrayList<>();
      want.forEach(e -> wantNames.add(e.path("event").asText()));
      String gotNames = got.stream().map(Outcome.Event::event).collect(Collectors.joining(", "));
      return "events: expected " + want.size() + " (" + String.join(", ", wantNames) + "), got " + got.size() + " (" + gotNames + ")";
    }
    for (int i = 0; i < got.size(); i++) {
      String wantEvent = want.get(i).path("event").asText();
      if (!wantEvent.equals(got.get(i).event())) {
        return "events/" + i + "/event: expected " + show(wantEvent) + ", got " + show(got.get(i).event());
      }
      String reason = subsetMismatch(want.get(i).get("data"), got.get(i).data(), "/" + i + "/data");
      if (reason != null) return "events" + reason;
    }
    return null;
  }

  /** The verdict from the outcome check and the session report; the reason says which broke. */
  static String verdict(String outcomeReason, MockSessions.Report session) {
    List<String> reasons = new ArrayList<>();
    if (outcomeReason != null) reasons.add("outcome: " + outcomeReason);
    if (!session.mismatches().isEmpty()) reasons.add("traffic: " + String.join("; ", session.mismatches()));
    else if (!session.complete()) reasons.add("traffic: sent " + session.received() + " of " + session.expected() + " recorded requests");
    return reasons.isEmpty() ? null : String.join(" | ", reasons);
  }
}
