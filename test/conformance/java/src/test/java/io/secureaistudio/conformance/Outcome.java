package io.secureaistudio.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one contract call produced, in the terms of lib/outcome.mjs: exactly one of an error the
 * SDK raised, a decoded result, item ids, events or bytes. {@code unsupported} says the SDK lacks
 * what the contract's {@code call} needs (no pagination iterator, no SSE iterator, ...).
 */
record Outcome(Raised error, JsonNode result, List<JsonNode> items, List<Event> events, Bytes bytes, String unsupported) {
  /** An exception the SDK threw; status/code/requestId when it carries them. */
  record Raised(String type, Integer status, String code, String requestId, String message) {}

  record Event(String event, JsonNode data) {}

  record Bytes(long length, String sha256) {}

  static Outcome raised(Raised error) { return new Outcome(error, null, null, null, null, null); }
  static Outcome result(JsonNode result) { return new Outcome(null, result, null, null, null, null); }
  static Outcome items(List<JsonNode> items) { return new Outcome(null, null, items, null, null, null); }
  static Outcome events(List<Event> events) { return new Outcome(null, null, null, events, null, null); }
  static Outcome bytes(Bytes bytes) { return new Outcome(null, null, null, null, bytes, null); }
  static Outcome unsupported(String why) { return new Outcome(null, null, null, null, null, why); }
}
