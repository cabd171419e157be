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
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Why a job failed; &#x60;null&#x60; unless its status is &#x60;failed&#x60;.
 */
@JsonPropertyOrder({
  JobFailure.JSON_PROPERTY_CODE,
  JobFailure.JSON_PROPERTY_MESSAGE
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class JobFailure {
  /** The JSON name of {@code code}. */
  public static final String JSON_PROPERTY_CODE = "code";
  @javax.annotation.Nonnull
  private String code;


  /** The JSON name of {@code message}. */
  public static final String JSON_PROPERTY_MESSAGE = "message";
  @javax.annotation.Nonnull
  private String message;


  /** An empty JobFailure; set its properties with the fluent setters. */
  public JobFailure() { 
  }

  /**
   * Sets {@code code}.
   *
   * @param code the new value
   * @return this object
   */
  public JobFailure code(@javax.annotation.Nonnull String code) {
    this.code = code;
    
    return this;
  }

  /**
   * A stable, machine-readable reason, for example &#x60;content_policy_violation&#x60;.
   * @return code
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CODE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getCode() {
    return code;
  }



  /**
   * Sets {@code code}.
   *
   * @param code the new value
   */
  @JsonProperty(value = JSON_PROPERTY_CODE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCode(@javax.annotation.Nonnull String code) {
    this.code = code;
    
  }


  /**
   * Sets {@code message}.
   *
   * @param message the new value
   * @return this object
   */
  public JobFailure message(@javax.annotation.Nonnull String message) {
    this.message = message;
    
    return this;
  }

  /**
   * A human-readable explanation.
   * @return message
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_MESSAGE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getMessage() {
    return message;
  }



  /**
   * Sets {@code message}.
   *
   * @param message the new value
   */
  @JsonProperty(value = JSON_PROPERTY_MESSAGE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setMessage(@javax.annotation.Nonnull String message) {
    this.message = message;
    
  }



  /** @return a builder of {@code JobFailure}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code JobFailure}; each builder builds once. */
  public static final class Builder {
    private JobFailure building = new JobFailure();

    private Builder() {}

    private JobFailure target() {
      if (building == null) throw new IllegalStateException("this JobFailure.Builder has already built its object");
      return building;
    }

    /**
     * @param code A stable, machine-readable reason, for example &#x60;content_policy_violation&#x60;.
     * @return this builder
     */
    public Builder code(String code) {
      target().code(code);
      return this;
    }

    /**
     * @param message A human-readable explanation.
     * @return this builder
     */
    public Builder message(String message) {
      target().message(message);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public JobFailure build() {
      JobFailure built = target();
      if (built.getCode() == null) {
        throw new IllegalArgumentException("JobFailure: the property 'code' is required");
      }
      if (built.getMessage() == null) {
        throw new IllegalArgumentException("JobFailure: the property 'message' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this JobFailure object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    JobFailure jobFailure = (JobFailure) o;
    return Objects.equals(this.code, jobFailure.code) &&
        Objects.equals(this.message, jobFailure.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class JobFailure {\n");
    sb.append("    code: ").append(toIndentedString(code)).append("\n");
    sb.append("    message: ").append(toIndentedString(message)).append("\n");
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

