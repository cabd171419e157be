package io.secureaistudio.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** date-time and date values read and written as ISO-8601 text, offsets kept (the SDK's Json). */
class IsoDatesTest {
  private final Json json = new Json();

  /** A fixture bean as generated models have them. */
  public static final class Stamp {
    public OffsetDateTime at;
    public LocalDate day;
  }

  @Test
  void readsAndWritesIsoTextKeepingTheOffset() throws Exception {
    Stamp s = json.mapper().readValue("{\"at\":\"2026-11-21T10:15:00+02:00\",\"day\":\"2026-11-21\"}", Stamp.class);
    assertEquals(OffsetDateTime.of(2026, 11, 21, 10, 15, 0, 0, ZoneOffset.ofHours(2)), s.at);
    assertEquals(LocalDate.of(2026, 11, 21), s.day);
    // Seconds are always written (toString() would drop ":00"), fractions only when present.
    assertEquals("{\"at\":\"2026-11-21T10:15:00+02:00\",\"day\":\"2026-11-21\"}", new String(json.write(s), "UTF-8"));
    Stamp z = json.mapper().readValue("{\"at\":\"2026-11-21T10:15:42.5Z\",\"day\":null}", Stamp.class);
    assertEquals("2026-11-21T10:15:42.5Z", json.mapper().convertValue(z, Map.class).get("at"));
    assertNull(z.day);
  }

  @Test
  void textThatIsNotIsoFailsAsAFormatErrorAtTheField() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> json.mapper().readValue("{\"at\":\"yesterday\"}", Stamp.class));
    assertEquals("at", e.getPath().get(0).getFieldName());
    assertThrows(MismatchedInputException.class, () -> json.mapper().readValue("{\"day\":20261121}", Stamp.class));
  }
}
