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
 * An invitation.
 */
@JsonPropertyOrder({
  UserInvite.JSON_PROPERTY_EMAIL,
  UserInvite.JSON_PROPERTY_DISPLAY_NAME,
  UserInvite.JSON_PROPERTY_ROLE_IDS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class UserInvite {
  /** The JSON name of {@code email}. */
  public static final String JSON_PROPERTY_EMAIL = "email";
  @javax.annotation.Nonnull
  private String email;


  /** The JSON name of {@code displayName}. */
  public static final String JSON_PROPERTY_DISPLAY_NAME = "displayName";
  @javax.annotation.Nullable
  private String displayName;


  /** The JSON name of {@code roleIds}. */
  public static final String JSON_PROPERTY_ROLE_IDS = "roleIds";
  @javax.annotation.Nonnull
  private List<String> roleIds;


  /** An empty UserInvite; set its properties with the fluent setters. */
  public UserInvite() { 
  }

  /**
   * Sets {@code email}.
   *
   * @param email the new value
   * @return this object
   */
  public UserInvite email(@javax.annotation.Nonnull String email) {
    this.email = email;
    
    return this;
  }

  /**
   * Where to send the invitation.
   * @return email
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_EMAIL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getEmail() {
    return email;
  }



  /**
   * Sets {@code email}.
   *
   * @param email the new value
   */
  @JsonProperty(value = JSON_PROPERTY_EMAIL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEmail(@javax.annotation.Nonnull String email) {
    this.email = email;
    
  }


  /**
   * Sets {@code displayName}.
   *
   * @param displayName the new value
   * @return this object
   */
  public UserInvite displayName(@javax.annotation.Nullable String displayName) {
    this.displayName = displayName;
    
    return this;
  }

  /**
   * A human-readable name.
   * @return displayName
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getDisplayName() {
    return displayName;
  }



  /**
   * Sets {@code displayName}.
   *
   * @param displayName the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDisplayName(@javax.annotation.Nullable String displayName) {
    this.displayName = displayName;
    
  }


  /**
   * Sets {@code roleIds}.
   *
   * @param roleIds the new value
   * @return this object
   */
  public UserInvite roleIds(@javax.annotation.Nonnull List<String> roleIds) {
    this.roleIds = roleIds;
    
    return this;
  }

  /**
   * Adds one item to {@code roleIds}, creating the list if it is unset.
   *
   * @param roleIdsItem the item to add
   * @return this object
   */
  public UserInvite addRoleIdsItem(String roleIdsItem) {
    if (this.roleIds == null) {
      this.roleIds = new ArrayList<>();
    }
    this.roleIds.add(roleIdsItem);
    return this;
  }

  /**
   * The roles the user starts with.
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



  /** @return a builder of {@code UserInvite}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code UserInvite}; each builder builds once. */
  public static final class Builder {
    private UserInvite building = new UserInvite();

    private Builder() {}

    private UserInvite target() {
      if (building == null) throw new IllegalStateException("this UserInvite.Builder has already built its object");
      return building;
    }

    /**
     * @param email Where to send the invitation.
     * @return this builder
     */
    public Builder email(String email) {
      target().email(email);
      return this;
    }

    /**
     * @param displayName A human-readable name.
     * @return this builder
     */
    public Builder displayName(String displayName) {
      target().displayName(displayName);
      return this;
    }

    /**
     * @param roleIds The roles the user starts with.
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
    public UserInvite build() {
      UserInvite built = target();
      if (built.getEmail() == null) {
        throw new IllegalArgumentException("UserInvite: the property 'email' is required");
      }
      if (built.getRoleIds() == null) {
        throw new IllegalArgumentException("UserInvite: the property 'roleIds' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this UserInvite object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UserInvite userInvite = (UserInvite) o;
    return Objects.equals(this.email, userInvite.email) &&
        Objects.equals(this.displayName, userInvite.displayName) &&
        Objects.equals(this.roleIds, userInvite.roleIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, displayName, roleIds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class UserInvite {\n");
    sb.append("    email: ").append(toIndentedString(email)).append("\n");
    sb.append("    displayName: ").append(toIndentedString(displayName)).append("\n");
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

