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
 * A kind of data a backup holds.
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class BackupScopeItem {

  /** The known value <code>&quot;templates&quot;</code>. */
  public static final BackupScopeItem TEMPLATES = new BackupScopeItem("templates");

  /** The known value <code>&quot;assets&quot;</code>. */
  public static final BackupScopeItem ASSETS = new BackupScopeItem("assets");

  /** The known value <code>&quot;audit_events&quot;</code>. */
  public static final BackupScopeItem AUDIT_EVENTS = new BackupScopeItem("audit_events");

  /** The known value <code>&quot;users&quot;</code>. */
  public static final BackupScopeItem USERS = new BackupScopeItem("users");


  private static final List<BackupScopeItem> KNOWN = Arrays.asList(TEMPLATES, ASSETS, AUDIT_EVENTS, USERS);

  private final String value;

  private BackupScopeItem(String value) {
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
  public static BackupScopeItem[] values() {
    return KNOWN.toArray(new BackupScopeItem[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static BackupScopeItem fromValue(String value) {
    if (value == null) return null;
    for (BackupScopeItem known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new BackupScopeItem(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BackupScopeItem && value.equals(((BackupScopeItem) o).value);
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

