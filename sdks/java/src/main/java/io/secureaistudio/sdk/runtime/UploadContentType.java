package io.secureaistudio.sdk.runtime;

import java.util.Locale;
import java.util.Map;

/**
 * R9.3: the content type of an uploaded file part. The caller's wins; else the file name's
 * extension tells ({@code .png}, {@code .jpg}/{@code .jpeg}, {@code .webp}, any case); else the
 * magic number of the bytes (PNG, JPEG, WebP). When nothing tells, the upload would go as
 * {@code application/octet-stream} and the server would refuse it, so that is an argument error
 * before sending.
 */
final class UploadContentType {
  private static final Map<String, String> BY_EXTENSION = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  private UploadContentType() {}

  /**
   * @param option   the parameter named in the error ({@code file})
   * @param filename the file's name, or null
   * @param head     the first bytes of the file (all of it will do)
   * @param explicit the caller's content type, or null
   */
  static String resolve(String option, String filename, byte[] head, String explicit) {
    if (explicit != null && !explicit.isEmpty()) return explicit;
    if (filename != null) {
      int dot = filename.lastIndexOf('.');
      String type = dot < 0 ? null : BY_EXTENSION.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
      if (type != null) return type;
    }
    if (startsWith(head, PNG, 0)) return "image/png";
    if (startsWith(head, JPEG, 0)) return "image/jpeg";
    if (startsWith(head, new byte[] {'R', 'I', 'F', 'F'}, 0) && startsWith(head, new byte[] {'W', 'E', 'B', 'P'}, 8)) return "image/webp";
    throw new IllegalArgumentException(option + ": cannot tell the content type of "
        + (filename == null ? "the bytes" : "'" + filename + "'")
        + " (name the file .png, .jpg, .jpeg or .webp, or give PNG, JPEG or WebP content)");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
    if (bytes == null || bytes.length < at + prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) return false;
    }
    return true;
  }
}
