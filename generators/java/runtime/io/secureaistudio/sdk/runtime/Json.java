package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The SDK's JSON settings: ISO-8601 dates, nulls left out of requests, and tolerance for what
 * a newer server may send (unknown fields are ignored, unknown enum values map to the
 * generated UNKNOWN_DEFAULT_OPEN_API constant).
 */
public final class Json {
  private final ObjectMapper mapper;

  public Json() {
    this.mapper = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new SecureAIStudioException("cannot serialise " + value.getClass().getSimpleName() + " to JSON: " + e.getMessage(), e);
    }
  }

  public <T> T read(byte[] body, TypeReference<T> type) throws IOException {
    return mapper.readValue(body, type);
  }
}
