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
 * SOC 2 Type II, ISO/IEC 27001, GDPR or HIPAA.
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class ComplianceFramework {

  /** The known value <code>&quot;soc2&quot;</code>. */
  public static final ComplianceFramework SOC2 = new ComplianceFramework("soc2");

  /** The known value <code>&quot;iso27001&quot;</code>. */
  public static final ComplianceFramework ISO27001 = new ComplianceFramework("iso27001");

  /** The known value <code>&quot;gdpr&quot;</code>. */
  public static final ComplianceFramework GDPR = new ComplianceFramework("gdpr");

  /** The known value <code>&quot;hipaa&quot;</code>. */
  public static final ComplianceFramework HIPAA = new ComplianceFramework("hipaa");


  private static final List<ComplianceFramework> KNOWN = Arrays.asList(SOC2, ISO27001, GDPR, HIPAA);

  private final String value;

  private ComplianceFramework(String value) {
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
  public static ComplianceFramework[] values() {
    return KNOWN.toArray(new ComplianceFramework[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static ComplianceFramework fromValue(String value) {
    if (value == null) return null;
    for (ComplianceFramework known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new ComplianceFramework(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ComplianceFramework && value.equals(((ComplianceFramework) o).value);
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

