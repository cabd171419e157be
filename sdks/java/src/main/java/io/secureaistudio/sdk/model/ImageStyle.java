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

  public static final ImageStyle PHOTOGRAPHIC = new ImageStyle("photographic");

  public static final ImageStyle ILLUSTRATION = new ImageStyle("illustration");

  public static final ImageStyle ANIME = new ImageStyle("anime");

  public static final ImageStyle _3D_RENDER = new ImageStyle("3d_render");

  public static final ImageStyle PIXEL_ART = new ImageStyle("pixel_art");


  private static final List<ImageStyle> KNOWN = Arrays.asList(PHOTOGRAPHIC, ILLUSTRATION, ANIME, _3D_RENDER, PIXEL_ART);

  private final String value;

  private ImageStyle(String value) {
    this.value = value;
  }

  /** The value as sent on the wire. */
  @JsonValue
  public String getValue() {
    return value;
  }

  /** True for a value listed in the API document this SDK was generated from. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /** The known values, in the order the API document lists them. */
  public static ImageStyle[] values() {
    return KNOWN.toArray(new ImageStyle[0]);
  }

  /** The known constant for {@code value}, or a new instance keeping an unknown value. */
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

