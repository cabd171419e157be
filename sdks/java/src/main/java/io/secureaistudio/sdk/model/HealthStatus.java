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
import io.secureaistudio.sdk.model.HealthCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The service&#39;s health.
 */
@JsonPropertyOrder({
  HealthStatus.JSON_PROPERTY_STATUS,
  HealthStatus.JSON_PROPERTY_VERSION,
  HealthStatus.JSON_PROPERTY_CHECKS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class HealthStatus {
  /**
   * The overall health.
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


  /** The JSON name of {@code version}. */
  public static final String JSON_PROPERTY_VERSION = "version";
  @javax.annotation.Nonnull
  private String version;


  /** The JSON name of {@code checks}. */
  public static final String JSON_PROPERTY_CHECKS = "checks";
  @javax.annotation.Nonnull
  private List<HealthCheck> checks;


  /** An empty HealthStatus; set its properties with the fluent setters. */
  public HealthStatus() { 
  }

  /**
   * Sets {@code status}.
   *
   * @param status the new value
   * @return this object
   */
  public HealthStatus status(@javax.annotation.Nonnull StatusEnum status) {
    this.status = status;
    
    return this;
  }

  /**
   * The overall health.
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


  /**
   * Sets {@code version}.
   *
   * @param version the new value
   * @return this object
   */
  public HealthStatus version(@javax.annotation.Nonnull String version) {
    this.version = version;
    
    return this;
  }

  /**
   * The running service version.
   * @return version
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_VERSION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getVersion() {
    return version;
  }



  /**
   * Sets {@code version}.
   *
   * @param version the new value
   */
  @JsonProperty(value = JSON_PROPERTY_VERSION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setVersion(@javax.annotation.Nonnull String version) {
    this.version = version;
    
  }


  /**
   * Sets {@code checks}.
   *
   * @param checks the new value
   * @return this object
   */
  public HealthStatus checks(@javax.annotation.Nonnull List<HealthCheck> checks) {
    this.checks = checks;
    
    return this;
  }

  /**
   * Adds one item to {@code checks}, creating the list if it is unset.
   *
   * @param checksItem the item to add
   * @return this object
   */
  public HealthStatus addChecksItem(HealthCheck checksItem) {
    if (this.checks == null) {
      this.checks = new ArrayList<>();
    }
    this.checks.add(checksItem);
    return this;
  }

  /**
   * Each dependency&#39;s health.
   * @return checks
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CHECKS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<HealthCheck> getChecks() {
    return checks;
  }



  /**
   * Sets {@code checks}.
   *
   * @param checks the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CHECKS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setChecks(@javax.annotation.Nonnull List<HealthCheck> checks) {
    this.checks = checks;
    
  }



  /** @return a builder of {@code HealthStatus}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code HealthStatus}; each builder builds once. */
  public static final class Builder {
    private HealthStatus building = new HealthStatus();

    private Builder() {}

    private HealthStatus target() {
      if (building == null) throw new IllegalStateException("this HealthStatus.Builder has already built its object");
      return building;
    }

    /**
     * @param status The overall health.
     * @return this builder
     */
    public Builder status(StatusEnum status) {
      target().status(status);
      return this;
    }

    /**
     * @param version The running service version.
     * @return this builder
     */
    public Builder version(String version) {
      target().version(version);
      return this;
    }

    /**
     * @param checks Each dependency&#39;s health.
     * @return this builder
     */
    public Builder checks(List<HealthCheck> checks) {
      target().checks(checks);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public HealthStatus build() {
      HealthStatus built = target();
      if (built.getStatus() == null) {
        throw new IllegalArgumentException("HealthStatus: the property 'status' is required");
      }
      if (built.getVersion() == null) {
        throw new IllegalArgumentException("HealthStatus: the property 'version' is required");
      }
      if (built.getChecks() == null) {
        throw new IllegalArgumentException("HealthStatus: the property 'checks' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this HealthStatus object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HealthStatus healthStatus = (HealthStatus) o;
    return Objects.equals(this.status, healthStatus.status) &&
        Objects.equals(this.version, healthStatus.version) &&
        Objects.equals(this.checks, healthStatus.checks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, version, checks);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class HealthStatus {\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    version: ").append(toIndentedString(version)).append("\n");
    sb.append("    checks: ").append(toIndentedString(checks)).append("\n");
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

