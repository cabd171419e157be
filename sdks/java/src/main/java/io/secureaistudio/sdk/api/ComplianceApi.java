// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.ComplianceFramework;
import io.secureaistudio.sdk.model.ComplianceReport;
import io.secureaistudio.sdk.model.ComplianceReportList;
import io.secureaistudio.sdk.model.ComplianceReportRequest;
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
 * Operations tagged {@code Compliance}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#compliance()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class ComplianceApi {
  private final Transport transport;

  public ComplianceApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public ComplianceApi withOptions(RequestOptions options) {
    return new ComplianceApi(transport.withOptions(options));
  }

  /**
   * Request a compliance report
   * <p>Starts generating a compliance report for a framework and period. Poll &#x60;getComplianceReport&#x60; until it is &#x60;ready&#x60; (then &#x60;downloadUrl&#x60; is set) or &#x60;failed&#x60;. 
   *
   * @param complianceReportRequest ComplianceReportRequest
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return ComplianceReport
   */
  public ComplianceReport createComplianceReport(ComplianceReportRequest complianceReportRequest, String idempotencyKey) {
    return createComplianceReportWithHttpInfo(complianceReportRequest, idempotencyKey).getData();
  }

  /**
   * Request a compliance report, with the response status and headers.
   *
   * @param complianceReportRequest ComplianceReportRequest
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<ComplianceReport> createComplianceReportWithHttpInfo(ComplianceReportRequest complianceReportRequest, String idempotencyKey) {
    ApiRequest request = createComplianceReportRequest(complianceReportRequest, idempotencyKey);
    return transport.execute(request, new TypeReference<ComplianceReport>() {});
  }


  private ApiRequest createComplianceReportRequest(ComplianceReportRequest complianceReportRequest, String idempotencyKey) {
    return ApiRequest.of("createComplianceReport", "POST", "/compliance/reports")
        .require("ComplianceReportRequest", complianceReportRequest)
        .header("Idempotency-Key", idempotencyKey)
        .jsonBody(complianceReportRequest, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get a compliance report
   * <p>Returns a compliance report with its status and, once ready, its summary and download URL.
   *
   * @param reportId The compliance report&#39;s ID.
   * @return ComplianceReport
   */
  public ComplianceReport getComplianceReport(String reportId) {
    return getComplianceReportWithHttpInfo(reportId).getData();
  }

  /**
   * Get a compliance report, with the response status and headers.
   *
   * @param reportId The compliance report&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<ComplianceReport> getComplianceReportWithHttpInfo(String reportId) {
    ApiRequest request = getComplianceReportRequest(reportId);
    return transport.execute(request, new TypeReference<ComplianceReport>() {});
  }

  /**
   * Waits until the ComplianceReport is finished (rulebook R8), with the default {@link WaitOptions}:
   * polls every second at first, growing 1.5x up to 10 s, for at most 15 minutes.
   *
   * @param reportId The compliance report&#39;s ID.
   * @return the ComplianceReport once {@code status} is {@code ready}, {@code failed}
   * @throws WaitTimeoutException when it is still not finished after 15 minutes
   * @see #waitForComplianceReport(String, WaitOptions)
   */
  public ComplianceReport waitForComplianceReport(String reportId) {
    return waitForComplianceReport(reportId, WaitOptions.defaults());
  }

  /**
   * Waits until the ComplianceReport is finished (rulebook R8): calls {@code getComplianceReport} at once, then
   * again after each wait ({@code options}, or the server's {@code Retry-After}) until
   * {@code status} is terminal, and returns it whichever terminal status it has. Use it after
   * {@code createComplianceReport}.
   *
   * <pre>{@code ComplianceReport done = api.waitForComplianceReport(id, WaitOptions.defaults().withTimeout(Duration.ofMinutes(5)));}</pre>
   *
   * @param reportId The compliance report&#39;s ID.
   * @param options intervals and overall timeout
   * @return the ComplianceReport once {@code status} is {@code ready}, {@code failed}
   * @throws WaitTimeoutException when the next wait would pass {@code options.timeout()};
   *     {@code getLastState(ComplianceReport.class)} is the last ComplianceReport seen
   * @throws io.secureaistudio.sdk.runtime.APIUserAbortException when the thread is interrupted while waiting
   */
  public ComplianceReport waitForComplianceReport(String reportId, WaitOptions options) {
    return Waiter.of("getComplianceReport", "status", List.of("ready", "failed"))
        .waitFor(transport, options, () -> getComplianceReportWithHttpInfo(reportId));
  }


  private ApiRequest getComplianceReportRequest(String reportId) {
    return ApiRequest.of("getComplianceReport", "GET", "/compliance/reports/{reportId}")
        .require("reportId", reportId)
        .pathParam("reportId", reportId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List compliance reports
   * <p>Lists compliance reports, newest first, optionally for one framework.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param framework Only reports for this framework. (optional)
   * @return ComplianceReportList
   */
  public ComplianceReportList listComplianceReports(String cursor, Integer limit, ComplianceFramework framework) {
    return listComplianceReportsWithHttpInfo(cursor, limit, framework).getData();
  }

  /**
   * List compliance reports, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param framework Only reports for this framework. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<ComplianceReportList> listComplianceReportsWithHttpInfo(String cursor, Integer limit, ComplianceFramework framework) {
    ApiRequest request = listComplianceReportsRequest(cursor, limit, framework);
    return transport.execute(request, new TypeReference<ComplianceReportList>() {});
  }

  /**
   * List compliance reports: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code for (var item : api.listComplianceReportsAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param framework Only reports for this framework. (optional)
   * @return the first page, a {@code Page} of the items in {@code ComplianceReportList.data}
   */
  public ComplianceReportList.DataPage listComplianceReportsAutoPaging(String cursor, Integer limit, ComplianceFramework framework) {
    return new ComplianceReportList.DataPage(transport, listComplianceReportsRequest(cursor, limit, framework),
        "cursor", ComplianceReportList::getNextCursor);
  }


  private ApiRequest listComplianceReportsRequest(String cursor, Integer limit, ComplianceFramework framework) {
    return ApiRequest.of("listComplianceReports", "GET", "/compliance/reports")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .queryParam("framework", framework)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
