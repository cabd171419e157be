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
import io.secureaistudio.sdk.model.AwsS3Destination;
import io.secureaistudio.sdk.model.AzureBlobDestination;
import io.secureaistudio.sdk.model.GcsDestination;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Where a backup is written, by cloud `provider`.
 *
 * <p>A real Java supertype: JSON is read into the matching implementation
 * according to {@code provider}, so use {@code instanceof} or a switch on the
 * concrete class ({@link AwsS3Destination}, {@link AzureBlobDestination}, {@link GcsDestination}), or {@link Unknown} for a
 * {@code provider} this SDK version does not know.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

@JsonIgnoreProperties(
  value = "provider", // written by Jackson from the subtype's name, not from the field
  allowSetters = true // read from the JSON into the subtype's field
)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "provider", visible = true, defaultImpl = BackupDestination.Unknown.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = AwsS3Destination.class, name = "aws_s3"),
  @JsonSubTypes.Type(value = AzureBlobDestination.class, name = "azure_blob"),
  @JsonSubTypes.Type(value = GcsDestination.class, name = "gcs"),
})
public interface BackupDestination {

  /**
   * Which variant this is: the variant's own enum constant, or the text for {@link Unknown};
   * {@code getProviderValue()} gives the text for both.
   * @return provider
   */
  default Object getProvider() {
    return null;
  }

  /** @return the {@code provider} as text: the name of the variant, known or not */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String getProviderValue() {
    Object value = getProvider();
    return value == null ? null : String.valueOf(value);
  }

  /**
   * The bucket name.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return bucket
   */
  default String getBucket() {
    return null;
  }

  /**
   * A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return region
   */
  default String getRegion() {
    return null;
  }

  /**
   * A key prefix inside the bucket or container.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return prefix
   */
  default String getPrefix() {
    return null;
  }

  /**
   * The storage account name.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return storageAccount
   */
  default String getStorageAccount() {
    return null;
  }

  /**
   * The container name.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return container
   */
  default String getContainer() {
    return null;
  }

  /**
   * A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return location
   */
  default String getLocation() {
    return null;
  }

  /**
   * A {@code BackupDestination} whose {@code provider} this SDK version does not know (a newer server
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
  final class Unknown implements BackupDestination, com.fasterxml.jackson.databind.JsonSerializable {
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
    public Object getProvider() {
      return properties.get("provider");
    }

    @Override
    public String getBucket() {
      return convert("bucket", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public String getRegion() {
      return convert("region", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public String getPrefix() {
      return convert("prefix", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public String getStorageAccount() {
      return convert("storageAccount", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public String getContainer() {
      return convert("container", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public String getLocation() {
      return convert("location", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
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
      return "BackupDestination.Unknown" + shown;
    }
  }
}

