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
 * Usage in one time bucket.
 */
@JsonPropertyOrder({
  UsagePoint.JSON_PROPERTY_TIMESTAMP,
  UsagePoint.JSON_PROPERTY_IMAGES_GENERATED,
  UsagePoint.JSON_PROPERTY_VIDEO_SECONDS_GENERATED,
  UsagePoint.JSON_PROPERTY_API_REQUESTS,
  UsagePoint.JSON_PROPERTY_STORAGE_BYTES
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class UsagePoint {
  /** The JSON name of {@code timestamp}. */
  public static final String JSON_PROPERTY_TIMESTAMP = "timestamp";
  @javax.annotation.Nonnull
  private OffsetDateTime timestamp;


  /** The JSON name of {@code imagesGenerated}. */
  public static final String JSON_PROPERTY_IMAGES_GENERATED = "imagesGenerated";
  @javax.annotation.Nonnull
  private Long imagesGenerated;


  /** The JSON name of {@code videoSecondsGenerated}. */
  public static final String JSON_PROPERTY_VIDEO_SECONDS_GENERATED = "videoSecondsGenerated";
  @javax.annotation.Nonnull
  private Long videoSecondsGenerated;


  /** The JSON name of {@code apiRequests}. */
  public static final String JSON_PROPERTY_API_REQUESTS = "apiRequests";
  @javax.annotation.Nonnull
  private Long apiRequests;


  /** The JSON name of {@code storageBytes}. */
  public static final String JSON_PROPERTY_STORAGE_BYTES = "storageBytes";
  @javax.annotation.Nonnull
  private Long storageBytes;


  /** An empty UsagePoint; set its properties with the fluent setters. */
  public UsagePoint() { 
  }

  /**
   * Sets {@code timestamp}.
   *
   * @param timestamp the new value
   * @return this object
   */
  public UsagePoint timestamp(@javax.annotation.Nonnull OffsetDateTime timestamp) {
    this.timestamp = timestamp;
    
    return this;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * @return timestamp
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TIMESTAMP, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getTimestamp() {
    return timestamp;
  }



  /**
   * Sets {@code timestamp}.
   *
   * @param timestamp the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TIMESTAMP, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTimestamp(@javax.annotation.Nonnull OffsetDateTime timestamp) {
    this.timestamp = timestamp;
    
  }


  /**
   * Sets {@code imagesGenerated}.
   *
   * @param imagesGenerated the new value
   * @return this object
   */
  public UsagePoint imagesGenerated(@javax.annotation.Nonnull Long imagesGenerated) {
    this.imagesGenerated = imagesGenerated;
    
    return this;
  }

  /**
   * Images generated in the bucket.
   * minimum: 0
   * maximum: 1000000000000
   * @return imagesGenerated
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_IMAGES_GENERATED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Long getImagesGenerated() {
    return imagesGenerated;
  }



  /**
   * Sets {@code imagesGenerated}.
   *
   * @param imagesGenerated the new value
   */
  @JsonProperty(value = JSON_PROPERTY_IMAGES_GENERATED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setImagesGenerated(@javax.annotation.Nonnull Long imagesGenerated) {
    this.imagesGenerated = imagesGenerated;
    
  }


  /**
   * Sets {@code videoSecondsGenerated}.
   *
   * @param videoSecondsGenerated the new value
   * @return this object
   */
  public UsagePoint videoSecondsGenerated(@javax.annotation.Nonnull Long videoSecondsGenerated) {
    this.videoSecondsGenerated = videoSecondsGenerated;
    
    return this;
  }

  /**
   * Seconds of video generated in the bucket.
   * minimum: 0
   * maximum: 1000000000000
   * @return videoSecondsGenerated
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_VIDEO_SECONDS_GENERATED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Long getVideoSecondsGenerated() {
    return videoSecondsGenerated;
  }



  /**
   * Sets {@code videoSecondsGenerated}.
   *
   * @param videoSecondsGenerated the new value
   */
  @JsonProperty(value = JSON_PROPERTY_VIDEO_SECONDS_GENERATED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setVideoSecondsGenerated(@javax.annotation.Nonnull Long videoSecondsGenerated) {
    this.videoSecondsGenerated = videoSecondsGenerated;
    
  }


  /**
   * Sets {@code apiRequests}.
   *
   * @param apiRequests the new value
   * @return this object
   */
  public UsagePoint apiRequests(@javax.annotation.Nonnull Long apiRequests) {
    this.apiRequests = apiRequests;
    
    return this;
  }

  /**
   * API requests made in the bucket.
   * minimum: 0
   * maximum: 1000000000000
   * @return apiRequests
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_API_REQUESTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Long getApiRequests() {
    return apiRequests;
  }



  /**
   * Sets {@code apiRequests}.
   *
   * @param apiRequests the new value
   */
  @JsonProperty(value = JSON_PROPERTY_API_REQUESTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setApiRequests(@javax.annotation.Nonnull Long apiRequests) {
    this.apiRequests = apiRequests;
    
  }


  /**
   * Sets {@code storageBytes}.
   *
   * @param storageBytes the new value
   * @return this object
   */
  public UsagePoint storageBytes(@javax.annotation.Nonnull Long storageBytes) {
    this.storageBytes = storageBytes;
    
    return this;
  }

  /**
   * Bytes stored at the end of the bucket.
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



  /** @return a builder of {@code UsagePoint}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code UsagePoint}; each builder builds once. */
  public static final class Builder {
    private UsagePoint building = new UsagePoint();

    private Builder() {}

    private UsagePoint target() {
      if (building == null) throw new IllegalStateException("this UsagePoint.Builder has already built its object");
      return building;
    }

    /**
     * @param timestamp An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder timestamp(OffsetDateTime timestamp) {
      target().timestamp(timestamp);
      return this;
    }

    /**
     * @param imagesGenerated Images generated in the bucket.
     * @return this builder
     */
    public Builder imagesGenerated(Long imagesGenerated) {
      target().imagesGenerated(imagesGenerated);
      return this;
    }

    /**
     * @param videoSecondsGenerated Seconds of video generated in the bucket.
     * @return this builder
     */
    public Builder videoSecondsGenerated(Long videoSecondsGenerated) {
      target().videoSecondsGenerated(videoSecondsGenerated);
      return this;
    }

    /**
     * @param apiRequests API requests made in the bucket.
     * @return this builder
     */
    public Builder apiRequests(Long apiRequests) {
      target().apiRequests(apiRequests);
      return this;
    }

    /**
     * @param storageBytes Bytes stored at the end of the bucket.
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
    public UsagePoint build() {
      UsagePoint built = target();
      if (built.getTimestamp() == null) {
        throw new IllegalArgumentException("UsagePoint: the property 'timestamp' is required");
      }
      if (built.getImagesGenerated() == null) {
        throw new IllegalArgumentException("UsagePoint: the property 'imagesGenerated' is required");
      }
      if (built.getVideoSecondsGenerated() == null) {
        throw new IllegalArgumentException("UsagePoint: the property 'videoSecondsGenerated' is required");
      }
      if (built.getApiRequests() == null) {
        throw new IllegalArgumentException("UsagePoint: the property 'apiRequests' is required");
      }
      if (built.getStorageBytes() == null) {
        throw new IllegalArgumentException("UsagePoint: the property 'storageBytes' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this UsagePoint object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UsagePoint usagePoint = (UsagePoint) o;
    return Objects.equals(this.timestamp, usagePoint.timestamp) &&
        Objects.equals(this.imagesGenerated, usagePoint.imagesGenerated) &&
        Objects.equals(this.videoSecondsGenerated, usagePoint.videoSecondsGenerated) &&
        Objects.equals(this.apiRequests, usagePoint.apiRequests) &&
        Objects.equals(this.storageBytes, usagePoint.storageBytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timestamp, imagesGenerated, videoSecondsGenerated, apiRequests, storageBytes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class UsagePoint {\n");
    sb.append("    timestamp: ").append(toIndentedString(timestamp)).append("\n");
    sb.append("    imagesGenerated: ").append(toIndentedString(imagesGenerated)).append("\n");
    sb.append("    videoSecondsGenerated: ").append(toIndentedString(videoSecondsGenerated)).append("\n");
    sb.append("    apiRequests: ").append(toIndentedString(apiRequests)).append("\n");
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

