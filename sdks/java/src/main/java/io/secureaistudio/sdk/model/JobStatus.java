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
 * &#x60;queued&#x60; and &#x60;running&#x60; are in progress; &#x60;succeeded&#x60;, &#x60;failed&#x60; and &#x60;canceled&#x60; are terminal. 
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class JobStatus {

  /** The known value <code>&quot;queued&quot;</code>. */
  public static final JobStatus QUEUED = new JobStatus("queued");

  /** The known value <code>&quot;running&quot;</code>. */
  public static final JobStatus RUNNING = new JobStatus("running");

  /** The known value <code>&quot;succeeded&quot;</code>. */
  public static final JobStatus SUCCEEDED = new JobStatus("succeeded");

  /** The known value <code>&quot;failed&quot;</code>. */
  public static final JobStatus FAILED = new JobStatus("failed");

  /** The known value <code>&quot;canceled&quot;</code>. */
  public static final JobStatus CANCELED = new JobStatus("canceled");


  private static final List<JobStatus> KNOWN = Arrays.asList(QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELED);

  private final String value;

  private JobStatus(String value) {
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
  public static JobStatus[] values() {
    return KNOWN.toArray(new JobStatus[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static JobStatus fromValue(String value) {
    if (value == null) return null;
    for (JobStatus known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new JobStatus(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobStatus && value.equals(((JobStatus) o).value);
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

