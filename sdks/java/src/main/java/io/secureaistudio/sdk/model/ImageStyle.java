// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.model;

import java.util.Objects;
import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * The visual style.
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class ImageStyle {

  /** The known value <code>&quot;photographic&quot;</code>. */
  public static final ImageStyle PHOTOGRAPHIC = new ImageStyle("photographic");

  /** The known value <code>&quot;illustration&quot;</code>. */
  public static final ImageStyle ILLUSTRATION = new ImageStyle("illustration");

  /** The known value <code>&quot;anime&quot;</code>. */
  public static final ImageStyle ANIME = new ImageStyle("anime");

  /** The known value <code>&quot;3d_render&quot;</code>. */
  public static final ImageStyle _3D_RENDER = new ImageStyle("3d_render");

  /** The known value <code>&quot;pixel_art&quot;</code>. */
  public static final ImageStyle PIXEL_ART = new ImageStyle("pixel_art");


  private static final List<ImageStyle> KNOWN = Arrays.asList(PHOTOGRAPHIC, ILLUSTRATION, ANIME, _3D_RENDER, PIXEL_ART);

  private final String value;

  private ImageStyle(String value) {
    this.value = value;
  }

  /**
   * The value as sent on the wire.
   *
   * @return the value, known to this SDK or not
   */
  @JsonValue
  public String getValue() {
    return value;
  }

  /**
   * Whether the API document this SDK was generated from lists this value.
   *
   * @return true for one of the constants, false for a value a newer server sent
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /**
   * The known values.
   *
   * @return a new array of the constants, in the order the API document lists them
   */
  public static ImageStyle[] values() {
    return KNOWN.toArray(new ImageStyle[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static ImageStyle fromValue(String value) {
    if (value == null) return null;
    for (ImageStyle known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new ImageStyle(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageStyle && value.equals(((ImageStyle) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}

