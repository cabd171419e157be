package io.secureaistudio.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The pure retry rules of the rulebook: R3.2 statuses, R3.3 method gate, R3.4 backoff, R3.5 Retry-After. */
class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  @ParameterizedTest(name = "R3.2: {0} code={1} retryable={2}")
  @CsvSource({
      "408,,true", "429,,true", "500,,true", "502,,true", "503,,true", "504,,true", "599,,true", "507,,true",
      "501,,false", "505,,false", "400,,false", "401,,false", "403,,false", "404,,false", "412,,false",
      "416,,false", "422,,false", "409,,false", "409,resource_locked,true", "409,lock_conflict,true",
      "409,duplicate_name,false"})
  void statuses(int status, String code, boolean retryable) {
    assertEquals(retryable, RetryPolicy.isStatusRetryable(status, code));
  }

  @Test
  void methodGateLetsPostAndPatchRetryOnlyWithAnIdempotencyKey() {
    for (String m : new String[] {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}) {
      assertTrue(RetryPolicy.isMethodRetryable(m, false), m);
    }
    assertFalse(RetryPolicy.isMethodRetryable("POST", false));
    assertFalse(RetryPolicy.isMethodRetryable("PATCH", false));
    assertTrue(RetryPolicy.isMethodRetryable("POST", true));
    assertTrue(RetryPolicy.isMethodRetryable("PATCH", true));
  }

  @ParameterizedTest(name = "R3.4: retry {0}, random {1} -> {2} ms")
  @CsvSource({
      "1,0.0,500", "1,0.999999,375", "2,0.0,1000", "2,0.5,875", "3,0.0,2000", "3,0.999999,1500",
      "4,0.0,4000", "5,0.0,8000", "5,0.999999,6000", "12,0.0,8000", "40,0.0,8000"})
  void backoffDoublesFromHalfASecondUpToEightWithJitterOfAQuarter(int retry, double random, long millis) {
    assertEquals(Duration.ofMillis(millis), RetryPolicy.backoff(retry, random));
  }

  @ParameterizedTest(name = "R3.5: Retry-After ''{0}'' -> {1} ms")
  @CsvSource(value = {
      "3|3000", "0|0", "1.5|1500", "  2  |2000", "61|60000", "99999999999|60000",
      "Sat, 21 Nov 2026 10:00:07 GMT|7000", "Sat, 21 Nov 2026 09:59:00 GMT|0",
      "Sat, 21 Nov 2026 11:00:00 GMT|60000"}, delimiter = '|')
  void retryAfterIsSecondsOrAnHttpDateClampedToSixtySeconds(String header, long millis) {
    assertEquals(Optional.of(Duration.ofMillis(millis)), RetryPolicy.parseRetryAfter(header, NOW));
  }

  @ParameterizedTest(name = "R3.5: Retry-After ''{0}'' is ignored")
  @CsvSource(value = {"-1", "soon", "1e3", "3s", "''", "'   '", "21 Nov 2026 10:00:07"})
  void unusableRetryAfterValuesAreIgnored(String header) {
    assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter(header, NOW));
  }

  @Test
  void absentRetryAfterIsIgnored() {
    assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter(null, NOW));
  }
}
