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
 * The parameters of {@link io.secureaistudio.sdk.services.JobsService#events} besides the path
 * ({@code streamJobEvents}): immutable; build one with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class JobEventsParams {
  private final String lastEventId;

  private JobEventsParams(Builder b) {
    this.lastEventId = b.lastEventId;
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder preset with these parameters */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.lastEventId = lastEventId;
    return b;
  }

  /** @return Resume after this event ID. (null when not set) */
  public String lastEventId() {
    return lastEventId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof JobEventsParams)) return false;
    JobEventsParams other = (JobEventsParams) o;
    return true
        && java.util.Objects.equals(lastEventId, other.lastEventId);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(lastEventId, getClass());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("JobEventsParams{");
    if (lastEventId != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("lastEventId=").append(lastEventId);
    return s.append('}').toString();
  }

  /** Builds {@link JobEventsParams}; {@link #build()} checks the required parameters. */
  public static final class Builder {
    private String lastEventId;

    private Builder() {}

    /**
     * @param lastEventId Resume after this event ID. (null: not sent)
     * @return this builder
     */
    @io.secureaistudio.sdk.runtime.ApiParam(in = "header", name = "Last-Event-ID")
    public Builder lastEventId(String lastEventId) {
      this.lastEventId = lastEventId;
      return this;
    }

    /**
     * @return the parameters
     * @throws IllegalArgumentException when a required parameter is not set
     */
    public JobEventsParams build() {
      return new JobEventsParams(this);
    }
  }
}
