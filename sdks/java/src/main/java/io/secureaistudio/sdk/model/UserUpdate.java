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
 * Changes to a user; fields left out are unchanged.
 */
@JsonPropertyOrder({
  UserUpdate.JSON_PROPERTY_DISPLAY_NAME
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class UserUpdate {
  /** The JSON name of {@code displayName}. */
  public static final String JSON_PROPERTY_DISPLAY_NAME = "displayName";
  @javax.annotation.Nullable
  private String displayName;


  /** An empty UserUpdate; set its properties with the fluent setters. */
  public UserUpdate() { 
  }

  /**
   * Sets {@code displayName}.
   *
   * @param displayName the new value
   * @return this object
   */
  public UserUpdate displayName(@javax.annotation.Nullable String displayName) {
    this.displayName = displayName;
    
    return this;
  }

  /**
   * A human-readable name.
   * @return displayName
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getDisplayName() {
    return displayName;
  }



  /**
   * Sets {@code displayName}.
   *
   * @param displayName the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DISPLAY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDisplayName(@javax.annotation.Nullable String displayName) {
    this.displayName = displayName;
    
  }



  /** @return a builder of {@code UserUpdate}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code UserUpdate}; each builder builds once. */
  public static final class Builder {
    private UserUpdate building = new UserUpdate();

    private Builder() {}

    private UserUpdate target() {
      if (building == null) throw new IllegalStateException("this UserUpdate.Builder has already built its object");
      return building;
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
    public UserUpdate build() {
      UserUpdate built = target();
      building = null;
      return built;
    }
  }


  /**
   * Return true if this UserUpdate object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UserUpdate userUpdate = (UserUpdate) o;
    return Objects.equals(this.displayName, userUpdate.displayName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(displayName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class UserUpdate {\n");
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

