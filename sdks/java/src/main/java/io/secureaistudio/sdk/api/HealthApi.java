// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.HealthStatus;
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
 * Operations tagged {@code Health}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#health()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class HealthApi {
  private final Transport transport;

  public HealthApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public HealthApi withOptions(RequestOptions options) {
    return new HealthApi(transport.withOptions(options));
  }

  /**
   * Liveness probe
   * <p>Answers 200 while the service process is up. Takes no authentication so load balancers can call it.
   *
   * @return HealthStatus
   */
  public HealthStatus getLiveness() {
    return getLivenessWithHttpInfo().getData();
  }

  /**
   * Liveness probe, with the response status and headers.
   *
   * @return the decoded body with status code and headers
   */
  public ApiResponse<HealthStatus> getLivenessWithHttpInfo() {
    ApiRequest request = getLivenessRequest();
    return transport.execute(request, new TypeReference<HealthStatus>() {});
  }


  private ApiRequest getLivenessRequest() {
    return ApiRequest.of("getLiveness", "GET", "/health/live")
        .accept("application/json, application/problem+json")
        ;
  }

  /**
   * Readiness probe
   * <p>Answers 200 when the service and its dependencies can take traffic, 503 with the failing checks otherwise. No authentication.
   *
   * @return HealthStatus
   */
  public HealthStatus getReadiness() {
    return getReadinessWithHttpInfo().getData();
  }

  /**
   * Readiness probe, with the response status and headers.
   *
   * @return the decoded body with status code and headers
   */
  public ApiResponse<HealthStatus> getReadinessWithHttpInfo() {
    ApiRequest request = getReadinessRequest();
    return transport.execute(request, new TypeReference<HealthStatus>() {});
  }


  private ApiRequest getReadinessRequest() {
    return ApiRequest.of("getReadiness", "GET", "/health/ready")
        .accept("application/json, application/problem+json")
        ;
  }
}
