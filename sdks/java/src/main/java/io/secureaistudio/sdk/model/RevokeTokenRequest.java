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
 * A token to revoke.
 */
@JsonPropertyOrder({
  RevokeTokenRequest.JSON_PROPERTY_TOKEN,
  RevokeTokenRequest.JSON_PROPERTY_TOKEN_TYPE_HINT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class RevokeTokenRequest {
  /** The JSON name of {@code token}. */
  public static final String JSON_PROPERTY_TOKEN = "token";
  @javax.annotation.Nonnull
  private String token;


  /**
   * Which kind of token &#x60;token&#x60; is, to speed up the lookup.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class TokenTypeHintEnum {

    /** The known value <code>&quot;access_token&quot;</code>. */
    public static final TokenTypeHintEnum ACCESS_TOKEN = new TokenTypeHintEnum(String.valueOf("access_token"));

    /** The known value <code>&quot;refresh_token&quot;</code>. */
    public static final TokenTypeHintEnum REFRESH_TOKEN = new TokenTypeHintEnum(String.valueOf("refresh_token"));


    private static final java.util.List<TokenTypeHintEnum> KNOWN = java.util.Arrays.asList(ACCESS_TOKEN, REFRESH_TOKEN);

    private final String value;

    private TokenTypeHintEnum(String value) {
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
    public static TokenTypeHintEnum[] values() {
      return KNOWN.toArray(new TokenTypeHintEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static TokenTypeHintEnum fromValue(String value) {
      if (value == null) return null;
      for (TokenTypeHintEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new TokenTypeHintEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TokenTypeHintEnum && value.equals(((TokenTypeHintEnum) o).value);
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

  /** The JSON name of {@code tokenTypeHint}. */
  public static final String JSON_PROPERTY_TOKEN_TYPE_HINT = "tokenTypeHint";
  @javax.annotation.Nullable
  private TokenTypeHintEnum tokenTypeHint;


  /** An empty RevokeTokenRequest; set its properties with the fluent setters. */
  public RevokeTokenRequest() { 
  }

  /**
   * Sets {@code token}.
   *
   * @param token the new value
   * @return this object
   */
  public RevokeTokenRequest token(@javax.annotation.Nonnull String token) {
    this.token = token;
    
    return this;
  }

  /**
   * The access or refresh token.
   * @return token
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TOKEN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getToken() {
    return token;
  }



  /**
   * Sets {@code token}.
   *
   * @param token the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TOKEN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setToken(@javax.annotation.Nonnull String token) {
    this.token = token;
    
  }


  /**
   * Sets {@code tokenTypeHint}.
   *
   * @param tokenTypeHint the new value
   * @return this object
   */
  public RevokeTokenRequest tokenTypeHint(@javax.annotation.Nullable TokenTypeHintEnum tokenTypeHint) {
    this.tokenTypeHint = tokenTypeHint;
    
    return this;
  }

  /**
   * Which kind of token &#x60;token&#x60; is, to speed up the lookup.
   * @return tokenTypeHint
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TOKEN_TYPE_HINT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public TokenTypeHintEnum getTokenTypeHint() {
    return tokenTypeHint;
  }



  /**
   * Sets {@code tokenTypeHint}.
   *
   * @param tokenTypeHint the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TOKEN_TYPE_HINT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTokenTypeHint(@javax.annotation.Nullable TokenTypeHintEnum tokenTypeHint) {
    this.tokenTypeHint = tokenTypeHint;
    
  }



  /** @return a builder of {@code RevokeTokenRequest}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code RevokeTokenRequest}; each builder builds once. */
  public static final class Builder {
    private RevokeTokenRequest building = new RevokeTokenRequest();

    private Builder() {}

    private RevokeTokenRequest target() {
      if (building == null) throw new IllegalStateException("this RevokeTokenRequest.Builder has already built its object");
      return building;
    }

    /**
     * @param token The access or refresh token.
     * @return this builder
     */
    public Builder token(String token) {
      target().token(token);
      return this;
    }

    /**
     * @param tokenTypeHint Which kind of token &#x60;token&#x60; is, to speed up the lookup.
     * @return this builder
     */
    public Builder tokenTypeHint(TokenTypeHintEnum tokenTypeHint) {
      target().tokenTypeHint(tokenTypeHint);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public RevokeTokenRequest build() {
      RevokeTokenRequest built = target();
      if (built.getToken() == null) {
        throw new IllegalArgumentException("RevokeTokenRequest: the property 'token' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this RevokeTokenRequest object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RevokeTokenRequest revokeTokenRequest = (RevokeTokenRequest) o;
    return Objects.equals(this.token, revokeTokenRequest.token) &&
        Objects.equals(this.tokenTypeHint, revokeTokenRequest.tokenTypeHint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, tokenTypeHint);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class RevokeTokenRequest {\n");
    sb.append("    token: ").append("*").append("\n");
    sb.append("    tokenTypeHint: ").append(toIndentedString(tokenTypeHint)).append("\n");
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

