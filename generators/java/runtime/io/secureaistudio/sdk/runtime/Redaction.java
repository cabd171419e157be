package io.secureaistudio.sdk.runtime;

import java.util.Collection;

/**
 * R5.5: replaces every configured secret (4 characters or longer) with {@code [REDACTED]}, so a
 * server that echoes a credential back cannot leak it into an error message or log line.
 */
final class Redaction {
  static final String MARK = "[REDACTED]";

  private Redaction() {}

  static String redact(String text, Collection<String> secrets) {
    if (text == null || secrets == null) return text;
    String out = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) out = out.replace(secret, MARK);
    }
    return out;
  }
}
