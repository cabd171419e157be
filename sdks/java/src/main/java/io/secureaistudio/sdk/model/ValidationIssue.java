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
 * One invalid field of a request.
 */
@JsonPropertyOrder({
  ValidationIssue.JSON_PROPERTY_LOCATION,
  ValidationIssue.JSON_PROPERTY_NAME,
  ValidationIssue.JSON_PROPERTY_MESSAGE
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class ValidationIssue {
  /**
   * Where the field is.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class LocationEnum {

    /** The known value <code>&quot;path&quot;</code>. */
    public static final LocationEnum PATH = new LocationEnum(String.valueOf("path"));

    /** The known value <code>&quot;query&quot;</code>. */
    public static final LocationEnum QUERY = new LocationEnum(String.valueOf("query"));

    /** The known value <code>&quot;header&quot;</code>. */
    public static final LocationEnum HEADER = new LocationEnum(String.valueOf("header"));

    /** The known value <code>&quot;body&quot;</code>. */
    public static final LocationEnum BODY = new LocationEnum(String.valueOf("body"));


    private static final java.util.List<LocationEnum> KNOWN = java.util.Arrays.asList(PATH, QUERY, HEADER, BODY);

    private final String value;

    private LocationEnum(String value) {
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
    public static LocationEnum[] values() {
      return KNOWN.toArray(new LocationEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static LocationEnum fromValue(String value) {
      if (value == null) return null;
      for (LocationEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new LocationEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LocationEnum && value.equals(((LocationEnum) o).value);
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

  /** The JSON name of {@code location}. */
  public static final String JSON_PROPERTY_LOCATION = "location";
  @javax.annotation.Nonnull
  private LocationEnum location;


  /** The JSON name of {@code name}. */
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;


  /** The JSON name of {@code message}. */
  public static final String JSON_PROPERTY_MESSAGE = "message";
  @javax.annotation.Nonnull
  private String message;


  /** An empty ValidationIssue; set its properties with the fluent setters. */
  public ValidationIssue() { 
  }

  /**
   * Sets {@code location}.
   *
   * @param location the new value
   * @return this object
   */
  public ValidationIssue location(@javax.annotation.Nonnull LocationEnum location) {
    this.location = location;
    
    return this;
  }

  /**
   * Where the field is.
   * @return location
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_LOCATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public LocationEnum getLocation() {
    return location;
  }



  /**
   * Sets {@code location}.
   *
   * @param location the new value
   */
  @JsonProperty(value = JSON_PROPERTY_LOCATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setLocation(@javax.annotation.Nonnull LocationEnum location) {
    this.location = location;
    
  }


  /**
   * Sets {@code name}.
   *
   * @param name the new value
   * @return this object
   */
  public ValidationIssue name(@javax.annotation.Nonnull String name) {
    this.name = name;
    
    return this;
  }

  /**
   * The parameter name, or a JSON pointer into the body.
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
   * Sets {@code message}.
   *
   * @param message the new value
   * @return this object
   */
  public ValidationIssue message(@javax.annotation.Nonnull String message) {
    this.message = message;
    
    return this;
  }

  /**
   * What is wrong with it.
   * @return message
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_MESSAGE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getMessage() {
    return message;
  }



  /**
   * Sets {@code message}.
   *
   * @param message the new value
   */
  @JsonProperty(value = JSON_PROPERTY_MESSAGE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setMessage(@javax.annotation.Nonnull String message) {
    this.message = message;
    
  }



  /** @return a builder of {@code ValidationIssue}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code ValidationIssue}; each builder builds once. */
  public static final class Builder {
    private ValidationIssue building = new ValidationIssue();

    private Builder() {}

    private ValidationIssue target() {
      if (building == null) throw new IllegalStateException("this ValidationIssue.Builder has already built its object");
      return building;
    }

    /**
     * @param location Where the field is.
     * @return this builder
     */
    public Builder location(LocationEnum location) {
      target().location(location);
      return this;
    }

    /**
     * @param name The parameter name, or a JSON pointer into the body.
     * @return this builder
     */
    public Builder name(String name) {
      target().name(name);
      return this;
    }

    /**
     * @param message What is wrong with it.
     * @return this builder
     */
    public Builder message(String message) {
      target().message(message);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public ValidationIssue build() {
      ValidationIssue built = target();
      if (built.getLocation() == null) {
        throw new IllegalArgumentException("ValidationIssue: the property 'location' is required");
      }
      if (built.getName() == null) {
        throw new IllegalArgumentException("ValidationIssue: the property 'name' is required");
      }
      if (built.getMessage() == null) {
        throw new IllegalArgumentException("ValidationIssue: the property 'message' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this ValidationIssue object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ValidationIssue validationIssue = (ValidationIssue) o;
    return Objects.equals(this.location, validationIssue.location) &&
        Objects.equals(this.name, validationIssue.name) &&
        Objects.equals(this.message, validationIssue.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, name, message);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ValidationIssue {\n");
    sb.append("    location: ").append(toIndentedString(location)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
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

