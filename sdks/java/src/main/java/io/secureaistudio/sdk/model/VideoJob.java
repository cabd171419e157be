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
import io.secureaistudio.sdk.model.JobFailure;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.VideoJobRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A video generation job.
 */
@JsonPropertyOrder({
  VideoJob.JSON_PROPERTY_ID,
  VideoJob.JSON_PROPERTY_TYPE,
  VideoJob.JSON_PROPERTY_STATUS,
  VideoJob.JSON_PROPERTY_PROGRESS,
  VideoJob.JSON_PROPERTY_CREATED_AT,
  VideoJob.JSON_PROPERTY_UPDATED_AT,
  VideoJob.JSON_PROPERTY_COMPLETED_AT,
  VideoJob.JSON_PROPERTY_ERROR,
  VideoJob.JSON_PROPERTY_OUTPUT_ASSET_IDS,
  VideoJob.JSON_PROPERTY_PARAMS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class VideoJob implements Job {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /**
   * Always &#x60;video&#x60;.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class TypeEnum {

    /** The known value <code>&quot;video&quot;</code>. */
    public static final TypeEnum VIDEO = new TypeEnum(String.valueOf("video"));


    private static final java.util.List<TypeEnum> KNOWN = java.util.Arrays.asList(VIDEO);

    private final String value;

    private TypeEnum(String value) {
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
    public static TypeEnum[] values() {
      return KNOWN.toArray(new TypeEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static TypeEnum fromValue(String value) {
      if (value == null) return null;
      for (TypeEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new TypeEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TypeEnum && value.equals(((TypeEnum) o).value);
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

  /** The JSON name of {@code type}. */
  public static final String JSON_PROPERTY_TYPE = "type";
  @javax.annotation.Nonnull
  private TypeEnum type;


  /** The JSON name of {@code status}. */
  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private JobStatus status;


  /** The JSON name of {@code progress}. */
  public static final String JSON_PROPERTY_PROGRESS = "progress";
  @javax.annotation.Nonnull
  private Integer progress;


  /** The JSON name of {@code createdAt}. */
  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;


  /** The JSON name of {@code updatedAt}. */
  public static final String JSON_PROPERTY_UPDATED_AT = "updatedAt";
  @javax.annotation.Nonnull
  private OffsetDateTime updatedAt;


  /** The JSON name of {@code completedAt}. */
  public static final String JSON_PROPERTY_COMPLETED_AT = "completedAt";
  @javax.annotation.Nullable
  private OffsetDateTime completedAt;


  /** The JSON name of {@code error}. */
  public static final String JSON_PROPERTY_ERROR = "error";
  @javax.annotation.Nullable
  private JobFailure error;


  /** The JSON name of {@code outputAssetIds}. */
  public static final String JSON_PROPERTY_OUTPUT_ASSET_IDS = "outputAssetIds";
  @javax.annotation.Nonnull
  private List<String> outputAssetIds;


  /** The JSON name of {@code params}. */
  public static final String JSON_PROPERTY_PARAMS = "params";
  @javax.annotation.Nonnull
  private VideoJobRequest params;


  /** An empty VideoJob; set its properties with the fluent setters. */
  public VideoJob() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public VideoJob id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * A generation job ID.
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
   * Sets {@code type}.
   *
   * @param type the new value
   * @return this object
   */
  public VideoJob type(@javax.annotation.Nonnull TypeEnum type) {
    this.type = type;
    
    return this;
  }

  /**
   * Always &#x60;video&#x60;.
   * @return type
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public TypeEnum getType() {
    return type;
  }



  /**
   * Sets {@code type}.
   *
   * @param type the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setType(@javax.annotation.Nonnull TypeEnum type) {
    this.type = type;
    
  }


  /**
   * Sets {@code status}.
   *
   * @param status the new value
   * @return this object
   */
  public VideoJob status(@javax.annotation.Nonnull JobStatus status) {
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
  public JobStatus getStatus() {
    return status;
  }



  /**
   * Sets {@code status}.
   *
   * @param status the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull JobStatus status) {
    this.status = status;
    
  }


  /**
   * Sets {@code progress}.
   *
   * @param progress the new value
   * @return this object
   */
  public VideoJob progress(@javax.annotation.Nonnull Integer progress) {
    this.progress = progress;
    
    return this;
  }

  /**
   * Percent complete.
   * minimum: 0
   * maximum: 100
   * @return progress
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PROGRESS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getProgress() {
    return progress;
  }



  /**
   * Sets {@code progress}.
   *
   * @param progress the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PROGRESS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setProgress(@javax.annotation.Nonnull Integer progress) {
    this.progress = progress;
    
  }


  /**
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   * @return this object
   */
  public VideoJob createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
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
   * Sets {@code updatedAt}.
   *
   * @param updatedAt the new value
   * @return this object
   */
  public VideoJob updatedAt(@javax.annotation.Nonnull OffsetDateTime updatedAt) {
    this.updatedAt = updatedAt;
    
    return this;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * @return updatedAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_UPDATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }



  /**
   * Sets {@code updatedAt}.
   *
   * @param updatedAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_UPDATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setUpdatedAt(@javax.annotation.Nonnull OffsetDateTime updatedAt) {
    this.updatedAt = updatedAt;
    
  }


  /**
   * Sets {@code completedAt}.
   *
   * @param completedAt the new value
   * @return this object
   */
  public VideoJob completedAt(@javax.annotation.Nullable OffsetDateTime completedAt) {
    this.completedAt = completedAt;
    
    return this;
  }

  /**
   * When the job reached a terminal status; &#x60;null&#x60; before.
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


  /**
   * Sets {@code error}.
   *
   * @param error the new value
   * @return this object
   */
  public VideoJob error(@javax.annotation.Nullable JobFailure error) {
    this.error = error;
    
    return this;
  }

  /**
   * Get error
   * @return error
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ERROR, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public JobFailure getError() {
    return error;
  }



  /**
   * Sets {@code error}.
   *
   * @param error the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ERROR, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setError(@javax.annotation.Nullable JobFailure error) {
    this.error = error;
    
  }


  /**
   * Sets {@code outputAssetIds}.
   *
   * @param outputAssetIds the new value
   * @return this object
   */
  public VideoJob outputAssetIds(@javax.annotation.Nonnull List<String> outputAssetIds) {
    this.outputAssetIds = outputAssetIds;
    
    return this;
  }

  /**
   * Adds one item to {@code outputAssetIds}, creating the list if it is unset.
   *
   * @param outputAssetIdsItem the item to add
   * @return this object
   */
  public VideoJob addOutputAssetIdsItem(String outputAssetIdsItem) {
    if (this.outputAssetIds == null) {
      this.outputAssetIds = new ArrayList<>();
    }
    this.outputAssetIds.add(outputAssetIdsItem);
    return this;
  }

  /**
   * The generated video, once the job succeeded.
   * @return outputAssetIds
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_OUTPUT_ASSET_IDS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<String> getOutputAssetIds() {
    return outputAssetIds;
  }



  /**
   * Sets {@code outputAssetIds}.
   *
   * @param outputAssetIds the new value
   */
  @JsonProperty(value = JSON_PROPERTY_OUTPUT_ASSET_IDS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setOutputAssetIds(@javax.annotation.Nonnull List<String> outputAssetIds) {
    this.outputAssetIds = outputAssetIds;
    
  }


  /**
   * Sets {@code params}.
   *
   * @param params the new value
   * @return this object
   */
  public VideoJob params(@javax.annotation.Nonnull VideoJobRequest params) {
    this.params = params;
    
    return this;
  }

  /**
   * Get params
   * @return params
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PARAMS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public VideoJobRequest getParams() {
    return params;
  }



  /**
   * Sets {@code params}.
   *
   * @param params the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PARAMS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setParams(@javax.annotation.Nonnull VideoJobRequest params) {
    this.params = params;
    
  }



  /** @return a builder of {@code VideoJob}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code VideoJob}; each builder builds once. */
  public static final class Builder {
    private VideoJob building = new VideoJob();

    private Builder() {}

    private VideoJob target() {
      if (building == null) throw new IllegalStateException("this VideoJob.Builder has already built its object");
      return building;
    }

    /**
     * @param id A generation job ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
    }

    /**
     * @param type Always &#x60;video&#x60;.
     * @return this builder
     */
    public Builder type(TypeEnum type) {
      target().type(type);
      return this;
    }

    /**
     * @param status the property {@code status}
     * @return this builder
     */
    public Builder status(JobStatus status) {
      target().status(status);
      return this;
    }

    /**
     * @param progress Percent complete.
     * @return this builder
     */
    public Builder progress(Integer progress) {
      target().progress(progress);
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
     * @param updatedAt An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder updatedAt(OffsetDateTime updatedAt) {
      target().updatedAt(updatedAt);
      return this;
    }

    /**
     * @param completedAt When the job reached a terminal status; &#x60;null&#x60; before.
     * @return this builder
     */
    public Builder completedAt(OffsetDateTime completedAt) {
      target().completedAt(completedAt);
      return this;
    }

    /**
     * @param error the property {@code error}
     * @return this builder
     */
    public Builder error(JobFailure error) {
      target().error(error);
      return this;
    }

    /**
     * @param outputAssetIds The generated video, once the job succeeded.
     * @return this builder
     */
    public Builder outputAssetIds(List<String> outputAssetIds) {
      target().outputAssetIds(outputAssetIds);
      return this;
    }

    /**
     * @param params the property {@code params}
     * @return this builder
     */
    public Builder params(VideoJobRequest params) {
      target().params(params);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public VideoJob build() {
      VideoJob built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'id' is required");
      }
      if (built.getType() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'type' is required");
      }
      if (built.getStatus() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'status' is required");
      }
      if (built.getProgress() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'progress' is required");
      }
      if (built.getCreatedAt() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'createdAt' is required");
      }
      if (built.getUpdatedAt() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'updatedAt' is required");
      }
      if (built.getCompletedAt() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'completedAt' is required");
      }
      if (built.getError() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'error' is required");
      }
      if (built.getOutputAssetIds() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'outputAssetIds' is required");
      }
      if (built.getParams() == null) {
        throw new IllegalArgumentException("VideoJob: the property 'params' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this VideoJob object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VideoJob videoJob = (VideoJob) o;
    return Objects.equals(this.id, videoJob.id) &&
        Objects.equals(this.type, videoJob.type) &&
        Objects.equals(this.status, videoJob.status) &&
        Objects.equals(this.progress, videoJob.progress) &&
        Objects.equals(this.createdAt, videoJob.createdAt) &&
        Objects.equals(this.updatedAt, videoJob.updatedAt) &&
        Objects.equals(this.completedAt, videoJob.completedAt) &&
        Objects.equals(this.error, videoJob.error) &&
        Objects.equals(this.outputAssetIds, videoJob.outputAssetIds) &&
        Objects.equals(this.params, videoJob.params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, status, progress, createdAt, updatedAt, completedAt, error, outputAssetIds, params);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class VideoJob {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    progress: ").append(toIndentedString(progress)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
    sb.append("    updatedAt: ").append(toIndentedString(updatedAt)).append("\n");
    sb.append("    completedAt: ").append(toIndentedString(completedAt)).append("\n");
    sb.append("    error: ").append(toIndentedString(error)).append("\n");
    sb.append("    outputAssetIds: ").append(toIndentedString(outputAssetIds)).append("\n");
    sb.append("    params: ").append(toIndentedString(params)).append("\n");
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

