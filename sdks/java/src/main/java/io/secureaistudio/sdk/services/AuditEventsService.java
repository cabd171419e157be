// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.AuditEvent;
import io.secureaistudio.sdk.model.AuditEventList;
import io.secureaistudio.sdk.model.AuditResourceType;
import java.time.OffsetDateTime;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.params.AuditEventListParams;
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
 * The {@code auditEvents} resource.
 *
 * <p>Get it from {@code client.auditEvents()}; {@code client.async().auditEvents()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class AuditEventsService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code auditEvents} resource over {@code transport}; the client creates it ({@code client.auditEvents()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public AuditEventsService(Transport transport) {
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
  public AuditEventsService withOptions(RequestOptions options) {
    return new AuditEventsService(transport.withOptions(options));
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
   * Get an audit event ({@code GET /audit-events/{eventId}}, operation {@code getAuditEvent}).
   * <p>Returns one audit event.
   *
   * @param eventId The audit event&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getAuditEvent")
  public AuditEvent retrieve(@ApiParam(in = "path", name = "eventId") String eventId) {
    return raw.retrieve(eventId).getData();
  }

  /**
   * List audit events ({@code GET /audit-events}, operation {@code listAuditEvents}).
   * <p>Lists audit events, newest first, filtered by actor, action, resource and time range.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listAuditEvents")
  public AuditEventList.DataPage list(AuditEventListParams params) {
    return new AuditEventList.DataPage(transport, listRequest(params),
        "cursor", AuditEventList::getNextCursor);
  }

  /**
   * List audit events, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listAuditEvents")
  public AuditEventList.DataPage list() {
    return list(null);
  }

  /**
   * The methods of {@link AuditEventsService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Get an audit event, with status and headers.
     *
     * @param eventId The audit event&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<AuditEvent> retrieve(@ApiParam(in = "path", name = "eventId") String eventId) {
      ApiRequest request = retrieveRequest(eventId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<AuditEvent>() {}));
    }

    /**
     * List audit events, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<AuditEventList> list(AuditEventListParams params) {
      ApiRequest request = listRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<AuditEventList>() {}));
    }

    /**
     * List audit events, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<AuditEventList> list() {
      return list(null);
    }
  }

  /**
   * The methods of {@link AuditEventsService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final AuditEventsService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().auditEvents()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(AuditEventsService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link AuditEventsService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Get an audit event: see {@link AuditEventsService#retrieve}.
     *
     * @param eventId The audit event&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<AuditEvent> retrieve(@ApiParam(in = "path", name = "eventId") String eventId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(eventId));
    }

    /**
     * List audit events: see {@link AuditEventsService#list}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<AuditEventList.DataAsyncPage> list(AuditEventListParams params) {
      return AuditEventList.DataAsyncPage.first(sync.transport, listRequest(params),
          "cursor", AuditEventList::getNextCursor);
    }

    /**
     * List audit events, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<AuditEventList.DataAsyncPage> list() {
      return list(null);
    }
  }

  private static ApiRequest retrieveRequest(@ApiParam(in = "path", name = "eventId") String eventId) {
    return ApiRequest.of("getAuditEvent", "GET", "/audit-events/{eventId}")
        .require("eventId", eventId)
        .pathParam("eventId", eventId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listRequest(AuditEventListParams params) {
    return ApiRequest.of("listAuditEvents", "GET", "/audit-events")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .queryParam("actorId", params == null ? null : params.actorId())
        .queryParam("action", params == null ? null : params.action())
        .queryParam("resourceType", params == null ? null : params.resourceType())
        .queryParam("resourceId", params == null ? null : params.resourceId())
        .queryParam("from", params == null ? null : params.from())
        .queryParam("to", params == null ? null : params.to())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
