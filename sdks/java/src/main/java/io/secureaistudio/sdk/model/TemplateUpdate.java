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
import io.secureaistudio.sdk.model.TemplateVisibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Changes to a template; fields left out are unchanged.
 */
@JsonPropertyOrder({
  TemplateUpdate.JSON_PROPERTY_NAME,
  TemplateUpdate.JSON_PROPERTY_DESCRIPTION,
  TemplateUpdate.JSON_PROPERTY_PROMPT,
  TemplateUpdate.JSON_PROPERTY_TAGS,
  TemplateUpdate.JSON_PROPERTY_VISIBILITY
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class TemplateUpdate {
  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nullable
  private String name;


  /** The JSON name of {@code description}. */
  public static final String JSON_PROPERTY_DESCRIPTION = "description";
  @javax.annotation.Nullable
  private String description;

  /** Whether {@code description} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean descriptionIsSet;


  /** The JSON name of {@code prompt}. */
  public static final String JSON_PROPERTY_PROMPT = "prompt";
  @javax.annotation.Nullable
  private String prompt;


  /** The JSON name of {@code tags}. */
  public static final String JSON_PROPERTY_TAGS = "tags";
  @javax.annotation.Nullable
  private List<String> tags;


  /** The JSON name of {@code visibility}. */
  public static final String JSON_PROPERTY_VISIBILITY = "visibility";
  @javax.annotation.Nullable
  private TemplateVisibility visibility;


  /** An empty TemplateUpdate; set its properties with the fluent setters. */
  public TemplateUpdate() { 
  }

  /**
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public TemplateUpdate name(@javax.annotation.Nullable String name) {
    this.name = name;
    
    return this;
  }

  /**
   * A human-readable name.
   * @return name
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getName() {
    return name;
  }



  /**
   * Sets {@code name}.
   *
   * @param name the new value
   */
  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setName(@javax.annotation.Nullable String name) {
    this.name = name;
    
  }


  /**
   * Sets {@code description}.
   *
   * @param description the new value
   * @return this object
   */
  public TemplateUpdate description(@javax.annotation.Nullable String description) {
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
   * Sets {@code prompt}.
   *
   * @param prompt the new value
   * @return this object
   */
  public TemplateUpdate prompt(@javax.annotation.Nullable String prompt) {
    this.prompt = prompt;
    
    return this;
  }

  /**
   * What to generate, in natural language.
   * @return prompt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PROMPT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getPrompt() {
    return prompt;
  }



  /**
   * Sets {@code prompt}.
   *
   * @param prompt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PROMPT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPrompt(@javax.annotation.Nullable String prompt) {
    this.prompt = prompt;
    
  }


  /**
   * Sets {@code tags}.
   *
   * @param tags the new value
   * @return this object
   */
  public TemplateUpdate tags(@javax.annotation.Nullable List<String> tags) {
    this.tags = tags;
    
    return this;
  }

  /**
   * Adds one item to {@code tags}, creating the list if it is unset.
   *
   * @param tagsItem the item to add
   * @return this object
   */
  public TemplateUpdate addTagsItem(String tagsItem) {
    if (this.tags == null) {
      this.tags = new ArrayList<>();
    }
    this.tags.add(tagsItem);
    return this;
  }

  /**
   * Tags to find the template by.
   * @return tags
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TAGS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<String> getTags() {
    return tags;
  }



  /**
   * Sets {@code tags}.
   *
   * @param tags the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TAGS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTags(@javax.annotation.Nullable List<String> tags) {
    this.tags = tags;
    
  }


  /**
   * Sets {@code visibility}.
   *
   * @param visibility the new value
   * @return this object
   */
  public TemplateUpdate visibility(@javax.annotation.Nullable TemplateVisibility visibility) {
    this.visibility = visibility;
    
    return this;
  }

  /**
   * Get visibility
   * @return visibility
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_VISIBILITY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public TemplateVisibility getVisibility() {
    return visibility;
  }



  /**
   * Sets {@code visibility}.
   *
   * @param visibility the new value
   */
  @JsonProperty(value = JSON_PROPERTY_VISIBILITY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setVisibility(@javax.annotation.Nullable TemplateVisibility visibility) {
    this.visibility = visibility;
    
  }



  /** @return a builder of {@code TemplateUpdate}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code TemplateUpdate}; each builder builds once. */
  public static final class Builder {
    private TemplateUpdate building = new TemplateUpdate();

    private Builder() {}

    private TemplateUpdate target() {
      if (building == null) throw new IllegalStateException("this TemplateUpdate.Builder has already built its object");
      return building;
    }

    /**
     * @param name A human-readable name.
     * @return this builder
     */
    public Builder name(String name) {
      target().name(name);
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
     * @param prompt What to generate, in natural language.
     * @return this builder
     */
    public Builder prompt(String prompt) {
      target().prompt(prompt);
      return this;
    }

    /**
     * @param tags Tags to find the template by.
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      target().tags(tags);
      return this;
    }

    /**
     * @param visibility the property {@code visibility}
     * @return this builder
     */
    public Builder visibility(TemplateVisibility visibility) {
      target().visibility(visibility);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public TemplateUpdate build() {
      TemplateUpdate built = target();
      building = null;
      return built;
    }
  }


  /**
   * Return true if this TemplateUpdate object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TemplateUpdate templateUpdate = (TemplateUpdate) o;
    return Objects.equals(this.name, templateUpdate.name) &&
        Objects.equals(this.description, templateUpdate.description) &&
        Objects.equals(this.prompt, templateUpdate.prompt) &&
        Objects.equals(this.tags, templateUpdate.tags) &&
        Objects.equals(this.visibility, templateUpdate.visibility);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, prompt, tags, visibility);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TemplateUpdate {\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    prompt: ").append(toIndentedString(prompt)).append("\n");
    sb.append("    tags: ").append(toIndentedString(tags)).append("\n");
    sb.append("    visibility: ").append(toIndentedString(visibility)).append("\n");
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

