package io.secureaistudio.sdk.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R5.5: keeps credentials out of everything an error exposes. Every configured secret (4
 * characters or longer, longer ones first so a secret containing another is removed whole) and
 * every URL user-info ({@code scheme://user:pass@}) becomes {@code [REDACTED]}, so a server or a
 * platform exception that echoes a credential cannot leak it into a message, header or log line.
 */
final class Redaction {
  static final String MARK = "[REDACTED]";
  /** Response headers whose values are credentials by definition: replaced whole. */
  private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");
  /** {@code scheme://} then the user-info: everything up to the first {@code @} before any / ? # or space. */
  private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/?#\\s@]+@");

  private Redaction() {}

  static String redact(String text, Collection<String> secrets) {
    if (text == null) return null;
    String out = USER_INFO.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MARK) + "@");
    for (String secret : longestFirst(secrets)) out = out.replace(secret, MARK);
    return out;
  }

  /** Response headers with secrets removed from every value, and sensitive headers replaced whole. */
  static Map<String, List<String>> redactHeaders(Map<String, List<String>> headers, Collection<String> secrets) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (headers == null) return out;
    headers.forEach((name, values) -> {
      boolean whole = name != null && SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      List<String> redacted = new ArrayList<>();
      for (String value : values == null ? List.<String>of() : values) redacted.add(whole ? MARK : redact(value, secrets));
      out.put(name, Collections.unmodifiableList(redacted));
    });
    return out;
  }

  /**
   * {@code cause} with every message in its chain redacted. Causes whose chain below carries no
   * secret are kept as they are (callers may test their type); the others are replaced by a
   * {@link RedactedCause} naming the original class, since a Throwable's cause cannot be changed.
   */
  static Throwable redactCause(Throwable cause, Collection<String> secrets) {
    if (cause == null) return null;
    Throwable below = redactCause(cause.getCause() == cause ? null : cause.getCause(), secrets);
    String message = cause.getMessage();
    String redacted = redact(message, secrets);
    if (below == cause.getCause() && java.util.Objects.equals(message, redacted)) return cause;
    RedactedCause copy = new RedactedCause(cause.getClass().getName(), redacted, below);
    copy.setStackTrace(cause.getStackTrace());
    return copy;
  }

  private static List<String> longestFirst(Collection<String> secrets) {
    List<String> usable = new ArrayList<>();
    if (secrets == null) return usable;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4 && !usable.contains(secret)) usable.add(secret);
    }
    usable.sort((a, b) -> b.length() - a.length());
    return usable;
  }

  /** Stands in for a platform exception whose message carried a secret; its message is redacted. */
  static final class RedactedCause extends Exception {
    private static final long serialVersionUID = 1L;
    private final String originalClass;

    RedactedCause(String originalClass, String message, Throwable cause) {
      super(message, cause);
      this.originalClass = originalClass;
    }

    /** The class name of the exception this one replaces. */
    String originalClass() {
      return originalClass;
    }

    @Override
    public String toString() {
      String message = getLocalizedMessage();
      return originalClass + (message != null ? ": " + message : "");
    }
  }
}
