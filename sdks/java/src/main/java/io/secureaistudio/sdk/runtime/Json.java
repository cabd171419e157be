package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/**
 * The SDK's JSON settings: ISO-8601 dates, nulls left out of requests, and tolerance for what
 * a newer server may send (unknown fields are ignored; the generated enums are open classes that
 * keep an unknown value, and a {@code oneOf} keeps an unknown variant as its {@code Unknown}).
 */
public final class Json {
  private volatile ObjectMapper mapper;
  private final java.util.concurrent.CompletableFuture<ObjectMapper> pending;

  /** A Json whose mapper is built now, on this thread. */
  public Json() {
    this.mapper = build();
    this.pending = null;
  }

  private Json(java.util.concurrent.CompletableFuture<ObjectMapper> pending) {
    this.pending = pending;
  }

  /**
   * A Json whose mapper is built on a daemon thread started now, then {@code after} runs there
   * too: a new client's first call needs Jackson only once its response arrives, so building it
   * meanwhile takes it off the first call's path (issue 13's first-call budget; the first
   * ObjectMapper of a JVM loads some 300 classes). {@link #mapper()} waits for it if needed.
   */
  static Json inBackground(Runnable after) {
    java.util.concurrent.CompletableFuture<ObjectMapper> pending = new java.util.concurrent.CompletableFuture<>();
    Thread warm = new Thread(() -> {
      try {
        pending.complete(build());
      } catch (Throwable t) {
        pending.completeExceptionally(t);
        return;
      }
      try {
        after.run();
      } catch (RuntimeException e) {
        // a warm-up only: the same work fails again, with its error, where it is needed
      }
    }, "secure-ai-studio-warm-up");
    warm.setDaemon(true);
    warm.start();
    return new Json(pending);
  }

  private static ObjectMapper build() {
    return new ObjectMapper()
        .registerModule(IsoDates.module())
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  /**
   * The configured mapper, waiting for the background build if it is still running.
   *
   * @return the mapper (shared; do not reconfigure it)
   */
  public ObjectMapper mapper() {
    ObjectMapper m = mapper;
    if (m == null) {
      try {
        m = mapper = pending.join();
      } catch (java.util.concurrent.CompletionException e) {
        throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
      }
    }
    return m;
  }

  /**
   * Writes a request body.
   *
   * @param value the value to write (nulls inside left out)
   * @return its JSON as UTF-8 bytes
   * @throws SecureAIStudioException when Jackson cannot write it
   */
  public byte[] write(Object value) {
    try {
      return mapper().writeValueAsBytes(value);
    } catch (IOException e) {
      throw new SecureAIStudioException("cannot serialise " + value.getClass().getSimpleName() + " to JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a response body.
   *
   * @param <T> the type to read
   * @param body the JSON as bytes
   * @param type the type to read
   * @return the decoded value
   * @throws IOException when the body is not JSON or does not fit {@code type}
   */
  public <T> T read(byte[] body, TypeReference<T> type) throws IOException {
    return mapper().readValue(body, type);
  }
}
