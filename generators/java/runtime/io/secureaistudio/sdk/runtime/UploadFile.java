package io.secureaistudio.sdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The content of a file form field (rulebook R9.3): a {@link Path}, bytes, or a supplier that opens
 * the content again for every attempt, so a retry can re-send it. The part's content type is the
 * explicit one ({@link #withContentType}), else the file name's, else the bytes' magic number.
 */
public final class UploadFile {
  private final Supplier<InputStream> open;
  private final byte[] bytes;
  private final Path path;
  private final String filename;
  private final String contentType;

  private UploadFile(Path path, byte[] bytes, Supplier<InputStream> open, String filename, String contentType) {
    this.path = path;
    this.bytes = bytes;
    this.open = open;
    this.filename = filename;
    this.contentType = contentType;
  }

  /**
   * A file on disk, sent with its own name; read when the request is built.
   *
   * @param path the file
   * @return the upload
   */
  public static UploadFile of(Path path) {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    return new UploadFile(path, null, null, name == null ? "file" : name.toString(), null);
  }

  /**
   * Bytes, sent with the filename {@code file}.
   *
   * @param bytes the content (copied)
   * @return the upload
   */
  public static UploadFile of(byte[] bytes) {
    return of("file", bytes);
  }

  /**
   * Bytes with a filename (whose extension gives the content type).
   *
   * @param filename the name the part is sent with
   * @param bytes the content (copied)
   * @return the upload
   */
  public static UploadFile of(String filename, byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new UploadFile(null, bytes.clone(), null, Objects.requireNonNull(filename, "filename"), null);
  }

  /**
   * Content opened anew for every attempt, sent with the filename {@code file}.
   *
   * @param open opens the content; called once per attempt, its stream closed after reading
   * @return the upload
   */
  public static UploadFile of(Supplier<InputStream> open) {
    return of("file", open);
  }

  /**
   * Content opened anew for every attempt, with a filename.
   *
   * @param filename the name the part is sent with
   * @param open opens the content; called once per attempt, its stream closed after reading
   * @return the upload
   */
  public static UploadFile of(String filename, Supplier<InputStream> open) {
    return new UploadFile(null, null, Objects.requireNonNull(open, "open"), Objects.requireNonNull(filename, "filename"), null);
  }

  /**
   * The same content sent with this content type instead of an inferred one.
   *
   * @param contentType the part's media type, e.g. {@code image/png}
   * @return a copy with that content type
   */
  public UploadFile withContentType(String contentType) {
    return new UploadFile(path, bytes, open, filename, Objects.requireNonNull(contentType, "contentType"));
  }

  /** @return the filename the part is sent with */
  public String filename() {
    return filename;
  }

  /** @return the explicit content type, or null to infer it */
  public String contentType() {
    return contentType;
  }

  /**
   * Reads the content: the file, the bytes, or what the supplier opens now.
   *
   * @return the content's bytes
   * @throws UncheckedIOException when the file or stream cannot be read
   */
  public byte[] read() {
    try {
      if (bytes != null) return bytes.clone();
      if (path != null) return Files.readAllBytes(path);
      try (InputStream in = Objects.requireNonNull(open.get(), "the upload supplier returned null")) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload " + (path != null ? path : filename), e);
    }
  }

  @Override
  public String toString() {
    return "UploadFile[" + filename + (contentType == null ? "" : ", " + contentType) + "]";
  }
}
