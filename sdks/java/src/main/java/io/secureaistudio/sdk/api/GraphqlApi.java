// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.GraphqlRequest;
import io.secureaistudio.sdk.model.GraphqlResponse;
import io.secureaistudio.sdk.model.Problem;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
import io.secureaistudio.sdk.runtime.Waiter;
import io.secureaistudio.sdk.runtime.Transport;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operations tagged {@code Graphql}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#graphql()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class GraphqlApi {
  private final Transport transport;

  public GraphqlApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public GraphqlApi withOptions(RequestOptions options) {
    return new GraphqlApi(transport.withOptions(options));
  }

  /**
   * Execute a GraphQL query
   * <p>Runs a GraphQL query or mutation over the same data as the REST operations. GraphQL errors are reported in the body&#39;s &#x60;errors&#x60; with status 200, as the GraphQL-over-HTTP convention asks. 
   *
   * @param graphqlRequest GraphqlRequest
   * @return GraphqlResponse
   */
  public GraphqlResponse executeGraphql(GraphqlRequest graphqlRequest) {
    return executeGraphqlWithHttpInfo(graphqlRequest).getData();
  }

  /**
   * Execute a GraphQL query, with the response status and headers.
   *
   * @param graphqlRequest GraphqlRequest
   * @return the decoded body with status code and headers
   */
  public ApiResponse<GraphqlResponse> executeGraphqlWithHttpInfo(GraphqlRequest graphqlRequest) {
    ApiRequest request = executeGraphqlRequest(graphqlRequest);
    return transport.execute(request, new TypeReference<GraphqlResponse>() {});
  }


  private ApiRequest executeGraphqlRequest(GraphqlRequest graphqlRequest) {
    return ApiRequest.of("executeGraphql", "POST", "/graphql")
        .require("GraphqlRequest", graphqlRequest)
        .jsonBody(graphqlRequest, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
