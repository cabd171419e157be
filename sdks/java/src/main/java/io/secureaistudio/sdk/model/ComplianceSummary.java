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
 * Control counts; &#x60;null&#x60; until the report is ready.
 */
@JsonPropertyOrder({
  ComplianceSummary.JSON_PROPERTY_CONTROLS_PASSED,
  ComplianceSummary.JSON_PROPERTY_CONTROLS_FAILED,
  ComplianceSummary.JSON_PROPERTY_CONTROLS_NOT_APPLICABLE
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class ComplianceSummary {
  /** The JSON name of {@code controlsPassed}. */
  public static final String JSON_PROPERTY_CONTROLS_PASSED = "controlsPassed";
  @javax.annotation.Nonnull
  private Integer controlsPassed;


  /** The JSON name of {@code controlsFailed}. */
  public static final String JSON_PROPERTY_CONTROLS_FAILED = "controlsFailed";
  @javax.annotation.Nonnull
  private Integer controlsFailed;


  /** The JSON name of {@code controlsNotApplicable}. */
  public static final String JSON_PROPERTY_CONTROLS_NOT_APPLICABLE = "controlsNotApplicable";
  @javax.annotation.Nonnull
  private Integer controlsNotApplicable;


  /** An empty ComplianceSummary; set its properties with the fluent setters. */
  public ComplianceSummary() { 
  }

  /**
   * Sets {@code controlsPassed}.
   *
   * @param controlsPassed the new value
   * @return this object
   */
  public ComplianceSummary controlsPassed(@javax.annotation.Nonnull Integer controlsPassed) {
    this.controlsPassed = controlsPassed;
    
    return this;
  }

  /**
   * Controls that passed.
   * minimum: 0
   * maximum: 10000
   * @return controlsPassed
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONTROLS_PASSED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getControlsPassed() {
    return controlsPassed;
  }



  /**
   * Sets {@code controlsPassed}.
   *
   * @param controlsPassed the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CONTROLS_PASSED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setControlsPassed(@javax.annotation.Nonnull Integer controlsPassed) {
    this.controlsPassed = controlsPassed;
    
  }


  /**
   * Sets {@code controlsFailed}.
   *
   * @param controlsFailed the new value
   * @return this object
   */
  public ComplianceSummary controlsFailed(@javax.annotation.Nonnull Integer controlsFailed) {
    this.controlsFailed = controlsFailed;
    
    return this;
  }

  /**
   * Controls that failed.
   * minimum: 0
   * maximum: 10000
   * @return controlsFailed
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONTROLS_FAILED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getControlsFailed() {
    return controlsFailed;
  }



  /**
   * Sets {@code controlsFailed}.
   *
   * @param controlsFailed the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CONTROLS_FAILED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setControlsFailed(@javax.annotation.Nonnull Integer controlsFailed) {
    this.controlsFailed = controlsFailed;
    
  }


  /**
   * Sets {@code controlsNotApplicable}.
   *
   * @param controlsNotApplicable the new value
   * @return this object
   */
  public ComplianceSummary controlsNotApplicable(@javax.annotation.Nonnull Integer controlsNotApplicable) {
    this.controlsNotApplicable = controlsNotApplicable;
    
    return this;
  }

  /**
   * Controls that do not apply.
   * minimum: 0
   * maximum: 10000
   * @return controlsNotApplicable
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONTROLS_NOT_APPLICABLE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getControlsNotApplicable() {
    return controlsNotApplicable;
  }



  /**
   * Sets {@code controlsNotApplicable}.
   *
   * @param controlsNotApplicable the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CONTROLS_NOT_APPLICABLE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setControlsNotApplicable(@javax.annotation.Nonnull Integer controlsNotApplicable) {
    this.controlsNotApplicable = controlsNotApplicable;
    
  }



  /** @return a builder of {@code ComplianceSummary}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code ComplianceSummary}; each builder builds once. */
  public static final class Builder {
    private ComplianceSummary building = new ComplianceSummary();

    private Builder() {}

    private ComplianceSummary target() {
      if (building == null) throw new IllegalStateException("this ComplianceSummary.Builder has already built its object");
      return building;
    }

    /**
     * @param controlsPassed Controls that passed.
     * @return this builder
     */
    public Builder controlsPassed(Integer controlsPassed) {
      target().controlsPassed(controlsPassed);
      return this;
    }

    /**
     * @param controlsFailed Controls that failed.
     * @return this builder
     */
    public Builder controlsFailed(Integer controlsFailed) {
      target().controlsFailed(controlsFailed);
      return this;
    }

    /**
     * @param controlsNotApplicable Controls that do not apply.
     * @return this builder
     */
    public Builder controlsNotApplicable(Integer controlsNotApplicable) {
      target().controlsNotApplicable(controlsNotApplicable);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public ComplianceSummary build() {
      ComplianceSummary built = target();
      if (built.getControlsPassed() == null) {
        throw new IllegalArgumentException("ComplianceSummary: the property 'controlsPassed' is required");
      }
      if (built.getControlsFailed() == null) {
        throw new IllegalArgumentException("ComplianceSummary: the property 'controlsFailed' is required");
      }
      if (built.getControlsNotApplicable() == null) {
        throw new IllegalArgumentException("ComplianceSummary: the property 'controlsNotApplicable' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this ComplianceSummary object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ComplianceSummary complianceSummary = (ComplianceSummary) o;
    return Objects.equals(this.controlsPassed, complianceSummary.controlsPassed) &&
        Objects.equals(this.controlsFailed, complianceSummary.controlsFailed) &&
        Objects.equals(this.controlsNotApplicable, complianceSummary.controlsNotApplicable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(controlsPassed, controlsFailed, controlsNotApplicable);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ComplianceSummary {\n");
    sb.append("    controlsPassed: ").append(toIndentedString(controlsPassed)).append("\n");
    sb.append("    controlsFailed: ").append(toIndentedString(controlsFailed)).append("\n");
    sb.append("    controlsNotApplicable: ").append(toIndentedString(controlsNotApplicable)).append("\n");
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

