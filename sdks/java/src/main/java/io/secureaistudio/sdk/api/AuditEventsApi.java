// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.AuditEvent;
import io.secureaistudio.sdk.model.AuditEventList;
import io.secureaistudio.sdk.model.AuditResourceType;
import java.time.OffsetDateTime;
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
 * Operations tagged {@code AuditEvents}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#auditEvents()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class AuditEventsApi {
  private final Transport transport;

  public AuditEventsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public AuditEventsApi withOptions(RequestOptions options) {
    return new AuditEventsApi(transport.withOptions(options));
  }

  /**
   * Get an audit event
   * <p>Returns one audit event.
   *
   * @param eventId The audit event&#39;s ID.
   * @return AuditEvent
   */
  public AuditEvent getAuditEvent(String eventId) {
    return getAuditEventWithHttpInfo(eventId).getData();
  }

  /**
   * Get an audit event, with the response status and headers.
   *
   * @param eventId The audit event&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<AuditEvent> getAuditEventWithHttpInfo(String eventId) {
    ApiRequest request = getAuditEventRequest(eventId);
    return transport.execute(request, new TypeReference<AuditEvent>() {});
  }


  private ApiRequest getAuditEventRequest(String eventId) {
    return ApiRequest.of("getAuditEvent", "GET", "/audit-events/{eventId}")
        .require("eventId", eventId)
        .pathParam("eventId", eventId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List audit events
   * <p>Lists audit events, newest first, filtered by actor, action, resource and time range.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param actorId Only events by this user or API key. (optional)
   * @param action Only events with this action, for example &#x60;template.update&#x60;. (optional)
   * @param resourceType Only events on resources of this type. (optional)
   * @param resourceId Only events on this resource. (optional)
   * @param from Only events at or after this time. (optional)
   * @param to Only events before this time. (optional)
   * @return AuditEventList
   */
  public AuditEventList listAuditEvents(String cursor, Integer limit, String actorId, String action, AuditResourceType resourceType, String resourceId, OffsetDateTime from, OffsetDateTime to) {
    return listAuditEventsWithHttpInfo(cursor, limit, actorId, action, resourceType, resourceId, from, to).getData();
  }

  /**
   * List audit events, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param actorId Only events by this user or API key. (optional)
   * @param action Only events with this action, for example &#x60;template.update&#x60;. (optional)
   * @param resourceType Only events on resources of this type. (optional)
   * @param resourceId Only events on this resource. (optional)
   * @param from Only events at or after this time. (optional)
   * @param to Only events before this time. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<AuditEventList> listAuditEventsWithHttpInfo(String cursor, Integer limit, String actorId, String action, AuditResourceType resourceType, String resourceId, OffsetDateTime from, OffsetDateTime to) {
    ApiRequest request = listAuditEventsRequest(cursor, limit, actorId, action, resourceType, resourceId, from, to);
    return transport.execute(request, new TypeReference<AuditEventList>() {});
  }

  /**
   * List audit events: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code for (var item : api.listAuditEventsAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param actorId Only events by this user or API key. (optional)
   * @param action Only events with this action, for example &#x60;template.update&#x60;. (optional)
   * @param resourceType Only events on resources of this type. (optional)
   * @param resourceId Only events on this resource. (optional)
   * @param from Only events at or after this time. (optional)
   * @param to Only events before this time. (optional)
   * @return the first page, a {@code Page} of the items in {@code AuditEventList.data}
   */
  public AuditEventList.DataPage listAuditEventsAutoPaging(String cursor, Integer limit, String actorId, String action, AuditResourceType resourceType, String resourceId, OffsetDateTime from, OffsetDateTime to) {
    return new AuditEventList.DataPage(transport, listAuditEventsRequest(cursor, limit, actorId, action, resourceType, resourceId, from, to),
        "cursor", AuditEventList::getNextCursor);
  }


  private ApiRequest listAuditEventsRequest(String cursor, Integer limit, String actorId, String action, AuditResourceType resourceType, String resourceId, OffsetDateTime from, OffsetDateTime to) {
    return ApiRequest.of("listAuditEvents", "GET", "/audit-events")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .queryParam("actorId", actorId)
        .queryParam("action", action)
        .queryParam("resourceType", resourceType)
        .queryParam("resourceId", resourceId)
        .queryParam("from", from)
        .queryParam("to", to)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
