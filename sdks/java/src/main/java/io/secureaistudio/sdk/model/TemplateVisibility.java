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
 * &#x60;private&#x60;: only its creator sees it; &#x60;team&#x60;: the whole organisation does.
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class TemplateVisibility {

  /** The known value <code>&quot;private&quot;</code>. */
  public static final TemplateVisibility PRIVATE = new TemplateVisibility("private");

  /** The known value <code>&quot;team&quot;</code>. */
  public static final TemplateVisibility TEAM = new TemplateVisibility("team");


  private static final List<TemplateVisibility> KNOWN = Arrays.asList(PRIVATE, TEAM);

  private final String value;

  private TemplateVisibility(String value) {
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
  public static TemplateVisibility[] values() {
    return KNOWN.toArray(new TemplateVisibility[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static TemplateVisibility fromValue(String value) {
    if (value == null) return null;
    for (TemplateVisibility known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new TemplateVisibility(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TemplateVisibility && value.equals(((TemplateVisibility) o).value);
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

