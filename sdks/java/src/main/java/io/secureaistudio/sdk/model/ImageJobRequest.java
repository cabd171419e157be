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
import io.secureaistudio.sdk.model.ImageStyle;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What an image job should generate.
 */
@JsonPropertyOrder({
  ImageJobRequest.JSON_PROPERTY_PROMPT,
  ImageJobRequest.JSON_PROPERTY_NEGATIVE_PROMPT,
  ImageJobRequest.JSON_PROPERTY_WIDTH,
  ImageJobRequest.JSON_PROPERTY_HEIGHT,
  ImageJobRequest.JSON_PROPERTY_STYLE,
  ImageJobRequest.JSON_PROPERTY_COUNT,
  ImageJobRequest.JSON_PROPERTY_SEED,
  ImageJobRequest.JSON_PROPERTY_TEMPLATE_ID
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class ImageJobRequest {
  /** The JSON name of {@code prompt}. */
  public static final String JSON_PROPERTY_PROMPT = "prompt";
  @javax.annotation.Nonnull
  private String prompt;


  /** The JSON name of {@code negativePrompt}. */
  public static final String JSON_PROPERTY_NEGATIVE_PROMPT = "negativePrompt";
  @javax.annotation.Nullable
  private String negativePrompt;

  /** Whether {@code negativePrompt} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean negativePromptIsSet;


  /** The JSON name of {@code width}. */
  public static final String JSON_PROPERTY_WIDTH = "width";
  @javax.annotation.Nullable
  private Integer width;


  /** The JSON name of {@code height}. */
  public static final String JSON_PROPERTY_HEIGHT = "height";
  @javax.annotation.Nullable
  private Integer height;


  /** The JSON name of {@code style}. */
  public static final String JSON_PROPERTY_STYLE = "style";
  @javax.annotation.Nullable
  private ImageStyle style;


  /** The JSON name of {@code count}. */
  public static final String JSON_PROPERTY_COUNT = "count";
  @javax.annotation.Nullable
  private Integer count;


  /** The JSON name of {@code seed}. */
  public static final String JSON_PROPERTY_SEED = "seed";
  @javax.annotation.Nullable
  private Long seed;

  /** Whether {@code seed} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean seedIsSet;


  /** The JSON name of {@code templateId}. */
  public static final String JSON_PROPERTY_TEMPLATE_ID = "templateId";
  @javax.annotation.Nullable
  private String templateId;

  /** Whether {@code templateId} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean templateIdIsSet;


  /** An empty ImageJobRequest; set its properties with the fluent setters. */
  public ImageJobRequest() { 
  }

  /**
   * Sets {@code prompt}.
   *
   * @param prompt the new value
   * @return this object
   */
  public ImageJobRequest prompt(@javax.annotation.Nonnull String prompt) {
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
   * Sets {@code negativePrompt}.
   *
   * @param negativePrompt the new value
   * @return this object
   */
  public ImageJobRequest negativePrompt(@javax.annotation.Nullable String negativePrompt) {
    this.negativePrompt = negativePrompt;
    this.negativePromptIsSet = true;
    return this;
  }

  /**
   * What to keep out of the images.
   * @return negativePrompt
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getNegativePromptJson()
  public String getNegativePrompt() {
    return negativePrompt;
  }


  // Jackson's view of negativePrompt: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_NEGATIVE_PROMPT)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getNegativePromptJson() {
    return negativePromptIsSet ? negativePrompt : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code negativePrompt}.
   *
   * @param negativePrompt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_NEGATIVE_PROMPT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setNegativePrompt(@javax.annotation.Nullable String negativePrompt) {
    this.negativePrompt = negativePrompt;
    this.negativePromptIsSet = true;
  }


  /**
   * Sets {@code width}.
   *
   * @param width the new value
   * @return this object
   */
  public ImageJobRequest width(@javax.annotation.Nullable Integer width) {
    this.width = width;
    
    return this;
  }

  /**
   * Width in pixels, a multiple of 64.
   * minimum: 256
   * maximum: 2048
   * @return width
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_WIDTH, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getWidth() {
    return width;
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
    
  }


  /**
   * Sets {@code height}.
   *
   * @param height the new value
   * @return this object
   */
  public ImageJobRequest height(@javax.annotation.Nullable Integer height) {
    this.height = height;
    
    return this;
  }

  /**
   * Height in pixels, a multiple of 64.
   * minimum: 256
   * maximum: 2048
   * @return height
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_HEIGHT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getHeight() {
    return height;
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
    
  }


  /**
   * Sets {@code style}.
   *
   * @param style the new value
   * @return this object
   */
  public ImageJobRequest style(@javax.annotation.Nullable ImageStyle style) {
    this.style = style;
    
    return this;
  }

  /**
   * Get style
   * @return style
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_STYLE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public ImageStyle getStyle() {
    return style;
  }



  /**
   * Sets {@code style}.
   *
   * @param style the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STYLE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setStyle(@javax.annotation.Nullable ImageStyle style) {
    this.style = style;
    
  }


  /**
   * Sets {@code count}.
   *
   * @param count the new value
   * @return this object
   */
  public ImageJobRequest count(@javax.annotation.Nullable Integer count) {
    this.count = count;
    
    return this;
  }

  /**
   * How many images to generate.
   * minimum: 1
   * maximum: 4
   * @return count
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_COUNT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getCount() {
    return count;
  }



  /**
   * Sets {@code count}.
   *
   * @param count the new value
   */
  @JsonProperty(value = JSON_PROPERTY_COUNT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setCount(@javax.annotation.Nullable Integer count) {
    this.count = count;
    
  }


  /**
   * Sets {@code seed}.
   *
   * @param seed the new value
   * @return this object
   */
  public ImageJobRequest seed(@javax.annotation.Nullable Long seed) {
    this.seed = seed;
    this.seedIsSet = true;
    return this;
  }

  /**
   * A seed for reproducible output; &#x60;null&#x60; for a random one.
   * minimum: 0
   * maximum: 4294967295
   * @return seed
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getSeedJson()
  public Long getSeed() {
    return seed;
  }


  // Jackson's view of seed: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_SEED)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getSeedJson() {
    return seedIsSet ? seed : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code seed}.
   *
   * @param seed the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SEED, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSeed(@javax.annotation.Nullable Long seed) {
    this.seed = seed;
    this.seedIsSet = true;
  }


  /**
   * Sets {@code templateId}.
   *
   * @param templateId the new value
   * @return this object
   */
  public ImageJobRequest templateId(@javax.annotation.Nullable String templateId) {
    this.templateId = templateId;
    this.templateIdIsSet = true;
    return this;
  }

  /**
   * A template whose settings fill in what the request leaves out.
   * @return templateId
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getTemplateIdJson()
  public String getTemplateId() {
    return templateId;
  }


  // Jackson's view of templateId: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_TEMPLATE_ID)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getTemplateIdJson() {
    return templateIdIsSet ? templateId : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code templateId}.
   *
   * @param templateId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TEMPLATE_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTemplateId(@javax.annotation.Nullable String templateId) {
    this.templateId = templateId;
    this.templateIdIsSet = true;
  }



  /** @return a builder of {@code ImageJobRequest}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code ImageJobRequest}; each builder builds once. */
  public static final class Builder {
    private ImageJobRequest building = new ImageJobRequest();

    private Builder() {}

    private ImageJobRequest target() {
      if (building == null) throw new IllegalStateException("this ImageJobRequest.Builder has already built its object");
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
     * @param negativePrompt What to keep out of the images.
     * @return this builder
     */
    public Builder negativePrompt(String negativePrompt) {
      target().negativePrompt(negativePrompt);
      return this;
    }

    /**
     * @param width Width in pixels, a multiple of 64.
     * @return this builder
     */
    public Builder width(Integer width) {
      target().width(width);
      return this;
    }

    /**
     * @param height Height in pixels, a multiple of 64.
     * @return this builder
     */
    public Builder height(Integer height) {
      target().height(height);
      return this;
    }

    /**
     * @param style the property {@code style}
     * @return this builder
     */
    public Builder style(ImageStyle style) {
      target().style(style);
      return this;
    }

    /**
     * @param count How many images to generate.
     * @return this builder
     */
    public Builder count(Integer count) {
      target().count(count);
      return this;
    }

    /**
     * @param seed A seed for reproducible output; &#x60;null&#x60; for a random one.
     * @return this builder
     */
    public Builder seed(Long seed) {
      target().seed(seed);
      return this;
    }

    /**
     * @param templateId A template whose settings fill in what the request leaves out.
     * @return this builder
     */
    public Builder templateId(String templateId) {
      target().templateId(templateId);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public ImageJobRequest build() {
      ImageJobRequest built = target();
      if (built.getPrompt() == null) {
        throw new IllegalArgumentException("ImageJobRequest: the property 'prompt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this ImageJobRequest object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ImageJobRequest imageJobRequest = (ImageJobRequest) o;
    return Objects.equals(this.prompt, imageJobRequest.prompt) &&
        Objects.equals(this.negativePrompt, imageJobRequest.negativePrompt) &&
        Objects.equals(this.width, imageJobRequest.width) &&
        Objects.equals(this.height, imageJobRequest.height) &&
        Objects.equals(this.style, imageJobRequest.style) &&
        Objects.equals(this.count, imageJobRequest.count) &&
        Objects.equals(this.seed, imageJobRequest.seed) &&
        Objects.equals(this.templateId, imageJobRequest.templateId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prompt, negativePrompt, width, height, style, count, seed, templateId);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ImageJobRequest {\n");
    sb.append("    prompt: ").append(toIndentedString(prompt)).append("\n");
    sb.append("    negativePrompt: ").append(toIndentedString(negativePrompt)).append("\n");
    sb.append("    width: ").append(toIndentedString(width)).append("\n");
    sb.append("    height: ").append(toIndentedString(height)).append("\n");
    sb.append("    style: ").append(toIndentedString(style)).append("\n");
    sb.append("    count: ").append(toIndentedString(count)).append("\n");
    sb.append("    seed: ").append(toIndentedString(seed)).append("\n");
    sb.append("    templateId: ").append(toIndentedString(templateId)).append("\n");
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

