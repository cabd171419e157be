// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

import io.secureaistudio.sdk.model.AuditEvent;
import io.secureaistudio.sdk.model.AuditEventList;
import io.secureaistudio.sdk.model.AuditResourceType;
import java.time.OffsetDateTime;
import io.secureaistudio.sdk.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.AuditEventsService#list} besides the path
 * ({@code listAuditEvents}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class AuditEventListParams {
  private final String cursor;
  private final Integer limit;
  private final String actorId;
  private final String action;
  private final AuditResourceType resourceType;
  private final String resourceId;
  private final OffsetDateTime from;
  private final OffsetDateTime to;

  private AuditEventListParams(Builder b) {
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
    if (!(o instanceof AuditEventListParams)) return false;
    AuditEventListParams other = (AuditEventListParams) o;
    return true
        && java.util.Objects.equals(cursor, other.cursor)
        && java.util.Objects.equals(limit, other.limit)
        && java.util.Objects.equals(actorId, other.actorId)
        && java.util.Objects.equals(action, other.action)
        && java.util.Objects.equals(resourceType, other.resourceType)
        && java.util.Objects.equals(resourceId, other.resourceId)
        && java.util.Objects.equals(from, other.from)
        && java.util.Objects.equals(to, other.to);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(cursor, limit, actorId, action, resourceType, resourceId, from, to, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AuditEventListParams{");
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

  /** Builds {@link AuditEventListParams}; {@link #build()} checks the required parameters. */
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
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "cursor")
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * @param limit The largest number of items a page holds. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "limit")
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param actorId Only events by this user or API key. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "actorId")
    public Builder actorId(String actorId) {
      this.actorId = actorId;
      return this;
    }

    /**
     * @param action Only events with this action, for example &#x60;template.update&#x60;. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "action")
    public Builder action(String action) {
      this.action = action;
      return this;
    }

    /**
     * @param resourceType Only events on resources of this type. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "resourceType")
    public Builder resourceType(AuditResourceType resourceType) {
      this.resourceType = resourceType;
      return this;
    }

    /**
     * @param resourceId Only events on this resource. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "resourceId")
    public Builder resourceId(String resourceId) {
      this.resourceId = resourceId;
      return this;
    }

    /**
     * @param from Only events at or after this time. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "from")
    public Builder from(OffsetDateTime from) {
      this.from = from;
      return this;
    }

    /**
     * @param to Only events before this time. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "to")
    public Builder to(OffsetDateTime to) {
      this.to = to;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public AuditEventListParams build() {
      return new AuditEventListParams(this);
    }
  }
}
