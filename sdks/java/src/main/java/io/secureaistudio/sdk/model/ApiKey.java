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
 * An API key, without its secret.
 */
@JsonPropertyOrder({
  ApiKey.JSON_PROPERTY_ID,
  ApiKey.JSON_PROPERTY_NAME,
  ApiKey.JSON_PROPERTY_PREFIX,
  ApiKey.JSON_PROPERTY_SCOPES,
  ApiKey.JSON_PROPERTY_CREATED_AT,
  ApiKey.JSON_PROPERTY_LAST_USED_AT,
  ApiKey.JSON_PROPERTY_EXPIRES_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class ApiKey {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;


  /** The JSON name of {@code prefix}. */
  public static final String JSON_PROPERTY_PREFIX = "prefix";
  @javax.annotation.Nonnull
  private String prefix;


  /** The JSON name of {@code scopes}. */
  public static final String JSON_PROPERTY_SCOPES = "scopes";
  @javax.annotation.Nonnull
  private List<String> scopes;


  /** The JSON name of {@code createdAt}. */
  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;


  /** The JSON name of {@code lastUsedAt}. */
  public static final String JSON_PROPERTY_LAST_USED_AT = "lastUsedAt";
  @javax.annotation.Nullable
  private OffsetDateTime lastUsedAt;


  /** The JSON name of {@code expiresAt}. */
  public static final String JSON_PROPERTY_EXPIRES_AT = "expiresAt";
  @javax.annotation.Nullable
  private OffsetDateTime expiresAt;


  /** An empty ApiKey; set its properties with the fluent setters. */
  public ApiKey() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public ApiKey id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * An API key ID.
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
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public ApiKey name(@javax.annotation.Nonnull String name) {
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
   * Sets {@code prefix}.
   *
   * @param prefix the new value
   * @return this object
   */
  public ApiKey prefix(@javax.annotation.Nonnull String prefix) {
    this.prefix = prefix;
    
    return this;
  }

  /**
   * The first characters of the secret, to recognise the key.
   * @return prefix
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PREFIX, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getPrefix() {
    return prefix;
  }



  /**
   * Sets {@code prefix}.
   *
   * @param prefix the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PREFIX, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPrefix(@javax.annotation.Nonnull String prefix) {
    this.prefix = prefix;
    
  }


  /**
   * Sets {@code scopes}.
   *
   * @param scopes the new value
   * @return this object
   */
  public ApiKey scopes(@javax.annotation.Nonnull List<String> scopes) {
    this.scopes = scopes;
    
    return this;
  }

  /**
   * Adds one item to {@code scopes}, creating the list if it is unset.
   *
   * @param scopesItem the item to add
   * @return this object
   */
  public ApiKey addScopesItem(String scopesItem) {
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
   * Sets {@code createdAt}.
   *
   * @param createdAt the new value
   * @return this object
   */
  public ApiKey createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
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
   * Sets {@code lastUsedAt}.
   *
   * @param lastUsedAt the new value
   * @return this object
   */
  public ApiKey lastUsedAt(@javax.annotation.Nullable OffsetDateTime lastUsedAt) {
    this.lastUsedAt = lastUsedAt;
    
    return this;
  }

  /**
   * When the key was last used; &#x60;null&#x60; if never.
   * @return lastUsedAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_LAST_USED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getLastUsedAt() {
    return lastUsedAt;
  }



  /**
   * Sets {@code lastUsedAt}.
   *
   * @param lastUsedAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_LAST_USED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setLastUsedAt(@javax.annotation.Nullable OffsetDateTime lastUsedAt) {
    this.lastUsedAt = lastUsedAt;
    
  }


  /**
   * Sets {@code expiresAt}.
   *
   * @param expiresAt the new value
   * @return this object
   */
  public ApiKey expiresAt(@javax.annotation.Nullable OffsetDateTime expiresAt) {
    this.expiresAt = expiresAt;
    
    return this;
  }

  /**
   * When the key stops working; &#x60;null&#x60; if never.
   * @return expiresAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_EXPIRES_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }



  /**
   * Sets {@code expiresAt}.
   *
   * @param expiresAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_EXPIRES_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setExpiresAt(@javax.annotation.Nullable OffsetDateTime expiresAt) {
    this.expiresAt = expiresAt;
    
  }



  /** @return a builder of {@code ApiKey}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code ApiKey}; each builder builds once. */
  public static final class Builder {
    private ApiKey building = new ApiKey();

    private Builder() {}

    private ApiKey target() {
      if (building == null) throw new IllegalStateException("this ApiKey.Builder has already built its object");
      return building;
    }

    /**
     * @param id An API key ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
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
     * @param prefix The first characters of the secret, to recognise the key.
     * @return this builder
     */
    public Builder prefix(String prefix) {
      target().prefix(prefix);
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
     * @param createdAt An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      target().createdAt(createdAt);
      return this;
    }

    /**
     * @param lastUsedAt When the key was last used; &#x60;null&#x60; if never.
     * @return this builder
     */
    public Builder lastUsedAt(OffsetDateTime lastUsedAt) {
      target().lastUsedAt(lastUsedAt);
      return this;
    }

    /**
     * @param expiresAt When the key stops working; &#x60;null&#x60; if never.
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
    public ApiKey build() {
      ApiKey built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("ApiKey: the property 'id' is required");
      }
      if (built.getName() == null) {
        throw new IllegalArgumentException("ApiKey: the property 'name' is required");
      }
      if (built.getPrefix() == null) {
        throw new IllegalArgumentException("ApiKey: the property 'prefix' is required");
      }
      if (built.getScopes() == null) {
        throw new IllegalArgumentException("ApiKey: the property 'scopes' is required");
      }
      if (built.getCreatedAt() == null) {
        throw new IllegalArgumentException("ApiKey: the property 'createdAt' is required");
      }
      if (built.getLastUsedAt() == null) {
        throw new IllegalArgumentException("ApiKey: the property 'lastUsedAt' is required");
      }
      if (built.getExpiresAt() == null) {
        throw new IllegalArgumentException("ApiKey: the property 'expiresAt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this ApiKey object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ApiKey apiKey = (ApiKey) o;
    return Objects.equals(this.id, apiKey.id) &&
        Objects.equals(this.name, apiKey.name) &&
        Objects.equals(this.prefix, apiKey.prefix) &&
        Objects.equals(this.scopes, apiKey.scopes) &&
        Objects.equals(this.createdAt, apiKey.createdAt) &&
        Objects.equals(this.lastUsedAt, apiKey.lastUsedAt) &&
        Objects.equals(this.expiresAt, apiKey.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, prefix, scopes, createdAt, lastUsedAt, expiresAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ApiKey {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    prefix: ").append(toIndentedString(prefix)).append("\n");
    sb.append("    scopes: ").append(toIndentedString(scopes)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
    sb.append("    lastUsedAt: ").append(toIndentedString(lastUsedAt)).append("\n");
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

