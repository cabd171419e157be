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
 * The report&#39;s file format.
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class ComplianceReportFormat {

  /** The known value <code>&quot;pdf&quot;</code>. */
  public static final ComplianceReportFormat PDF = new ComplianceReportFormat("pdf");

  /** The known value <code>&quot;json&quot;</code>. */
  public static final ComplianceReportFormat JSON = new ComplianceReportFormat("json");


  private static final List<ComplianceReportFormat> KNOWN = Arrays.asList(PDF, JSON);

  private final String value;

  private ComplianceReportFormat(String value) {
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
  public static ComplianceReportFormat[] values() {
    return KNOWN.toArray(new ComplianceReportFormat[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static ComplianceReportFormat fromValue(String value) {
    if (value == null) return null;
    for (ComplianceReportFormat known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new ComplianceReportFormat(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ComplianceReportFormat && value.equals(((ComplianceReportFormat) o).value);
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

