package io.secureaistudio.sdk.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Case-insensitive header look-up (HTTP header names are case-insensitive). */
final class Headers {
  private Headers() {}

  static Optional<String> first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }
}
