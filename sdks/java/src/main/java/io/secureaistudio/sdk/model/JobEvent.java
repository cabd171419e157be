// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.model;

import java.util.Objects;
import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import io.secureaistudio.sdk.model.JobStatus;
import java.time.OffsetDateTime;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The &#x60;data&#x60; of one server-sent event of &#x60;streamJobEvents&#x60;.
 */
@JsonPropertyOrder({
  JobEvent.JSON_PROPERTY_EVENT,
  JobEvent.JSON_PROPERTY_JOB_ID,
  JobEvent.JSON_PROPERTY_STATUS,
  JobEvent.JSON_PROPERTY_PROGRESS,
  JobEvent.JSON_PROPERTY_MESSAGE,
  JobEvent.JSON_PROPERTY_OCCURRED_AT
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class JobEvent {
  /**
   * The event name, the same as the SSE &#x60;event&#x60; field.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class EventEnum {

    /** The known value <code>&quot;job.status&quot;</code>. */
    public static final EventEnum JOB_STATUS = new EventEnum(String.valueOf("job.status"));

    /** The known value <code>&quot;job.progress&quot;</code>. */
    public static final EventEnum JOB_PROGRESS = new EventEnum(String.valueOf("job.progress"));

    /** The known value <code>&quot;job.completed&quot;</code>. */
    public static final EventEnum JOB_COMPLETED = new EventEnum(String.valueOf("job.completed"));

    /** The known value <code>&quot;job.failed&quot;</code>. */
    public static final EventEnum JOB_FAILED = new EventEnum(String.valueOf("job.failed"));


    private static final java.util.List<EventEnum> KNOWN = java.util.Arrays.asList(JOB_STATUS, JOB_PROGRESS, JOB_COMPLETED, JOB_FAILED);

    private final String value;

    private EventEnum(String value) {
      this.value = value;
    }

    /**
     * The value as sent on the wire.
     *
     * @return the value, known to this SDK or not
     */
    @JsonValue
    public String getValue() {
      return value;
    }

    /**
     * Whether the API document this SDK was generated from lists this value.
     *
     * @return true for one of the constants, false for a value a newer server sent
     */
    public boolean isKnown() {
      return KNOWN.contains(this);
    }

    /**
     * The known values.
     *
     * @return a new array of the constants, in the order the API document lists them
     */
    public static EventEnum[] values() {
      return KNOWN.toArray(new EventEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static EventEnum fromValue(String value) {
      if (value == null) return null;
      for (EventEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new EventEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof EventEnum && value.equals(((EventEnum) o).value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /** The JSON name of {@code event}. */
  public static final String JSON_PROPERTY_EVENT = "event";
  @javax.annotation.Nonnull
  private EventEnum event;


  /** The JSON name of {@code jobId}. */
  public static final String JSON_PROPERTY_JOB_ID = "jobId";
  @javax.annotation.Nonnull
  private String jobId;


  /** The JSON name of {@code status}. */
  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private JobStatus status;


  /** The JSON name of {@code progress}. */
  public static final String JSON_PROPERTY_PROGRESS = "progress";
  @javax.annotation.Nonnull
  private Integer progress;


  /** The JSON name of {@code message}. */
  public static final String JSON_PROPERTY_MESSAGE = "message";
  @javax.annotation.Nullable
  private String message;

  /** Whether {@code message} was set (to null or not): unset, it is left out of the JSON; set to null, it is sent as null. */
  private boolean messageIsSet;


  /** The JSON name of {@code occurredAt}. */
  public static final String JSON_PROPERTY_OCCURRED_AT = "occurredAt";
  @javax.annotation.Nonnull
  private OffsetDateTime occurredAt;


  /** An empty JobEvent; set its properties with the fluent setters. */
  public JobEvent() { 
  }

  /**
   * Sets {@code event}.
   *
   * @param event the new value
   * @return this object
   */
  public JobEvent event(@javax.annotation.Nonnull EventEnum event) {
    this.event = event;
    
    return this;
  }

  /**
   * The event name, the same as the SSE &#x60;event&#x60; field.
   * @return event
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_EVENT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public EventEnum getEvent() {
    return event;
  }



  /**
   * Sets {@code event}.
   *
   * @param event the new value
   */
  @JsonProperty(value = JSON_PROPERTY_EVENT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEvent(@javax.annotation.Nonnull EventEnum event) {
    this.event = event;
    
  }


  /**
   * Sets {@code jobId}.
   *
   * @param jobId the new value
   * @return this object
   */
  public JobEvent jobId(@javax.annotation.Nonnull String jobId) {
    this.jobId = jobId;
    
    return this;
  }

  /**
   * A generation job ID.
   * @return jobId
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_JOB_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getJobId() {
    return jobId;
  }



  /**
   * Sets {@code jobId}.
   *
   * @param jobId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_JOB_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setJobId(@javax.annotation.Nonnull String jobId) {
    this.jobId = jobId;
    
  }


  /**
   * Sets {@code status}.
   *
   * @param status the new value
   * @return this object
   */
  public JobEvent status(@javax.annotation.Nonnull JobStatus status) {
    this.status = status;
    
    return this;
  }

  /**
   * Get status
   * @return status
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public JobStatus getStatus() {
    return status;
  }



  /**
   * Sets {@code status}.
   *
   * @param status the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull JobStatus status) {
    this.status = status;
    
  }


  /**
   * Sets {@code progress}.
   *
   * @param progress the new value
   * @return this object
   */
  public JobEvent progress(@javax.annotation.Nonnull Integer progress) {
    this.progress = progress;
    
    return this;
  }

  /**
   * Percent complete.
   * minimum: 0
   * maximum: 100
   * @return progress
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PROGRESS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getProgress() {
    return progress;
  }



  /**
   * Sets {@code progress}.
   *
   * @param progress the new value
   */
  @JsonProperty(value = JSON_PROPERTY_PROGRESS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setProgress(@javax.annotation.Nonnull Integer progress) {
    this.progress = progress;
    
  }


  /**
   * Sets {@code message}.
   *
   * @param message the new value
   * @return this object
   */
  public JobEvent message(@javax.annotation.Nullable String message) {
    this.message = message;
    this.messageIsSet = true;
    return this;
  }

  /**
   * A human-readable note on the step.
   * @return message
   */
  @javax.annotation.Nullable
  @com.fasterxml.jackson.annotation.JsonIgnore // the JSON goes through getMessageJson()
  public String getMessage() {
    return message;
  }


  // Jackson's view of message: the value once set (null included), else UNSET, which the filter leaves out.
  @JsonProperty(JSON_PROPERTY_MESSAGE)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = io.secureaistudio.sdk.runtime.Unset.class)
  private Object getMessageJson() {
    return messageIsSet ? message : io.secureaistudio.sdk.runtime.Unset.VALUE;
  }



  /**
   * Sets {@code message}.
   *
   * @param message the new value
   */
  @JsonProperty(value = JSON_PROPERTY_MESSAGE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setMessage(@javax.annotation.Nullable String message) {
    this.message = message;
    this.messageIsSet = true;
  }


  /**
   * Sets {@code occurredAt}.
   *
   * @param occurredAt the new value
   * @return this object
   */
  public JobEvent occurredAt(@javax.annotation.Nonnull OffsetDateTime occurredAt) {
    this.occurredAt = occurredAt;
    
    return this;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * @return occurredAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_OCCURRED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }



  /**
   * Sets {@code occurredAt}.
   *
   * @param occurredAt the new value
   */
  @JsonProperty(value = JSON_PROPERTY_OCCURRED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setOccurredAt(@javax.annotation.Nonnull OffsetDateTime occurredAt) {
    this.occurredAt = occurredAt;
    
  }



  /** @return a builder of {@code JobEvent}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code JobEvent}; each builder builds once. */
  public static final class Builder {
    private JobEvent building = new JobEvent();

    private Builder() {}

    private JobEvent target() {
      if (building == null) throw new IllegalStateException("this JobEvent.Builder has already built its object");
      return building;
    }

    /**
     * @param event The event name, the same as the SSE &#x60;event&#x60; field.
     * @return this builder
     */
    public Builder event(EventEnum event) {
      target().event(event);
      return this;
    }

    /**
     * @param jobId A generation job ID.
     * @return this builder
     */
    public Builder jobId(String jobId) {
      target().jobId(jobId);
      return this;
    }

    /**
     * @param status the property {@code status}
     * @return this builder
     */
    public Builder status(JobStatus status) {
      target().status(status);
      return this;
    }

    /**
     * @param progress Percent complete.
     * @return this builder
     */
    public Builder progress(Integer progress) {
      target().progress(progress);
      return this;
    }

    /**
     * @param message A human-readable note on the step.
     * @return this builder
     */
    public Builder message(String message) {
      target().message(message);
      return this;
    }

    /**
     * @param occurredAt An RFC 3339 date-time in UTC.
     * @return this builder
     */
    public Builder occurredAt(OffsetDateTime occurredAt) {
      target().occurredAt(occurredAt);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public JobEvent build() {
      JobEvent built = target();
      if (built.getEvent() == null) {
        throw new IllegalArgumentException("JobEvent: the property 'event' is required");
      }
      if (built.getJobId() == null) {
        throw new IllegalArgumentException("JobEvent: the property 'jobId' is required");
      }
      if (built.getStatus() == null) {
        throw new IllegalArgumentException("JobEvent: the property 'status' is required");
      }
      if (built.getProgress() == null) {
        throw new IllegalArgumentException("JobEvent: the property 'progress' is required");
      }
      if (built.getOccurredAt() == null) {
        throw new IllegalArgumentException("JobEvent: the property 'occurredAt' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this JobEvent object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    JobEvent jobEvent = (JobEvent) o;
    return Objects.equals(this.event, jobEvent.event) &&
        Objects.equals(this.jobId, jobEvent.jobId) &&
        Objects.equals(this.status, jobEvent.status) &&
        Objects.equals(this.progress, jobEvent.progress) &&
        Objects.equals(this.message, jobEvent.message) &&
        Objects.equals(this.occurredAt, jobEvent.occurredAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, jobId, status, progress, message, occurredAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class JobEvent {\n");
    sb.append("    event: ").append(toIndentedString(event)).append("\n");
    sb.append("    jobId: ").append(toIndentedString(jobId)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    progress: ").append(toIndentedString(progress)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
    sb.append("    occurredAt: ").append(toIndentedString(occurredAt)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }
}

