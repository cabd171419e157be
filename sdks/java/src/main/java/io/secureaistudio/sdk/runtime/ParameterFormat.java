package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** Turns parameter values (enums, dates, lists) into the strings that go into URLs and headers. */
final class ParameterFormat {
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
