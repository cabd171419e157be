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
 * &#x60;pending&#x60; and &#x60;generating&#x60; are in progress; &#x60;ready&#x60; and &#x60;failed&#x60; are terminal.
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class ComplianceReportStatus {

  /** The known value <code>&quot;pending&quot;</code>. */
  public static final ComplianceReportStatus PENDING = new ComplianceReportStatus("pending");

  /** The known value <code>&quot;generating&quot;</code>. */
  public static final ComplianceReportStatus GENERATING = new ComplianceReportStatus("generating");

  /** The known value <code>&quot;ready&quot;</code>. */
  public static final ComplianceReportStatus READY = new ComplianceReportStatus("ready");

  /** The known value <code>&quot;failed&quot;</code>. */
  public static final ComplianceReportStatus FAILED = new ComplianceReportStatus("failed");


  private static final List<ComplianceReportStatus> KNOWN = Arrays.asList(PENDING, GENERATING, READY, FAILED);

  private final String value;

  private ComplianceReportStatus(String value) {
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
  public static ComplianceReportStatus[] values() {
    return KNOWN.toArray(new ComplianceReportStatus[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static ComplianceReportStatus fromValue(String value) {
    if (value == null) return null;
    for (ComplianceReportStatus known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new ComplianceReportStatus(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ComplianceReportStatus && value.equals(((ComplianceReportStatus) o).value);
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

