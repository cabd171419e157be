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
 * The type of resource an audit event is about.
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class AuditResourceType {

  /** The known value <code>&quot;user&quot;</code>. */
  public static final AuditResourceType USER = new AuditResourceType("user");

  /** The known value <code>&quot;role&quot;</code>. */
  public static final AuditResourceType ROLE = new AuditResourceType("role");

  /** The known value <code>&quot;api_key&quot;</code>. */
  public static final AuditResourceType API_KEY = new AuditResourceType("api_key");

  /** The known value <code>&quot;token&quot;</code>. */
  public static final AuditResourceType TOKEN = new AuditResourceType("token");

  /** The known value <code>&quot;job&quot;</code>. */
  public static final AuditResourceType JOB = new AuditResourceType("job");

  /** The known value <code>&quot;asset&quot;</code>. */
  public static final AuditResourceType ASSET = new AuditResourceType("asset");

  /** The known value <code>&quot;template&quot;</code>. */
  public static final AuditResourceType TEMPLATE = new AuditResourceType("template");

  /** The known value <code>&quot;backup&quot;</code>. */
  public static final AuditResourceType BACKUP = new AuditResourceType("backup");

  /** The known value <code>&quot;backup_policy&quot;</code>. */
  public static final AuditResourceType BACKUP_POLICY = new AuditResourceType("backup_policy");

  /** The known value <code>&quot;compliance_report&quot;</code>. */
  public static final AuditResourceType COMPLIANCE_REPORT = new AuditResourceType("compliance_report");


  private static final List<AuditResourceType> KNOWN = Arrays.asList(USER, ROLE, API_KEY, TOKEN, JOB, ASSET, TEMPLATE, BACKUP, BACKUP_POLICY, COMPLIANCE_REPORT);

  private final String value;

  private AuditResourceType(String value) {
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
  public static AuditResourceType[] values() {
    return KNOWN.toArray(new AuditResourceType[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static AuditResourceType fromValue(String value) {
    if (value == null) return null;
    for (AuditResourceType known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new AuditResourceType(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditResourceType && value.equals(((AuditResourceType) o).value);
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

