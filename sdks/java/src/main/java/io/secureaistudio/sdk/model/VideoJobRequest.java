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
import io.secureaistudio.sdk.model.VideoResolution;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a video job should generate.
 */
@JsonPropertyOrder({
  VideoJobRequest.JSON_PROPERTY_PROMPT,
  VideoJobRequest.JSON_PROPERTY_DURATION_SECONDS,
  VideoJobRequest.JSON_PROPERTY_FPS,
  VideoJobRequest.JSON_PROPERTY_RESOLUTION,
  VideoJobRequest.JSON_PROPERTY_REFERENCE_ASSET_ID
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class VideoJobRequest {
  /** The JSON name of {@code prompt}. */
  public static final String JSON_PROPERTY_PROMPT = "prompt";
  @javax.annotation.Nonnull
  private String prompt;


  /** The JSON name of {@code durationSeconds}. */
  public static final String JSON_PROPERTY_DURATION_SECONDS = "durationSeconds";
  @javax.annotation.Nonnull
  private Integer durationSeconds;


  /** The JSON name of {@code fps}. */
  public static final String JSON_PROPERTY_FPS = "fps";
  @javax.annotation.Nullable
  private Integer fps;


  /** The JSON name of {@code resolution}. */
  public static final String JSON_PROPERTY_RESOLUTION = "resolution";
  @javax.annotation.Nullable
  private VideoResolution resolution;


  /** The JSON name of {@code referenceAssetId}. */
  public static final String JSON_PROPERTY_REFERENCE_ASSET_ID = "referenceAssetId";
  @javax.annotation.Nullable
  private String referenceAssetId;

  /** Whether {@code referenceAssetId} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean referenceAssetIdIsSet;


  /** An empty VideoJobRequest; set its properties with the fluent setters. */
  public VideoJobRequest() { 
  }

  /**
   * Sets {@code prompt}.
   *
   * @param prompt the new value
   * @return this object
   */
  public VideoJobRequest prompt(@javax.annotation.Nonnull String prompt) {
    this.prompt = prompt;
    
    return this;
  }

  /**
   * What to generate, in natural language.
   * @return prompt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PROMPT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getPrompt() {
    return prompt;
  }



  /**
   * Sets {@code prompt}.
   *
   * @param prompt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PROMPT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPrompt(@javax.annotation.Nonnull String prompt) {
    this.prompt = prompt;
    
  }


  /**
   * Sets {@code durationSeconds}.
   *
   * @param durationSeconds the new value
   * @return this object
   */
  public VideoJobRequest durationSeconds(@javax.annotation.Nonnull Integer durationSeconds) {
    this.durationSeconds = durationSeconds;
    
    return this;
  }

  /**
   * Length of the video in seconds.
   * minimum: 1
   * maximum: 60
   * @return durationSeconds
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_DURATION_SECONDS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getDurationSeconds() {
    return durationSeconds;
  }



  /**
   * Sets {@code durationSeconds}.
   *
   * @param durationSeconds the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DURATION_SECONDS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDurationSeconds(@javax.annotation.Nonnull Integer durationSeconds) {
    this.durationSeconds = durationSeconds;
    
  }


  /**
   * Sets {@code fps}.
   *
   * @param fps the new value
   * @return this object
   */
  public VideoJobRequest fps(@javax.annotation.Nullable Integer fps) {
    this.fps = fps;
    
    return this;
  }

  /**
   * Frames per second.
   * minimum: 12
   * maximum: 60
   * @return fps
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_FPS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getFps() {
    return fps;
  }



  /**
   * Sets {@code fps}.
   *
   * @param fps the new value
   */
  @JsonProperty(value = JSON_PROPERTY_FPS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setFps(@javax.annotation.Nullable Integer fps) {
    this.fps = fps;
    
  }


  /**
   * Sets {@code resolution}.
   *
   * @param resolution the new value
   * @return this object
   */
  public VideoJobRequest resolution(@javax.annotation.Nullable VideoResolution resolution) {
    this.resolution = resolution;
    
    return this;
  }

  /**
   * Get resolution
   * @return resolution
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_RESOLUTION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public VideoResolution getResolution() {
    return resolution;
  }



  /**
   * Sets {@code resolution}.
   *
   * @param resolution the new value
   */
  @JsonProperty(value = JSON_PROPERTY_RESOLUTION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setResolution(@javax.annotation.Nullable VideoResolution resolution) {
    this.resolution = resolution;
    
  }


  /**
   * Sets {@code referenceAssetId}.
   *
   * @param referenceAssetId the new value
   * @return this object
   */
  public VideoJobRequest referenceAssetId(@javax.annotation.Nullable String referenceAssetId) {
    this.referenceAssetId = referenceAssetId;
    this.referenceAssetIdIsSet = true;
    return this;
  }

  /**
   * An uploaded reference image to animate; &#x60;null&#x60; for text-to-video.
   * @return referenceAssetId
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getReferenceAssetIdJson()
  public String getReferenceAssetId() {
    return referenceAssetId;
  }


  // Jackson's view of referenceAssetId: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_REFERENCE_ASSET_ID)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getReferenceAssetIdJson() {
    return referenceAssetIdIsSet ? referenceAssetId : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code referenceAssetId}.
   *
   * @param referenceAssetId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_REFERENCE_ASSET_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setReferenceAssetId(@javax.annotation.Nullable String referenceAssetId) {
    this.referenceAssetId = referenceAssetId;
    this.referenceAssetIdIsSet = true;
  }



  /** @return a builder of {@code VideoJobRequest}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code VideoJobRequest}; each builder builds once. */
  public static final class Builder {
    private VideoJobRequest building = new VideoJobRequest();

    private Builder() {}

    private VideoJobRequest target() {
      if (building == null) throw new IllegalStateException("this VideoJobRequest.Builder has already built its object");
      return building;
    }

    /**
     * @param prompt What to generate, in natural language.
     * @return this builder
     */
    public Builder prompt(String prompt) {
      target().prompt(prompt);
      return this;
    }

    /**
     * @param durationSeconds Length of the video in seconds.
     * @return this builder
     */
    public Builder durationSeconds(Integer durationSeconds) {
      target().durationSeconds(durationSeconds);
      return this;
    }

    /**
     * @param fps Frames per second.
     * @return this builder
     */
    public Builder fps(Integer fps) {
      target().fps(fps);
      return this;
    }

    /**
     * @param resolution the property {@code resolution}
     * @return this builder
     */
    public Builder resolution(VideoResolution resolution) {
      target().resolution(resolution);
      return this;
    }

    /**
     * @param referenceAssetId An uploaded reference image to animate; &#x60;null&#x60; for text-to-video.
     * @return this builder
     */
    public Builder referenceAssetId(String referenceAssetId) {
      target().referenceAssetId(referenceAssetId);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public VideoJobRequest build() {
      VideoJobRequest built = target();
      if (built.getPrompt() == null) {
        throw new IllegalArgumentException("VideoJobRequest: the property 'prompt' is required");
      }
      if (built.getDurationSeconds() == null) {
        throw new IllegalArgumentException("VideoJobRequest: the property 'durationSeconds' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this VideoJobRequest object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VideoJobRequest videoJobRequest = (VideoJobRequest) o;
    return Objects.equals(this.prompt, videoJobRequest.prompt) &&
        Objects.equals(this.durationSeconds, videoJobRequest.durationSeconds) &&
        Objects.equals(this.fps, videoJobRequest.fps) &&
        Objects.equals(this.resolution, videoJobRequest.resolution) &&
        Objects.equals(this.referenceAssetId, videoJobRequest.referenceAssetId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prompt, durationSeconds, fps, resolution, referenceAssetId);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class VideoJobRequest {\n");
    sb.append("    prompt: ").append(toIndentedString(prompt)).append("\n");
    sb.append("    durationSeconds: ").append(toIndentedString(durationSeconds)).append("\n");
    sb.append("    fps: ").append(toIndentedString(fps)).append("\n");
    sb.append("    resolution: ").append(toIndentedString(resolution)).append("\n");
    sb.append("    referenceAssetId: ").append(toIndentedString(referenceAssetId)).append("\n");
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

