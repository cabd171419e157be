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
 * Who did it.
 */
@JsonPropertyOrder({
  AuditActor.JSON_PROPERTY_ID,
  AuditActor.JSON_PROPERTY_KIND,
  AuditActor.JSON_PROPERTY_DISPLAY_NAME
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class AuditActor {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /**
   * Whether the actor is a user or an API key.
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


  /** The JSON name of {@code displayName}. */
  public static final String JSON_PROPERTY_DISPLAY_NAME = "displayName";
  @javax.annotation.Nonnull
  private String displayName;


  /** An empty AuditActor; set its properties with the fluent setters. */
  public AuditActor() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public AuditActor id(@javax.annotation.Nonnull String id) {
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
  public AuditActor kind(@javax.annotation.Nonnull KindEnum kind) {
    this.kind = kind;
    
    return this;
  }

  /**
   * Whether the actor is a user or an API key.
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
   * Sets {@code displayName}.
   *
   * @param displayName the new value
   * @return this object
   */
  public AuditActor displayName(@javax.annotation.Nonnull String displayName) {
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



  /** @return a builder of {@code AuditActor}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code AuditActor}; each builder builds once. */
  public static final class Builder {
    private AuditActor building = new AuditActor();

    private Builder() {}

    private AuditActor target() {
      if (building == null) throw new IllegalStateException("this AuditActor.Builder has already built its object");
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
     * @param kind Whether the actor is a user or an API key.
     * @return this builder
     */
    public Builder kind(KindEnum kind) {
      target().kind(kind);
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
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public AuditActor build() {
      AuditActor built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("AuditActor: the property 'id' is required");
      }
      if (built.getKind() == null) {
        throw new IllegalArgumentException("AuditActor: the property 'kind' is required");
      }
      if (built.getDisplayName() == null) {
        throw new IllegalArgumentException("AuditActor: the property 'displayName' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this AuditActor object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AuditActor auditActor = (AuditActor) o;
    return Objects.equals(this.id, auditActor.id) &&
        Objects.equals(this.kind, auditActor.kind) &&
        Objects.equals(this.displayName, auditActor.displayName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, displayName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class AuditActor {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    kind: ").append(toIndentedString(kind)).append("\n");
    sb.append("    displayName: ").append(toIndentedString(displayName)).append("\n");
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

