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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A named set of permissions.
 */
@JsonPropertyOrder({
  Role.JSON_PROPERTY_ID,
  Role.JSON_PROPERTY_NAME,
  Role.JSON_PROPERTY_DESCRIPTION,
  Role.JSON_PROPERTY_BUILT_IN,
  Role.JSON_PROPERTY_PERMISSIONS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class Role {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;


  /** The JSON name of {@code description}. */
  public static final String JSON_PROPERTY_DESCRIPTION = "description";
  @javax.annotation.Nullable
  private String description;


  /** The JSON name of {@code builtIn}. */
  public static final String JSON_PROPERTY_BUILT_IN = "builtIn";
  @javax.annotation.Nonnull
  private Boolean builtIn;


  /** The JSON name of {@code permissions}. */
  public static final String JSON_PROPERTY_PERMISSIONS = "permissions";
  @javax.annotation.Nonnull
  private List<String> permissions;


  /** An empty Role; set its properties with the fluent setters. */
  public Role() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public Role id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * A role ID.
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
  public Role name(@javax.annotation.Nonnull String name) {
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
   * Sets {@code description}.
   *
   * @param description the new value
   * @return this object
   */
  public Role description(@javax.annotation.Nullable String description) {
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
   * Sets {@code builtIn}.
   *
   * @param builtIn the new value
   * @return this object
   */
  public Role builtIn(@javax.annotation.Nonnull Boolean builtIn) {
    this.builtIn = builtIn;
    
    return this;
  }

  /**
   * Built-in roles cannot be changed or deleted.
   * @return builtIn
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_BUILT_IN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Boolean getBuiltIn() {
    return builtIn;
  }



  /**
   * Sets {@code builtIn}.
   *
   * @param builtIn the new value
   */
  @JsonProperty(value = JSON_PROPERTY_BUILT_IN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setBuiltIn(@javax.annotation.Nonnull Boolean builtIn) {
    this.builtIn = builtIn;
    
  }


  /**
   * Sets {@code permissions}.
   *
   * @param permissions the new value
   * @return this object
   */
  public Role permissions(@javax.annotation.Nonnull List<String> permissions) {
    this.permissions = permissions;
    
    return this;
  }

  /**
   * Adds one item to {@code permissions}, creating the list if it is unset.
   *
   * @param permissionsItem the item to add
   * @return this object
   */
  public Role addPermissionsItem(String permissionsItem) {
    if (this.permissions == null) {
      this.permissions = new ArrayList<>();
    }
    this.permissions.add(permissionsItem);
    return this;
  }

  /**
   * The permissions the role grants.
   * @return permissions
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PERMISSIONS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<String> getPermissions() {
    return permissions;
  }



  /**
   * Sets {@code permissions}.
   *
   * @param permissions the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PERMISSIONS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPermissions(@javax.annotation.Nonnull List<String> permissions) {
    this.permissions = permissions;
    
  }



  /** @return a builder of {@code Role}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code Role}; each builder builds once. */
  public static final class Builder {
    private Role building = new Role();

    private Builder() {}

    private Role target() {
      if (building == null) throw new IllegalStateException("this Role.Builder has already built its object");
      return building;
    }

    /**
     * @param id A role ID.
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
     * @param description A free-text description.
     * @return this builder
     */
    public Builder description(String description) {
      target().description(description);
      return this;
    }

    /**
     * @param builtIn Built-in roles cannot be changed or deleted.
     * @return this builder
     */
    public Builder builtIn(Boolean builtIn) {
      target().builtIn(builtIn);
      return this;
    }

    /**
     * @param permissions The permissions the role grants.
     * @return this builder
     */
    public Builder permissions(List<String> permissions) {
      target().permissions(permissions);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public Role build() {
      Role built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("Role: the property 'id' is required");
      }
      if (built.getName() == null) {
        throw new IllegalArgumentException("Role: the property 'name' is required");
      }
      if (built.getDescription() == null) {
        throw new IllegalArgumentException("Role: the property 'description' is required");
      }
      if (built.getBuiltIn() == null) {
        throw new IllegalArgumentException("Role: the property 'builtIn' is required");
      }
      if (built.getPermissions() == null) {
        throw new IllegalArgumentException("Role: the property 'permissions' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this Role object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Role role = (Role) o;
    return Objects.equals(this.id, role.id) &&
        Objects.equals(this.name, role.name) &&
        Objects.equals(this.description, role.description) &&
        Objects.equals(this.builtIn, role.builtIn) &&
        Objects.equals(this.permissions, role.permissions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, description, builtIn, permissions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Role {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    description: ").append(toIndentedString(description)).append("\n");
    sb.append("    builtIn: ").append(toIndentedString(builtIn)).append("\n");
    sb.append("    permissions: ").append(toIndentedString(permissions)).append("\n");
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

