// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.HealthStatus;
import io.secureaistudio.sdk.model.Problem;
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
 * The {@code health} resource.
 *
 * <p>Get it from {@code client.health()}; {@code client.async().health()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class HealthService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code health} resource over {@code transport}; the client creates it ({@code client.health()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public HealthService(Transport transport) {
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
  public HealthService withOptions(RequestOptions options) {
    return new HealthService(transport.withOptions(options));
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
   * Liveness probe ({@code GET /health/live}, operation {@code getLiveness}).
   * <p>Answers 200 while the service process is up. Takes no authentication so load balancers can call it.
   *
   * @return the decoded response body
   */
  @ApiOperation("getLiveness")
  public HealthStatus liveness() {
    return raw.liveness().getData();
  }

  /**
   * Readiness probe ({@code GET /health/ready}, operation {@code getReadiness}).
   * <p>Answers 200 when the service and its dependencies can take traffic, 503 with the failing checks otherwise. No authentication.
   *
   * @return the decoded response body
   */
  @ApiOperation("getReadiness")
  public HealthStatus readiness() {
    return raw.readiness().getData();
  }

  /**
   * The methods of {@link HealthService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Liveness probe, with status and headers.
     *
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<HealthStatus> liveness() {
      ApiRequest request = livenessRequest();
      return HttpResponseFor.of(transport.execute(request, new TypeReference<HealthStatus>() {}));
    }

    /**
     * Readiness probe, with status and headers.
     *
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<HealthStatus> readiness() {
      ApiRequest request = readinessRequest();
      return HttpResponseFor.of(transport.execute(request, new TypeReference<HealthStatus>() {}));
    }
  }

  /**
   * The methods of {@link HealthService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final HealthService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().health()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(HealthService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link HealthService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Liveness probe: see {@link HealthService#liveness}.
     *
     * @return a future of the decoded response body
     */
    public CompletableFuture<HealthStatus> liveness() {
      return AsyncCalls.run(executor, () -> sync.liveness());
    }

    /**
     * Readiness probe: see {@link HealthService#readiness}.
     *
     * @return a future of the decoded response body
     */
    public CompletableFuture<HealthStatus> readiness() {
      return AsyncCalls.run(executor, () -> sync.readiness());
    }
  }

  private static ApiRequest livenessRequest() {
    return ApiRequest.of("getLiveness", "GET", "/health/live")
        .accept("application/json, application/problem+json")
        ;
  }

  private static ApiRequest readinessRequest() {
    return ApiRequest.of("getReadiness", "GET", "/health/ready")
        .accept("application/json, application/problem+json")
        ;
  }
}
