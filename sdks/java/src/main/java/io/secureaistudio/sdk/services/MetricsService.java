// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import java.time.OffsetDateTime;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.SystemMetrics;
import io.secureaistudio.sdk.model.UsageSeries;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiOperation;
import io.secureaistudio.sdk.runtime.ApiParam;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AsyncCalls;
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
 * parameters go in the operation's immutable params class ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class MetricsService {
  private final Transport transport;
  private final WithRawResponse raw;

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

  /** The same methods returning the decoded body with status code and headers ({@link HttpResponseFor}). */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Get system metrics ({@code GET /metrics/system}, operation {@code getSystemMetrics}).
   * <p>A point-in-time snapshot of the organisation&#39;s generation capacity and queue.
   *
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
   */
  @ApiOperation("getUsageMetrics")
  public UsageSeries usage(UsageParams params) {
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

    /** Get system metrics, with status and headers. */
    public HttpResponseFor<SystemMetrics> system() {
      ApiRequest request = systemRequest();
      return HttpResponseFor.of(transport.execute(request, new TypeReference<SystemMetrics>() {}));
    }

    /** Get usage metrics, with status and headers. */
    public HttpResponseFor<UsageSeries> usage(UsageParams params) {
      ApiRequest request = usageRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<UsageSeries>() {}));
    }
  }

  /**
   * The methods of {@link MetricsService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}.
   */
  public static final class Async {
    private final MetricsService sync;
    private final Executor executor;

    public Async(MetricsService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** This resource with per-call options (R2.2), as for {@link MetricsService#withOptions}. */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /** Get system metrics: see {@link MetricsService#system}. */
    public CompletableFuture<SystemMetrics> system() {
      return AsyncCalls.run(executor, () -> sync.system());
    }

    /** Get usage metrics: see {@link MetricsService#usage}. */
    public CompletableFuture<UsageSeries> usage(UsageParams params) {
      return AsyncCalls.run(executor, () -> sync.usage(params));
    }
  }

  /**
   * The parameters of {@link MetricsService#usage} besides the path
   * ({@code getUsageMetrics}): immutable; build one with {@link #builder()}, change a copy with
   * {@link #toBuilder()}.
   */
  public static final class UsageParams {
    private final OffsetDateTime from;
    private final OffsetDateTime to;
    private final String granularity;

    private UsageParams(Builder b) {
      this.from = b.from;
      this.to = b.to;
      this.granularity = b.granularity;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
      return new Builder();
    }

    /** @return a builder preset with these parameters */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.from = from;
      b.to = to;
      b.granularity = granularity;
      return b;
    }

    /** @return Start of the series (inclusive). (null when not set) */
    public OffsetDateTime from() {
      return from;
    }

    /** @return End of the series (exclusive). (null when not set) */
    public OffsetDateTime to() {
      return to;
    }

    /** @return Bucket size. (null when not set) */
    public String granularity() {
      return granularity;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) return true;
      if (!(o instanceof UsageParams)) return false;
      UsageParams other = (UsageParams) o;
      return true
          && Objects.equals(from, other.from)
          && Objects.equals(to, other.to)
          && Objects.equals(granularity, other.granularity);
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, to, granularity, getClass());
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("UsageParams{");
      if (from != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("from=").append(from);
      if (to != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("to=").append(to);
      if (granularity != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("granularity=").append(granularity);
      return s.append('}').toString();
    }

    /** Builds {@link UsageParams}; {@link #build()} checks the required parameters. */
    public static final class Builder {
      private OffsetDateTime from;
      private OffsetDateTime to;
      private String granularity;

      private Builder() {}

      /**
       * @param from Start of the series (inclusive).
       * @return this builder
       */
      @ApiParam(in = "query", name = "from")
      public Builder from(OffsetDateTime from) {
        this.from = from;
        return this;
      }

      /**
       * @param to End of the series (exclusive).
       * @return this builder
       */
      @ApiParam(in = "query", name = "to")
      public Builder to(OffsetDateTime to) {
        this.to = to;
        return this;
      }

      /**
       * @param granularity Bucket size. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "granularity")
      public Builder granularity(String granularity) {
        this.granularity = granularity;
        return this;
      }

      /**
       * @return the parameters
       * @throws IllegalArgumentException when a required parameter is not set
       */
      public UsageParams build() {
        if (from == null) {
          throw new IllegalArgumentException("the query parameter 'from' of getUsageMetrics is required");
        }
        if (to == null) {
          throw new IllegalArgumentException("the query parameter 'to' of getUsageMetrics is required");
        }
        return new UsageParams(this);
      }
    }
  }

  private static ApiRequest systemRequest() {
    return ApiRequest.of("getSystemMetrics", "GET", "/metrics/system")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest usageRequest(UsageParams params) {
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
