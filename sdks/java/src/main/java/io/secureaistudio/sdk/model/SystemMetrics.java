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
import java.time.OffsetDateTime;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A snapshot of generation capacity and load.
 */
@JsonPropertyOrder({
  SystemMetrics.JSON_PROPERTY_CAPTURED_AT,
  SystemMetrics.JSON_PROPERTY_QUEUE_DEPTH,
  SystemMetrics.JSON_PROPERTY_ACTIVE_JOBS,
  SystemMetrics.JSON_PROPERTY_GPU_UTILIZATION,
  SystemMetrics.JSON_PROPERTY_CPU_UTILIZATION,
  SystemMetrics.JSON_PROPERTY_MEMORY_UTILIZATION,
  SystemMetrics.JSON_PROPERTY_P95_JOB_LATENCY_SECONDS,
  SystemMetrics.JSON_PROPERTY_STORAGE_BYTES
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class SystemMetrics {
  /** The JSON name of {@code capturedAt}. */
  public static final String JSON_PROPERTY_CAPTURED_AT = "capturedAt";
  @javax.annotation.Nonnull
  private OffsetDateTime capturedAt;


  /** The JSON name of {@code queueDepth}. */
  public static final String JSON_PROPERTY_QUEUE_DEPTH = "queueDepth";
  @javax.annotation.Nonnull
  private Integer queueDepth;


  /** The JSON name of {@code activeJobs}. */
  public static final String JSON_PROPERTY_ACTIVE_JOBS = "activeJobs";
  @javax.annotation.Nonnull
  private Integer activeJobs;


  /** The JSON name of {@code gpuUtilization}. */
  public static final String JSON_PROPERTY_GPU_UTILIZATION = "gpuUtilization";
  @javax.annotation.Nonnull
  private Double gpuUtilization;


  /** The JSON name of {@code cpuUtilization}. */
  public static final String JSON_PROPERTY_CPU_UTILIZATION = "cpuUtilization";
  @javax.annotation.Nonnull
  private Double cpuUtilization;


  /** The JSON name of {@code memoryUtilization}. */
  public static final String JSON_PROPERTY_MEMORY_UTILIZATION = "memoryUtilization";
  @javax.annotation.Nonnull
  private Double memoryUtilization;


  /** The JSON name of {@code p95JobLatencySeconds}. */
  public static final String JSON_PROPERTY_P95_JOB_LATENCY_SECONDS = "p95JobLatencySeconds";
  @javax.annotation.Nonnull
  private Double p95JobLatencySeconds;


  /** The JSON name of {@code storageBytes}. */
  public static final String JSON_PROPERTY_STORAGE_BYTES = "storageBytes";
  @javax.annotation.Nonnull
  private Long storageBytes;


  /** An empty SystemMetrics; set its properties with the fluent setters. */
  public SystemMetrics() { 
  }

  /**
   * Sets {@code capturedAt}.
   *
   * @param capturedAt the new value
   * @return this object
   */
  public SystemMetrics capturedAt(@javax.annotation.Nonnull OffsetDateTime capturedAt) {
    this.capturedAt = capturedAt;
    
    return this;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * @return capturedAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CAPTURED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getCapturedAt() {
    return capturedAt;
  }



  /**
   * Sets {@code capturedAt}.
   *
   * @param capturedAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CAPTURED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCapturedAt(@javax.annotation.Nonnull OffsetDateTime capturedAt) {
    this.capturedAt = capturedAt;
    
  }


  /**
   * Sets {@code queueDepth}.
   *
   * @param queueDepth the new value
   * @return this object
   */
  public SystemMetrics queueDepth(@javax.annotation.Nonnull Integer queueDepth) {
    this.queueDepth = queueDepth;
    
    return this;
  }

  /**
   * Jobs waiting to start.
   * minimum: 0
   * maximum: 1000000
   * @return queueDepth
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_QUEUE_DEPTH, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getQueueDepth() {
    return queueDepth;
  }



  /**
   * Sets {@code queueDepth}.
   *
   * @param queueDepth the new value
   */
  @JsonProperty(value = JSON_PROPERTY_QUEUE_DEPTH, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setQueueDepth(@javax.annotation.Nonnull Integer queueDepth) {
    this.queueDepth = queueDepth;
    
  }


  /**
   * Sets {@code activeJobs}.
   *
   * @param activeJobs the new value
   * @return this object
   */
  public SystemMetrics activeJobs(@javax.annotation.Nonnull Integer activeJobs) {
    this.activeJobs = activeJobs;
    
    return this;
  }

  /**
   * Jobs running now.
   * minimum: 0
   * maximum: 1000000
   * @return activeJobs
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ACTIVE_JOBS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getActiveJobs() {
    return activeJobs;
  }



  /**
   * Sets {@code activeJobs}.
   *
   * @param activeJobs the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ACTIVE_JOBS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setActiveJobs(@javax.annotation.Nonnull Integer activeJobs) {
    this.activeJobs = activeJobs;
    
  }


  /**
   * Sets {@code gpuUtilization}.
   *
   * @param gpuUtilization the new value
   * @return this object
   */
  public SystemMetrics gpuUtilization(@javax.annotation.Nonnull Double gpuUtilization) {
    this.gpuUtilization = gpuUtilization;
    
    return this;
  }

  /**
   * A fraction between 0 and 1.
   * minimum: 0
   * maximum: 1
   * @return gpuUtilization
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_GPU_UTILIZATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Double getGpuUtilization() {
    return gpuUtilization;
  }



  /**
   * Sets {@code gpuUtilization}.
   *
   * @param gpuUtilization the new value
   */
  @JsonProperty(value = JSON_PROPERTY_GPU_UTILIZATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setGpuUtilization(@javax.annotation.Nonnull Double gpuUtilization) {
    this.gpuUtilization = gpuUtilization;
    
  }


  /**
   * Sets {@code cpuUtilization}.
   *
   * @param cpuUtilization the new value
   * @return this object
   */
  public SystemMetrics cpuUtilization(@javax.annotation.Nonnull Double cpuUtilization) {
    this.cpuUtilization = cpuUtilization;
    
    return this;
  }

  /**
   * A fraction between 0 and 1.
   * minimum: 0
   * maximum: 1
   * @return cpuUtilization
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CPU_UTILIZATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Double getCpuUtilization() {
    return cpuUtilization;
  }



  /**
   * Sets {@code cpuUtilization}.
   *
   * @param cpuUtilization the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CPU_UTILIZATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCpuUtilization(@javax.annotation.Nonnull Double cpuUtilization) {
    this.cpuUtilization = cpuUtilization;
    
  }


  /**
   * Sets {@code memoryUtilization}.
   *
   * @param memoryUtilization the new value
   * @return this object
   */
  public SystemMetrics memoryUtilization(@javax.annotation.Nonnull Double memoryUtilization) {
    this.memoryUtilization = memoryUtilization;
    
    return this;
  }

  /**
   * A fraction between 0 and 1.
   * minimum: 0
   * maximum: 1
   * @return memoryUtilization
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_MEMORY_UTILIZATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Double getMemoryUtilization() {
    return memoryUtilization;
  }



  /**
   * Sets {@code memoryUtilization}.
   *
   * @param memoryUtilization the new value
   */
  @JsonProperty(value = JSON_PROPERTY_MEMORY_UTILIZATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setMemoryUtilization(@javax.annotation.Nonnull Double memoryUtilization) {
    this.memoryUtilization = memoryUtilization;
    
  }


  /**
   * Sets {@code p95JobLatencySeconds}.
   *
   * @param p95JobLatencySeconds the new value
   * @return this object
   */
  public SystemMetrics p95JobLatencySeconds(@javax.annotation.Nonnull Double p95JobLatencySeconds) {
    this.p95JobLatencySeconds = p95JobLatencySeconds;
    
    return this;
  }

  /**
   * 95th percentile of job duration over the last hour.
   * minimum: 0
   * maximum: 86400
   * @return p95JobLatencySeconds
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_P95_JOB_LATENCY_SECONDS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Double getP95JobLatencySeconds() {
    return p95JobLatencySeconds;
  }



  /**
   * Sets {@code p95JobLatencySeconds}.
   *
   * @param p95JobLatencySeconds the new value
   */
  @JsonProperty(value = JSON_PROPERTY_P95_JOB_LATENCY_SECONDS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setP95JobLatencySeconds(@javax.annotation.Nonnull Double p95JobLatencySeconds) {
    this.p95JobLatencySeconds = p95JobLatencySeconds;
    
  }


  /**
   * Sets {@code storageBytes}.
   *
   * @param storageBytes the new value
   * @return this object
   */
  public SystemMetrics storageBytes(@javax.annotation.Nonnull Long storageBytes) {
    this.storageBytes = storageBytes;
    
    return this;
  }

  /**
   * Bytes stored for the organisation.
   * minimum: 0
   * maximum: 1125899906842624
   * @return storageBytes
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STORAGE_BYTES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Long getStorageBytes() {
    return storageBytes;
  }



  /**
   * Sets {@code storageBytes}.
   *
   * @param storageBytes the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STORAGE_BYTES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStorageBytes(@javax.annotation.Nonnull Long storageBytes) {
    this.storageBytes = storageBytes;
    
  }



  /** @return a builder of {@code SystemMetrics}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code SystemMetrics}; each builder builds once. */
  public static final class Builder {
    private SystemMetrics building = new SystemMetrics();

    private Builder() {}

    private SystemMetrics target() {
      if (building == null) throw new IllegalStateException("this SystemMetrics.Builder has already built its object");
      return building;
    }

    /**
     * @param capturedAt An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder capturedAt(OffsetDateTime capturedAt) {
      target().capturedAt(capturedAt);
      return this;
    }

    /**
     * @param queueDepth Jobs waiting to start.
     * @return this builder
     */
    public Builder queueDepth(Integer queueDepth) {
      target().queueDepth(queueDepth);
      return this;
    }

    /**
     * @param activeJobs Jobs running now.
     * @return this builder
     */
    public Builder activeJobs(Integer activeJobs) {
      target().activeJobs(activeJobs);
      return this;
    }

    /**
     * @param gpuUtilization A fraction between 0 and 1.
     * @return this builder
     */
    public Builder gpuUtilization(Double gpuUtilization) {
      target().gpuUtilization(gpuUtilization);
      return this;
    }

    /**
     * @param cpuUtilization A fraction between 0 and 1.
     * @return this builder
     */
    public Builder cpuUtilization(Double cpuUtilization) {
      target().cpuUtilization(cpuUtilization);
      return this;
    }

    /**
     * @param memoryUtilization A fraction between 0 and 1.
     * @return this builder
     */
    public Builder memoryUtilization(Double memoryUtilization) {
      target().memoryUtilization(memoryUtilization);
      return this;
    }

    /**
     * @param p95JobLatencySeconds 95th percentile of job duration over the last hour.
     * @return this builder
     */
    public Builder p95JobLatencySeconds(Double p95JobLatencySeconds) {
      target().p95JobLatencySeconds(p95JobLatencySeconds);
      return this;
    }

    /**
     * @param storageBytes Bytes stored for the organisation.
     * @return this builder
     */
    public Builder storageBytes(Long storageBytes) {
      target().storageBytes(storageBytes);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public SystemMetrics build() {
      SystemMetrics built = target();
      if (built.getCapturedAt() == null) {
        throw new IllegalArgumentException("SystemMetrics: the property 'capturedAt' is required");
      }
      if (built.getQueueDepth() == null) {
        throw new IllegalArgumentException("SystemMetrics: the property 'queueDepth' is required");
      }
      if (built.getActiveJobs() == null) {
        throw new IllegalArgumentException("SystemMetrics: the property 'activeJobs' is required");
      }
      if (built.getGpuUtilization() == null) {
        throw new IllegalArgumentException("SystemMetrics: the property 'gpuUtilization' is required");
      }
      if (built.getCpuUtilization() == null) {
        throw new IllegalArgumentException("SystemMetrics: the property 'cpuUtilization' is required");
      }
      if (built.getMemoryUtilization() == null) {
        throw new IllegalArgumentException("SystemMetrics: the property 'memoryUtilization' is required");
      }
      if (built.getP95JobLatencySeconds() == null) {
        throw new IllegalArgumentException("SystemMetrics: the property 'p95JobLatencySeconds' is required");
      }
      if (built.getStorageBytes() == null) {
        throw new IllegalArgumentException("SystemMetrics: the property 'storageBytes' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this SystemMetrics object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SystemMetrics systemMetrics = (SystemMetrics) o;
    return Objects.equals(this.capturedAt, systemMetrics.capturedAt) &&
        Objects.equals(this.queueDepth, systemMetrics.queueDepth) &&
        Objects.equals(this.activeJobs, systemMetrics.activeJobs) &&
        Objects.equals(this.gpuUtilization, systemMetrics.gpuUtilization) &&
        Objects.equals(this.cpuUtilization, systemMetrics.cpuUtilization) &&
        Objects.equals(this.memoryUtilization, systemMetrics.memoryUtilization) &&
        Objects.equals(this.p95JobLatencySeconds, systemMetrics.p95JobLatencySeconds) &&
        Objects.equals(this.storageBytes, systemMetrics.storageBytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capturedAt, queueDepth, activeJobs, gpuUtilization, cpuUtilization, memoryUtilization, p95JobLatencySeconds, storageBytes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SystemMetrics {\n");
    sb.append("    capturedAt: ").append(toIndentedString(capturedAt)).append("\n");
    sb.append("    queueDepth: ").append(toIndentedString(queueDepth)).append("\n");
    sb.append("    activeJobs: ").append(toIndentedString(activeJobs)).append("\n");
    sb.append("    gpuUtilization: ").append(toIndentedString(gpuUtilization)).append("\n");
    sb.append("    cpuUtilization: ").append(toIndentedString(cpuUtilization)).append("\n");
    sb.append("    memoryUtilization: ").append(toIndentedString(memoryUtilization)).append("\n");
    sb.append("    p95JobLatencySeconds: ").append(toIndentedString(p95JobLatencySeconds)).append("\n");
    sb.append("    storageBytes: ").append(toIndentedString(storageBytes)).append("\n");
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

