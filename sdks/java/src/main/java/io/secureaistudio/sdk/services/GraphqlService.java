// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.GraphqlRequest;
import io.secureaistudio.sdk.model.GraphqlResponse;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.params.GraphqlExecuteGetParams;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiOperation;
import io.secureaistudio.sdk.runtime.ApiParam;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AsyncCalls;
import io.secureaistudio.sdk.runtime.AsyncEventStream;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.HttpResponseFor;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.Transport;
import io.secureaistudio.sdk.runtime.UploadFile;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
import io.secureaistudio.sdk.runtime.Waiter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The {@code graphql} resource.
 *
 * <p>Get it from {@code client.graphql()}; {@code client.async().graphql()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class GraphqlService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code graphql} resource over {@code transport}; the client creates it ({@code client.graphql()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public GraphqlService(Transport transport) {
    this.transport = transport;
    this.raw = new WithRawResponse(transport);
  }

  /**
   * This resource with per-call options (rulebook R2.2): {@code timeout}, {@code maxRetries},
   * {@code idempotencyKey} and extra headers. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this resource whose calls use {@code options}
   */
  public GraphqlService withOptions(RequestOptions options) {
    return new GraphqlService(transport.withOptions(options));
  }

  /**
   * The same methods returning the decoded body with status code and headers ({@link HttpResponseFor}).
   *
   * @return the raw-response view of this resource
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Execute a GraphQL query, mutation or subscription ({@code POST /graphql}, operation {@code executeGraphql}).
   * <p>Runs a GraphQL document over the same data as the REST operations, validated against &#x60;graphql/schema.graphql&#x60;, as GraphQL over HTTP says: the answer is &#x60;application/graphql-response+json&#x60; when the request accepts it, JSON otherwise; a document that does not parse or validate is 400 with GraphQL &#x60;errors&#x60;; a result with &#x60;data&#x60; is 200, the errors of single fields listed beside it in &#x60;errors&#x60;. A subscription (&#x60;jobEvents&#x60;) is sent with &#x60;Accept: text/event-stream&#x60; and answered as GraphQL over SSE (distinct connections): one &#x60;next&#x60; event per result, then &#x60;complete&#x60;. The SDKs call this operation as &#x60;client.graphql.query(document, variables)&#x60; and &#x60;client.graphql.subscribe(document, variables)&#x60;. 
   *
   * @param graphqlRequest the request body
   * @return the decoded response body
   */
  @ApiOperation("executeGraphql")
  public GraphqlResponse execute(@ApiParam(in = "body") GraphqlRequest graphqlRequest) {
    return raw.execute(graphqlRequest).getData();
  }

  /**
   * Runs a GraphQL query or mutation through {@code executeGraphql} (rulebook R13.1), without
   * variables: see {@link #query(String, Map, String)}.
   *
   * @param document the GraphQL document
   * @return the result: {@code data}, and {@code errors} of single fields (returned, not thrown)
   */
  @ApiOperation(value = "executeGraphql", call = "query")
  public GraphqlResponse query(String document) {
    return query(document, null, null);
  }

  /**
   * Runs a GraphQL query or mutation through {@code executeGraphql} (rulebook R13.1): see
   * {@link #query(String, Map, String)}.
   *
   * @param document the GraphQL document
   * @param variables the document's variables (null: none sent)
   * @return the result: {@code data}, and {@code errors} of single fields (returned, not thrown)
   */
  @ApiOperation(value = "executeGraphql", call = "query")
  public GraphqlResponse query(String document, Map<String, ?> variables) {
    return query(document, variables, null);
  }

  /**
   * Runs a GraphQL query or mutation through {@code executeGraphql} (rulebook R13.1): posts
   * {@code {query, variables, operationName}} (only the fields given) asking for
   * {@code application/graphql-response+json}, and returns the result. Errors of single fields
   * come back in the result beside {@code data}; a document that does not parse or validate
   * throws {@code BadRequestException} with the GraphQL messages (R13.2). Request options
   * ({@link #withOptions}) apply as to any call; a mutation is retried only with an
   * {@code idempotencyKey}.
   *
   * @param document the GraphQL document
   * @param variables the document's variables (null: none sent)
   * @param operationName which operation of the document to run (null: none sent)
   * @return the result: {@code data}, and {@code errors} of single fields (returned, not thrown)
   */
  @ApiOperation(value = "executeGraphql", call = "query")
  public GraphqlResponse query(String document, Map<String, ?> variables, String operationName) {
    return raw.query(document, variables, operationName).getData();
  }

  /**
   * Starts a GraphQL subscription through {@code executeGraphql} without variables: see
   * {@link #subscribe(String, Map, String)}.
   *
   * @param document the GraphQL subscription document
   * @return the open subscription; iterate it once, close it to stop early
   */
  @ApiOperation(value = "executeGraphql", call = "subscribe")
  public io.secureaistudio.sdk.runtime.GraphqlSubscription<GraphqlResponse> subscribe(String document) {
    return subscribe(document, null, null);
  }

  /**
   * Starts a GraphQL subscription through {@code executeGraphql}: see
   * {@link #subscribe(String, Map, String)}.
   *
   * @param document the GraphQL subscription document
   * @param variables the document's variables (null: none sent)
   * @return the open subscription; iterate it once, close it to stop early
   */
  @ApiOperation(value = "executeGraphql", call = "subscribe")
  public io.secureaistudio.sdk.runtime.GraphqlSubscription<GraphqlResponse> subscribe(String document, Map<String, ?> variables) {
    return subscribe(document, variables, null);
  }

  /**
   * Starts a GraphQL subscription through {@code executeGraphql} (rulebook R13.3): posts the
   * document asking for {@code text/event-stream} and returns its results as they arrive (GraphQL
   * over SSE), each decoded and validated as the result model, until {@code complete}. An error
   * status throws here, before the first result; closing the subscription (try-with-resources,
   * or stopping early) closes the connection. No reconnection.
   *
   * @param document the GraphQL subscription document
   * @param variables the document's variables (null: none sent)
   * @param operationName which operation of the document to run (null: none sent)
   * @return the open subscription; iterate it once, close it to stop early
   */
  @ApiOperation(value = "executeGraphql", call = "subscribe")
  public io.secureaistudio.sdk.runtime.GraphqlSubscription<GraphqlResponse> subscribe(String document, Map<String, ?> variables, String operationName) {
    return transport.executeSubscription(queryRequest(document, variables, operationName,
        io.secureaistudio.sdk.runtime.GraphqlOverHttp.SUBSCRIBE_ACCEPT), GraphqlResponse.class, "GraphqlResponse");
  }

  /**
   * Run a GraphQL query over GET ({@code GET /graphql}, operation {@code executeGraphqlGet}).
   * <p>Runs a GraphQL query (not a mutation: that is 405) given in the query string, as GraphQL over HTTP allows, so caches and CDNs can keep the answer. The document is validated against &#x60;graphql/schema.graphql&#x60;; one that does not parse or validate is 400 with GraphQL &#x60;errors&#x60;. A result with &#x60;data&#x60; is 200, field errors listed beside it in &#x60;errors&#x60;. 
   *
   * @param params the operation's other parameters
   * @return the decoded response body
   */
  @ApiOperation("executeGraphqlGet")
  public GraphqlResponse executeGet(GraphqlExecuteGetParams params) {
    return raw.executeGet(params).getData();
  }

  /**
   * The methods of {@link GraphqlService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Execute a GraphQL query, mutation or subscription, with status and headers.
     *
     * @param graphqlRequest the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<GraphqlResponse> execute(@ApiParam(in = "body") GraphqlRequest graphqlRequest) {
      ApiRequest request = executeRequest(graphqlRequest);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<GraphqlResponse>() {}));
    }

    /**
     * Runs a GraphQL query or mutation, with status and headers: see {@link GraphqlService#query(String, Map, String)}.
     *
     * @param document the GraphQL document
     * @param variables the document's variables (null: none sent)
     * @param operationName which operation of the document to run (null: none sent)
     * @return the status code, headers and decoded result
     */
    public HttpResponseFor<GraphqlResponse> query(String document, Map<String, ?> variables, String operationName) {
      ApiRequest request = queryRequest(document, variables, operationName,
          io.secureaistudio.sdk.runtime.GraphqlOverHttp.QUERY_ACCEPT);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<GraphqlResponse>() {}));
    }

    /**
     * Run a GraphQL query over GET, with status and headers.
     *
     * @param params the operation's other parameters
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<GraphqlResponse> executeGet(GraphqlExecuteGetParams params) {
      ApiRequest request = executeGetRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<GraphqlResponse>() {}));
    }
  }

  /**
   * The methods of {@link GraphqlService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final GraphqlService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().graphql()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(GraphqlService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link GraphqlService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Execute a GraphQL query, mutation or subscription: see {@link GraphqlService#execute}.
     *
     * @param graphqlRequest the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<GraphqlResponse> execute(@ApiParam(in = "body") GraphqlRequest graphqlRequest) {
      return AsyncCalls.run(executor, () -> sync.execute(graphqlRequest));
    }

    /**
     * Runs a GraphQL query or mutation without variables: see {@link GraphqlService#query(String, Map, String)}.
     *
     * @param document the GraphQL document
     * @return a future of the result
     */
    public CompletableFuture<GraphqlResponse> query(String document) {
      return query(document, null, null);
    }

    /**
     * Runs a GraphQL query or mutation: see {@link GraphqlService#query(String, Map, String)}.
     *
     * @param document the GraphQL document
     * @param variables the document's variables (null: none sent)
     * @return a future of the result
     */
    public CompletableFuture<GraphqlResponse> query(String document, Map<String, ?> variables) {
      return query(document, variables, null);
    }

    /**
     * Runs a GraphQL query or mutation: see {@link GraphqlService#query(String, Map, String)}.
     *
     * @param document the GraphQL document
     * @param variables the document's variables (null: none sent)
     * @param operationName which operation of the document to run (null: none sent)
     * @return a future of the result
     */
    public CompletableFuture<GraphqlResponse> query(String document, Map<String, ?> variables, String operationName) {
      return AsyncCalls.run(executor, () -> sync.query(document, variables, operationName));
    }

    /**
     * A GraphQL subscription without variables, opened by {@code subscribe(handler)}: see
     * {@link GraphqlService#subscribe(String, Map, String)}.
     *
     * @param document the GraphQL subscription document
     * @return the unsent subscription; its {@code subscribe(handler)} pushes each result
     */
    public io.secureaistudio.sdk.runtime.AsyncGraphqlSubscription<GraphqlResponse> subscribe(String document) {
      return subscribe(document, null, null);
    }

    /**
     * A GraphQL subscription, opened by {@code subscribe(handler)}: see
     * {@link GraphqlService#subscribe(String, Map, String)}.
     *
     * @param document the GraphQL subscription document
     * @param variables the document's variables (null: none sent)
     * @return the unsent subscription; its {@code subscribe(handler)} pushes each result
     */
    public io.secureaistudio.sdk.runtime.AsyncGraphqlSubscription<GraphqlResponse> subscribe(String document, Map<String, ?> variables) {
      return subscribe(document, variables, null);
    }

    /**
     * A GraphQL subscription, opened by {@code subscribe(handler)}, which blocks no thread: see
     * {@link GraphqlService#subscribe(String, Map, String)}.
     *
     * @param document the GraphQL subscription document
     * @param variables the document's variables (null: none sent)
     * @param operationName which operation of the document to run (null: none sent)
     * @return the unsent subscription; its {@code subscribe(handler)} pushes each result
     */
    public io.secureaistudio.sdk.runtime.AsyncGraphqlSubscription<GraphqlResponse> subscribe(String document, Map<String, ?> variables, String operationName) {
      return new io.secureaistudio.sdk.runtime.AsyncGraphqlSubscription<>(sync.transport,
          queryRequest(document, variables, operationName,
              io.secureaistudio.sdk.runtime.GraphqlOverHttp.SUBSCRIBE_ACCEPT), GraphqlResponse.class, "GraphqlResponse");
    }

    /**
     * Run a GraphQL query over GET: see {@link GraphqlService#executeGet}.
     *
     * @param params the operation's other parameters
     * @return a future of the decoded response body
     */
    public CompletableFuture<GraphqlResponse> executeGet(GraphqlExecuteGetParams params) {
      return AsyncCalls.run(executor, () -> sync.executeGet(params));
    }
  }

  private static ApiRequest executeRequest(@ApiParam(in = "body") GraphqlRequest graphqlRequest) {
    return ApiRequest.of("executeGraphql", "POST", "/graphql")
        .require("GraphqlRequest", graphqlRequest)
        .jsonBody(graphqlRequest, "application/json")
        .accept("application/graphql-response+json, application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest queryRequest(String document, Map<String, ?> variables, String operationName, String accept) {
    return io.secureaistudio.sdk.runtime.GraphqlOverHttp.request("executeGraphql", "/graphql", document, variables, operationName, accept)
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest executeGetRequest(GraphqlExecuteGetParams params) {
    return ApiRequest.of("executeGraphqlGet", "GET", "/graphql")
        .require("query", params == null ? null : params.query())
        .queryParam("query", params == null ? null : params.query())
        .queryParam("variables", params == null ? null : params.variables())
        .queryParam("operationName", params == null ? null : params.operationName())
        .accept("application/graphql-response+json, application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
