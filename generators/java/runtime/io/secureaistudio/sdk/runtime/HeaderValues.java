package io.secureaistudio.sdk.runtime;

/**
 * R9.4: a header value the caller gives is sent only when every character is visible ASCII
 * (0x21-0x7E), a space or a horizontal tab. Anything else (CR, LF, NUL, other controls, DEL,
 * non-ASCII) could split the request or be dropped or re-encoded by the HTTP library, so it is
 * an argument error before anything is sent.
 */
final class HeaderValues {
  private HeaderValues() {}

  static boolean isValid(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) return false;
    }
    return true;
  }

  /** Throws {@link IllegalArgumentException} naming {@code what} (the parameter or option) for an invalid value. */
  static void require(String what, String value) {
    if (value == null || isValid(value)) return;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw new IllegalArgumentException(what + " must contain only visible ASCII, spaces and tabs (found U+"
            + String.format("%04X", (int) c) + " at index " + i + ")");
      }
    }
  }
}
