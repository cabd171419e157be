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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A reusable set of generation settings. &#x60;{placeholders}&#x60; in the prompt are filled in per job.
 */
@JsonPropertyOrder({
  Template.JSON_PROPERTY_ID,
  Template.JSON_PROPERTY_NAME,
  Template.JSON_PROPERTY_KIND,
  Template.JSON_PROPERTY_DESCRIPTION,
  Template.JSON_PROPERTY_PROMPT,
  Template.JSON_PROPERTY_TAGS,
  Template.JSON_PROPERTY_VISIBILITY,
  Template.JSON_PROPERTY_VERSION,
  Template.JSON_PROPERTY_CREATED_AT,
  Template.JSON_PROPERTY_UPDATED_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class Template {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


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


  /** The JSON name of {@code prompt}. */
  public static final String JSON_PROPERTY_PROMPT = "prompt";
  @javax.annotation.Nonnull
  private String prompt;


  /** The JSON name of {@code tags}. */
  public static final String JSON_PROPERTY_TAGS = "tags";
  @javax.annotation.Nonnull
  private List<String> tags;


  /** The JSON name of {@code visibility}. */
  public static final String JSON_PROPERTY_VISIBILITY = "visibility";
  @javax.annotation.Nonnull
  private TemplateVisibility visibility;


  /** The JSON name of {@code version}. */
  public static final String JSON_PROPERTY_VERSION = "version";
  @javax.annotation.Nonnull
  private Integer version;


  /** The JSON name of {@code createdAt}. */
  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;


  /** The JSON name of {@code updatedAt}. */
  public static final String JSON_PROPERTY_UPDATED_AT = "updatedAt";
  @javax.annotation.Nonnull
  private OffsetDateTime updatedAt;


  /** An empty Template; set its properties with the fluent setters. */
  public Template() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public Template id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * A template ID.
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
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public Template name(@javax.annotation.Nonnull String name) {
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
  public Template kind(@javax.annotation.Nonnull JobType kind) {
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
  public Template description(@javax.annotation.Nullable String description) {
    this.description = description;
    
    return this;
  }

  /**
   * A free-text description.
   * @return description
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DESCRIPTION, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getDescription() {
    return description;
  }



  /**
   * Sets {@code description}.
   *
   * @param description the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DESCRIPTION, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDescription(@javax.annotation.Nullable String description) {
    this.description = description;
    
  }


  /**
   * Sets {@code prompt}.
   *
   * @param prompt the new value
   * @return this object
   */
  public Template prompt(@javax.annotation.Nonnull String prompt) {
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
  public Template tags(@javax.annotation.Nonnull List<String> tags) {
    this.tags = tags;
    
    return this;
  }

  /**
   * Adds one item to {@code tags}, creating the list if it is unset.
   *
   * @param tagsItem the item to add
   * @return this object
   */
  public Template addTagsItem(String tagsItem) {
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
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TAGS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<String> getTags() {
    return tags;
  }



  /**
   * Sets {@code tags}.
   *
   * @param tags the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TAGS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTags(@javax.annotation.Nonnull List<String> tags) {
    this.tags = tags;
    
  }


  /**
   * Sets {@code visibility}.
   *
   * @param visibility the new value
   * @return this object
   */
  public Template visibility(@javax.annotation.Nonnull TemplateVisibility visibility) {
    this.visibility = visibility;
    
    return this;
  }

  /**
   * Get visibility
   * @return visibility
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_VISIBILITY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public TemplateVisibility getVisibility() {
    return visibility;
  }



  /**
   * Sets {@code visibility}.
   *
   * @param visibility the new value
   */
  @JsonProperty(value = JSON_PROPERTY_VISIBILITY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setVisibility(@javax.annotation.Nonnull TemplateVisibility visibility) {
    this.visibility = visibility;
    
  }


  /**
   * Sets {@code version}.
   *
   * @param version the new value
   * @return this object
   */
  public Template version(@javax.annotation.Nonnull Integer version) {
    this.version = version;
    
    return this;
  }

  /**
   * Goes up by one on every change.
   * minimum: 1
   * maximum: 2147483647
   * @return version
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_VERSION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getVersion() {
    return version;
  }



  /**
   * Sets {@code version}.
   *
   * @param version the new value
   */
  @JsonProperty(value = JSON_PROPERTY_VERSION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setVersion(@javax.annotation.Nonnull Integer version) {
    this.version = version;
    
  }


  /**
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   * @return this object
   */
  public Template createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
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
  public Template updatedAt(@javax.annotation.Nonnull OffsetDateTime updatedAt) {
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



  /** @return a builder of {@code Template}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code Template}; each builder builds once. */
  public static final class Builder {
    private Template building = new Template();

    private Builder() {}

    private Template target() {
      if (building == null) throw new IllegalStateException("this Template.Builder has already built its object");
      return building;
    }

    /**
     * @param id A template ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
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
     * @param version Goes up by one on every change.
     * @return this builder
     */
    public Builder version(Integer version) {
      target().version(version);
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
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public Template build() {
      Template built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("Template: the property 'id' is required");
      }
      if (built.getName() == null) {
        throw new IllegalArgumentException("Template: the property 'name' is required");
      }
      if (built.getKind() == null) {
        throw new IllegalArgumentException("Template: the property 'kind' is required");
      }
      if (built.getDescription() == null) {
        throw new IllegalArgumentException("Template: the property 'description' is required");
      }
      if (built.getPrompt() == null) {
        throw new IllegalArgumentException("Template: the property 'prompt' is required");
      }
      if (built.getTags() == null) {
        throw new IllegalArgumentException("Template: the property 'tags' is required");
      }
      if (built.getVisibility() == null) {
        throw new IllegalArgumentException("Template: the property 'visibility' is required");
      }
      if (built.getVersion() == null) {
        throw new IllegalArgumentException("Template: the property 'version' is required");
      }
      if (built.getCreatedAt() == null) {
        throw new IllegalArgumentException("Template: the property 'createdAt' is required");
      }
      if (built.getUpdatedAt() == null) {
        throw new IllegalArgumentException("Template: the property 'updatedAt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this Template object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Template template = (Template) o;
    return Objects.equals(this.id, template.id) &&
        Objects.equals(this.name, template.name) &&
        Objects.equals(this.kind, template.kind) &&
        Objects.equals(this.description, template.description) &&
        Objects.equals(this.prompt, template.prompt) &&
        Objects.equals(this.tags, template.tags) &&
        Objects.equals(this.visibility, template.visibility) &&
        Objects.equals(this.version, template.version) &&
        Objects.equals(this.createdAt, template.createdAt) &&
        Objects.equals(this.updatedAt, template.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, kind, description, prompt, tags, visibility, version, createdAt, updatedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Template {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    kind: ").append(toIndentedString(kind)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    prompt: ").append(toIndentedString(prompt)).append("\n");
    sb.append("    tags: ").append(toIndentedString(tags)).append("\n");
    sb.append("    visibility: ").append(toIndentedString(visibility)).append("\n");
    sb.append("    version: ").append(toIndentedString(version)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
    sb.append("    updatedAt: ").append(toIndentedString(updatedAt)).append("\n");
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

