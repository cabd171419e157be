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
 * A service client&#39;s ID and secret.
 */
@JsonPropertyOrder({
  ClientCredentialsGrant.JSON_PROPERTY_GRANT_TYPE,
  ClientCredentialsGrant.JSON_PROPERTY_CLIENT_ID,
  ClientCredentialsGrant.JSON_PROPERTY_CLIENT_SECRET,
  ClientCredentialsGrant.JSON_PROPERTY_SCOPE
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class ClientCredentialsGrant implements TokenRequest {
  /**
   * Always &#x60;client_credentials&#x60;.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class GrantTypeEnum {

    /** The known value <code>&quot;client_credentials&quot;</code>. */
    public static final GrantTypeEnum CLIENT_CREDENTIALS = new GrantTypeEnum(String.valueOf("client_credentials"));


    private static final java.util.List<GrantTypeEnum> KNOWN = java.util.Arrays.asList(CLIENT_CREDENTIALS);

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


  /** The JSON name of {@code clientId}. */
  public static final String JSON_PROPERTY_CLIENT_ID = "clientId";
  @javax.annotation.Nonnull
  private String clientId;


  /** The JSON name of {@code clientSecret}. */
  public static final String JSON_PROPERTY_CLIENT_SECRET = "clientSecret";
  @javax.annotation.Nonnull
  private String clientSecret;


  /** The JSON name of {@code scope}. */
  public static final String JSON_PROPERTY_SCOPE = "scope";
  @javax.annotation.Nullable
  private String scope;


  /** An empty ClientCredentialsGrant; set its properties with the fluent setters. */
  public ClientCredentialsGrant() { 
  }

  /**
   * Sets {@code grantType}.
   *
   * @param grantType the new value
   * @return this object
   */
  public ClientCredentialsGrant grantType(@javax.annotation.Nonnull GrantTypeEnum grantType) {
    this.grantType = grantType;
    
    return this;
  }

  /**
   * Always &#x60;client_credentials&#x60;.
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
   * Sets {@code clientId}.
   *
   * @param clientId the new value
   * @return this object
   */
  public ClientCredentialsGrant clientId(@javax.annotation.Nonnull String clientId) {
    this.clientId = clientId;
    
    return this;
  }

  /**
   * The client&#39;s ID.
   * @return clientId
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CLIENT_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getClientId() {
    return clientId;
  }



  /**
   * Sets {@code clientId}.
   *
   * @param clientId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CLIENT_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setClientId(@javax.annotation.Nonnull String clientId) {
    this.clientId = clientId;
    
  }


  /**
   * Sets {@code clientSecret}.
   *
   * @param clientSecret the new value
   * @return this object
   */
  public ClientCredentialsGrant clientSecret(@javax.annotation.Nonnull String clientSecret) {
    this.clientSecret = clientSecret;
    
    return this;
  }

  /**
   * The client&#39;s secret.
   * @return clientSecret
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CLIENT_SECRET, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getClientSecret() {
    return clientSecret;
  }



  /**
   * Sets {@code clientSecret}.
   *
   * @param clientSecret the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CLIENT_SECRET, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setClientSecret(@javax.annotation.Nonnull String clientSecret) {
    this.clientSecret = clientSecret;
    
  }


  /**
   * Sets {@code scope}.
   *
   * @param scope the new value
   * @return this object
   */
  public ClientCredentialsGrant scope(@javax.annotation.Nullable String scope) {
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



  /** @return a builder of {@code ClientCredentialsGrant}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code ClientCredentialsGrant}; each builder builds once. */
  public static final class Builder {
    private ClientCredentialsGrant building = new ClientCredentialsGrant();

    private Builder() {}

    private ClientCredentialsGrant target() {
      if (building == null) throw new IllegalStateException("this ClientCredentialsGrant.Builder has already built its object");
      return building;
    }

    /**
     * @param grantType Always &#x60;client_credentials&#x60;.
     * @return this builder
     */
    public Builder grantType(GrantTypeEnum grantType) {
      target().grantType(grantType);
      return this;
    }

    /**
     * @param clientId The client&#39;s ID.
     * @return this builder
     */
    public Builder clientId(String clientId) {
      target().clientId(clientId);
      return this;
    }

    /**
     * @param clientSecret The client&#39;s secret.
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      target().clientSecret(clientSecret);
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
    public ClientCredentialsGrant build() {
      ClientCredentialsGrant built = target();
      if (built.getGrantType() == null) {
        throw new IllegalArgumentException("ClientCredentialsGrant: the property 'grantType' is required");
      }
      if (built.getClientId() == null) {
        throw new IllegalArgumentException("ClientCredentialsGrant: the property 'clientId' is required");
      }
      if (built.getClientSecret() == null) {
        throw new IllegalArgumentException("ClientCredentialsGrant: the property 'clientSecret' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this ClientCredentialsGrant object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ClientCredentialsGrant clientCredentialsGrant = (ClientCredentialsGrant) o;
    return Objects.equals(this.grantType, clientCredentialsGrant.grantType) &&
        Objects.equals(this.clientId, clientCredentialsGrant.clientId) &&
        Objects.equals(this.clientSecret, clientCredentialsGrant.clientSecret) &&
        Objects.equals(this.scope, clientCredentialsGrant.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(grantType, clientId, clientSecret, scope);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ClientCredentialsGrant {\n");
    sb.append("    grantType: ").append(toIndentedString(grantType)).append("\n");
    sb.append("    clientId: ").append(toIndentedString(clientId)).append("\n");
    sb.append("    clientSecret: ").append("*").append("\n");
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

