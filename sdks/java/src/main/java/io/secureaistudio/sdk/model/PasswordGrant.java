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
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A user&#39;s email and password.
 */
@JsonPropertyOrder({
  PasswordGrant.JSON_PROPERTY_GRANT_TYPE,
  PasswordGrant.JSON_PROPERTY_USERNAME,
  PasswordGrant.JSON_PROPERTY_PASSWORD,
  PasswordGrant.JSON_PROPERTY_SCOPE
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class PasswordGrant implements TokenRequest {
  /**
   * Always &#x60;password&#x60;.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class GrantTypeEnum {

    /** The known value <code>&quot;password&quot;</code>. */
    public static final GrantTypeEnum PASSWORD = new GrantTypeEnum(String.valueOf("password"));


    private static final java.util.List<GrantTypeEnum> KNOWN = java.util.Arrays.asList(PASSWORD);

    private final String value;

    private GrantTypeEnum(String value) {
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
    public static GrantTypeEnum[] values() {
      return KNOWN.toArray(new GrantTypeEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static GrantTypeEnum fromValue(String value) {
      if (value == null) return null;
      for (GrantTypeEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new GrantTypeEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GrantTypeEnum && value.equals(((GrantTypeEnum) o).value);
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

  /** The JSON name of {@code grantType}. */
  public static final String JSON_PROPERTY_GRANT_TYPE = "grantType";
  @javax.annotation.Nonnull
  private GrantTypeEnum grantType;


  /** The JSON name of {@code username}. */
  public static final String JSON_PROPERTY_USERNAME = "username";
  @javax.annotation.Nonnull
  private String username;


  /** The JSON name of {@code password}. */
  public static final String JSON_PROPERTY_PASSWORD = "password";
  @javax.annotation.Nonnull
  private String password;


  /** The JSON name of {@code scope}. */
  public static final String JSON_PROPERTY_SCOPE = "scope";
  @javax.annotation.Nullable
  private String scope;


  /** An empty PasswordGrant; set its properties with the fluent setters. */
  public PasswordGrant() { 
  }

  /**
   * Sets {@code grantType}.
   *
   * @param grantType the new value
   * @return this object
   */
  public PasswordGrant grantType(@javax.annotation.Nonnull GrantTypeEnum grantType) {
    this.grantType = grantType;
    
    return this;
  }

  /**
   * Always &#x60;password&#x60;.
   * @return grantType
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_GRANT_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public GrantTypeEnum getGrantType() {
    return grantType;
  }



  /**
   * Sets {@code grantType}.
   *
   * @param grantType the new value
   */
  @JsonProperty(value = JSON_PROPERTY_GRANT_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setGrantType(@javax.annotation.Nonnull GrantTypeEnum grantType) {
    this.grantType = grantType;
    
  }


  /**
   * Sets {@code username}.
   *
   * @param username the new value
   * @return this object
   */
  public PasswordGrant username(@javax.annotation.Nonnull String username) {
    this.username = username;
    
    return this;
  }

  /**
   * The user&#39;s email address.
   * @return username
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_USERNAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getUsername() {
    return username;
  }



  /**
   * Sets {@code username}.
   *
   * @param username the new value
   */
  @JsonProperty(value = JSON_PROPERTY_USERNAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setUsername(@javax.annotation.Nonnull String username) {
    this.username = username;
    
  }


  /**
   * Sets {@code password}.
   *
   * @param password the new value
   * @return this object
   */
  public PasswordGrant password(@javax.annotation.Nonnull String password) {
    this.password = password;
    
    return this;
  }

  /**
   * The user&#39;s password.
   * @return password
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PASSWORD, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getPassword() {
    return password;
  }



  /**
   * Sets {@code password}.
   *
   * @param password the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PASSWORD, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPassword(@javax.annotation.Nonnull String password) {
    this.password = password;
    
  }


  /**
   * Sets {@code scope}.
   *
   * @param scope the new value
   * @return this object
   */
  public PasswordGrant scope(@javax.annotation.Nullable String scope) {
    this.scope = scope;
    
    return this;
  }

  /**
   * Space-separated permissions a token is limited to.
   * @return scope
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SCOPE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getScope() {
    return scope;
  }



  /**
   * Sets {@code scope}.
   *
   * @param scope the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SCOPE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setScope(@javax.annotation.Nullable String scope) {
    this.scope = scope;
    
  }



  /** @return a builder of {@code PasswordGrant}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code PasswordGrant}; each builder builds once. */
  public static final class Builder {
    private PasswordGrant building = new PasswordGrant();

    private Builder() {}

    private PasswordGrant target() {
      if (building == null) throw new IllegalStateException("this PasswordGrant.Builder has already built its object");
      return building;
    }

    /**
     * @param grantType Always &#x60;password&#x60;.
     * @return this builder
     */
    public Builder grantType(GrantTypeEnum grantType) {
      target().grantType(grantType);
      return this;
    }

    /**
     * @param username The user&#39;s email address.
     * @return this builder
     */
    public Builder username(String username) {
      target().username(username);
      return this;
    }

    /**
     * @param password The user&#39;s password.
     * @return this builder
     */
    public Builder password(String password) {
      target().password(password);
      return this;
    }

    /**
     * @param scope Space-separated permissions a token is limited to.
     * @return this builder
     */
    public Builder scope(String scope) {
      target().scope(scope);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public PasswordGrant build() {
      PasswordGrant built = target();
      if (built.getGrantType() == null) {
        throw new IllegalArgumentException("PasswordGrant: the property 'grantType' is required");
      }
      if (built.getUsername() == null) {
        throw new IllegalArgumentException("PasswordGrant: the property 'username' is required");
      }
      if (built.getPassword() == null) {
        throw new IllegalArgumentException("PasswordGrant: the property 'password' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this PasswordGrant object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    PasswordGrant passwordGrant = (PasswordGrant) o;
    return Objects.equals(this.grantType, passwordGrant.grantType) &&
        Objects.equals(this.username, passwordGrant.username) &&
        Objects.equals(this.password, passwordGrant.password) &&
        Objects.equals(this.scope, passwordGrant.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grantType, username, password, scope);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PasswordGrant {\n");
    sb.append("    grantType: ").append(toIndentedString(grantType)).append("\n");
    sb.append("    username: ").append(toIndentedString(username)).append("\n");
    sb.append("    password: ").append("*").append("\n");
    sb.append("    scope: ").append(toIndentedString(scope)).append("\n");
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

