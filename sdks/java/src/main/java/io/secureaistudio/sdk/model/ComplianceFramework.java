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

  public static final ComplianceFramework SOC2 = new ComplianceFramework("soc2");

  public static final ComplianceFramework ISO27001 = new ComplianceFramework("iso27001");

  public static final ComplianceFramework GDPR = new ComplianceFramework("gdpr");

  public static final ComplianceFramework HIPAA = new ComplianceFramework("hipaa");


  private static final List<ComplianceFramework> KNOWN = Arrays.asList(SOC2, ISO27001, GDPR, HIPAA);

  private final String value;

  private ComplianceFramework(String value) {
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
  public static ComplianceFramework[] values() {
    return KNOWN.toArray(new ComplianceFramework[0]);
  }

  /** The known constant for {@code value}, or a new instance keeping an unknown value. */
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

