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
 * The complete set of roles a user should hold.
 */
@JsonPropertyOrder({
  RoleAssignment.JSON_PROPERTY_ROLE_IDS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class RoleAssignment {
  /** The JSON name of {@code roleIds}. */
  public static final String JSON_PROPERTY_ROLE_IDS = "roleIds";
  @javax.annotation.Nonnull
  private List<String> roleIds;


  /** An empty RoleAssignment; set its properties with the fluent setters. */
  public RoleAssignment() { 
  }

  /**
   * Sets {@code roleIds}.
   *
   * @param roleIds the new value
   * @return this object
   */
  public RoleAssignment roleIds(@javax.annotation.Nonnull List<String> roleIds) {
    this.roleIds = roleIds;
    
    return this;
  }

  /**
   * Adds one item to {@code roleIds}, creating the list if it is unset.
   *
   * @param roleIdsItem the item to add
   * @return this object
   */
  public RoleAssignment addRoleIdsItem(String roleIdsItem) {
    if (this.roleIds == null) {
      this.roleIds = new ArrayList<>();
    }
    this.roleIds.add(roleIdsItem);
    return this;
  }

  /**
   * The roles; an empty list removes every role.
   * @return roleIds
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ROLE_IDS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<String> getRoleIds() {
    return roleIds;
  }



  /**
   * Sets {@code roleIds}.
   *
   * @param roleIds the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ROLE_IDS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRoleIds(@javax.annotation.Nonnull List<String> roleIds) {
    this.roleIds = roleIds;
    
  }



  /** @return a builder of {@code RoleAssignment}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code RoleAssignment}; each builder builds once. */
  public static final class Builder {
    private RoleAssignment building = new RoleAssignment();

    private Builder() {}

    private RoleAssignment target() {
      if (building == null) throw new IllegalStateException("this RoleAssignment.Builder has already built its object");
      return building;
    }

    /**
     * @param roleIds The roles; an empty list removes every role.
     * @return this builder
     */
    public Builder roleIds(List<String> roleIds) {
      target().roleIds(roleIds);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public RoleAssignment build() {
      RoleAssignment built = target();
      if (built.getRoleIds() == null) {
        throw new IllegalArgumentException("RoleAssignment: the property 'roleIds' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this RoleAssignment object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RoleAssignment roleAssignment = (RoleAssignment) o;
    return Objects.equals(this.roleIds, roleAssignment.roleIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(roleIds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class RoleAssignment {\n");
    sb.append("    roleIds: ").append(toIndentedString(roleIds)).append("\n");
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

