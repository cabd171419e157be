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
import io.secureaistudio.sdk.model.AuditResourceType;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What it was done to.
 */
@JsonPropertyOrder({
  AuditResource.JSON_PROPERTY_TYPE,
  AuditResource.JSON_PROPERTY_ID
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class AuditResource {
  /** The JSON name of {@code type}. */
  public static final String JSON_PROPERTY_TYPE = "type";
  @javax.annotation.Nonnull
  private AuditResourceType type;


  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** An empty AuditResource; set its properties with the fluent setters. */
  public AuditResource() { 
  }

  /**
   * Sets {@code type}.
   *
   * @param type the new value
   * @return this object
   */
  public AuditResource type(@javax.annotation.Nonnull AuditResourceType type) {
    this.type = type;
    
    return this;
  }

  /**
   * Get type
   * @return type
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public AuditResourceType getType() {
    return type;
  }



  /**
   * Sets {@code type}.
   *
   * @param type the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setType(@javax.annotation.Nonnull AuditResourceType type) {
    this.type = type;
    
  }


  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public AuditResource id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * The ID of any resource; the prefix names its type.
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



  /** @return a builder of {@code AuditResource}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code AuditResource}; each builder builds once. */
  public static final class Builder {
    private AuditResource building = new AuditResource();

    private Builder() {}

    private AuditResource target() {
      if (building == null) throw new IllegalStateException("this AuditResource.Builder has already built its object");
      return building;
    }

    /**
     * @param type the property {@code type}
     * @return this builder
     */
    public Builder type(AuditResourceType type) {
      target().type(type);
      return this;
    }

    /**
     * @param id The ID of any resource; the prefix names its type.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public AuditResource build() {
      AuditResource built = target();
      if (built.getType() == null) {
        throw new IllegalArgumentException("AuditResource: the property 'type' is required");
      }
      if (built.getId() == null) {
        throw new IllegalArgumentException("AuditResource: the property 'id' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this AuditResource object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AuditResource auditResource = (AuditResource) o;
    return Objects.equals(this.type, auditResource.type) &&
        Objects.equals(this.id, auditResource.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class AuditResource {\n");
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
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

