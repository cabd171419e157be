package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;

/**
 * The two java.time types generated models use, as ISO-8601 text: {@code date-time} as
 * {@link OffsetDateTime} (offset kept as received) and {@code date} as {@link LocalDate}.
 *
 * <p>Instead of jackson-datatype-jsr310's {@code JavaTimeModule}, which registers (and loads, on
 * the first call) some 75 classes for every java.time type: issue 13's first-call budget. Text
 * that is not ISO-8601 fails as Jackson's {@code InvalidFormatException}, as there.
 */
final class IsoDates {
  private IsoDates() {}

  static SimpleModule module() {
    return new SimpleModule("secure-ai-studio-iso-dates")
        .addSerializer(OffsetDateTime.class, new Writer<>(OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .addDeserializer(OffsetDateTime.class, new Reader<>(OffsetDateTime.class, OffsetDateTime::parse))
        .addSerializer(LocalDate.class, new Writer<>(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE))
        .addDeserializer(LocalDate.class, new Reader<>(LocalDate.class, LocalDate::parse));
  }

  private static final class Writer<T extends TemporalAccessor> extends StdScalarSerializer<T> {
    private final DateTimeFormatter format;

    Writer(Class<T> type, DateTimeFormatter format) {
      super(type);
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(format.format(value));
    }
  }

  private static final class Reader<T> extends StdScalarDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;

    Reader(Class<T> type, Function<String, T> parse) {
      super(type);
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) return type.cast(ctx.handleUnexpectedToken(type, p));
      String text = p.getText().trim();
      if (text.isEmpty()) return null;
      try {
        return parse.apply(text);
      } catch (DateTimeParseException e) {
        return type.cast(ctx.handleWeirdStringValue(type, text, "not an ISO-8601 %s: %s", type.getSimpleName(), e.getMessage()));
      }
    }
  }
}
