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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A new API key.
 */
@JsonPropertyOrder({
  ApiKeyCreate.JSON_PROPERTY_NAME,
  ApiKeyCreate.JSON_PROPERTY_SCOPES,
  ApiKeyCreate.JSON_PROPERTY_EXPIRES_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class ApiKeyCreate {
  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;


  /** The JSON name of {@code scopes}. */
  public static final String JSON_PROPERTY_SCOPES = "scopes";
  @javax.annotation.Nonnull
  private List<String> scopes;


  /** The JSON name of {@code expiresAt}. */
  public static final String JSON_PROPERTY_EXPIRES_AT = "expiresAt";
  @javax.annotation.Nullable
  private OffsetDateTime expiresAt;

  /** Whether {@code expiresAt} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean expiresAtIsSet;


  /** An empty ApiKeyCreate; set its properties with the fluent setters. */
  public ApiKeyCreate() { 
  }

  /**
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public ApiKeyCreate name(@javax.annotation.Nonnull String name) {
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
   * Sets {@code scopes}.
   *
   * @param scopes the new value
   * @return this object
   */
  public ApiKeyCreate scopes(@javax.annotation.Nonnull List<String> scopes) {
    this.scopes = scopes;
    
    return this;
  }

  /**
   * Adds one item to {@code scopes}, creating the list if it is unset.
   *
   * @param scopesItem the item to add
   * @return this object
   */
  public ApiKeyCreate addScopesItem(String scopesItem) {
    if (this.scopes == null) {
      this.scopes = new ArrayList<>();
    }
    this.scopes.add(scopesItem);
    return this;
  }

  /**
   * The permissions the key is limited to.
   * @return scopes
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SCOPES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<String> getScopes() {
    return scopes;
  }



  /**
   * Sets {@code scopes}.
   *
   * @param scopes the new value
   */
  @JsonProperty(value = JSON_PROPERTY_SCOPES, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setScopes(@javax.annotation.Nonnull List<String> scopes) {
    this.scopes = scopes;
    
  }


  /**
   * Sets {@code expiresAt}.
   *
   * @param expiresAt the new value
   * @return this object
   */
  public ApiKeyCreate expiresAt(@javax.annotation.Nullable OffsetDateTime expiresAt) {
    this.expiresAt = expiresAt;
    this.expiresAtIsSet = true;
    return this;
  }

  /**
   * When the key stops working; &#x60;null&#x60; or absent for never.
   * @return expiresAt
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getExpiresAtJson()
  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }


  // Jackson's view of expiresAt: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_EXPIRES_AT)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getExpiresAtJson() {
    return expiresAtIsSet ? expiresAt : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code expiresAt}.
   *
   * @param expiresAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_EXPIRES_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setExpiresAt(@javax.annotation.Nullable OffsetDateTime expiresAt) {
    this.expiresAt = expiresAt;
    this.expiresAtIsSet = true;
  }



  /** @return a builder of {@code ApiKeyCreate}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code ApiKeyCreate}; each builder builds once. */
  public static final class Builder {
    private ApiKeyCreate building = new ApiKeyCreate();

    private Builder() {}

    private ApiKeyCreate target() {
      if (building == null) throw new IllegalStateException("this ApiKeyCreate.Builder has already built its object");
      return building;
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
     * @param scopes The permissions the key is limited to.
     * @return this builder
     */
    public Builder scopes(List<String> scopes) {
      target().scopes(scopes);
      return this;
    }

    /**
     * @param expiresAt When the key stops working; &#x60;null&#x60; or absent for never.
     * @return this builder
     */
    public Builder expiresAt(OffsetDateTime expiresAt) {
      target().expiresAt(expiresAt);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public ApiKeyCreate build() {
      ApiKeyCreate built = target();
      if (built.getName() == null) {
        throw new IllegalArgumentException("ApiKeyCreate: the property 'name' is required");
      }
      if (built.getScopes() == null) {
        throw new IllegalArgumentException("ApiKeyCreate: the property 'scopes' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this ApiKeyCreate object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ApiKeyCreate apiKeyCreate = (ApiKeyCreate) o;
    return Objects.equals(this.name, apiKeyCreate.name) &&
        Objects.equals(this.scopes, apiKeyCreate.scopes) &&
        Objects.equals(this.expiresAt, apiKeyCreate.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, scopes, expiresAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ApiKeyCreate {\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    scopes: ").append(toIndentedString(scopes)).append("\n");
    sb.append("    expiresAt: ").append(toIndentedString(expiresAt)).append("\n");
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

