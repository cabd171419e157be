package io.secureaistudio.sdk.runtime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP-date parsing (RFC 9110 section 5.6.7) for {@code Retry-After}: the IMF-fixdate through
 * java.time's RFC 1123 formatter (which also takes a numeric zone and a missing weekday), and
 * the two obsolete forms recipients must accept, RFC 850 and asctime, which java.time lacks.
 */
final class HttpDates {
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  /** {@code Saturday, 21-Nov-26 10:00:07 GMT}. */
  private static final Pattern RFC_850 = Pattern.compile("^[A-Za-z]+, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$");
  /** {@code Sat Nov 21 10:00:07 2026}, the day space-padded ({@code Nov  1}). */
  private static final Pattern ASCTIME = Pattern.compile("^[A-Za-z]{3} ([A-Za-z]{3}) {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$");

  private HttpDates() {}

  /** The instant {@code value} names, or null when it is no HTTP-date ({@code now} places RFC 850's two-digit year). */
  static Instant parse(String value, Instant now) {
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      // not an IMF-fixdate: try the obsolete forms
    }
    try {
      Matcher m = RFC_850.matcher(value);
      if (m.matches()) {
        int year = twoDigitYear(Integer.parseInt(m.group(3)), now);
        return at(year, m.group(2), m.group(1), m.group(4), m.group(5), m.group(6));
      }
      m = ASCTIME.matcher(value);
      if (m.matches()) return at(Integer.parseInt(m.group(6)), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
    } catch (DateTimeException e) {
      return null; // day 32, hour 25, ...
    }
    return null;
  }

  private static Instant at(int year, String month, String day, String hour, String minute, String second) {
    int m = MONTHS.indexOf(month.toLowerCase(Locale.ROOT)) + 1;
    if (m == 0) return null;
    return LocalDateTime.of(year, m, Integer.parseInt(day), Integer.parseInt(hour), Integer.parseInt(minute), Integer.parseInt(second))
        .toInstant(ZoneOffset.UTC);
  }

  /** RFC 9110: a two-digit year more than 50 years ahead is the latest past year with those digits. */
  private static int twoDigitYear(int yy, Instant now) {
    int current = now.atZone(ZoneOffset.UTC).getYear();
    int year = current - current % 100 + yy;
    if (year > current + 50) year -= 100;
    return year;
  }
}
