// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.model;

import java.util.Objects;
import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One dependency&#39;s health.
 */
@JsonPropertyOrder({
  HealthCheck.JSON_PROPERTY_NAME,
  HealthCheck.JSON_PROPERTY_STATUS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class HealthCheck {
  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;


  /**
   * Its health.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class StatusEnum {

    /** The known value <code>&quot;ok&quot;</code>. */
    public static final StatusEnum OK = new StatusEnum(String.valueOf("ok"));

    /** The known value <code>&quot;degraded&quot;</code>. */
    public static final StatusEnum DEGRADED = new StatusEnum(String.valueOf("degraded"));

    /** The known value <code>&quot;down&quot;</code>. */
    public static final StatusEnum DOWN = new StatusEnum(String.valueOf("down"));


    private static final java.util.List<StatusEnum> KNOWN = java.util.Arrays.asList(OK, DEGRADED, DOWN);

    private final String value;

    private StatusEnum(String value) {
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
    public static StatusEnum[] values() {
      return KNOWN.toArray(new StatusEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static StatusEnum fromValue(String value) {
      if (value == null) return null;
      for (StatusEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new StatusEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StatusEnum && value.equals(((StatusEnum) o).value);
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

  /** The JSON name of {@code status}. */
  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private StatusEnum status;


  /** An empty HealthCheck; set its properties with the fluent setters. */
  public HealthCheck() { 
  }

  /**
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public HealthCheck name(@javax.annotation.Nonnull String name) {
    this.name = name;
    
    return this;
  }

  /**
   * The dependency.
   * @return name
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getName() {
    return name;
  }



  /**
   * Sets {@code name}.
   *
   * @param name the new value
   */
  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setName(@javax.annotation.Nonnull String name) {
    this.name = name;
    
  }


  /**
   * Sets {@code status}.
   *
   * @param status the new value
   * @return this object
   */
  public HealthCheck status(@javax.annotation.Nonnull StatusEnum status) {
    this.status = status;
    
    return this;
  }

  /**
   * Its health.
   * @return status
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public StatusEnum getStatus() {
    return status;
  }



  /**
   * Sets {@code status}.
   *
   * @param status the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull StatusEnum status) {
    this.status = status;
    
  }



  /** @return a builder of {@code HealthCheck}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code HealthCheck}; each builder builds once. */
  public static final class Builder {
    private HealthCheck building = new HealthCheck();

    private Builder() {}

    private HealthCheck target() {
      if (building == null) throw new IllegalStateException("this HealthCheck.Builder has already built its object");
      return building;
    }

    /**
     * @param name The dependency.
     * @return this builder
     */
    public Builder name(String name) {
      target().name(name);
      return this;
    }

    /**
     * @param status Its health.
     * @return this builder
     */
    public Builder status(StatusEnum status) {
      target().status(status);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public HealthCheck build() {
      HealthCheck built = target();
      if (built.getName() == null) {
        throw new IllegalArgumentException("HealthCheck: the property 'name' is required");
      }
      if (built.getStatus() == null) {
        throw new IllegalArgumentException("HealthCheck: the property 'status' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this HealthCheck object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HealthCheck healthCheck = (HealthCheck) o;
    return Objects.equals(this.name, healthCheck.name) &&
        Objects.equals(this.status, healthCheck.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, status);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class HealthCheck {\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }
}

