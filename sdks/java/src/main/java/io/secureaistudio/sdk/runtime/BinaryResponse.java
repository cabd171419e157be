package io.secureaistudio.sdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A binary download (rulebook R9.2): the body as a stream or as bytes (read once, either way),
 * with the status, content type, length and parsed {@code Content-Range}. Close it when you do not
 * read the body to the end.
 */
public final class BinaryResponse implements AutoCloseable {
  /**
   * A parsed {@code Content-Range} (R9.2): {@code <unit> <start>-<end>/<size>} with {@code size}
   * empty for {@code *}, or {@code <unit> *}{@code /<size>} (the answer to an unsatisfiable range)
   * with {@code start} and {@code end} empty.
   */
  public static final class ContentRange {
    private static final Pattern RANGE = Pattern.compile("^\\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+) +(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)\\s*$");
    private final String unit;
    private final Long start;
    private final Long end;
    private final Long size;

    private ContentRange(String unit, Long start, Long end, Long size) {
      this.unit = unit;
      this.start = start;
      this.end = end;
      this.size = size;
    }

    /**
     * The header parsed, or null when absent or not a valid {@code Content-Range}: a range needs
     * {@code start <= end}, and {@code end < size} when the size is known; {@code * /*} is invalid.
     */
    static ContentRange parse(String header) {
      if (header == null) return null;
      Matcher m = RANGE.matcher(header);
      if (!m.matches()) return null;
      try {
        Long size = m.group(4).equals("*") ? null : Long.valueOf(m.group(4));
        if (m.group(2) == null) return size == null ? null : new ContentRange(m.group(1), null, null, size);
        long start = Long.parseLong(m.group(2));
        long end = Long.parseLong(m.group(3));
        if (end < start || (size != null && end >= size)) return null;
        return new ContentRange(m.group(1), start, end, size);
      } catch (NumberFormatException e) {
        return null; // beyond a long
      }
    }

    /** @return the range unit, e.g. {@code bytes} */
    public String unit() { return unit; }
    /** @return the first byte; empty for {@code <unit> *}{@code /<size>} */
    public OptionalLong start() { return start == null ? OptionalLong.empty() : OptionalLong.of(start); }
    /** @return the last byte, inclusive; empty for {@code <unit> *}{@code /<size>} */
    public OptionalLong end() { return end == null ? OptionalLong.empty() : OptionalLong.of(end); }
    /** @return the complete length; empty when the server sent {@code *} */
    public OptionalLong size() { return size == null ? OptionalLong.empty() : OptionalLong.of(size); }

    @Override
    public String toString() {
      return unit + " " + (start == null ? "*" : start + "-" + end) + "/" + (size == null ? "*" : size);
    }
  }

  private final ApiResponse<InputStream> response;
  private boolean consumed;

  BinaryResponse(ApiResponse<InputStream> response) {
    this.response = response;
  }

  /** @return the HTTP status code */
  public int status() { return response.getStatusCode(); }
  /** @return true for a 206 answer to a {@code Range} request */
  public boolean isPartial() { return response.getStatusCode() == 206; }
  /** @return the {@code Content-Type} header, or empty */
  public Optional<String> contentType() { return response.header("Content-Type"); }
  /** @return the {@code Content-Length} header as a number, or empty when absent or not a number */
  public OptionalLong contentLength() {
    Optional<String> value = response.header("Content-Length");
    try {
      return value.isPresent() ? OptionalLong.of(Long.parseLong(value.get().trim())) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
  /** @return the parsed {@code Content-Range}, or null when absent or invalid */
  public ContentRange contentRange() { return ContentRange.parse(response.header("Content-Range").orElse(null)); }
  /** @return all response headers, unmodifiable */
  public Map<String, List<String>> headers() { return response.getHeaders(); }
  /** @return the server's {@code X-Request-Id}, or empty */
  public Optional<String> requestId() { return response.requestId(); }

  /**
   * The body as a stream; the body can be read once.
   *
   * @return the open body; close it (or this response) when done
   * @throws IllegalStateException when the body was already read
   */
  public InputStream stream() {
    take();
    return response.getData();
  }

  /**
   * The whole body; the body can be read once.
   *
   * @return the body's bytes
   * @throws IllegalStateException when the body was already read
   * @throws APIConnectionException when reading it fails
   */
  public byte[] bytes() {
    take();
    try (InputStream in = response.getData()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new APIConnectionException("reading the download failed: " + e.getMessage(), e);
    }
  }

  private synchronized void take() {
    if (consumed) throw new IllegalStateException("the body of a download can be read once");
    consumed = true;
  }

  @Override
  public void close() {
    try {
      response.getData().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
