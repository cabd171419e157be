// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import java.time.OffsetDateTime;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.SystemMetrics;
import io.secureaistudio.sdk.model.UsageSeries;
import io.secureaistudio.sdk.params.MetricUsageParams;
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
 * The {@code metrics} resource.
 *
 * <p>Get it from {@code client.metrics()}; {@code client.async().metrics()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class MetricsService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code metrics} resource over {@code transport}; the client creates it ({@code client.metrics()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public MetricsService(Transport transport) {
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
  public MetricsService withOptions(RequestOptions options) {
    return new MetricsService(transport.withOptions(options));
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
   * Get system metrics ({@code GET /metrics/system}, operation {@code getSystemMetrics}).
   * <p>A point-in-time snapshot of the organisation&#39;s generation capacity and queue.
   *
   * @return the decoded response body
   */
  @ApiOperation("getSystemMetrics")
  public SystemMetrics system() {
    return raw.system().getData();
  }

  /**
   * Get usage metrics ({@code GET /metrics/usage}, operation {@code getUsageMetrics}).
   * <p>Usage as a time series between &#x60;from&#x60; (inclusive) and &#x60;to&#x60; (exclusive), one point per &#x60;granularity&#x60; bucket.
   *
   * @param params the operation's other parameters
   * @return the decoded response body
   */
  @ApiOperation("getUsageMetrics")
  public UsageSeries usage(MetricUsageParams params) {
    return raw.usage(params).getData();
  }

  /**
   * The methods of {@link MetricsService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Get system metrics, with status and headers.
     *
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<SystemMetrics> system() {
      ApiRequest request = systemRequest();
      return HttpResponseFor.of(transport.execute(request, new TypeReference<SystemMetrics>() {}));
    }

    /**
     * Get usage metrics, with status and headers.
     *
     * @param params the operation's other parameters
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<UsageSeries> usage(MetricUsageParams params) {
      ApiRequest request = usageRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<UsageSeries>() {}));
    }
  }

  /**
   * The methods of {@link MetricsService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final MetricsService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().metrics()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(MetricsService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link MetricsService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Get system metrics: see {@link MetricsService#system}.
     *
     * @return a future of the decoded response body
     */
    public CompletableFuture<SystemMetrics> system() {
      return AsyncCalls.run(executor, () -> sync.system());
    }

    /**
     * Get usage metrics: see {@link MetricsService#usage}.
     *
     * @param params the operation's other parameters
     * @return a future of the decoded response body
     */
    public CompletableFuture<UsageSeries> usage(MetricUsageParams params) {
      return AsyncCalls.run(executor, () -> sync.usage(params));
    }
  }

  private static ApiRequest systemRequest() {
    return ApiRequest.of("getSystemMetrics", "GET", "/metrics/system")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest usageRequest(MetricUsageParams params) {
    return ApiRequest.of("getUsageMetrics", "GET", "/metrics/usage")
        .require("from", params == null ? null : params.from())
        .queryParam("from", params == null ? null : params.from())
        .require("to", params == null ? null : params.to())
        .queryParam("to", params == null ? null : params.to())
        .queryParam("granularity", params == null ? null : params.granularity())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
