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
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A permission a role can grant.
 */
@JsonPropertyOrder({
  Permission.JSON_PROPERTY_ID,
  Permission.JSON_PROPERTY_RESOURCE,
  Permission.JSON_PROPERTY_DESCRIPTION
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class Permission {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code resource}. */
  public static final String JSON_PROPERTY_RESOURCE = "resource";
  @javax.annotation.Nonnull
  private String resource;


  /** The JSON name of {@code description}. */
  public static final String JSON_PROPERTY_DESCRIPTION = "description";
  @javax.annotation.Nullable
  private String description;


  /** An empty Permission; set its properties with the fluent setters. */
  public Permission() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public Permission id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * A permission, as &#x60;resource:read&#x60; or &#x60;resource:write&#x60;.
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
   * Sets {@code resource}.
   *
   * @param resource the new value
   * @return this object
   */
  public Permission resource(@javax.annotation.Nonnull String resource) {
    this.resource = resource;
    
    return this;
  }

  /**
   * The resource the permission is about.
   * @return resource
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_RESOURCE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getResource() {
    return resource;
  }



  /**
   * Sets {@code resource}.
   *
   * @param resource the new value
   */
  @JsonProperty(value = JSON_PROPERTY_RESOURCE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setResource(@javax.annotation.Nonnull String resource) {
    this.resource = resource;
    
  }


  /**
   * Sets {@code description}.
   *
   * @param description the new value
   * @return this object
   */
  public Permission description(@javax.annotation.Nullable String description) {
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



  /** @return a builder of {@code Permission}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code Permission}; each builder builds once. */
  public static final class Builder {
    private Permission building = new Permission();

    private Builder() {}

    private Permission target() {
      if (building == null) throw new IllegalStateException("this Permission.Builder has already built its object");
      return building;
    }

    /**
     * @param id A permission, as &#x60;resource:read&#x60; or &#x60;resource:write&#x60;.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
    }

    /**
     * @param resource The resource the permission is about.
     * @return this builder
     */
    public Builder resource(String resource) {
      target().resource(resource);
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
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public Permission build() {
      Permission built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("Permission: the property 'id' is required");
      }
      if (built.getResource() == null) {
        throw new IllegalArgumentException("Permission: the property 'resource' is required");
      }
      if (built.getDescription() == null) {
        throw new IllegalArgumentException("Permission: the property 'description' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this Permission object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Permission permission = (Permission) o;
    return Objects.equals(this.id, permission.id) &&
        Objects.equals(this.resource, permission.resource) &&
        Objects.equals(this.description, permission.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, resource, description);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Permission {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    resource: ").append(toIndentedString(resource)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
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

