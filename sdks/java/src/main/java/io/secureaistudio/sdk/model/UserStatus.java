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
 * &#x60;invited&#x60;: the invitation is not accepted yet; &#x60;active&#x60;: the user can sign in; &#x60;deactivated&#x60;: the user can no longer sign in. 
 *
 * <p>Known values are the constants below; compare with {@code equals}. Values this SDK does not
 * know yet are kept as received: {@link #getValue()} returns them and {@link #isKnown()} is false.
 */
public final class UserStatus {

  /** The known value <code>&quot;invited&quot;</code>. */
  public static final UserStatus INVITED = new UserStatus("invited");

  /** The known value <code>&quot;active&quot;</code>. */
  public static final UserStatus ACTIVE = new UserStatus("active");

  /** The known value <code>&quot;deactivated&quot;</code>. */
  public static final UserStatus DEACTIVATED = new UserStatus("deactivated");


  private static final List<UserStatus> KNOWN = Arrays.asList(INVITED, ACTIVE, DEACTIVATED);

  private final String value;

  private UserStatus(String value) {
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
  public static UserStatus[] values() {
    return KNOWN.toArray(new UserStatus[0]);
  }

  /**
   * The known constant for {@code value}, or a new instance keeping an unknown value.
   *
   * @param value the value as received
   * @return the constant equal to {@code value}, else a new instance holding it; null for null
   */
  @JsonCreator
  public static UserStatus fromValue(String value) {
    if (value == null) return null;
    for (UserStatus known : KNOWN) {
      if (known.value.equals(value)) return known;
    }
    return new UserStatus(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserStatus && value.equals(((UserStatus) o).value);
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

