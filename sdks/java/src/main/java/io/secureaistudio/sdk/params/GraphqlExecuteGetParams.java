// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

import io.secureaistudio.sdk.model.GraphqlRequest;
import io.secureaistudio.sdk.model.GraphqlResponse;
import io.secureaistudio.sdk.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.GraphqlService#executeGet} besides the path
 * ({@code executeGraphqlGet}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class GraphqlExecuteGetParams {
  private final String query;
  private final String variables;
  private final String operationName;

  private GraphqlExecuteGetParams(Builder b) {
    this.query = b.query;
    this.variables = b.variables;
    this.operationName = b.operationName;
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder preset with these parameters */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.query = query;
    b.variables = variables;
    b.operationName = operationName;
    return b;
  }

  /** @return The GraphQL document: ASCII (write other characters as &#x60;\\u&#x60; escapes) and at most 3,000 characters, so the URL fits the 16 KB a server reads of a request&#39;s line and headers. Send a longer document over POST.  (null when not set) */
  public String query() {
    return query;
  }

  /** @return The variables as JSON text (an object), ASCII and at most 1,000 characters. (null when not set) */
  public String variables() {
    return variables;
  }

  /** @return Which operation of the document to run. (null when not set) */
  public String operationName() {
    return operationName;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof GraphqlExecuteGetParams)) return false;
    GraphqlExecuteGetParams other = (GraphqlExecuteGetParams) o;
    return true
        && java.util.Objects.equals(query, other.query)
        && java.util.Objects.equals(variables, other.variables)
        && java.util.Objects.equals(operationName, other.operationName);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(query, variables, operationName, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("GraphqlExecuteGetParams{");
    if (query != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("query=").append(query);
    if (variables != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("variables=").append(variables);
    if (operationName != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("operationName=").append(operationName);
    return s.append('}').toString();
  }

  /** Builds {@link GraphqlExecuteGetParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private String query;
    private String variables;
    private String operationName;

    private Builder() {}

    /**
     * @param query The GraphQL document: ASCII (write other characters as &#x60;\\u&#x60; escapes) and at most 3,000 characters, so the URL fits the 16 KB a server reads of a request&#39;s line and headers. Send a longer document over POST. 
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "query")
    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /**
     * @param variables The variables as JSON text (an object), ASCII and at most 1,000 characters. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "variables")
    public Builder variables(String variables) {
      this.variables = variables;
      return this;
    }

    /**
     * @param operationName Which operation of the document to run. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "operationName")
    public Builder operationName(String operationName) {
      this.operationName = operationName;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public GraphqlExecuteGetParams build() {
      if (query == null) {
        throw new IllegalArgumentException("the query parameter 'query' of executeGraphqlGet is required");
      }
      return new GraphqlExecuteGetParams(this);
    }
  }
}
