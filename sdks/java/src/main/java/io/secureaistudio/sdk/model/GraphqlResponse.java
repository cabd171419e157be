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
import io.secureaistudio.sdk.model.GraphqlError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A GraphQL result.
 */
@JsonPropertyOrder({
  GraphqlResponse.JSON_PROPERTY_DATA,
  GraphqlResponse.JSON_PROPERTY_ERRORS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class GraphqlResponse {
  /** The JSON name of {@code data}. */
  public static final String JSON_PROPERTY_DATA = "data";
  @javax.annotation.Nullable
  private Object data;

  /** Whether {@code data} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean dataIsSet;


  /** The JSON name of {@code errors}. */
  public static final String JSON_PROPERTY_ERRORS = "errors";
  @javax.annotation.Nullable
  private List<GraphqlError> errors;


  /** An empty GraphqlResponse; set its properties with the fluent setters. */
  public GraphqlResponse() { 
  }

  /**
   * Sets {@code data}.
   *
   * @param data the new value
   * @return this object
   */
  public GraphqlResponse data(@javax.annotation.Nullable Object data) {
    this.data = data;
    this.dataIsSet = true;
    return this;
  }

  /**
   * The result; &#x60;null&#x60; if the request failed as a whole.
   * @return data
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getDataJson()
  public Object getData() {
    return data;
  }


  // Jackson's view of data: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_DATA)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getDataJson() {
    return dataIsSet ? data : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code data}.
   *
   * @param data the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DATA, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setData(@javax.annotation.Nullable Object data) {
    this.data = data;
    this.dataIsSet = true;
  }


  /**
   * Sets {@code errors}.
   *
   * @param errors the new value
   * @return this object
   */
  public GraphqlResponse errors(@javax.annotation.Nullable List<GraphqlError> errors) {
    this.errors = errors;
    
    return this;
  }

  /**
   * Adds one item to {@code errors}, creating the list if it is unset.
   *
   * @param errorsItem the item to add
   * @return this object
   */
  public GraphqlResponse addErrorsItem(GraphqlError errorsItem) {
    if (this.errors == null) {
      this.errors = new ArrayList<>();
    }
    this.errors.add(errorsItem);
    return this;
  }

  /**
   * Errors; absent or &#x60;null&#x60; when there were none.
   * @return errors
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ERRORS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<GraphqlError> getErrors() {
    return errors;
  }



  /**
   * Sets {@code errors}.
   *
   * @param errors the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ERRORS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setErrors(@javax.annotation.Nullable List<GraphqlError> errors) {
    this.errors = errors;
    
  }



  /** @return a builder of {@code GraphqlResponse}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code GraphqlResponse}; each builder builds once. */
  public static final class Builder {
    private GraphqlResponse building = new GraphqlResponse();

    private Builder() {}

    private GraphqlResponse target() {
      if (building == null) throw new IllegalStateException("this GraphqlResponse.Builder has already built its object");
      return building;
    }

    /**
     * @param data The result; &#x60;null&#x60; if the request failed as a whole.
     * @return this builder
     */
    public Builder data(Object data) {
      target().data(data);
      return this;
    }

    /**
     * @param errors Errors; absent or &#x60;null&#x60; when there were none.
     * @return this builder
     */
    public Builder errors(List<GraphqlError> errors) {
      target().errors(errors);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public GraphqlResponse build() {
      GraphqlResponse built = target();
      building = null;
      return built;
    }
  }


  /**
   * Return true if this GraphqlResponse object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GraphqlResponse graphqlResponse = (GraphqlResponse) o;
    return Objects.equals(this.data, graphqlResponse.data) &&
        Objects.equals(this.errors, graphqlResponse.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, errors);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class GraphqlResponse {\n");
    sb.append("    data: ").append(toIndentedString(data)).append("\n");
    sb.append("    errors: ").append(toIndentedString(errors)).append("\n");
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

