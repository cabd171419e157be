// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.params;

import io.secureaistudio.sdk.model.ImageJob;
import io.secureaistudio.sdk.model.ImageJobRequest;
import io.secureaistudio.sdk.model.Job;
import io.secureaistudio.sdk.model.JobList;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.JobType;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.VideoJob;
import io.secureaistudio.sdk.model.VideoJobRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@link io.secureaistudio.sdk.services.JobsService#list} besides the path
 * ({@code listJobs}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class JobListParams {
  private final String cursor;
  private final Integer limit;
  private final JobStatus status;
  private final JobType type;

  private JobListParams(Builder b) {
    this.cursor = b.cursor;
    this.limit = b.limit;
    this.status = b.status;
    this.type = b.type;
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
    b.status = status;
    b.type = type;
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

  /** @return Only jobs in this status. (null when not set) */
  public JobStatus status() {
    return status;
  }

  /** @return Only jobs of this type. (null when not set) */
  public JobType type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof JobListParams)) return false;
    JobListParams other = (JobListParams) o;
    return true
        && java.util.Objects.equals(cursor, other.cursor)
        && java.util.Objects.equals(limit, other.limit)
        && java.util.Objects.equals(status, other.status)
        && java.util.Objects.equals(type, other.type);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(cursor, limit, status, type, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("JobListParams{");
    if (cursor != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("cursor=").append(cursor);
    if (limit != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("limit=").append(limit);
    if (status != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("status=").append(status);
    if (type != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("type=").append(type);
    return s.append('}').toString();
  }

  /** Builds {@link JobListParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private String cursor;
    private Integer limit;
    private JobStatus status;
    private JobType type;

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
     * @param status Only jobs in this status. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "status")
    public Builder status(JobStatus status) {
      this.status = status;
      return this;
    }

    /**
     * @param type Only jobs of this type. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "query", name = "type")
    public Builder type(JobType type) {
      this.type = type;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public JobListParams build() {
      return new JobListParams(this);
    }
  }
}
