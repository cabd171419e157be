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
   */
  public enum StatusEnum {
    OK(String.valueOf("ok")),
    
    DEGRADED(String.valueOf("degraded")),
    
    DOWN(String.valueOf("down")),
    
    UNKNOWN_DEFAULT_OPEN_API(String.valueOf("unknown_default_open_api"));

    private String value;

    StatusEnum(String value) {
      this.value = value;
    }

    @JsonValue
    public String getValue() {
      return value;
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }

    @JsonCreator
    public static StatusEnum fromValue(String value) {
      for (StatusEnum b : StatusEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      return UNKNOWN_DEFAULT_OPEN_API;
    }
  }

  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private StatusEnum status;

  public static final String JSON_PROPERTY_VERSION = "version";
  @javax.annotation.Nonnull
  private String version;

  public static final String JSON_PROPERTY_CHECKS = "checks";
  @javax.annotation.Nonnull
  private List<HealthCheck> checks;

  public HealthStatus() { 
  }

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


  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull StatusEnum status) {
    this.status = status;
  }


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


  @JsonProperty(value = JSON_PROPERTY_VERSION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setVersion(@javax.annotation.Nonnull String version) {
    this.version = version;
  }


  public HealthStatus checks(@javax.annotation.Nonnull List<HealthCheck> checks) {
    this.checks = checks;
    return this;
  }

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


  @JsonProperty(value = JSON_PROPERTY_CHECKS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setChecks(@javax.annotation.Nonnull List<HealthCheck> checks) {
    this.checks = checks;
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

