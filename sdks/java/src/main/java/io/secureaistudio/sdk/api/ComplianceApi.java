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
