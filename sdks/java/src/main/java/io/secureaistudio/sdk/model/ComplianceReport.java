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
import io.secureaistudio.sdk.model.ComplianceReportStatus;
import io.secureaistudio.sdk.model.ComplianceSummary;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A compliance report.
 */
@JsonPropertyOrder({
  ComplianceReport.JSON_PROPERTY_ID,
  ComplianceReport.JSON_PROPERTY_FRAMEWORK,
  ComplianceReport.JSON_PROPERTY_STATUS,
  ComplianceReport.JSON_PROPERTY_PERIOD_START,
  ComplianceReport.JSON_PROPERTY_PERIOD_END,
  ComplianceReport.JSON_PROPERTY_FORMAT,
  ComplianceReport.JSON_PROPERTY_SUMMARY,
  ComplianceReport.JSON_PROPERTY_DOWNLOAD_URL,
  ComplianceReport.JSON_PROPERTY_CREATED_AT,
  ComplianceReport.JSON_PROPERTY_COMPLETED_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class ComplianceReport {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code framework}. */
  public static final String JSON_PROPERTY_FRAMEWORK = "framework";
  @javax.annotation.Nonnull
  private ComplianceFramework framework;


  /** The JSON name of {@code status}. */
  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private ComplianceReportStatus status;


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
  @javax.annotation.Nonnull
  private ComplianceReportFormat format;


  /** The JSON name of {@code summary}. */
  public static final String JSON_PROPERTY_SUMMARY = "summary";
  @javax.annotation.Nullable
  private ComplianceSummary summary;


  /** The JSON name of {@code downloadUrl}. */
  public static final String JSON_PROPERTY_DOWNLOAD_URL = "downloadUrl";
  @javax.annotation.Nullable
  private URI downloadUrl;


  /** The JSON name of {@code createdAt}. */
  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;


  /** The JSON name of {@code completedAt}. */
  public static final String JSON_PROPERTY_COMPLETED_AT = "completedAt";
  @javax.annotation.Nullable
  private OffsetDateTime completedAt;


  /** An empty ComplianceReport; set its properties with the fluent setters. */
  public ComplianceReport() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public ComplianceReport id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * A compliance report ID.
   * @return id
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getId() {
    return id;
  }



  /**
   * Sets {@code id}.
   *
   * @param id the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setId(@javax.annotation.Nonnull String id) {
    this.id = id;
    
  }


  /**
   * Sets {@code framework}.
   *
   * @param framework the new value
   * @return this object
   */
  public ComplianceReport framework(@javax.annotation.Nonnull ComplianceFramework framework) {
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
   * Sets {@code status}.
   *
   * @param status the new value
   * @return this object
   */
  public ComplianceReport status(@javax.annotation.Nonnull ComplianceReportStatus status) {
    this.status = status;
    
    return this;
  }

  /**
   * Get status
   * @return status
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public ComplianceReportStatus getStatus() {
    return status;
  }



  /**
   * Sets {@code status}.
   *
   * @param status the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull ComplianceReportStatus status) {
    this.status = status;
    
  }


  /**
   * Sets {@code periodStart}.
   *
   * @param periodStart the new value
   * @return this object
   */
  public ComplianceReport periodStart(@javax.annotation.Nonnull LocalDate periodStart) {
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
  public ComplianceReport periodEnd(@javax.annotation.Nonnull LocalDate periodEnd) {
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
  public ComplianceReport format(@javax.annotation.Nonnull ComplianceReportFormat format) {
    this.format = format;
    
    return this;
  }

  /**
   * Get format
   * @return format
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_FORMAT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public ComplianceReportFormat getFormat() {
    return format;
  }



  /**
   * Sets {@code format}.
   *
   * @param format the new value
   */
  @JsonProperty(value = JSON_PROPERTY_FORMAT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setFormat(@javax.annotation.Nonnull ComplianceReportFormat format) {
    this.format = format;
    
  }


  /**
   * Sets {@code summary}.
   *
   * @param summary the new value
   * @return this object
   */
  public ComplianceReport summary(@javax.annotation.Nullable ComplianceSummary summary) {
    this.summary = summary;
    
    return this;
  }

  /**
   * Get summary
   * @return summary
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SUMMARY, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public ComplianceSummary getSummary() {
    return summary;
  }



  /**
   * Sets {@code summary}.
   *
   * @param summary the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SUMMARY, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSummary(@javax.annotation.Nullable ComplianceSummary summary) {
    this.summary = summary;
    
  }


  /**
   * Sets {@code downloadUrl}.
   *
   * @param downloadUrl the new value
   * @return this object
   */
  public ComplianceReport downloadUrl(@javax.annotation.Nullable URI downloadUrl) {
    this.downloadUrl = downloadUrl;
    
    return this;
  }

  /**
   * A short-lived link to the report file, once ready.
   * @return downloadUrl
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DOWNLOAD_URL, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public URI getDownloadUrl() {
    return downloadUrl;
  }



  /**
   * Sets {@code downloadUrl}.
   *
   * @param downloadUrl the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DOWNLOAD_URL, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDownloadUrl(@javax.annotation.Nullable URI downloadUrl) {
    this.downloadUrl = downloadUrl;
    
  }


  /**
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   * @return this object
   */
  public ComplianceReport createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    
    return this;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * @return createdAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CREATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }



  /**
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CREATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCreatedAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    
  }


  /**
   * Sets {@code completedAt}.
   *
   * @param completedAt the new value
   * @return this object
   */
  public ComplianceReport completedAt(@javax.annotation.Nullable OffsetDateTime completedAt) {
    this.completedAt = completedAt;
    
    return this;
  }

  /**
   * When the report reached a terminal status.
   * @return completedAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_COMPLETED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }



  /**
   * Sets {@code completedAt}.
   *
   * @param completedAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_COMPLETED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCompletedAt(@javax.annotation.Nullable OffsetDateTime completedAt) {
    this.completedAt = completedAt;
    
  }



  /** @return a builder of {@code ComplianceReport}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code ComplianceReport}; each builder builds once. */
  public static final class Builder {
    private ComplianceReport building = new ComplianceReport();

    private Builder() {}

    private ComplianceReport target() {
      if (building == null) throw new IllegalStateException("this ComplianceReport.Builder has already built its object");
      return building;
    }

    /**
     * @param id A compliance report ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
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
     * @param status the property {@code status}
     * @return this builder
     */
    public Builder status(ComplianceReportStatus status) {
      target().status(status);
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
     * @param summary the property {@code summary}
     * @return this builder
     */
    public Builder summary(ComplianceSummary summary) {
      target().summary(summary);
      return this;
    }

    /**
     * @param downloadUrl A short-lived link to the report file, once ready.
     * @return this builder
     */
    public Builder downloadUrl(URI downloadUrl) {
      target().downloadUrl(downloadUrl);
      return this;
    }

    /**
     * @param createdAt An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      target().createdAt(createdAt);
      return this;
    }

    /**
     * @param completedAt When the report reached a terminal status.
     * @return this builder
     */
    public Builder completedAt(OffsetDateTime completedAt) {
      target().completedAt(completedAt);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public ComplianceReport build() {
      ComplianceReport built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'id' is required");
      }
      if (built.getFramework() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'framework' is required");
      }
      if (built.getStatus() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'status' is required");
      }
      if (built.getPeriodStart() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'periodStart' is required");
      }
      if (built.getPeriodEnd() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'periodEnd' is required");
      }
      if (built.getFormat() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'format' is required");
      }
      if (built.getSummary() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'summary' is required");
      }
      if (built.getDownloadUrl() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'downloadUrl' is required");
      }
      if (built.getCreatedAt() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'createdAt' is required");
      }
      if (built.getCompletedAt() == null) {
        throw new IllegalArgumentException("ComplianceReport: the property 'completedAt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this ComplianceReport object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ComplianceReport complianceReport = (ComplianceReport) o;
    return Objects.equals(this.id, complianceReport.id) &&
        Objects.equals(this.framework, complianceReport.framework) &&
        Objects.equals(this.status, complianceReport.status) &&
        Objects.equals(this.periodStart, complianceReport.periodStart) &&
        Objects.equals(this.periodEnd, complianceReport.periodEnd) &&
        Objects.equals(this.format, complianceReport.format) &&
        Objects.equals(this.summary, complianceReport.summary) &&
        Objects.equals(this.downloadUrl, complianceReport.downloadUrl) &&
        Objects.equals(this.createdAt, complianceReport.createdAt) &&
        Objects.equals(this.completedAt, complianceReport.completedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, framework, status, periodStart, periodEnd, format, summary, downloadUrl, createdAt, completedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ComplianceReport {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    framework: ").append(toIndentedString(framework)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    periodStart: ").append(toIndentedString(periodStart)).append("\n");
    sb.append("    periodEnd: ").append(toIndentedString(periodEnd)).append("\n");
    sb.append("    format: ").append(toIndentedString(format)).append("\n");
    sb.append("    summary: ").append(toIndentedString(summary)).append("\n");
    sb.append("    downloadUrl: ").append(toIndentedString(downloadUrl)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
    sb.append("    completedAt: ").append(toIndentedString(completedAt)).append("\n");
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

