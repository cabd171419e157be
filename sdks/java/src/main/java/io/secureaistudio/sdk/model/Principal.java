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
 * Who a request is authenticated as.
 */
@JsonPropertyOrder({
  Principal.JSON_PROPERTY_ID,
  Principal.JSON_PROPERTY_KIND,
  Principal.JSON_PROPERTY_ORGANIZATION_ID,
  Principal.JSON_PROPERTY_EMAIL,
  Principal.JSON_PROPERTY_DISPLAY_NAME,
  Principal.JSON_PROPERTY_ROLE_IDS,
  Principal.JSON_PROPERTY_PERMISSIONS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class Principal {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /**
   * Whether the principal is a user or an API key.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class KindEnum {

    /** The known value <code>&quot;user&quot;</code>. */
    public static final KindEnum USER = new KindEnum(String.valueOf("user"));

    /** The known value <code>&quot;api_key&quot;</code>. */
    public static final KindEnum API_KEY = new KindEnum(String.valueOf("api_key"));


    private static final java.util.List<KindEnum> KNOWN = java.util.Arrays.asList(USER, API_KEY);

    private final String value;

    private KindEnum(String value) {
      this.value = value;
    }

    /**
     * The value as sent on the wire.
     *
     * @return the value, known to this SDK or not
     */
    @JsonValue
    public String getValue() {
      return value;
    }

    /**
     * Whether the API document this SDK was generated from lists this value.
     *
     * @return true for one of the constants, false for a value a newer server sent
     */
    public boolean isKnown() {
      return KNOWN.contains(this);
    }

    /**
     * The known values.
     *
     * @return a new array of the constants, in the order the API document lists them
     */
    public static KindEnum[] values() {
      return KNOWN.toArray(new KindEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static KindEnum fromValue(String value) {
      if (value == null) return null;
      for (KindEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new KindEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof KindEnum && value.equals(((KindEnum) o).value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /** The JSON name of {@code kind}. */
  public static final String JSON_PROPERTY_KIND = "kind";
  @javax.annotation.Nonnull
  private KindEnum kind;


  /** The JSON name of {@code organizationId}. */
  public static final String JSON_PROPERTY_ORGANIZATION_ID = "organizationId";
  @javax.annotation.Nonnull
  private String organizationId;


  /** The JSON name of {@code email}. */
  public static final String JSON_PROPERTY_EMAIL = "email";
  @javax.annotation.Nullable
  private String email;

  /** Whether {@code email} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean emailIsSet;


  /** The JSON name of {@code displayName}. */
  public static final String JSON_PROPERTY_DISPLAY_NAME = "displayName";
  @javax.annotation.Nonnull
  private String displayName;


  /** The JSON name of {@code roleIds}. */
  public static final String JSON_PROPERTY_ROLE_IDS = "roleIds";
  @javax.annotation.Nonnull
  private List<String> roleIds;


  /** The JSON name of {@code permissions}. */
  public static final String JSON_PROPERTY_PERMISSIONS = "permissions";
  @javax.annotation.Nonnull
  private List<String> permissions;


  /** An empty Principal; set its properties with the fluent setters. */
  public Principal() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public Principal id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * The ID of a user or an API key.
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
   * Sets {@code kind}.
   *
   * @param kind the new value
   * @return this object
   */
  public Principal kind(@javax.annotation.Nonnull KindEnum kind) {
    this.kind = kind;
    
    return this;
  }

  /**
   * Whether the principal is a user or an API key.
   * @return kind
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_KIND, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public KindEnum getKind() {
    return kind;
  }



  /**
   * Sets {@code kind}.
   *
   * @param kind the new value
   */
  @JsonProperty(value = JSON_PROPERTY_KIND, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setKind(@javax.annotation.Nonnull KindEnum kind) {
    this.kind = kind;
    
  }


  /**
   * Sets {@code organizationId}.
   *
   * @param organizationId the new value
   * @return this object
   */
  public Principal organizationId(@javax.annotation.Nonnull String organizationId) {
    this.organizationId = organizationId;
    
    return this;
  }

  /**
   * An organisation ID.
   * @return organizationId
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ORGANIZATION_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getOrganizationId() {
    return organizationId;
  }



  /**
   * Sets {@code organizationId}.
   *
   * @param organizationId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ORGANIZATION_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setOrganizationId(@javax.annotation.Nonnull String organizationId) {
    this.organizationId = organizationId;
    
  }


  /**
   * Sets {@code email}.
   *
   * @param email the new value
   * @return this object
   */
  public Principal email(@javax.annotation.Nullable String email) {
    this.email = email;
    this.emailIsSet = true;
    return this;
  }

  /**
   * The user&#39;s email; &#x60;null&#x60; for API keys.
   * @return email
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getEmailJson()
  public String getEmail() {
    return email;
  }


  // Jackson's view of email: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_EMAIL)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getEmailJson() {
    return emailIsSet ? email : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code email}.
   *
   * @param email the new value
   */
  @JsonProperty(value = JSON_PROPERTY_EMAIL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setEmail(@javax.annotation.Nullable String email) {
    this.email = email;
    this.emailIsSet = true;
  }


  /**
   * Sets {@code displayName}.
   *
   * @param displayName the new value
   * @return this object
   */
  public Principal displayName(@javax.annotation.Nonnull String displayName) {
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
   * Sets {@code roleIds}.
   *
   * @param roleIds the new value
   * @return this object
   */
  public Principal roleIds(@javax.annotation.Nonnull List<String> roleIds) {
    this.roleIds = roleIds;
    
    return this;
  }

  /**
   * Adds one item to {@code roleIds}, creating the list if it is unset.
   *
   * @param roleIdsItem the item to add
   * @return this object
   */
  public Principal addRoleIdsItem(String roleIdsItem) {
    if (this.roleIds == null) {
      this.roleIds = new ArrayList<>();
    }
    this.roleIds.add(roleIdsItem);
    return this;
  }

  /**
   * The roles the principal holds.
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
   * Sets {@code permissions}.
   *
   * @param permissions the new value
   * @return this object
   */
  public Principal permissions(@javax.annotation.Nonnull List<String> permissions) {
    this.permissions = permissions;
    
    return this;
  }

  /**
   * Adds one item to {@code permissions}, creating the list if it is unset.
   *
   * @param permissionsItem the item to add
   * @return this object
   */
  public Principal addPermissionsItem(String permissionsItem) {
    if (this.permissions == null) {
      this.permissions = new ArrayList<>();
    }
    this.permissions.add(permissionsItem);
    return this;
  }

  /**
   * The effective permissions from all roles.
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



  /** @return a builder of {@code Principal}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code Principal}; each builder builds once. */
  public static final class Builder {
    private Principal building = new Principal();

    private Builder() {}

    private Principal target() {
      if (building == null) throw new IllegalStateException("this Principal.Builder has already built its object");
      return building;
    }

    /**
     * @param id The ID of a user or an API key.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
    }

    /**
     * @param kind Whether the principal is a user or an API key.
     * @return this builder
     */
    public Builder kind(KindEnum kind) {
      target().kind(kind);
      return this;
    }

    /**
     * @param organizationId An organisation ID.
     * @return this builder
     */
    public Builder organizationId(String organizationId) {
      target().organizationId(organizationId);
      return this;
    }

    /**
     * @param email The user&#39;s email; &#x60;null&#x60; for API keys.
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
     * @param roleIds The roles the principal holds.
     * @return this builder
     */
    public Builder roleIds(List<String> roleIds) {
      target().roleIds(roleIds);
      return this;
    }

    /**
     * @param permissions The effective permissions from all roles.
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
    public Principal build() {
      Principal built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("Principal: the property 'id' is required");
      }
      if (built.getKind() == null) {
        throw new IllegalArgumentException("Principal: the property 'kind' is required");
      }
      if (built.getOrganizationId() == null) {
        throw new IllegalArgumentException("Principal: the property 'organizationId' is required");
      }
      if (built.getDisplayName() == null) {
        throw new IllegalArgumentException("Principal: the property 'displayName' is required");
      }
      if (built.getRoleIds() == null) {
        throw new IllegalArgumentException("Principal: the property 'roleIds' is required");
      }
      if (built.getPermissions() == null) {
        throw new IllegalArgumentException("Principal: the property 'permissions' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this Principal object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Principal principal = (Principal) o;
    return Objects.equals(this.id, principal.id) &&
        Objects.equals(this.kind, principal.kind) &&
        Objects.equals(this.organizationId, principal.organizationId) &&
        Objects.equals(this.email, principal.email) &&
        Objects.equals(this.displayName, principal.displayName) &&
        Objects.equals(this.roleIds, principal.roleIds) &&
        Objects.equals(this.permissions, principal.permissions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, organizationId, email, displayName, roleIds, permissions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Principal {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    kind: ").append(toIndentedString(kind)).append("\n");
    sb.append("    organizationId: ").append(toIndentedString(organizationId)).append("\n");
    sb.append("    email: ").append(toIndentedString(email)).append("\n");
    sb.append("    displayName: ").append(toIndentedString(displayName)).append("\n");
    sb.append("    roleIds: ").append(toIndentedString(roleIds)).append("\n");
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

