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
import io.secureaistudio.sdk.model.ClientCredentialsGrant;
import io.secureaistudio.sdk.model.PasswordGrant;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Credentials to exchange for tokens, by grant type.
 *
 * <p>A real Java supertype: JSON is read into the matching implementation
 * according to {@code grantType}, so use {@code instanceof} or a switch on the
 * concrete class ({@link ClientCredentialsGrant}, {@link PasswordGrant}), or {@link Unknown} for a
 * {@code grantType} this SDK version does not know.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")

@JsonIgnoreProperties(
  value = "grantType", // written by Jackson from the subtype's name, not from the field
  allowSetters = true // read from the JSON into the subtype's field
)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "grantType", visible = true, defaultImpl = TokenRequest.Unknown.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = ClientCredentialsGrant.class, name = "client_credentials"),
  @JsonSubTypes.Type(value = PasswordGrant.class, name = "password"),
})
public interface TokenRequest {

  /**
   * Which variant this is: the variant's own enum constant, or the text for {@link Unknown};
   * {@code getGrantTypeValue()} gives the text for both.
   * @return grantType
   */
  default Object getGrantType() {
    return null;
  }

  /** @return the {@code grantType} as text: the name of the variant, known or not */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String getGrantTypeValue() {
    Object value = getGrantType();
    return value == null ? null : String.valueOf(value);
  }

  /**
   * The user's email address.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return username
   */
  default String getUsername() {
    return null;
  }

  /**
   * The user's password.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return password
   */
  default String getPassword() {
    return null;
  }

  /**
   * Space-separated permissions a token is limited to.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return scope
   */
  default String getScope() {
    return null;
  }

  /**
   * The client's ID.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return clientId
   */
  default String getClientId() {
    return null;
  }

  /**
   * The client's secret.
   * On the base type because the variants have it; null on a variant that has no such property.
   * @return clientSecret
   */
  default String getClientSecret() {
    return null;
  }

  /**
   * A {@code TokenRequest} whose {@code grantType} this SDK version does not know (a newer server
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
  final class Unknown implements TokenRequest, com.fasterxml.jackson.databind.JsonSerializable {
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
    public Object getGrantType() {
      return properties.get("grantType");
    }

    @Override
    public String getUsername() {
      return convert("username", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public String getPassword() {
      return convert("password", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public String getScope() {
      return convert("scope", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public String getClientId() {
      return convert("clientId", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
    }

    @Override
    public String getClientSecret() {
      return convert("clientSecret", new com.fasterxml.jackson.core.type.TypeReference<String>() {});
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
    private static final java.util.Set<String> SECRETS = java.util.Set.of(new String[] { "password", "clientSecret", });

    @Override
    public String toString() {
      java.util.Map<String, Object> shown = new java.util.LinkedHashMap<>(properties);
      shown.replaceAll((name, value) -> SECRETS.contains(name) && value != null ? "*" : value);
      return "TokenRequest.Unknown" + shown;
    }
  }
}

