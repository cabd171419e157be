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
import io.secureaistudio.sdk.model.AuditActor;
import io.secureaistudio.sdk.model.AuditResource;
import java.time.OffsetDateTime;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entry of the audit trail.
 */
@JsonPropertyOrder({
  AuditEvent.JSON_PROPERTY_ID,
  AuditEvent.JSON_PROPERTY_OCCURRED_AT,
  AuditEvent.JSON_PROPERTY_ACTOR,
  AuditEvent.JSON_PROPERTY_ACTION,
  AuditEvent.JSON_PROPERTY_RESOURCE,
  AuditEvent.JSON_PROPERTY_OUTCOME,
  AuditEvent.JSON_PROPERTY_IP_ADDRESS,
  AuditEvent.JSON_PROPERTY_USER_AGENT,
  AuditEvent.JSON_PROPERTY_REQUEST_ID
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class AuditEvent {
  /** The JSON name of {@code id}. */
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;


  /** The JSON name of {@code occurredAt}. */
  public static final String JSON_PROPERTY_OCCURRED_AT = "occurredAt";
  @javax.annotation.Nonnull
  private OffsetDateTime occurredAt;


  /** The JSON name of {@code actor}. */
  public static final String JSON_PROPERTY_ACTOR = "actor";
  @javax.annotation.Nonnull
  private AuditActor actor;


  /** The JSON name of {@code action}. */
  public static final String JSON_PROPERTY_ACTION = "action";
  @javax.annotation.Nonnull
  private String action;


  /** The JSON name of {@code resource}. */
  public static final String JSON_PROPERTY_RESOURCE = "resource";
  @javax.annotation.Nonnull
  private AuditResource resource;


  /**
   * Whether the action succeeded.
   *
   * <p>An open enum (rulebook R7.3): known values are the constants below, compared with
   * {@code equals}; a value this SDK does not know yet is kept as received ({@link #isKnown()}
   * is false).
   */
  public static final class OutcomeEnum {

    /** The known value <code>&quot;success&quot;</code>. */
    public static final OutcomeEnum SUCCESS = new OutcomeEnum(String.valueOf("success"));

    /** The known value <code>&quot;failure&quot;</code>. */
    public static final OutcomeEnum FAILURE = new OutcomeEnum(String.valueOf("failure"));


    private static final java.util.List<OutcomeEnum> KNOWN = java.util.Arrays.asList(SUCCESS, FAILURE);

    private final String value;

    private OutcomeEnum(String value) {
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
    public static OutcomeEnum[] values() {
      return KNOWN.toArray(new OutcomeEnum[0]);
    }

    /**
     * The known constant for {@code value}, or a new instance keeping an unknown value.
     *
     * @param value the value as received
     * @return the constant equal to {@code value}, else a new instance holding it; null for null
     */
    @JsonCreator
    public static OutcomeEnum fromValue(String value) {
      if (value == null) return null;
      for (OutcomeEnum known : KNOWN) {
        if (known.value.equals(value)) return known;
      }
      return new OutcomeEnum(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof OutcomeEnum && value.equals(((OutcomeEnum) o).value);
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

  /** The JSON name of {@code outcome}. */
  public static final String JSON_PROPERTY_OUTCOME = "outcome";
  @javax.annotation.Nonnull
  private OutcomeEnum outcome;


  /** The JSON name of {@code ipAddress}. */
  public static final String JSON_PROPERTY_IP_ADDRESS = "ipAddress";
  @javax.annotation.Nullable
  private String ipAddress;


  /** The JSON name of {@code userAgent}. */
  public static final String JSON_PROPERTY_USER_AGENT = "userAgent";
  @javax.annotation.Nullable
  private String userAgent;


  /** The JSON name of {@code requestId}. */
  public static final String JSON_PROPERTY_REQUEST_ID = "requestId";
  @javax.annotation.Nonnull
  private String requestId;


  /** An empty AuditEvent; set its properties with the fluent setters. */
  public AuditEvent() { 
  }

  /**
   * Sets {@code id}.
   *
   * @param id the new value
   * @return this object
   */
  public AuditEvent id(@javax.annotation.Nonnull String id) {
    this.id = id;
    
    return this;
  }

  /**
   * An audit event ID.
   * @return id
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getId() {
    return id;
  }



  /**
   * Sets {@code id}.
   *
   * @param id the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setId(@javax.annotation.Nonnull String id) {
    this.id = id;
    
  }


  /**
   * Sets {@code occurredAt}.
   *
   * @param occurredAt the new value
   * @return this object
   */
  public AuditEvent occurredAt(@javax.annotation.Nonnull OffsetDateTime occurredAt) {
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


  /**
   * Sets {@code actor}.
   *
   * @param actor the new value
   * @return this object
   */
  public AuditEvent actor(@javax.annotation.Nonnull AuditActor actor) {
    this.actor = actor;
    
    return this;
  }

  /**
   * Get actor
   * @return actor
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ACTOR, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public AuditActor getActor() {
    return actor;
  }



  /**
   * Sets {@code actor}.
   *
   * @param actor the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ACTOR, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setActor(@javax.annotation.Nonnull AuditActor actor) {
    this.actor = actor;
    
  }


  /**
   * Sets {@code action}.
   *
   * @param action the new value
   * @return this object
   */
  public AuditEvent action(@javax.annotation.Nonnull String action) {
    this.action = action;
    
    return this;
  }

  /**
   * What was done, as &#x60;resource.verb&#x60;, for example &#x60;template.update&#x60;.
   * @return action
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ACTION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getAction() {
    return action;
  }



  /**
   * Sets {@code action}.
   *
   * @param action the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ACTION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAction(@javax.annotation.Nonnull String action) {
    this.action = action;
    
  }


  /**
   * Sets {@code resource}.
   *
   * @param resource the new value
   * @return this object
   */
  public AuditEvent resource(@javax.annotation.Nonnull AuditResource resource) {
    this.resource = resource;
    
    return this;
  }

  /**
   * Get resource
   * @return resource
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_RESOURCE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public AuditResource getResource() {
    return resource;
  }



  /**
   * Sets {@code resource}.
   *
   * @param resource the new value
   */
  @JsonProperty(value = JSON_PROPERTY_RESOURCE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setResource(@javax.annotation.Nonnull AuditResource resource) {
    this.resource = resource;
    
  }


  /**
   * Sets {@code outcome}.
   *
   * @param outcome the new value
   * @return this object
   */
  public AuditEvent outcome(@javax.annotation.Nonnull OutcomeEnum outcome) {
    this.outcome = outcome;
    
    return this;
  }

  /**
   * Whether the action succeeded.
   * @return outcome
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_OUTCOME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OutcomeEnum getOutcome() {
    return outcome;
  }



  /**
   * Sets {@code outcome}.
   *
   * @param outcome the new value
   */
  @JsonProperty(value = JSON_PROPERTY_OUTCOME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setOutcome(@javax.annotation.Nonnull OutcomeEnum outcome) {
    this.outcome = outcome;
    
  }


  /**
   * Sets {@code ipAddress}.
   *
   * @param ipAddress the new value
   * @return this object
   */
  public AuditEvent ipAddress(@javax.annotation.Nullable String ipAddress) {
    this.ipAddress = ipAddress;
    
    return this;
  }

  /**
   * The client&#39;s IPv4 or IPv6 address.
   * @return ipAddress
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_IP_ADDRESS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getIpAddress() {
    return ipAddress;
  }



  /**
   * Sets {@code ipAddress}.
   *
   * @param ipAddress the new value
   */
  @JsonProperty(value = JSON_PROPERTY_IP_ADDRESS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setIpAddress(@javax.annotation.Nullable String ipAddress) {
    this.ipAddress = ipAddress;
    
  }


  /**
   * Sets {@code userAgent}.
   *
   * @param userAgent the new value
   * @return this object
   */
  public AuditEvent userAgent(@javax.annotation.Nullable String userAgent) {
    this.userAgent = userAgent;
    
    return this;
  }

  /**
   * The client&#39;s User-Agent.
   * @return userAgent
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_USER_AGENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getUserAgent() {
    return userAgent;
  }



  /**
   * Sets {@code userAgent}.
   *
   * @param userAgent the new value
   */
  @JsonProperty(value = JSON_PROPERTY_USER_AGENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setUserAgent(@javax.annotation.Nullable String userAgent) {
    this.userAgent = userAgent;
    
  }


  /**
   * Sets {@code requestId}.
   *
   * @param requestId the new value
   * @return this object
   */
  public AuditEvent requestId(@javax.annotation.Nonnull String requestId) {
    this.requestId = requestId;
    
    return this;
  }

  /**
   * The request that did it.
   * @return requestId
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_REQUEST_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getRequestId() {
    return requestId;
  }



  /**
   * Sets {@code requestId}.
   *
   * @param requestId the new value
   */
  @JsonProperty(value = JSON_PROPERTY_REQUEST_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRequestId(@javax.annotation.Nonnull String requestId) {
    this.requestId = requestId;
    
  }



  /** @return a builder of {@code AuditEvent}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code AuditEvent}; each builder builds once. */
  public static final class Builder {
    private AuditEvent building = new AuditEvent();

    private Builder() {}

    private AuditEvent target() {
      if (building == null) throw new IllegalStateException("this AuditEvent.Builder has already built its object");
      return building;
    }

    /**
     * @param id An audit event ID.
     * @return this builder
     */
    public Builder id(String id) {
      target().id(id);
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
     * @param actor the property {@code actor}
     * @return this builder
     */
    public Builder actor(AuditActor actor) {
      target().actor(actor);
      return this;
    }

    /**
     * @param action What was done, as &#x60;resource.verb&#x60;, for example &#x60;template.update&#x60;.
     * @return this builder
     */
    public Builder action(String action) {
      target().action(action);
      return this;
    }

    /**
     * @param resource the property {@code resource}
     * @return this builder
     */
    public Builder resource(AuditResource resource) {
      target().resource(resource);
      return this;
    }

    /**
     * @param outcome Whether the action succeeded.
     * @return this builder
     */
    public Builder outcome(OutcomeEnum outcome) {
      target().outcome(outcome);
      return this;
    }

    /**
     * @param ipAddress The client&#39;s IPv4 or IPv6 address.
     * @return this builder
     */
    public Builder ipAddress(String ipAddress) {
      target().ipAddress(ipAddress);
      return this;
    }

    /**
     * @param userAgent The client&#39;s User-Agent.
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      target().userAgent(userAgent);
      return this;
    }

    /**
     * @param requestId The request that did it.
     * @return this builder
     */
    public Builder requestId(String requestId) {
      target().requestId(requestId);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public AuditEvent build() {
      AuditEvent built = target();
      if (built.getId() == null) {
        throw new IllegalArgumentException("AuditEvent: the property 'id' is required");
      }
      if (built.getOccurredAt() == null) {
        throw new IllegalArgumentException("AuditEvent: the property 'occurredAt' is required");
      }
      if (built.getActor() == null) {
        throw new IllegalArgumentException("AuditEvent: the property 'actor' is required");
      }
      if (built.getAction() == null) {
        throw new IllegalArgumentException("AuditEvent: the property 'action' is required");
      }
      if (built.getResource() == null) {
        throw new IllegalArgumentException("AuditEvent: the property 'resource' is required");
      }
      if (built.getOutcome() == null) {
        throw new IllegalArgumentException("AuditEvent: the property 'outcome' is required");
      }
      if (built.getRequestId() == null) {
        throw new IllegalArgumentException("AuditEvent: the property 'requestId' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this AuditEvent object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AuditEvent auditEvent = (AuditEvent) o;
    return Objects.equals(this.id, auditEvent.id) &&
        Objects.equals(this.occurredAt, auditEvent.occurredAt) &&
        Objects.equals(this.actor, auditEvent.actor) &&
        Objects.equals(this.action, auditEvent.action) &&
        Objects.equals(this.resource, auditEvent.resource) &&
        Objects.equals(this.outcome, auditEvent.outcome) &&
        Objects.equals(this.ipAddress, auditEvent.ipAddress) &&
        Objects.equals(this.userAgent, auditEvent.userAgent) &&
        Objects.equals(this.requestId, auditEvent.requestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, occurredAt, actor, action, resource, outcome, ipAddress, userAgent, requestId);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class AuditEvent {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    occurredAt: ").append(toIndentedString(occurredAt)).append("\n");
    sb.append("    actor: ").append(toIndentedString(actor)).append("\n");
    sb.append("    action: ").append(toIndentedString(action)).append("\n");
    sb.append("    resource: ").append(toIndentedString(resource)).append("\n");
    sb.append("    outcome: ").append(toIndentedString(outcome)).append("\n");
    sb.append("    ipAddress: ").append(toIndentedString(ipAddress)).append("\n");
    sb.append("    userAgent: ").append(toIndentedString(userAgent)).append("\n");
    sb.append("    requestId: ").append(toIndentedString(requestId)).append("\n");
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

