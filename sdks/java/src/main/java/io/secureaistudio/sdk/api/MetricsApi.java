// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import java.time.OffsetDateTime;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.SystemMetrics;
import io.secureaistudio.sdk.model.UsageSeries;
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
 * Operations tagged {@code Metrics}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#metrics()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class MetricsApi {
  private final Transport transport;

  public MetricsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public MetricsApi withOptions(RequestOptions options) {
    return new MetricsApi(transport.withOptions(options));
  }

  /**
   * Get system metrics
   * <p>A point-in-time snapshot of the organisation&#39;s generation capacity and queue.
   *
   * @return SystemMetrics
   */
  public SystemMetrics getSystemMetrics() {
    return getSystemMetricsWithHttpInfo().getData();
  }

  /**
   * Get system metrics, with the response status and headers.
   *
   * @return the decoded body with status code and headers
   */
  public ApiResponse<SystemMetrics> getSystemMetricsWithHttpInfo() {
    ApiRequest request = getSystemMetricsRequest();
    return transport.execute(request, new TypeReference<SystemMetrics>() {});
  }


  private ApiRequest getSystemMetricsRequest() {
    return ApiRequest.of("getSystemMetrics", "GET", "/metrics/system")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get usage metrics
   * <p>Usage as a time series between &#x60;from&#x60; (inclusive) and &#x60;to&#x60; (exclusive), one point per &#x60;granularity&#x60; bucket.
   *
   * @param from Start of the series (inclusive).
   * @param to End of the series (exclusive).
   * @param granularity Bucket size. (optional)
   * @return UsageSeries
   */
  public UsageSeries getUsageMetrics(OffsetDateTime from, OffsetDateTime to, String granularity) {
    return getUsageMetricsWithHttpInfo(from, to, granularity).getData();
  }

  /**
   * Get usage metrics, with the response status and headers.
   *
   * @param from Start of the series (inclusive).
   * @param to End of the series (exclusive).
   * @param granularity Bucket size. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<UsageSeries> getUsageMetricsWithHttpInfo(OffsetDateTime from, OffsetDateTime to, String granularity) {
    ApiRequest request = getUsageMetricsRequest(from, to, granularity);
    return transport.execute(request, new TypeReference<UsageSeries>() {});
  }


  private ApiRequest getUsageMetricsRequest(OffsetDateTime from, OffsetDateTime to, String granularity) {
    return ApiRequest.of("getUsageMetrics", "GET", "/metrics/usage")
        .require("from", from)
        .require("to", to)
        .queryParam("from", from)
        .queryParam("to", to)
        .queryParam("granularity", granularity)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
