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
 * A GraphQL-over-HTTP request.
 */
@JsonPropertyOrder({
  GraphqlRequest.JSON_PROPERTY_QUERY,
  GraphqlRequest.JSON_PROPERTY_VARIABLES,
  GraphqlRequest.JSON_PROPERTY_OPERATION_NAME
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class GraphqlRequest {
  /** The JSON name of {@code query}. */
  public static final String JSON_PROPERTY_QUERY = "query";
  @javax.annotation.Nonnull
  private String query;


  /** The JSON name of {@code variables}. */
  public static final String JSON_PROPERTY_VARIABLES = "variables";
  @javax.annotation.Nullable
  private Object variables;

  /** Whether {@code variables} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean variablesIsSet;


  /** The JSON name of {@code operationName}. */
  public static final String JSON_PROPERTY_OPERATION_NAME = "operationName";
  @javax.annotation.Nullable
  private String operationName;

  /** Whether {@code operationName} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean operationNameIsSet;


  /** An empty GraphqlRequest; set its properties with the fluent setters. */
  public GraphqlRequest() { 
  }

  /**
   * Sets {@code query}.
   *
   * @param query the new value
   * @return this object
   */
  public GraphqlRequest query(@javax.annotation.Nonnull String query) {
    this.query = query;
    
    return this;
  }

  /**
   * The GraphQL document.
   * @return query
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_QUERY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getQuery() {
    return query;
  }



  /**
   * Sets {@code query}.
   *
   * @param query the new value
   */
  @JsonProperty(value = JSON_PROPERTY_QUERY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setQuery(@javax.annotation.Nonnull String query) {
    this.query = query;
    
  }


  /**
   * Sets {@code variables}.
   *
   * @param variables the new value
   * @return this object
   */
  public GraphqlRequest variables(@javax.annotation.Nullable Object variables) {
    this.variables = variables;
    this.variablesIsSet = true;
    return this;
  }

  /**
   * Values for the document&#39;s variables.
   * @return variables
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getVariablesJson()
  public Object getVariables() {
    return variables;
  }


  // Jackson's view of variables: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_VARIABLES)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getVariablesJson() {
    return variablesIsSet ? variables : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code variables}.
   *
   * @param variables the new value
   */
  @JsonProperty(value = JSON_PROPERTY_VARIABLES, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setVariables(@javax.annotation.Nullable Object variables) {
    this.variables = variables;
    this.variablesIsSet = true;
  }


  /**
   * Sets {@code operationName}.
   *
   * @param operationName the new value
   * @return this object
   */
  public GraphqlRequest operationName(@javax.annotation.Nullable String operationName) {
    this.operationName = operationName;
    this.operationNameIsSet = true;
    return this;
  }

  /**
   * Which operation of the document to run.
   * @return operationName
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getOperationNameJson()
  public String getOperationName() {
    return operationName;
  }


  // Jackson's view of operationName: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_OPERATION_NAME)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getOperationNameJson() {
    return operationNameIsSet ? operationName : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code operationName}.
   *
   * @param operationName the new value
   */
  @JsonProperty(value = JSON_PROPERTY_OPERATION_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setOperationName(@javax.annotation.Nullable String operationName) {
    this.operationName = operationName;
    this.operationNameIsSet = true;
  }



  /** @return a builder of {@code GraphqlRequest}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code GraphqlRequest}; each builder builds once. */
  public static final class Builder {
    private GraphqlRequest building = new GraphqlRequest();

    private Builder() {}

    private GraphqlRequest target() {
      if (building == null) throw new IllegalStateException("this GraphqlRequest.Builder has already built its object");
      return building;
    }

    /**
     * @param query The GraphQL document.
     * @return this builder
     */
    public Builder query(String query) {
      target().query(query);
      return this;
    }

    /**
     * @param variables Values for the document&#39;s variables.
     * @return this builder
     */
    public Builder variables(Object variables) {
      target().variables(variables);
      return this;
    }

    /**
     * @param operationName Which operation of the document to run.
     * @return this builder
     */
    public Builder operationName(String operationName) {
      target().operationName(operationName);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public GraphqlRequest build() {
      GraphqlRequest built = target();
      if (built.getQuery() == null) {
        throw new IllegalArgumentException("GraphqlRequest: the property 'query' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this GraphqlRequest object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    GraphqlRequest graphqlRequest = (GraphqlRequest) o;
    return Objects.equals(this.query, graphqlRequest.query) &&
        Objects.equals(this.variables, graphqlRequest.variables) &&
        Objects.equals(this.operationName, graphqlRequest.operationName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, variables, operationName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class GraphqlRequest {\n");
    sb.append("    query: ").append(toIndentedString(query)).append("\n");
    sb.append("    variables: ").append(toIndentedString(variables)).append("\n");
    sb.append("    operationName: ").append(toIndentedString(operationName)).append("\n");
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

