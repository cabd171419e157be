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
import io.secureaistudio.sdk.model.AssetKind;
import java.time.OffsetDateTime;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A stored media file.
 */
@JsonPropertyOrder({
  Asset.JSON_PROPERTY_ID,
  Asset.JSON_PROPERTY_KIND,
  Asset.JSON_PROPERTY_CONTENT_TYPE,
  Asset.JSON_PROPERTY_SIZE_BYTES,
  Asset.JSON_PROPERTY_SHA256,
  Asset.JSON_PROPERTY_WIDTH,
  Asset.JSON_PROPERTY_HEIGHT,
  Asset.JSON_PROPERTY_DURATION_SECONDS,
  Asset.JSON_PROPERTY_JOB_ID,
  Asset.JSON_PROPERTY_DESCRIPTION,
  Asset.JSON_PROPERTY_CREATED_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class Asset {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code kind}. */
  public static final String JSON_PROPERTY_KIND = "kind";
  @javax.annotation.Nonnull
  private AssetKind kind;


  /**
   * The media type of the content.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class ContentTypeEnum {

    /** The known value <code>&quot;image/png&quot;</code>. */
    public static final ContentTypeEnum IMAGE_PNG = new ContentTypeEnum(String.valueOf("image/png"));

    /** The known value <code>&quot;image/jpeg&quot;</code>. */
    public static final ContentTypeEnum IMAGE_JPEG = new ContentTypeEnum(String.valueOf("image/jpeg"));

    /** The known value <code>&quot;image/webp&quot;</code>. */
    public static final ContentTypeEnum IMAGE_WEBP = new ContentTypeEnum(String.valueOf("image/webp"));

    /** The known value <code>&quot;video/mp4&quot;</code>. */
    public static final ContentTypeEnum VIDEO_MP4 = new ContentTypeEnum(String.valueOf("video/mp4"));


    private static final java.util.List<ContentTypeEnum> KNOWN = java.util.Arrays.asList(IMAGE_PNG, IMAGE_JPEG, IMAGE_WEBP, VIDEO_MP4);

    private final String value;

    private ContentTypeEnum(String value) {
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
    public static ContentTypeEnum[] values() {
      return KNOWN.toArray(new ContentTypeEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static ContentTypeEnum fromValue(String value) {
      if (value == null) return null;
      for (ContentTypeEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new ContentTypeEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ContentTypeEnum && value.equals(((ContentTypeEnum) o).value);
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

  /** The JSON name of {@code contentType}. */
  public static final String JSON_PROPERTY_CONTENT_TYPE = "contentType";
  @javax.annotation.Nonnull
  private ContentTypeEnum contentType;


  /** The JSON name of {@code sizeBytes}. */
  public static final String JSON_PROPERTY_SIZE_BYTES = "sizeBytes";
  @javax.annotation.Nonnull
  private Long sizeBytes;


  /** The JSON name of {@code sha256}. */
  public static final String JSON_PROPERTY_SHA256 = "sha256";
  @javax.annotation.Nonnull
  private String sha256;


  /** The JSON name of {@code width}. */
  public static final String JSON_PROPERTY_WIDTH = "width";
  @javax.annotation.Nullable
  private Integer width;

  /** Whether {@code width} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean widthIsSet;


  /** The JSON name of {@code height}. */
  public static final String JSON_PROPERTY_HEIGHT = "height";
  @javax.annotation.Nullable
  private Integer height;

  /** Whether {@code height} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean heightIsSet;


  /** The JSON name of {@code durationSeconds}. */
  public static final String JSON_PROPERTY_DURATION_SECONDS = "durationSeconds";
  @javax.annotation.Nullable
  private Double durationSeconds;

  /** Whether {@code durationSeconds} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean durationSecondsIsSet;


  /** The JSON name of {@code jobId}. */
  public static final String JSON_PROPERTY_JOB_ID = "jobId";
  @javax.annotation.Nullable
  private String jobId;

  /** Whether {@code jobId} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean jobIdIsSet;


  /** The JSON name of {@code description}. */
  public static final String JSON_PROPERTY_DESCRIPTION = "description";
  @javax.annotation.Nullable
  private String description;

  /** Whether {@code description} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean descriptionIsSet;


  /** The JSON name of {@code createdAt}. */
  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;


  /** An empty Asset; set its properties with the fluent setters. */
  public Asset() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public Asset id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * An asset ID.
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
   * Sets {@code kind}.
   *
   * @param kind the new value
   * @return this object
   */
  public Asset kind(@javax.annotation.Nonnull AssetKind kind) {
    this.kind = kind;
    
    return this;
  }

  /**
   * Get kind
   * @return kind
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_KIND, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public AssetKind getKind() {
    return kind;
  }



  /**
   * Sets {@code kind}.
   *
   * @param kind the new value
   */
  @JsonProperty(value = JSON_PROPERTY_KIND, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setKind(@javax.annotation.Nonnull AssetKind kind) {
    this.kind = kind;
    
  }


  /**
   * Sets {@code contentType}.
   *
   * @param contentType the new value
   * @return this object
   */
  public Asset contentType(@javax.annotation.Nonnull ContentTypeEnum contentType) {
    this.contentType = contentType;
    
    return this;
  }

  /**
   * The media type of the content.
   * @return contentType
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONTENT_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public ContentTypeEnum getContentType() {
    return contentType;
  }



  /**
   * Sets {@code contentType}.
   *
   * @param contentType the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CONTENT_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setContentType(@javax.annotation.Nonnull ContentTypeEnum contentType) {
    this.contentType = contentType;
    
  }


  /**
   * Sets {@code sizeBytes}.
   *
   * @param sizeBytes the new value
   * @return this object
   */
  public Asset sizeBytes(@javax.annotation.Nonnull Long sizeBytes) {
    this.sizeBytes = sizeBytes;
    
    return this;
  }

  /**
   * Size of the content in bytes.
   * minimum: 0
   * maximum: 10737418240
   * @return sizeBytes
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SIZE_BYTES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Long getSizeBytes() {
    return sizeBytes;
  }



  /**
   * Sets {@code sizeBytes}.
   *
   * @param sizeBytes the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SIZE_BYTES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSizeBytes(@javax.annotation.Nonnull Long sizeBytes) {
    this.sizeBytes = sizeBytes;
    
  }


  /**
   * Sets {@code sha256}.
   *
   * @param sha256 the new value
   * @return this object
   */
  public Asset sha256(@javax.annotation.Nonnull String sha256) {
    this.sha256 = sha256;
    
    return this;
  }

  /**
   * SHA-256 of the content, hex-encoded.
   * @return sha256
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SHA256, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getSha256() {
    return sha256;
  }



  /**
   * Sets {@code sha256}.
   *
   * @param sha256 the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SHA256, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSha256(@javax.annotation.Nonnull String sha256) {
    this.sha256 = sha256;
    
  }


  /**
   * Sets {@code width}.
   *
   * @param width the new value
   * @return this object
   */
  public Asset width(@javax.annotation.Nullable Integer width) {
    this.width = width;
    this.widthIsSet = true;
    return this;
  }

  /**
   * Width in pixels.
   * minimum: 1
   * maximum: 8192
   * @return width
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getWidthJson()
  public Integer getWidth() {
    return width;
  }


  // Jackson's view of width: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_WIDTH)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getWidthJson() {
    return widthIsSet ? width : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code width}.
   *
   * @param width the new value
   */
  @JsonProperty(value = JSON_PROPERTY_WIDTH, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setWidth(@javax.annotation.Nullable Integer width) {
    this.width = width;
    this.widthIsSet = true;
  }


  /**
   * Sets {@code height}.
   *
   * @param height the new value
   * @return this object
   */
  public Asset height(@javax.annotation.Nullable Integer height) {
    this.height = height;
    this.heightIsSet = true;
    return this;
  }

  /**
   * Height in pixels.
   * minimum: 1
   * maximum: 8192
   * @return height
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getHeightJson()
  public Integer getHeight() {
    return height;
  }


  // Jackson's view of height: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_HEIGHT)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getHeightJson() {
    return heightIsSet ? height : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code height}.
   *
   * @param height the new value
   */
  @JsonProperty(value = JSON_PROPERTY_HEIGHT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setHeight(@javax.annotation.Nullable Integer height) {
    this.height = height;
    this.heightIsSet = true;
  }


  /**
   * Sets {@code durationSeconds}.
   *
   * @param durationSeconds the new value
   * @return this object
   */
  public Asset durationSeconds(@javax.annotation.Nullable Double durationSeconds) {
    this.durationSeconds = durationSeconds;
    this.durationSecondsIsSet = true;
    return this;
  }

  /**
   * Duration of a video; &#x60;null&#x60; for images.
   * minimum: 0
   * maximum: 3600
   * @return durationSeconds
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getDurationSecondsJson()
  public Double getDurationSeconds() {
    return durationSeconds;
  }


  // Jackson's view of durationSeconds: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_DURATION_SECONDS)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getDurationSecondsJson() {
    return durationSecondsIsSet ? durationSeconds : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code durationSeconds}.
   *
   * @param durationSeconds the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DURATION_SECONDS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDurationSeconds(@javax.annotation.Nullable Double durationSeconds) {
    this.durationSeconds = durationSeconds;
    this.durationSecondsIsSet = true;
  }


  /**
   * Sets {@code jobId}.
   *
   * @param jobId the new value
   * @return this object
   */
  public Asset jobId(@javax.annotation.Nullable String jobId) {
    this.jobId = jobId;
    this.jobIdIsSet = true;
    return this;
  }

  /**
   * The job that generated the asset; &#x60;null&#x60; for uploads.
   * @return jobId
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getJobIdJson()
  public String getJobId() {
    return jobId;
  }


  // Jackson's view of jobId: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_JOB_ID)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getJobIdJson() {
    return jobIdIsSet ? jobId : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code jobId}.
   *
   * @param jobId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_JOB_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setJobId(@javax.annotation.Nullable String jobId) {
    this.jobId = jobId;
    this.jobIdIsSet = true;
  }


  /**
   * Sets {@code description}.
   *
   * @param description the new value
   * @return this object
   */
  public Asset description(@javax.annotation.Nullable String description) {
    this.description = description;
    this.descriptionIsSet = true;
    return this;
  }

  /**
   * A free-text description.
   * @return description
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getDescriptionJson()
  public String getDescription() {
    return description;
  }


  // Jackson's view of description: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_DESCRIPTION)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getDescriptionJson() {
    return descriptionIsSet ? description : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code description}.
   *
   * @param description the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DESCRIPTION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDescription(@javax.annotation.Nullable String description) {
    this.description = description;
    this.descriptionIsSet = true;
  }


  /**
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   * @return this object
   */
  public Asset createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
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



  /** @return a builder of {@code Asset}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code Asset}; each builder builds once. */
  public static final class Builder {
    private Asset building = new Asset();

    private Builder() {}

    private Asset target() {
      if (building == null) throw new IllegalStateException("this Asset.Builder has already built its object");
      return building;
    }

    /**
     * @param id An asset ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
    }

    /**
     * @param kind the property {@code kind}
     * @return this builder
     */
    public Builder kind(AssetKind kind) {
      target().kind(kind);
      return this;
    }

    /**
     * @param contentType The media type of the content.
     * @return this builder
     */
    public Builder contentType(ContentTypeEnum contentType) {
      target().contentType(contentType);
      return this;
    }

    /**
     * @param sizeBytes Size of the content in bytes.
     * @return this builder
     */
    public Builder sizeBytes(Long sizeBytes) {
      target().sizeBytes(sizeBytes);
      return this;
    }

    /**
     * @param sha256 SHA-256 of the content, hex-encoded.
     * @return this builder
     */
    public Builder sha256(String sha256) {
      target().sha256(sha256);
      return this;
    }

    /**
     * @param width Width in pixels.
     * @return this builder
     */
    public Builder width(Integer width) {
      target().width(width);
      return this;
    }

    /**
     * @param height Height in pixels.
     * @return this builder
     */
    public Builder height(Integer height) {
      target().height(height);
      return this;
    }

    /**
     * @param durationSeconds Duration of a video; &#x60;null&#x60; for images.
     * @return this builder
     */
    public Builder durationSeconds(Double durationSeconds) {
      target().durationSeconds(durationSeconds);
      return this;
    }

    /**
     * @param jobId The job that generated the asset; &#x60;null&#x60; for uploads.
     * @return this builder
     */
    public Builder jobId(String jobId) {
      target().jobId(jobId);
      return this;
    }

    /**
     * @param description A free-text description.
     * @return this builder
     */
    public Builder description(String description) {
      target().description(description);
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
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public Asset build() {
      Asset built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("Asset: the property 'id' is required");
      }
      if (built.getKind() == null) {
        throw new IllegalArgumentException("Asset: the property 'kind' is required");
      }
      if (built.getContentType() == null) {
        throw new IllegalArgumentException("Asset: the property 'contentType' is required");
      }
      if (built.getSizeBytes() == null) {
        throw new IllegalArgumentException("Asset: the property 'sizeBytes' is required");
      }
      if (built.getSha256() == null) {
        throw new IllegalArgumentException("Asset: the property 'sha256' is required");
      }
      if (built.getCreatedAt() == null) {
        throw new IllegalArgumentException("Asset: the property 'createdAt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this Asset object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Asset asset = (Asset) o;
    return Objects.equals(this.id, asset.id) &&
        Objects.equals(this.kind, asset.kind) &&
        Objects.equals(this.contentType, asset.contentType) &&
        Objects.equals(this.sizeBytes, asset.sizeBytes) &&
        Objects.equals(this.sha256, asset.sha256) &&
        Objects.equals(this.width, asset.width) &&
        Objects.equals(this.height, asset.height) &&
        Objects.equals(this.durationSeconds, asset.durationSeconds) &&
        Objects.equals(this.jobId, asset.jobId) &&
        Objects.equals(this.description, asset.description) &&
        Objects.equals(this.createdAt, asset.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, contentType, sizeBytes, sha256, width, height, durationSeconds, jobId, description, createdAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Asset {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    kind: ").append(toIndentedString(kind)).append("\n");
    sb.append("    contentType: ").append(toIndentedString(contentType)).append("\n");
    sb.append("    sizeBytes: ").append(toIndentedString(sizeBytes)).append("\n");
    sb.append("    sha256: ").append(toIndentedString(sha256)).append("\n");
    sb.append("    width: ").append(toIndentedString(width)).append("\n");
    sb.append("    height: ").append(toIndentedString(height)).append("\n");
    sb.append("    durationSeconds: ").append(toIndentedString(durationSeconds)).append("\n");
    sb.append("    jobId: ").append(toIndentedString(jobId)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
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

