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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One GraphQL error.
 */
@JsonPropertyOrder({
  GraphqlError.JSON_PROPERTY_MESSAGE,
  GraphqlError.JSON_PROPERTY_PATH,
  GraphqlError.JSON_PROPERTY_EXTENSIONS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class GraphqlError {
  /** The JSON name of {@code message}. */
  public static final String JSON_PROPERTY_MESSAGE = "message";
  @javax.annotation.Nonnull
  private String message;


  /** The JSON name of {@code path}. */
  public static final String JSON_PROPERTY_PATH = "path";
  @javax.annotation.Nullable
  private List<Object> path;


  /** The JSON name of {@code extensions}. */
  public static final String JSON_PROPERTY_EXTENSIONS = "extensions";
  @javax.annotation.Nullable
  private Object extensions;

  /** Whether {@code extensions} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean extensionsIsSet;


  /** An empty GraphqlError; set its properties with the fluent setters. */
  public GraphqlError() { 
  }

  /**
   * Sets {@code message}.
   *
   * @param message the new value
   * @return this object
   */
  public GraphqlError message(@javax.annotation.Nonnull String message) {
    this.message = message;
    
    return this;
  }

  /**
   * What went wrong.
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


  /**
   * Sets {@code path}.
   *
   * @param path the new value
   * @return this object
   */
  public GraphqlError path(@javax.annotation.Nullable List<Object> path) {
    this.path = path;
    
    return this;
  }

  /**
   * Adds one item to {@code path}, creating the list if it is unset.
   *
   * @param pathItem the item to add
   * @return this object
   */
  public GraphqlError addPathItem(Object pathItem) {
    if (this.path == null) {
      this.path = new ArrayList<>();
    }
    this.path.add(pathItem);
    return this;
  }

  /**
   * The response field the error is about, as field names (strings) and list indexes (integers).
   * @return path
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PATH, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<Object> getPath() {
    return path;
  }



  /**
   * Sets {@code path}.
   *
   * @param path the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PATH, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPath(@javax.annotation.Nullable List<Object> path) {
    this.path = path;
    
  }


  /**
   * Sets {@code extensions}.
   *
   * @param extensions the new value
   * @return this object
   */
  public GraphqlError extensions(@javax.annotation.Nullable Object extensions) {
    this.extensions = extensions;
    this.extensionsIsSet = true;
    return this;
  }

  /**
   * Extra, server-defined details, such as &#x60;code&#x60;.
   * @return extensions
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getExtensionsJson()
  public Object getExtensions() {
    return extensions;
  }


  // Jackson's view of extensions: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_EXTENSIONS)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getExtensionsJson() {
    return extensionsIsSet ? extensions : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code extensions}.
   *
   * @param extensions the new value
   */
  @JsonProperty(value = JSON_PROPERTY_EXTENSIONS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setExtensions(@javax.annotation.Nullable Object extensions) {
    this.extensions = extensions;
    this.extensionsIsSet = true;
  }



  /** @return a builder of {@code GraphqlError}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code GraphqlError}; each builder builds once. */
  public static final class Builder {
    private GraphqlError building = new GraphqlError();

    private Builder() {}

    private GraphqlError target() {
      if (building == null) throw new IllegalStateException("this GraphqlError.Builder has already built its object");
      return building;
    }

    /**
     * @param message What went wrong.
     * @return this builder
     */
    public Builder message(String message) {
      target().message(message);
      return this;
    }

    /**
     * @param path The response field the error is about, as field names (strings) and list indexes (integers).
     * @return this builder
     */
    public Builder path(List<Object> path) {
      target().path(path);
      return this;
    }

    /**
     * @param extensions Extra, server-defined details, such as &#x60;code&#x60;.
     * @return this builder
     */
    public Builder extensions(Object extensions) {
      target().extensions(extensions);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public GraphqlError build() {
      GraphqlError built = target();
      if (built.getMessage() == null) {
        throw new IllegalArgumentException("GraphqlError: the property 'message' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this GraphqlError object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GraphqlError graphqlError = (GraphqlError) o;
    return Objects.equals(this.message, graphqlError.message) &&
        Objects.equals(this.path, graphqlError.path) &&
        Objects.equals(this.extensions, graphqlError.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, path, extensions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class GraphqlError {\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
    sb.append("    path: ").append(toIndentedString(path)).append("\n");
    sb.append("    extensions: ").append(toIndentedString(extensions)).append("\n");
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

