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
import io.secureaistudio.sdk.model.ValidationIssue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem details object, extended with &#x60;code&#x60;, &#x60;requestId&#x60; and, for validation failures, &#x60;errors&#x60;.
 */
@JsonPropertyOrder({
  Problem.JSON_PROPERTY_TYPE,
  Problem.JSON_PROPERTY_TITLE,
  Problem.JSON_PROPERTY_STATUS,
  Problem.JSON_PROPERTY_DETAIL,
  Problem.JSON_PROPERTY_INSTANCE,
  Problem.JSON_PROPERTY_CODE,
  Problem.JSON_PROPERTY_REQUEST_ID,
  Problem.JSON_PROPERTY_ERRORS
})
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

public class Problem {
  /** The JSON name of {@code type}. */
  public static final String JSON_PROPERTY_TYPE = "type";
  @javax.annotation.Nonnull
  private String type;


  /** The JSON name of {@code title}. */
  public static final String JSON_PROPERTY_TITLE = "title";
  @javax.annotation.Nonnull
  private String title;


  /** The JSON name of {@code status}. */
  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private Integer status;


  /** The JSON name of {@code detail}. */
  public static final String JSON_PROPERTY_DETAIL = "detail";
  @javax.annotation.Nullable
  private String detail;


  /** The JSON name of {@code instance}. */
  public static final String JSON_PROPERTY_INSTANCE = "instance";
  @javax.annotation.Nullable
  private String instance;


  /** The JSON name of {@code code}. */
  public static final String JSON_PROPERTY_CODE = "code";
  @javax.annotation.Nonnull
  private String code;


  /** The JSON name of {@code requestId}. */
  public static final String JSON_PROPERTY_REQUEST_ID = "requestId";
  @javax.annotation.Nonnull
  private String requestId;


  /** The JSON name of {@code errors}. */
  public static final String JSON_PROPERTY_ERRORS = "errors";
  @javax.annotation.Nullable
  private List<ValidationIssue> errors;


  /** An empty Problem; set its properties with the fluent setters. */
  public Problem() { 
  }

  /**
   * Sets {@code type}.
   *
   * @param type the new value
   * @return this object
   */
  public Problem type(@javax.annotation.Nonnull String type) {
    this.type = type;
    
    return this;
  }

  /**
   * A URI identifying the problem type; it links to its documentation.
   * @return type
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getType() {
    return type;
  }



  /**
   * Sets {@code type}.
   *
   * @param type the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setType(@javax.annotation.Nonnull String type) {
    this.type = type;
    
  }


  /**
   * Sets {@code title}.
   *
   * @param title the new value
   * @return this object
   */
  public Problem title(@javax.annotation.Nonnull String title) {
    this.title = title;
    
    return this;
  }

  /**
   * A short, human-readable summary of the problem type.
   * @return title
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TITLE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getTitle() {
    return title;
  }



  /**
   * Sets {@code title}.
   *
   * @param title the new value
   */
  @JsonProperty(value = JSON_PROPERTY_TITLE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTitle(@javax.annotation.Nonnull String title) {
    this.title = title;
    
  }


  /**
   * Sets {@code status}.
   *
   * @param status the new value
   * @return this object
   */
  public Problem status(@javax.annotation.Nonnull Integer status) {
    this.status = status;
    
    return this;
  }

  /**
   * The HTTP status code.
   * minimum: 100
   * maximum: 599
   * @return status
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getStatus() {
    return status;
  }



  /**
   * Sets {@code status}.
   *
   * @param status the new value
   */
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull Integer status) {
    this.status = status;
    
  }


  /**
   * Sets {@code detail}.
   *
   * @param detail the new value
   * @return this object
   */
  public Problem detail(@javax.annotation.Nullable String detail) {
    this.detail = detail;
    
    return this;
  }

  /**
   * A human-readable explanation of this occurrence.
   * @return detail
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DETAIL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getDetail() {
    return detail;
  }



  /**
   * Sets {@code detail}.
   *
   * @param detail the new value
   */
  @JsonProperty(value = JSON_PROPERTY_DETAIL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDetail(@javax.annotation.Nullable String detail) {
    this.detail = detail;
    
  }


  /**
   * Sets {@code instance}.
   *
   * @param instance the new value
   * @return this object
   */
  public Problem instance(@javax.annotation.Nullable String instance) {
    this.instance = instance;
    
    return this;
  }

  /**
   * A URI reference identifying this occurrence.
   * @return instance
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_INSTANCE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getInstance() {
    return instance;
  }



  /**
   * Sets {@code instance}.
   *
   * @param instance the new value
   */
  @JsonProperty(value = JSON_PROPERTY_INSTANCE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setInstance(@javax.annotation.Nullable String instance) {
    this.instance = instance;
    
  }


  /**
   * Sets {@code code}.
   *
   * @param code the new value
   * @return this object
   */
  public Problem code(@javax.annotation.Nonnull String code) {
    this.code = code;
    
    return this;
  }

  /**
   * A stable, machine-readable error code, for example &#x60;etag_mismatch&#x60;.
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
   * Sets {@code requestId}.
   *
   * @param requestId the new value
   * @return this object
   */
  public Problem requestId(@javax.annotation.Nonnull String requestId) {
    this.requestId = requestId;
    
    return this;
  }

  /**
   * The request&#39;s ID, the same as the &#x60;X-Request-Id&#x60; header.
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


  /**
   * Sets {@code errors}.
   *
   * @param errors the new value
   * @return this object
   */
  public Problem errors(@javax.annotation.Nullable List<ValidationIssue> errors) {
    this.errors = errors;
    
    return this;
  }

  /**
   * Adds one item to {@code errors}, creating the list if it is unset.
   *
   * @param errorsItem the item to add
   * @return this object
   */
  public Problem addErrorsItem(ValidationIssue errorsItem) {
    if (this.errors == null) {
      this.errors = new ArrayList<>();
    }
    this.errors.add(errorsItem);
    return this;
  }

  /**
   * For validation failures, every invalid field.
   * @return errors
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ERRORS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<ValidationIssue> getErrors() {
    return errors;
  }



  /**
   * Sets {@code errors}.
   *
   * @param errors the new value
   */
  @JsonProperty(value = JSON_PROPERTY_ERRORS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setErrors(@javax.annotation.Nullable List<ValidationIssue> errors) {
    this.errors = errors;
    
  }



  /** @return a builder of {@code Problem}; {@link Builder#build()} checks the required properties */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds one {@code Problem}; each builder builds once. */
  public static final class Builder {
    private Problem building = new Problem();

    private Builder() {}

    private Problem target() {
      if (building == null) throw new IllegalStateException("this Problem.Builder has already built its object");
      return building;
    }

    /**
     * @param type A URI identifying the problem type; it links to its documentation.
     * @return this builder
     */
    public Builder type(String type) {
      target().type(type);
      return this;
    }

    /**
     * @param title A short, human-readable summary of the problem type.
     * @return this builder
     */
    public Builder title(String title) {
      target().title(title);
      return this;
    }

    /**
     * @param status The HTTP status code.
     * @return this builder
     */
    public Builder status(Integer status) {
      target().status(status);
      return this;
    }

    /**
     * @param detail A human-readable explanation of this occurrence.
     * @return this builder
     */
    public Builder detail(String detail) {
      target().detail(detail);
      return this;
    }

    /**
     * @param instance A URI reference identifying this occurrence.
     * @return this builder
     */
    public Builder instance(String instance) {
      target().instance(instance);
      return this;
    }

    /**
     * @param code A stable, machine-readable error code, for example &#x60;etag_mismatch&#x60;.
     * @return this builder
     */
    public Builder code(String code) {
      target().code(code);
      return this;
    }

    /**
     * @param requestId The request&#39;s ID, the same as the &#x60;X-Request-Id&#x60; header.
     * @return this builder
     */
    public Builder requestId(String requestId) {
      target().requestId(requestId);
      return this;
    }

    /**
     * @param errors For validation failures, every invalid field.
     * @return this builder
     */
    public Builder errors(List<ValidationIssue> errors) {
      target().errors(errors);
      return this;
    }

    /**
     * @return the model
     * @throws IllegalArgumentException when a required property is not set
     */
    public Problem build() {
      Problem built = target();
      if (built.getType() == null) {
        throw new IllegalArgumentException("Problem: the property 'type' is required");
      }
      if (built.getTitle() == null) {
        throw new IllegalArgumentException("Problem: the property 'title' is required");
      }
      if (built.getStatus() == null) {
        throw new IllegalArgumentException("Problem: the property 'status' is required");
      }
      if (built.getCode() == null) {
        throw new IllegalArgumentException("Problem: the property 'code' is required");
      }
      if (built.getRequestId() == null) {
        throw new IllegalArgumentException("Problem: the property 'requestId' is required");
      }
      building = null;
      return built;
    }
  }


  /**
   * Return true if this Problem object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Problem problem = (Problem) o;
    return Objects.equals(this.type, problem.type) &&
        Objects.equals(this.title, problem.title) &&
        Objects.equals(this.status, problem.status) &&
        Objects.equals(this.detail, problem.detail) &&
        Objects.equals(this.instance, problem.instance) &&
        Objects.equals(this.code, problem.code) &&
        Objects.equals(this.requestId, problem.requestId) &&
        Objects.equals(this.errors, problem.errors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, instance, code, requestId, errors);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Problem {\n");
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    title: ").append(toIndentedString(title)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    detail: ").append(toIndentedString(detail)).append("\n");
    sb.append("    instance: ").append(toIndentedString(instance)).append("\n");
    sb.append("    code: ").append(toIndentedString(code)).append("\n");
    sb.append("    requestId: ").append(toIndentedString(requestId)).append("\n");
    sb.append("    errors: ").append(toIndentedString(errors)).append("\n");
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

