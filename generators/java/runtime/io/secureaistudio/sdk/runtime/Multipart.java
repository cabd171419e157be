package io.secureaistudio.sdk.runtime;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Encodes form fields and files as a multipart/form-data body (RFC 7578). */
final class Multipart {
  final String boundary = "sais-" + UUID.randomUUID();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** The body of {@code operationId}'s form {@code parts}; a file part whose type cannot be told fails (R9.3). */
  static Multipart of(String operationId, List<Map.Entry<String, Object>> parts, Json json) {
    Multipart m = new Multipart();
    for (Map.Entry<String, Object> part : parts) {
      Object v = part.getValue();
      if (v instanceof UploadFile) {
        UploadFile file = (UploadFile) v;
        byte[] bytes = file.read();
        m.part(part.getKey(), file.filename(), contentTypeOf(operationId, part.getKey(), file.filename(), bytes, file.contentType()), bytes);
      } else if (v instanceof File) {
        m.file(operationId, part.getKey(), (File) v);
      } else if (v instanceof byte[]) {
        byte[] bytes = (byte[]) v;
        m.part(part.getKey(), "file", contentTypeOf(operationId, part.getKey(), null, bytes, null), bytes);
      } else if (v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum) {
        m.part(part.getKey(), null, null, ParameterFormat.format(v).getBytes(StandardCharsets.UTF_8));
      } else {
        m.part(part.getKey(), null, "application/json", json.write(v));
      }
    }
    return m;
  }

  private void file(String operationId, String name, File file) {
    try {
      byte[] bytes = Files.readAllBytes(file.toPath());
      part(name, file.getName(), contentTypeOf(operationId, name, file.getName(), bytes, null), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read upload file " + file, e);
    }
  }

  /** R9.3: the content type of file part {@code name}; the error names the parameter and operation. */
  static String contentTypeOf(String operationId, String name, String filename, byte[] bytes, String explicit) {
    return UploadContentType.resolve("the parameter '" + name + "' of " + operationId, filename, bytes, explicit);
  }

  private void part(String name, String filename, String contentType, byte[] content) {
    StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(escape(name)).append('"');
    if (filename != null) head.append("; filename=\"").append(escape(filename)).append('"');
    head.append("\r\n");
    if (contentType != null) head.append("Content-Type: ").append(contentType).append("\r\n");
    head.append("\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String s) {
    return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] toByteArray() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(out.toByteArray());
    copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return copy.toByteArray();
  }
}
