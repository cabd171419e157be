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
 * A refresh token to exchange.
 */
@JsonPropertyOrder({
  RefreshTokenRequest.JSON_PROPERTY_REFRESH_TOKEN
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class RefreshTokenRequest {
  /** The JSON name of {@code refreshToken}. */
  public static final String JSON_PROPERTY_REFRESH_TOKEN = "refreshToken";
  @javax.annotation.Nonnull
  private String refreshToken;


  /** An empty RefreshTokenRequest; set its properties with the fluent setters. */
  public RefreshTokenRequest() { 
  }

  /**
   * Sets {@code refreshToken}.
   *
   * @param refreshToken the new value
   * @return this object
   */
  public RefreshTokenRequest refreshToken(@javax.annotation.Nonnull String refreshToken) {
    this.refreshToken = refreshToken;
    
    return this;
  }

  /**
   * The refresh token from the last token response.
   * @return refreshToken
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_REFRESH_TOKEN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getRefreshToken() {
    return refreshToken;
  }



  /**
   * Sets {@code refreshToken}.
   *
   * @param refreshToken the new value
   */
  @JsonProperty(value = JSON_PROPERTY_REFRESH_TOKEN, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRefreshToken(@javax.annotation.Nonnull String refreshToken) {
    this.refreshToken = refreshToken;
    
  }



  /** @return a builder of {@code RefreshTokenRequest}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code RefreshTokenRequest}; each builder builds once. */
  public static final class Builder {
    private RefreshTokenRequest building = new RefreshTokenRequest();

    private Builder() {}

    private RefreshTokenRequest target() {
      if (building == null) throw new IllegalStateException("this RefreshTokenRequest.Builder has already built its object");
      return building;
    }

    /**
     * @param refreshToken The refresh token from the last token response.
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      target().refreshToken(refreshToken);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public RefreshTokenRequest build() {
      RefreshTokenRequest built = target();
      if (built.getRefreshToken() == null) {
        throw new IllegalArgumentException("RefreshTokenRequest: the property 'refreshToken' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this RefreshTokenRequest object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RefreshTokenRequest refreshTokenRequest = (RefreshTokenRequest) o;
    return Objects.equals(this.refreshToken, refreshTokenRequest.refreshToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(refreshToken);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class RefreshTokenRequest {\n");
    sb.append("    refreshToken: ").append("*").append("\n");
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

