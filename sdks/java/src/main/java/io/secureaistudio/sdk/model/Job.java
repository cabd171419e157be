// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.model;

import java.util.Objects;
import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import io.secureaistudio.sdk.model.ImageJob;
import io.secureaistudio.sdk.model.JobFailure;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.VideoJob;
import io.secureaistudio.sdk.model.VideoJobRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A generation job, an image job or a video job by `type`.
 *
 * <p>A real Java supertype: JSON is read into the matching implementation
 * according to {@code type}, so use {@code instanceof} or a switch on the
 * concrete class ({@link ImageJob}, {@link VideoJob}), or {@link Unknown} for a
 * {@code type} this SDK version does not know.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

@JsonIgnoreProperties(
  value = "type", // written by Jackson from the subtype's name, not from the field
  allowSetters = true // read from the JSON into the subtype's field
)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true, defaultImpl = Job.Unknown.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImageJob.class, name = "image"),
  @JsonSubTypes.Type(value = VideoJob.class, name = "video"),
})
public interface Job {

  /**
   * A generation job ID.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return id
   */
  default String getId() {
    return null;
  }

  /**
   * Which variant this is: the variant's own enum constant, or the text for {@link Unknown};
   * {@code getTypeValue()} gives the text for both.
   * @return type
   */
  default Object getType() {
    return null;
  }

  /** @return the {@code type} as text: the name of the variant, known or not */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String getTypeValue() {
    Object value = getType();
    return value == null ? null : String.valueOf(value);
  }

  /**
   * The {@code status} property.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return status
   */
  default JobStatus getStatus() {
    return null;
  }

  /**
   * Percent complete.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return progress
   */
  default Integer getProgress() {
    return null;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return createdAt
   */
  default OffsetDateTime getCreatedAt() {
    return null;
  }

  /**
   * An RFC 3339 date-time in UTC.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return updatedAt
   */
  default OffsetDateTime getUpdatedAt() {
    return null;
  }

  /**
   * When the job reached a terminal status; `null` before.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return completedAt
   */
  default OffsetDateTime getCompletedAt() {
    return null;
  }

  /**
   * The {@code error} property.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return error
   */
  default Object getError() {
    return null;
  }

  /**
   * The generated video, once the job succeeded.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return outputAssetIds
   */
  default List<String> getOutputAssetIds() {
    return null;
  }

  /**
   * The {@code params} property.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return params
   */
  default Object getParams() {
    return null;
  }

  /**
   * A {@code Job} whose {@code type} this SDK version does not know (a newer server
   * added it): every property as received, unknown ones included, so nothing is lost (R7.3).
   * Response validation reports it (a warning in WARN mode, {@code ResponseValidationException}
   * in STRICT). Written back as the same JSON object.
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  @JsonIgnoreProperties(value = {})
  // Only the any-setter reads JSON: the getters below are views of the properties, not bean properties.
  @com.fasterxml.jackson.annotation.JsonAutoDetect(getterVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
      setterVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
      fieldVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
  final class Unknown implements Job, com.fasterxml.jackson.databind.JsonSerializable {
    private static final io.secureaistudio.sdk.runtime.Json JSON = new io.secureaistudio.sdk.runtime.Json();
    private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

    /** An empty one; Jackson fills it. */
    public Unknown() {}

    @com.fasterxml.jackson.annotation.JsonAnySetter
    void putProperty(String name, Object value) {
      properties.put(name, value);
    }

    /**
     * Every property as received, unknown ones included.
     *
     * @return an unmodifiable map of the properties in the order received (objects as maps, arrays as lists)
     */
    public java.util.Map<String, Object> getProperties() {
      return java.util.Collections.unmodifiableMap(properties);
    }

    /**
     * One property as received.
     *
     * @param name the property's JSON name
     * @return its value (an object as a map, an array as a list), or null when absent
     */
    public Object getProperty(String name) {
      return properties.get(name);
    }

    /** Property {@code name} as {@code type}; null when absent or not of that type (validation reports it). */
    private <T> T convert(String name, com.fasterxml.jackson.core.type.TypeReference<T> type) {
      Object value = properties.get(name);
      if (value == null) return null;
      try {
        return JSON.mapper().convertValue(value, type);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    @Override
    public String getId() {
      return convert("id", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public Object getType() {
      return properties.get("type");
    }

    @Override
    public JobStatus getStatus() {
      return convert("status", new com.fasterxml.jackson.core.type.TypeReference<JobStatus>() {});
    }

    @Override
    public Integer getProgress() {
      return convert("progress", new com.fasterxml.jackson.core.type.TypeReference<Integer>() {});
    }

    @Override
    public OffsetDateTime getCreatedAt() {
      return convert("createdAt", new com.fasterxml.jackson.core.type.TypeReference<OffsetDateTime>() {});
    }

    @Override
    public OffsetDateTime getUpdatedAt() {
      return convert("updatedAt", new com.fasterxml.jackson.core.type.TypeReference<OffsetDateTime>() {});
    }

    @Override
    public OffsetDateTime getCompletedAt() {
      return convert("completedAt", new com.fasterxml.jackson.core.type.TypeReference<OffsetDateTime>() {});
    }

    @Override
    public Object getError() {
      return convert("error", new com.fasterxml.jackson.core.type.TypeReference<Object>() {});
    }

    @Override
    public List<String> getOutputAssetIds() {
      return convert("outputAssetIds", new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {});
    }

    @Override
    public Object getParams() {
      return convert("params", new com.fasterxml.jackson.core.type.TypeReference<Object>() {});
    }

    @Override
    public void serialize(com.fasterxml.jackson.core.JsonGenerator gen, com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
      write(properties, gen, provider);
    }

    // By hand, not through the mapper: its NON_NULL setting would drop the nulls that were received.
    private static void write(Object value, com.fasterxml.jackson.core.JsonGenerator gen, com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
      if (value instanceof java.util.Map) {
        gen.writeStartObject();
        for (java.util.Map.Entry<?, ?> e : ((java.util.Map<?, ?>) value).entrySet()) {
          gen.writeFieldName(String.valueOf(e.getKey()));
          write(e.getValue(), gen, provider);
        }
        gen.writeEndObject();
      } else if (value instanceof java.util.List) {
        gen.writeStartArray();
        for (Object item : (java.util.List<?>) value) write(item, gen, provider);
        gen.writeEndArray();
      } else {
        provider.defaultSerializeValue(value, gen);
      }
    }

    // As it was received: the properties hold the discriminator already, so no type id is added.
    @Override
    public void serializeWithType(com.fasterxml.jackson.core.JsonGenerator gen, com.fasterxml.jackson.databind.SerializerProvider provider,
        com.fasterxml.jackson.databind.jsontype.TypeSerializer typeSer) throws java.io.IOException {
      serialize(gen, provider);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Unknown && properties.equals(((Unknown) o).properties);
    }

    @Override
    public int hashCode() {
      return properties.hashCode();
    }

    // Properties the variants declare format: password stay out of toString() (R5.5).
    private static final java.util.Set<String> SECRETS = java.util.Set.of(new String[] { });

    @Override
    public String toString() {
      java.util.Map<String, Object> shown = new java.util.LinkedHashMap<>(properties);
      shown.replaceAll((name, value) -> SECRETS.contains(name) && value != null ? "*" : value);
      return "Job.Unknown" + shown;
    }
  }
}

