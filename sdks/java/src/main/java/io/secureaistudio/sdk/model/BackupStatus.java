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
 * &#x60;pending&#x60; and &#x60;running&#x60; are in progress; &#x60;completed&#x60; and &#x60;failed&#x60; are terminal.
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class BackupStatus {

  /** The known value <code>&quot;pending&quot;</code>. */
  public static final BackupStatus PENDING = new BackupStatus("pending");

  /** The known value <code>&quot;running&quot;</code>. */
  public static final BackupStatus RUNNING = new BackupStatus("running");

  /** The known value <code>&quot;completed&quot;</code>. */
  public static final BackupStatus COMPLETED = new BackupStatus("completed");

  /** The known value <code>&quot;failed&quot;</code>. */
  public static final BackupStatus FAILED = new BackupStatus("failed");


  private static final List<BackupStatus> KNOWN = Arrays.asList(PENDING, RUNNING, COMPLETED, FAILED);

  private final String value;

  private BackupStatus(String value) {
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
  public static BackupStatus[] values() {
    return KNOWN.toArray(new BackupStatus[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static BackupStatus fromValue(String value) {
    if (value == null) return null;
    for (BackupStatus known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new BackupStatus(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BackupStatus && value.equals(((BackupStatus) o).value);
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

