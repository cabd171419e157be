// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.AuditEvent;
import io.secureaistudio.sdk.model.AuditEventList;
import io.secureaistudio.sdk.model.AuditResourceType;
import java.time.OffsetDateTime;
import io.secureaistudio.sdk.model.Problem;
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
 * The {@code auditEvents} resource.
 *
 * <p>Get it from {@code client.auditEvents()}; {@code client.async().auditEvents()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class AuditEventsService {
  private final Transport transport;
  private final WithRawResponse raw;

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

  /** The same methods returning the decoded body with status code and headers ({@link HttpResponseFor}). */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Get an audit event ({@code GET /audit-events/{eventId}}, operation {@code getAuditEvent}).
   * <p>Returns one audit event.
   *
   * @param eventId The audit event&#39;s ID.
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
   */
  @ApiOperation("listAuditEvents")
  public AuditEventList.DataPage list(ListParams params) {
    return new AuditEventList.DataPage(transport, listRequest(params),
        "cursor", AuditEventList::getNextCursor);
  }

  /**
   * List audit events, without optional parameters.
   *
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

    /** Get an audit event, with status and headers. */
    public HttpResponseFor<AuditEvent> retrieve(@ApiParam(in = "path", name = "eventId") String eventId) {
      ApiRequest request = retrieveRequest(eventId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<AuditEvent>() {}));
    }

    /** List audit events, with status and headers. */
    public HttpResponseFor<AuditEventList> list(ListParams params) {
      ApiRequest request = listRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<AuditEventList>() {}));
    }

    /** List audit events, without optional parameters, with status and headers. */
    public HttpResponseFor<AuditEventList> list() {
      return list(null);
    }
  }

  /**
   * The methods of {@link AuditEventsService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}.
   */
  public static final class Async {
    private final AuditEventsService sync;
    private final Executor executor;

    public Async(AuditEventsService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** This resource with per-call options (R2.2), as for {@link AuditEventsService#withOptions}. */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /** Get an audit event: see {@link AuditEventsService#retrieve}. */
    public CompletableFuture<AuditEvent> retrieve(@ApiParam(in = "path", name = "eventId") String eventId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(eventId));
    }

    /** List audit events: see {@link AuditEventsService#list}. */
    public CompletableFuture<AuditEventList.DataPage> list(ListParams params) {
      return AsyncCalls.run(executor, () -> sync.list(params));
    }

    /** List audit events, without optional parameters. */
    public CompletableFuture<AuditEventList.DataPage> list() {
      return list(null);
    }
  }

  /**
   * The parameters of {@link AuditEventsService#list} besides the path
   * ({@code listAuditEvents}): immutable; build one with {@link #builder()}, change a copy with
   * {@link #toBuilder()}.
   */
  public static final class ListParams {
    private final String cursor;
    private final Integer limit;
    private final String actorId;
    private final String action;
    private final AuditResourceType resourceType;
    private final String resourceId;
    private final OffsetDateTime from;
    private final OffsetDateTime to;

    private ListParams(Builder b) {
      this.cursor = b.cursor;
      this.limit = b.limit;
      this.actorId = b.actorId;
      this.action = b.action;
      this.resourceType = b.resourceType;
      this.resourceId = b.resourceId;
      this.from = b.from;
      this.to = b.to;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
      return new Builder();
    }

    /** @return a builder preset with these parameters */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.cursor = cursor;
      b.limit = limit;
      b.actorId = actorId;
      b.action = action;
      b.resourceType = resourceType;
      b.resourceId = resourceId;
      b.from = from;
      b.to = to;
      return b;
    }

    /** @return The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (null when not set) */
    public String cursor() {
      return cursor;
    }

    /** @return The largest number of items a page holds. (null when not set) */
    public Integer limit() {
      return limit;
    }

    /** @return Only events by this user or API key. (null when not set) */
    public String actorId() {
      return actorId;
    }

    /** @return Only events with this action, for example &#x60;template.update&#x60;. (null when not set) */
    public String action() {
      return action;
    }

    /** @return Only events on resources of this type. (null when not set) */
    public AuditResourceType resourceType() {
      return resourceType;
    }

    /** @return Only events on this resource. (null when not set) */
    public String resourceId() {
      return resourceId;
    }

    /** @return Only events at or after this time. (null when not set) */
    public OffsetDateTime from() {
      return from;
    }

    /** @return Only events before this time. (null when not set) */
    public OffsetDateTime to() {
      return to;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) return true;
      if (!(o instanceof ListParams)) return false;
      ListParams other = (ListParams) o;
      return true
          && Objects.equals(cursor, other.cursor)
          && Objects.equals(limit, other.limit)
          && Objects.equals(actorId, other.actorId)
          && Objects.equals(action, other.action)
          && Objects.equals(resourceType, other.resourceType)
          && Objects.equals(resourceId, other.resourceId)
          && Objects.equals(from, other.from)
          && Objects.equals(to, other.to);
    }

    @Override
    public int hashCode() {
      return Objects.hash(cursor, limit, actorId, action, resourceType, resourceId, from, to, getClass());
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("ListParams{");
      if (cursor != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("cursor=").append(cursor);
      if (limit != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("limit=").append(limit);
      if (actorId != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("actorId=").append(actorId);
      if (action != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("action=").append(action);
      if (resourceType != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("resourceType=").append(resourceType);
      if (resourceId != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("resourceId=").append(resourceId);
      if (from != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("from=").append(from);
      if (to != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("to=").append(to);
      return s.append('}').toString();
    }

    /** Builds {@link ListParams}; {@link #build()} checks the required parameters. */
    public static final class Builder {
      private String cursor;
      private Integer limit;
      private String actorId;
      private String action;
      private AuditResourceType resourceType;
      private String resourceId;
      private OffsetDateTime from;
      private OffsetDateTime to;

      private Builder() {}

      /**
       * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "cursor")
      public Builder cursor(String cursor) {
        this.cursor = cursor;
        return this;
      }

      /**
       * @param limit The largest number of items a page holds. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "limit")
      public Builder limit(Integer limit) {
        this.limit = limit;
        return this;
      }

      /**
       * @param actorId Only events by this user or API key. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "actorId")
      public Builder actorId(String actorId) {
        this.actorId = actorId;
        return this;
      }

      /**
       * @param action Only events with this action, for example &#x60;template.update&#x60;. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "action")
      public Builder action(String action) {
        this.action = action;
        return this;
      }

      /**
       * @param resourceType Only events on resources of this type. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "resourceType")
      public Builder resourceType(AuditResourceType resourceType) {
        this.resourceType = resourceType;
        return this;
      }

      /**
       * @param resourceId Only events on this resource. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "resourceId")
      public Builder resourceId(String resourceId) {
        this.resourceId = resourceId;
        return this;
      }

      /**
       * @param from Only events at or after this time. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "from")
      public Builder from(OffsetDateTime from) {
        this.from = from;
        return this;
      }

      /**
       * @param to Only events before this time. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "to")
      public Builder to(OffsetDateTime to) {
        this.to = to;
        return this;
      }

      /**
       * @return the parameters
       * @throws IllegalArgumentException when a required parameter is not set
       */
      public ListParams build() {
        return new ListParams(this);
      }
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

  private static ApiRequest listRequest(ListParams params) {
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
