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
 * An access token and the refresh token that renews it.
 */
@JsonPropertyOrder({
  TokenResponse.JSON_PROPERTY_ACCESS_TOKEN,
  TokenResponse.JSON_PROPERTY_TOKEN_TYPE,
  TokenResponse.JSON_PROPERTY_EXPIRES_IN,
  TokenResponse.JSON_PROPERTY_REFRESH_TOKEN,
  TokenResponse.JSON_PROPERTY_SCOPE
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class TokenResponse {
  /** The JSON name of {@code accessToken}. */
  public static final String JSON_PROPERTY_ACCESS_TOKEN = "accessToken";
  @javax.annotation.Nonnull
  private String accessToken;


  /**
   * Always &#x60;Bearer&#x60;.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class TokenTypeEnum {

    /** The known value <code>&quot;Bearer&quot;</code>. */
    public static final TokenTypeEnum BEARER = new TokenTypeEnum(String.valueOf("Bearer"));


    private static final java.util.List<TokenTypeEnum> KNOWN = java.util.Arrays.asList(BEARER);

    private final String value;

    private TokenTypeEnum(String value) {
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
    public static TokenTypeEnum[] values() {
      return KNOWN.toArray(new TokenTypeEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static TokenTypeEnum fromValue(String value) {
      if (value == null) return null;
      for (TokenTypeEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new TokenTypeEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TokenTypeEnum && value.equals(((TokenTypeEnum) o).value);
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

  /** The JSON name of {@code tokenType}. */
  public static final String JSON_PROPERTY_TOKEN_TYPE = "tokenType";
  @javax.annotation.Nonnull
  private TokenTypeEnum tokenType;


  /** The JSON name of {@code expiresIn}. */
  public static final String JSON_PROPERTY_EXPIRES_IN = "expiresIn";
  @javax.annotation.Nonnull
  private Integer expiresIn;


  /** The JSON name of {@code refreshToken}. */
  public static final String JSON_PROPERTY_REFRESH_TOKEN = "refreshToken";
  @javax.annotation.Nullable
  private String refreshToken;

  /** Whether {@code refreshToken} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean refreshTokenIsSet;


  /** The JSON name of {@code scope}. */
  public static final String JSON_PROPERTY_SCOPE = "scope";
  @javax.annotation.Nullable
  private String scope;


  /** An empty TokenResponse; set its properties with the fluent setters. */
  public TokenResponse() { 
  }

  /**
   * Sets {@code accessToken}.
   *
   * @param accessToken the new value
   * @return this object
   */
  public TokenResponse accessToken(@javax.annotation.Nonnull String accessToken) {
    this.accessToken = accessToken;
    
    return this;
  }

  /**
   * The JWT access token.
   * @return accessToken
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ACCESS_TOKEN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getAccessToken() {
    return accessToken;
  }



  /**
   * Sets {@code accessToken}.
   *
   * @param accessToken the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ACCESS_TOKEN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAccessToken(@javax.annotation.Nonnull String accessToken) {
    this.accessToken = accessToken;
    
  }


  /**
   * Sets {@code tokenType}.
   *
   * @param tokenType the new value
   * @return this object
   */
  public TokenResponse tokenType(@javax.annotation.Nonnull TokenTypeEnum tokenType) {
    this.tokenType = tokenType;
    
    return this;
  }

  /**
   * Always &#x60;Bearer&#x60;.
   * @return tokenType
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TOKEN_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public TokenTypeEnum getTokenType() {
    return tokenType;
  }



  /**
   * Sets {@code tokenType}.
   *
   * @param tokenType the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TOKEN_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTokenType(@javax.annotation.Nonnull TokenTypeEnum tokenType) {
    this.tokenType = tokenType;
    
  }


  /**
   * Sets {@code expiresIn}.
   *
   * @param expiresIn the new value
   * @return this object
   */
  public TokenResponse expiresIn(@javax.annotation.Nonnull Integer expiresIn) {
    this.expiresIn = expiresIn;
    
    return this;
  }

  /**
   * Seconds until the access token expires.
   * minimum: 1
   * maximum: 86400
   * @return expiresIn
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_EXPIRES_IN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getExpiresIn() {
    return expiresIn;
  }



  /**
   * Sets {@code expiresIn}.
   *
   * @param expiresIn the new value
   */
  @JsonProperty(value = JSON_PROPERTY_EXPIRES_IN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setExpiresIn(@javax.annotation.Nonnull Integer expiresIn) {
    this.expiresIn = expiresIn;
    
  }


  /**
   * Sets {@code refreshToken}.
   *
   * @param refreshToken the new value
   * @return this object
   */
  public TokenResponse refreshToken(@javax.annotation.Nullable String refreshToken) {
    this.refreshToken = refreshToken;
    this.refreshTokenIsSet = true;
    return this;
  }

  /**
   * The single-use refresh token; &#x60;null&#x60; for the client-credentials grant.
   * @return refreshToken
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getRefreshTokenJson()
  public String getRefreshToken() {
    return refreshToken;
  }


  // Jackson's view of refreshToken: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_REFRESH_TOKEN)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getRefreshTokenJson() {
    return refreshTokenIsSet ? refreshToken : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code refreshToken}.
   *
   * @param refreshToken the new value
   */
  @JsonProperty(value = JSON_PROPERTY_REFRESH_TOKEN, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setRefreshToken(@javax.annotation.Nullable String refreshToken) {
    this.refreshToken = refreshToken;
    this.refreshTokenIsSet = true;
  }


  /**
   * Sets {@code scope}.
   *
   * @param scope the new value
   * @return this object
   */
  public TokenResponse scope(@javax.annotation.Nullable String scope) {
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



  /** @return a builder of {@code TokenResponse}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code TokenResponse}; each builder builds once. */
  public static final class Builder {
    private TokenResponse building = new TokenResponse();

    private Builder() {}

    private TokenResponse target() {
      if (building == null) throw new IllegalStateException("this TokenResponse.Builder has already built its object");
      return building;
    }

    /**
     * @param accessToken The JWT access token.
     * @return this builder
     */
    public Builder accessToken(String accessToken) {
      target().accessToken(accessToken);
      return this;
    }

    /**
     * @param tokenType Always &#x60;Bearer&#x60;.
     * @return this builder
     */
    public Builder tokenType(TokenTypeEnum tokenType) {
      target().tokenType(tokenType);
      return this;
    }

    /**
     * @param expiresIn Seconds until the access token expires.
     * @return this builder
     */
    public Builder expiresIn(Integer expiresIn) {
      target().expiresIn(expiresIn);
      return this;
    }

    /**
     * @param refreshToken The single-use refresh token; &#x60;null&#x60; for the client-credentials grant.
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      target().refreshToken(refreshToken);
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
    public TokenResponse build() {
      TokenResponse built = target();
      if (built.getAccessToken() == null) {
        throw new IllegalArgumentException("TokenResponse: the property 'accessToken' is required");
      }
      if (built.getTokenType() == null) {
        throw new IllegalArgumentException("TokenResponse: the property 'tokenType' is required");
      }
      if (built.getExpiresIn() == null) {
        throw new IllegalArgumentException("TokenResponse: the property 'expiresIn' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this TokenResponse object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TokenResponse tokenResponse = (TokenResponse) o;
    return Objects.equals(this.accessToken, tokenResponse.accessToken) &&
        Objects.equals(this.tokenType, tokenResponse.tokenType) &&
        Objects.equals(this.expiresIn, tokenResponse.expiresIn) &&
        Objects.equals(this.refreshToken, tokenResponse.refreshToken) &&
        Objects.equals(this.scope, tokenResponse.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, tokenType, expiresIn, refreshToken, scope);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class TokenResponse {\n");
    sb.append("    accessToken: ").append("*").append("\n");
    sb.append("    tokenType: ").append(toIndentedString(tokenType)).append("\n");
    sb.append("    expiresIn: ").append(toIndentedString(expiresIn)).append("\n");
    sb.append("    refreshToken: ").append("*").append("\n");
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

