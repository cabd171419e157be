package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** Turns parameter values (enums, dates, lists) into the strings that go into URLs and headers. */
final class ParameterFormat {
  private static final String UNRESERVED_MARKS = "-_.!~*'()";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ParameterFormat() {}

  static String format(Object value) {
    if (value == null) return "";
    if (value instanceof OffsetDateTime) return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
    if (value instanceof LocalDate) return DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(ParameterFormat::format).collect(Collectors.joining(","));
    }
    if (value instanceof Enum) return enumValue((Enum<?>) value);
    return String.valueOf(value);
  }

  /**
   * R9.1: one path segment with {@code encodeURIComponent} semantics: UTF-8, everything but
   * {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )} percent-encoded with upper-case hex. Callers reject
   * empty, {@code .} and {@code ..} values first ({@link #isForbiddenSegment}).
   */
  static String pathSegment(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || UNRESERVED_MARKS.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * True for the values no path segment may have: empty (the URL would name another endpoint)
   * and the dot segments {@code .} and {@code ..}, which URL parsers and proxies resolve away
   * even when percent-encoded.
   */
  static boolean isForbiddenSegment(String value) {
    return value.isEmpty() || value.equals(".") || value.equals("..");
  }

  // Generated enums carry their wire value behind a @JsonValue getter; toString() may differ.
  private static String enumValue(Enum<?> e) {
    for (Method m : e.getClass().getMethods()) {
      if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
        try {
          return String.valueOf(m.invoke(e));
        } catch (ReflectiveOperationException ignored) {
          break;
        }
      }
    }
    return e.toString();
  }
}
