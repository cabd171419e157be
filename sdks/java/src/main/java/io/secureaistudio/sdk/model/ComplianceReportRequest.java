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
import io.secureaistudio.sdk.model.ComplianceFramework;
import io.secureaistudio.sdk.model.ComplianceReportFormat;
import java.time.LocalDate;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The report to generate.
 */
@JsonPropertyOrder({
  ComplianceReportRequest.JSON_PROPERTY_FRAMEWORK,
  ComplianceReportRequest.JSON_PROPERTY_PERIOD_START,
  ComplianceReportRequest.JSON_PROPERTY_PERIOD_END,
  ComplianceReportRequest.JSON_PROPERTY_FORMAT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class ComplianceReportRequest {
  /** The JSON name of {@code framework}. */
  public static final String JSON_PROPERTY_FRAMEWORK = "framework";
  @javax.annotation.Nonnull
  private ComplianceFramework framework;


  /** The JSON name of {@code periodStart}. */
  public static final String JSON_PROPERTY_PERIOD_START = "periodStart";
  @javax.annotation.Nonnull
  private LocalDate periodStart;


  /** The JSON name of {@code periodEnd}. */
  public static final String JSON_PROPERTY_PERIOD_END = "periodEnd";
  @javax.annotation.Nonnull
  private LocalDate periodEnd;


  /** The JSON name of {@code format}. */
  public static final String JSON_PROPERTY_FORMAT = "format";
  @javax.annotation.Nullable
  private ComplianceReportFormat format;


  /** An empty ComplianceReportRequest; set its properties with the fluent setters. */
  public ComplianceReportRequest() { 
  }

  /**
   * Sets {@code framework}.
   *
   * @param framework the new value
   * @return this object
   */
  public ComplianceReportRequest framework(@javax.annotation.Nonnull ComplianceFramework framework) {
    this.framework = framework;
    
    return this;
  }

  /**
   * Get framework
   * @return framework
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_FRAMEWORK, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public ComplianceFramework getFramework() {
    return framework;
  }



  /**
   * Sets {@code framework}.
   *
   * @param framework the new value
   */
  @JsonProperty(value = JSON_PROPERTY_FRAMEWORK, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setFramework(@javax.annotation.Nonnull ComplianceFramework framework) {
    this.framework = framework;
    
  }


  /**
   * Sets {@code periodStart}.
   *
   * @param periodStart the new value
   * @return this object
   */
  public ComplianceReportRequest periodStart(@javax.annotation.Nonnull LocalDate periodStart) {
    this.periodStart = periodStart;
    
    return this;
  }

  /**
   * First day of the period covered.
   * @return periodStart
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PERIOD_START, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public LocalDate getPeriodStart() {
    return periodStart;
  }



  /**
   * Sets {@code periodStart}.
   *
   * @param periodStart the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PERIOD_START, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPeriodStart(@javax.annotation.Nonnull LocalDate periodStart) {
    this.periodStart = periodStart;
    
  }


  /**
   * Sets {@code periodEnd}.
   *
   * @param periodEnd the new value
   * @return this object
   */
  public ComplianceReportRequest periodEnd(@javax.annotation.Nonnull LocalDate periodEnd) {
    this.periodEnd = periodEnd;
    
    return this;
  }

  /**
   * Last day of the period covered.
   * @return periodEnd
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PERIOD_END, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public LocalDate getPeriodEnd() {
    return periodEnd;
  }



  /**
   * Sets {@code periodEnd}.
   *
   * @param periodEnd the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PERIOD_END, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPeriodEnd(@javax.annotation.Nonnull LocalDate periodEnd) {
    this.periodEnd = periodEnd;
    
  }


  /**
   * Sets {@code format}.
   *
   * @param format the new value
   * @return this object
   */
  public ComplianceReportRequest format(@javax.annotation.Nullable ComplianceReportFormat format) {
    this.format = format;
    
    return this;
  }

  /**
   * Get format
   * @return format
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_FORMAT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public ComplianceReportFormat getFormat() {
    return format;
  }



  /**
   * Sets {@code format}.
   *
   * @param format the new value
   */
  @JsonProperty(value = JSON_PROPERTY_FORMAT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setFormat(@javax.annotation.Nullable ComplianceReportFormat format) {
    this.format = format;
    
  }



  /** @return a builder of {@code ComplianceReportRequest}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code ComplianceReportRequest}; each builder builds once. */
  public static final class Builder {
    private ComplianceReportRequest building = new ComplianceReportRequest();

    private Builder() {}

    private ComplianceReportRequest target() {
      if (building == null) throw new IllegalStateException("this ComplianceReportRequest.Builder has already built its object");
      return building;
    }

    /**
     * @param framework the property {@code framework}
     * @return this builder
     */
    public Builder framework(ComplianceFramework framework) {
      target().framework(framework);
      return this;
    }

    /**
     * @param periodStart First day of the period covered.
     * @return this builder
     */
    public Builder periodStart(LocalDate periodStart) {
      target().periodStart(periodStart);
      return this;
    }

    /**
     * @param periodEnd Last day of the period covered.
     * @return this builder
     */
    public Builder periodEnd(LocalDate periodEnd) {
      target().periodEnd(periodEnd);
      return this;
    }

    /**
     * @param format the property {@code format}
     * @return this builder
     */
    public Builder format(ComplianceReportFormat format) {
      target().format(format);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public ComplianceReportRequest build() {
      ComplianceReportRequest built = target();
      if (built.getFramework() == null) {
        throw new IllegalArgumentException("ComplianceReportRequest: the property 'framework' is required");
      }
      if (built.getPeriodStart() == null) {
        throw new IllegalArgumentException("ComplianceReportRequest: the property 'periodStart' is required");
      }
      if (built.getPeriodEnd() == null) {
        throw new IllegalArgumentException("ComplianceReportRequest: the property 'periodEnd' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this ComplianceReportRequest object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ComplianceReportRequest complianceReportRequest = (ComplianceReportRequest) o;
    return Objects.equals(this.framework, complianceReportRequest.framework) &&
        Objects.equals(this.periodStart, complianceReportRequest.periodStart) &&
        Objects.equals(this.periodEnd, complianceReportRequest.periodEnd) &&
        Objects.equals(this.format, complianceReportRequest.format);
  }

  @Override
  public int hashCode() {
    return Objects.hash(framework, periodStart, periodEnd, format);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ComplianceReportRequest {\n");
    sb.append("    framework: ").append(toIndentedString(framework)).append("\n");
    sb.append("    periodStart: ").append(toIndentedString(periodStart)).append("\n");
    sb.append("    periodEnd: ").append(toIndentedString(periodEnd)).append("\n");
    sb.append("    format: ").append(toIndentedString(format)).append("\n");
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

