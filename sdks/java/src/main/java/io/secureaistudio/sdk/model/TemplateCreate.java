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
import io.secureaistudio.sdk.model.JobType;
import io.secureaistudio.sdk.model.TemplateVisibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A new template.
 */
@JsonPropertyOrder({
  TemplateCreate.JSON_PROPERTY_NAME,
  TemplateCreate.JSON_PROPERTY_KIND,
  TemplateCreate.JSON_PROPERTY_DESCRIPTION,
  TemplateCreate.JSON_PROPERTY_PROMPT,
  TemplateCreate.JSON_PROPERTY_TAGS,
  TemplateCreate.JSON_PROPERTY_VISIBILITY
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class TemplateCreate {
  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;


  /** The JSON name of {@code kind}. */
  public static final String JSON_PROPERTY_KIND = "kind";
  @javax.annotation.Nonnull
  private JobType kind;


  /** The JSON name of {@code description}. */
  public static final String JSON_PROPERTY_DESCRIPTION = "description";
  @javax.annotation.Nullable
  private String description;

  /** Whether {@code description} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean descriptionIsSet;


  /** The JSON name of {@code prompt}. */
  public static final String JSON_PROPERTY_PROMPT = "prompt";
  @javax.annotation.Nonnull
  private String prompt;


  /** The JSON name of {@code tags}. */
  public static final String JSON_PROPERTY_TAGS = "tags";
  @javax.annotation.Nullable
  private List<String> tags;


  /** The JSON name of {@code visibility}. */
  public static final String JSON_PROPERTY_VISIBILITY = "visibility";
  @javax.annotation.Nullable
  private TemplateVisibility visibility;


  /** An empty TemplateCreate; set its properties with the fluent setters. */
  public TemplateCreate() { 
  }

  /**
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public TemplateCreate name(@javax.annotation.Nonnull String name) {
    this.name = name;
    
    return this;
  }

  /**
   * A human-readable name.
   * @return name
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getName() {
    return name;
  }



  /**
   * Sets {@code name}.
   *
   * @param name the new value
   */
  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setName(@javax.annotation.Nonnull String name) {
    this.name = name;
    
  }


  /**
   * Sets {@code kind}.
   *
   * @param kind the new value
   * @return this object
   */
  public TemplateCreate kind(@javax.annotation.Nonnull JobType kind) {
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
  public JobType getKind() {
    return kind;
  }



  /**
   * Sets {@code kind}.
   *
   * @param kind the new value
   */
  @JsonProperty(value = JSON_PROPERTY_KIND, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setKind(@javax.annotation.Nonnull JobType kind) {
    this.kind = kind;
    
  }


  /**
   * Sets {@code description}.
   *
   * @param description the new value
   * @return this object
   */
  public TemplateCreate description(@javax.annotation.Nullable String description) {
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
  public TemplateCreate prompt(@javax.annotation.Nonnull String prompt) {
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
   * Sets {@code tags}.
   *
   * @param tags the new value
   * @return this object
   */
  public TemplateCreate tags(@javax.annotation.Nullable List<String> tags) {
    this.tags = tags;
    
    return this;
  }

  /**
   * Adds one item to {@code tags}, creating the list if it is unset.
   *
   * @param tagsItem the item to add
   * @return this object
   */
  public TemplateCreate addTagsItem(String tagsItem) {
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
  public TemplateCreate visibility(@javax.annotation.Nullable TemplateVisibility visibility) {
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



  /** @return a builder of {@code TemplateCreate}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code TemplateCreate}; each builder builds once. */
  public static final class Builder {
    private TemplateCreate building = new TemplateCreate();

    private Builder() {}

    private TemplateCreate target() {
      if (building == null) throw new IllegalStateException("this TemplateCreate.Builder has already built its object");
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
     * @param kind the property {@code kind}
     * @return this builder
     */
    public Builder kind(JobType kind) {
      target().kind(kind);
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
    public TemplateCreate build() {
      TemplateCreate built = target();
      if (built.getName() == null) {
        throw new IllegalArgumentException("TemplateCreate: the property 'name' is required");
      }
      if (built.getKind() == null) {
        throw new IllegalArgumentException("TemplateCreate: the property 'kind' is required");
      }
      if (built.getPrompt() == null) {
        throw new IllegalArgumentException("TemplateCreate: the property 'prompt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this TemplateCreate object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TemplateCreate templateCreate = (TemplateCreate) o;
    return Objects.equals(this.name, templateCreate.name) &&
        Objects.equals(this.kind, templateCreate.kind) &&
        Objects.equals(this.description, templateCreate.description) &&
        Objects.equals(this.prompt, templateCreate.prompt) &&
        Objects.equals(this.tags, templateCreate.tags) &&
        Objects.equals(this.visibility, templateCreate.visibility);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, description, prompt, tags, visibility);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TemplateCreate {\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    kind: ").append(toIndentedString(kind)).append("\n");
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

