package io.secureaistudio.sdk.runtime;

/**
 * Builds a {@code Range} header value (rulebook R9.2): {@code ByteRange.of(0, 1023)} is
 * {@code bytes=0-1023} (end inclusive), {@code ByteRange.from(512)} is {@code bytes=512-}.
 */
public final class ByteRange {
  private ByteRange() {}

  /**
   * {@code bytes=start-end}, both inclusive.
   *
   * @param start the first byte (from 0)
   * @param end the last byte, at least {@code start}
   * @return the header value
   * @throws IllegalArgumentException when {@code start} is negative or {@code end} is before it
   */
  public static String of(long start, long end) {
    if (start < 0) throw new IllegalArgumentException("range start must be >= 0 (got " + start + ")");
    if (end < start) throw new IllegalArgumentException("range end must be >= start " + start + " (got " + end + ")");
    return "bytes=" + start + "-" + end;
  }

  /**
   * {@code bytes=start-}: from {@code start} to the end.
   *
   * @param start the first byte (from 0)
   * @return the header value
   * @throws IllegalArgumentException when {@code start} is negative
   */
  public static String from(long start) {
    if (start < 0) throw new IllegalArgumentException("range start must be >= 0 (got " + start + ")");
    return "bytes=" + start + "-";
  }
}
