// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.ComplianceFramework;
import io.secureaistudio.sdk.model.ComplianceReport;
import io.secureaistudio.sdk.model.ComplianceReportList;
import io.secureaistudio.sdk.model.ComplianceReportRequest;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.params.ComplianceListReportsParams;
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
 * The {@code compliance} resource.
 *
 * <p>Get it from {@code client.compliance()}; {@code client.async().compliance()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class ComplianceService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code compliance} resource over {@code transport}; the client creates it ({@code client.compliance()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public ComplianceService(Transport transport) {
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
  public ComplianceService withOptions(RequestOptions options) {
    return new ComplianceService(transport.withOptions(options));
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
   * Request a compliance report ({@code POST /compliance/reports}, operation {@code createComplianceReport}).
   * <p>Starts generating a compliance report for a framework and period. Poll &#x60;getComplianceReport&#x60; until it is &#x60;ready&#x60; (then &#x60;downloadUrl&#x60; is set) or &#x60;failed&#x60;. 
   *
   * @param complianceReportRequest the request body
   * @return the decoded response body
   */
  @ApiOperation("createComplianceReport")
  public ComplianceReport createReport(@ApiParam(in = "body") ComplianceReportRequest complianceReportRequest) {
    return raw.createReport(complianceReportRequest).getData();
  }

  /**
   * Get a compliance report ({@code GET /compliance/reports/{reportId}}, operation {@code getComplianceReport}).
   * <p>Returns a compliance report with its status and, once ready, its summary and download URL.
   *
   * @param reportId The compliance report&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getComplianceReport")
  public ComplianceReport retrieveReport(@ApiParam(in = "path", name = "reportId") String reportId) {
    return raw.retrieveReport(reportId).getData();
  }

  /**
   * Waits until the ComplianceReport is finished (rulebook R8), with the default {@link WaitOptions}:
   * polls every second at first, growing 1.5x up to 10 s, for at most 15 minutes.
   *
   * @param reportId The compliance report&#39;s ID.
   * @return the ComplianceReport once {@code status} is {@code ready}, {@code failed}
   * @throws WaitTimeoutException when it is still not finished after 15 minutes
   */
  @ApiOperation(value = "getComplianceReport", call = "wait")
  public ComplianceReport waitForReport(@ApiParam(in = "path", name = "reportId") String reportId) {
    return waitForReport(reportId, WaitOptions.defaults());
  }

  /**
   * Waits until the ComplianceReport is finished (rulebook R8): calls {@code getComplianceReport} at once, then
   * again after each wait ({@code options}, or the server's {@code Retry-After}) until
   * {@code status} is terminal, and returns it whichever terminal status it has. Use it after
   * {@code createComplianceReport}.
   *
   * @param reportId The compliance report&#39;s ID.
   * @param options intervals and overall timeout
   * @return the ComplianceReport once {@code status} is terminal
   * @throws WaitTimeoutException when the next wait would pass {@code options.timeout()};
   *     {@code getLastState(ComplianceReport.class)} is the last ComplianceReport seen
   * @throws io.secureaistudio.sdk.runtime.APIUserAbortException when the thread is interrupted while waiting
   */
  @ApiOperation(value = "getComplianceReport", call = "wait")
  public ComplianceReport waitForReport(@ApiParam(in = "path", name = "reportId") String reportId, WaitOptions options) {
    return Waiter.of("getComplianceReport", "status", List.of("ready", "failed"))
        .waitFor(transport, options, () -> raw.retrieveReport(reportId));
  }

  /**
   * List compliance reports ({@code GET /compliance/reports}, operation {@code listComplianceReports}).
   * <p>Lists compliance reports, newest first, optionally for one framework.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listComplianceReports")
  public ComplianceReportList.DataPage listReports(ComplianceListReportsParams params) {
    return new ComplianceReportList.DataPage(transport, listReportsRequest(params),
        "cursor", ComplianceReportList::getNextCursor);
  }

  /**
   * List compliance reports, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listComplianceReports")
  public ComplianceReportList.DataPage listReports() {
    return listReports(null);
  }

  /**
   * The methods of {@link ComplianceService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Request a compliance report, with status and headers.
     *
     * @param complianceReportRequest the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<ComplianceReport> createReport(@ApiParam(in = "body") ComplianceReportRequest complianceReportRequest) {
      ApiRequest request = createReportRequest(complianceReportRequest);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<ComplianceReport>() {}));
    }

    /**
     * Get a compliance report, with status and headers.
     *
     * @param reportId The compliance report&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<ComplianceReport> retrieveReport(@ApiParam(in = "path", name = "reportId") String reportId) {
      ApiRequest request = retrieveReportRequest(reportId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<ComplianceReport>() {}));
    }

    /**
     * List compliance reports, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<ComplianceReportList> listReports(ComplianceListReportsParams params) {
      ApiRequest request = listReportsRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<ComplianceReportList>() {}));
    }

    /**
     * List compliance reports, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<ComplianceReportList> listReports() {
      return listReports(null);
    }
  }

  /**
   * The methods of {@link ComplianceService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final ComplianceService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().compliance()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(ComplianceService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link ComplianceService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Request a compliance report: see {@link ComplianceService#createReport}.
     *
     * @param complianceReportRequest the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<ComplianceReport> createReport(@ApiParam(in = "body") ComplianceReportRequest complianceReportRequest) {
      return AsyncCalls.run(executor, () -> sync.createReport(complianceReportRequest));
    }

    /**
     * Get a compliance report: see {@link ComplianceService#retrieveReport}.
     *
     * @param reportId The compliance report&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<ComplianceReport> retrieveReport(@ApiParam(in = "path", name = "reportId") String reportId) {
      return AsyncCalls.run(executor, () -> sync.retrieveReport(reportId));
    }

    /**
     * Waits until the ComplianceReport is finished, with the default {@link WaitOptions}: see {@link ComplianceService#waitForReport}.
     *
     * @param reportId The compliance report&#39;s ID.
     * @return a future of the ComplianceReport once {@code status} is terminal
     */
    public CompletableFuture<ComplianceReport> waitForReport(String reportId) {
      return AsyncCalls.run(executor, () -> sync.waitForReport(reportId));
    }

    /**
     * Waits until the ComplianceReport is finished: see {@link ComplianceService#waitForReport}.
     *
     * @param reportId The compliance report&#39;s ID.
     * @param options intervals and overall timeout
     * @return a future of the ComplianceReport once {@code status} is terminal
     */
    public CompletableFuture<ComplianceReport> waitForReport(String reportId, WaitOptions options) {
      return AsyncCalls.run(executor, () -> sync.waitForReport(reportId, options));
    }

    /**
     * List compliance reports: see {@link ComplianceService#listReports}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<ComplianceReportList.DataAsyncPage> listReports(ComplianceListReportsParams params) {
      return ComplianceReportList.DataAsyncPage.first(sync.transport, listReportsRequest(params),
          "cursor", ComplianceReportList::getNextCursor);
    }

    /**
     * List compliance reports, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<ComplianceReportList.DataAsyncPage> listReports() {
      return listReports(null);
    }
  }

  private static ApiRequest createReportRequest(@ApiParam(in = "body") ComplianceReportRequest complianceReportRequest) {
    return ApiRequest.of("createComplianceReport", "POST", "/compliance/reports")
        .header("Idempotency-Key", null)
        .require("ComplianceReportRequest", complianceReportRequest)
        .jsonBody(complianceReportRequest, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest retrieveReportRequest(@ApiParam(in = "path", name = "reportId") String reportId) {
    return ApiRequest.of("getComplianceReport", "GET", "/compliance/reports/{reportId}")
        .require("reportId", reportId)
        .pathParam("reportId", reportId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listReportsRequest(ComplianceListReportsParams params) {
    return ApiRequest.of("listComplianceReports", "GET", "/compliance/reports")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .queryParam("framework", params == null ? null : params.framework())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
