package io.secureaistudio.sdk.runtime;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Encodes form fields and files as a multipart/form-data body (RFC 7578). */
final class Multipart {
  final String boundary = "sais-" + UUID.randomUUID();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  static Multipart of(List<Map.Entry<String, Object>> parts, Json json) {
    Multipart m = new Multipart();
    for (Map.Entry<String, Object> part : parts) {
      Object v = part.getValue();
      if (v instanceof File) {
        m.file(part.getKey(), (File) v);
      } else if (v instanceof byte[]) {
        m.part(part.getKey(), "blob", "application/octet-stream", (byte[]) v);
      } else if (v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum) {
        m.part(part.getKey(), null, null, ParameterFormat.format(v).getBytes(StandardCharsets.UTF_8));
      } else {
        m.part(part.getKey(), null, "application/json", json.write(v));
      }
    }
    return m;
  }

  private void file(String name, File file) {
    try {
      String type = URLConnection.guessContentTypeFromName(file.getName());
      part(name, file.getName(), type != null ? type : "application/octet-stream", Files.readAllBytes(file.toPath()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read upload file " + file, e);
    }
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
