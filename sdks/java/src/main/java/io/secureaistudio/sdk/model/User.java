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
import io.secureaistudio.sdk.model.UserStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A member of the organisation.
 */
@JsonPropertyOrder({
  User.JSON_PROPERTY_ID,
  User.JSON_PROPERTY_EMAIL,
  User.JSON_PROPERTY_DISPLAY_NAME,
  User.JSON_PROPERTY_STATUS,
  User.JSON_PROPERTY_ROLE_IDS,
  User.JSON_PROPERTY_CREATED_AT,
  User.JSON_PROPERTY_LAST_LOGIN_AT,
  User.JSON_PROPERTY_DEACTIVATED_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class User {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code email}. */
  public static final String JSON_PROPERTY_EMAIL = "email";
  @javax.annotation.Nonnull
  private String email;


  /** The JSON name of {@code displayName}. */
  public static final String JSON_PROPERTY_DISPLAY_NAME = "displayName";
  @javax.annotation.Nonnull
  private String displayName;


  /** The JSON name of {@code status}. */
  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private UserStatus status;


  /** The JSON name of {@code roleIds}. */
  public static final String JSON_PROPERTY_ROLE_IDS = "roleIds";
  @javax.annotation.Nonnull
  private List<String> roleIds;


  /** The JSON name of {@code createdAt}. */
  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;


  /** The JSON name of {@code lastLoginAt}. */
  public static final String JSON_PROPERTY_LAST_LOGIN_AT = "lastLoginAt";
  @javax.annotation.Nullable
  private OffsetDateTime lastLoginAt;


  /** The JSON name of {@code deactivatedAt}. */
  public static final String JSON_PROPERTY_DEACTIVATED_AT = "deactivatedAt";
  @javax.annotation.Nullable
  private OffsetDateTime deactivatedAt;


  /** An empty User; set its properties with the fluent setters. */
  public User() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public User id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * A user ID.
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
   * Sets {@code email}.
   *
   * @param email the new value
   * @return this object
   */
  public User email(@javax.annotation.Nonnull String email) {
    this.email = email;
    
    return this;
  }

  /**
   * The user&#39;s email address.
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
  public User displayName(@javax.annotation.Nonnull String displayName) {
    this.displayName = displayName;
    
    return this;
  }

  /**
   * A human-readable name.
   * @return displayName
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getDisplayName() {
    return displayName;
  }



  /**
   * Sets {@code displayName}.
   *
   * @param displayName the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDisplayName(@javax.annotation.Nonnull String displayName) {
    this.displayName = displayName;
    
  }


  /**
   * Sets {@code status}.
   *
   * @param status the new value
   * @return this object
   */
  public User status(@javax.annotation.Nonnull UserStatus status) {
    this.status = status;
    
    return this;
  }

  /**
   * Get status
   * @return status
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public UserStatus getStatus() {
    return status;
  }



  /**
   * Sets {@code status}.
   *
   * @param status the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull UserStatus status) {
    this.status = status;
    
  }


  /**
   * Sets {@code roleIds}.
   *
   * @param roleIds the new value
   * @return this object
   */
  public User roleIds(@javax.annotation.Nonnull List<String> roleIds) {
    this.roleIds = roleIds;
    
    return this;
  }

  /**
   * Adds one item to {@code roleIds}, creating the list if it is unset.
   *
   * @param roleIdsItem the item to add
   * @return this object
   */
  public User addRoleIdsItem(String roleIdsItem) {
    if (this.roleIds == null) {
      this.roleIds = new ArrayList<>();
    }
    this.roleIds.add(roleIdsItem);
    return this;
  }

  /**
   * The roles the user holds.
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


  /**
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   * @return this object
   */
  public User createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
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
   * Sets {@code lastLoginAt}.
   *
   * @param lastLoginAt the new value
   * @return this object
   */
  public User lastLoginAt(@javax.annotation.Nullable OffsetDateTime lastLoginAt) {
    this.lastLoginAt = lastLoginAt;
    
    return this;
  }

  /**
   * When the user last signed in; &#x60;null&#x60; if never.
   * @return lastLoginAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_LAST_LOGIN_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getLastLoginAt() {
    return lastLoginAt;
  }



  /**
   * Sets {@code lastLoginAt}.
   *
   * @param lastLoginAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_LAST_LOGIN_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setLastLoginAt(@javax.annotation.Nullable OffsetDateTime lastLoginAt) {
    this.lastLoginAt = lastLoginAt;
    
  }


  /**
   * Sets {@code deactivatedAt}.
   *
   * @param deactivatedAt the new value
   * @return this object
   */
  public User deactivatedAt(@javax.annotation.Nullable OffsetDateTime deactivatedAt) {
    this.deactivatedAt = deactivatedAt;
    
    return this;
  }

  /**
   * When the user was deactivated; &#x60;null&#x60; unless deactivated.
   * @return deactivatedAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DEACTIVATED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getDeactivatedAt() {
    return deactivatedAt;
  }



  /**
   * Sets {@code deactivatedAt}.
   *
   * @param deactivatedAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DEACTIVATED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDeactivatedAt(@javax.annotation.Nullable OffsetDateTime deactivatedAt) {
    this.deactivatedAt = deactivatedAt;
    
  }



  /** @return a builder of {@code User}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code User}; each builder builds once. */
  public static final class Builder {
    private User building = new User();

    private Builder() {}

    private User target() {
      if (building == null) throw new IllegalStateException("this User.Builder has already built its object");
      return building;
    }

    /**
     * @param id A user ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
    }

    /**
     * @param email The user&#39;s email address.
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
     * @param status the property {@code status}
     * @return this builder
     */
    public Builder status(UserStatus status) {
      target().status(status);
      return this;
    }

    /**
     * @param roleIds The roles the user holds.
     * @return this builder
     */
    public Builder roleIds(List<String> roleIds) {
      target().roleIds(roleIds);
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
     * @param lastLoginAt When the user last signed in; &#x60;null&#x60; if never.
     * @return this builder
     */
    public Builder lastLoginAt(OffsetDateTime lastLoginAt) {
      target().lastLoginAt(lastLoginAt);
      return this;
    }

    /**
     * @param deactivatedAt When the user was deactivated; &#x60;null&#x60; unless deactivated.
     * @return this builder
     */
    public Builder deactivatedAt(OffsetDateTime deactivatedAt) {
      target().deactivatedAt(deactivatedAt);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public User build() {
      User built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("User: the property 'id' is required");
      }
      if (built.getEmail() == null) {
        throw new IllegalArgumentException("User: the property 'email' is required");
      }
      if (built.getDisplayName() == null) {
        throw new IllegalArgumentException("User: the property 'displayName' is required");
      }
      if (built.getStatus() == null) {
        throw new IllegalArgumentException("User: the property 'status' is required");
      }
      if (built.getRoleIds() == null) {
        throw new IllegalArgumentException("User: the property 'roleIds' is required");
      }
      if (built.getCreatedAt() == null) {
        throw new IllegalArgumentException("User: the property 'createdAt' is required");
      }
      if (built.getLastLoginAt() == null) {
        throw new IllegalArgumentException("User: the property 'lastLoginAt' is required");
      }
      if (built.getDeactivatedAt() == null) {
        throw new IllegalArgumentException("User: the property 'deactivatedAt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this User object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    User user = (User) o;
    return Objects.equals(this.id, user.id) &&
        Objects.equals(this.email, user.email) &&
        Objects.equals(this.displayName, user.displayName) &&
        Objects.equals(this.status, user.status) &&
        Objects.equals(this.roleIds, user.roleIds) &&
        Objects.equals(this.createdAt, user.createdAt) &&
        Objects.equals(this.lastLoginAt, user.lastLoginAt) &&
        Objects.equals(this.deactivatedAt, user.deactivatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, email, displayName, status, roleIds, createdAt, lastLoginAt, deactivatedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class User {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    email: ").append(toIndentedString(email)).append("\n");
    sb.append("    displayName: ").append(toIndentedString(displayName)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    roleIds: ").append(toIndentedString(roleIds)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
    sb.append("    lastLoginAt: ").append(toIndentedString(lastLoginAt)).append("\n");
    sb.append("    deactivatedAt: ").append(toIndentedString(deactivatedAt)).append("\n");
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

