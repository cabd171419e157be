package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.StringJoiner;

/**
 * Sends {@link ApiRequest}s with {@code java.net.http} and decodes the answers. Every generated
 * operation goes through here, so cross-cutting behaviour (auth, typed errors, retries) has
 * one home.
 */
public final class Transport {
  private final ClientOptions options;
  private final HttpClient http;
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private final Json json = new Json();

  public Transport(ClientOptions options) {
    this.options = options;
    this.http = options.httpClient();
  }

  public ClientOptions options() {
    return options;
  }

  public Json json() {
    return json;
  }

  /**
   * Sends the request and decodes a JSON (or, for String, text) body into {@code type}. A 2xx
   * JSON body that does not parse raises {@link ResponseValidationException} (R7.4).
   */
  public <T> ApiResponse<T> execute(ApiRequest request, TypeReference<T> type) {
    Received<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    byte[] body = response.body;
    if (body == null || body.length == 0) {
      return new ApiResponse<>(response.status, response.headers, null);
    }
    String contentType = response.header("Content-Type").orElse("");
    try {
      T data;
      if (type.getType() == String.class && !isJson(contentType)) {
        @SuppressWarnings("unchecked")
        T text = (T) new String(body, StandardCharsets.UTF_8);
        data = text;
      } else {
        data = json.read(body, type);
      }
      return new ApiResponse<>(response.status, response.headers, data);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException && isWellFormedJson(body)) {
        // Parses, but does not fit the model: a schema mismatch, not a broken body.
        String path = pointer((com.fasterxml.jackson.databind.exc.MismatchedInputException) e);
        throw new ResponseValidationException(request.operationId,
            java.util.List.of(new ResponseValidationException.Issue(path, redact(e.getOriginalMessage()))),
            response.header("X-Request-Id").orElse(null));
      }
      throw new ResponseValidationException(request.operationId,
          java.util.List.of(new ResponseValidationException.Issue("", "the body is not valid JSON (" + redact(e.getOriginalMessage()) + ")")),
          response.header("X-Request-Id").orElse(null));
    } catch (IOException e) {
      throw new APIConnectionException(request.operationId + ": reading the response failed: " + redact(e.getMessage()), e);
    }
  }

  /** Sends the request and returns the whole body as bytes (binary downloads). */
  public ApiResponse<byte[]> executeBytes(ApiRequest request) {
    Received<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new ApiResponse<>(response.status, response.headers, response.body);
  }

  /** Sends the request and returns the open body stream; the caller must close it. */
  public ApiResponse<InputStream> executeStream(ApiRequest request) {
    Received<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
    return new ApiResponse<>(response.status, response.headers, response.body);
  }

  /** Sends the request and discards any body. */
  public ApiResponse<Void> executeVoid(ApiRequest request) {
    Received<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new ApiResponse<>(response.status, response.headers, null);
  }

  /** A 2xx body decoded by the caller's handler, or the bytes of an error body. */
  private static final class Answer<B> {
    final B body;
    final byte[] errorBody;

    private Answer(B body, byte[] errorBody) {
      this.body = body;
      this.errorBody = errorBody;
    }
  }

  /**
   * Runs the attempts of one call (rulebook R3): builds the request once, so every attempt sends
   * the same URL, headers (one Idempotency-Key) and body bytes, then retries connection failures,
   * timeouts and retryable statuses while the method allows it and retries remain.
   */
  private <B> Received<B> send(ApiRequest request, HttpResponse.BodyHandler<B> handler) {
    HttpRequest httpRequest = toHttpRequest(request);
    boolean methodRetryable = RetryPolicy.isMethodRetryable(request.method,
        httpRequest.headers().firstValue("Idempotency-Key").isPresent());
    HttpResponse.BodyHandler<Answer<B>> answers = info -> info.statusCode() / 100 == 2
        ? HttpResponse.BodySubscribers.mapping(handler.apply(info), b -> new Answer<B>(b, null))
        : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), b -> new Answer<B>(null, b));
    int maxRetries = options.maxRetries();
    for (int n = 1; ; n++) {
      final int retry = n; // the retry this failure would lead to (1-based, R3.4)
      boolean lastAttempt = retry > maxRetries || !methodRetryable;
      Duration wait;
      try {
        HttpResponse<Answer<B>> response = http.send(httpRequest, answers);
        Answer<B> answer = response.body();
        if (answer.errorBody == null) return withBody(response, answer.body);
        APIException error = error(response, answer.errorBody);
        if (lastAttempt || !RetryPolicy.isStatusRetryable(error.getStatus(), error.getCode())) throw error;
        wait = RetryPolicy.parseRetryAfter(error.header("Retry-After").orElse(null), Instant.now())
            .orElseGet(() -> RetryPolicy.backoff(retry, ThreadLocalRandom.current().nextDouble()));
      } catch (HttpTimeoutException e) {
        if (lastAttempt) {
          throw new APIConnectionTimeoutException(
              request.operationId + ": no response within " + options.timeout() + " from " + httpRequest.uri(), e);
        }
        wait = RetryPolicy.backoff(retry, ThreadLocalRandom.current().nextDouble());
      } catch (IOException e) {
        if (lastAttempt) {
          throw new APIConnectionException(request.operationId + ": cannot reach " + httpRequest.uri() + ": " + redact(e.toString()), e);
        }
        wait = RetryPolicy.backoff(retry, ThreadLocalRandom.current().nextDouble());
      } catch (InterruptedException e) {
        throw aborted(request, e);
      }
      try {
        options.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        throw aborted(request, e);
      }
    }
  }

  private static <B> Received<B> withBody(HttpResponse<?> response, B body) {
    return new Received<>(response.statusCode(), response.headers().map(), body);
  }

  /** Status, headers and decoded body of the successful attempt. */
  private static final class Received<B> {
    final int status;
    final Map<String, List<String>> headers;
    final B body;

    Received(int status, Map<String, List<String>> headers, B body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    Optional<String> header(String name) {
      return Headers.first(headers, name);
    }
  }

  private APIException error(HttpResponse<?> response, byte[] body) {
    String text = body == null || body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
    return APIException.from(response.statusCode(), response.headers().map(), text, secrets());
  }

  private static APIUserAbortException aborted(ApiRequest request, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new APIUserAbortException(request.operationId + ": interrupted; the call was abandoned", e);
  }

  private List<String> secrets() {
    return Arrays.asList(options.apiKey(), options.bearerToken());
  }

  private String redact(String text) {
    return Redaction.redact(text, secrets());
  }

  private boolean isWellFormedJson(byte[] body) {
    try {
      json.mapper().readTree(body);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The JSON pointer (RFC 6901) of where Jackson stopped. */
  private static String pointer(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
    StringBuilder out = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
      String token = ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex());
      out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** Builds the {@link HttpRequest}: URL, headers, credentials and body. */
  public HttpRequest toHttpRequest(ApiRequest request) {
    StringJoiner query = new StringJoiner("&");
    request.query.forEach(e -> query.add(encode(e.getKey()) + "=" + encode(e.getValue())));
    StringBuilder cookies = new StringBuilder();
    HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(options.timeout());

    AuthScheme scheme = request.security.stream().filter(this::hasCredentials).findFirst().orElse(null);
    if (scheme != null && scheme.isBearer()) {
      builder.header("Authorization", "Bearer " + options.bearerToken());
    } else if (scheme != null) {
      switch (scheme.location()) {
        case HEADER: builder.header(scheme.parameterName(), options.apiKey()); break;
        case QUERY: query.add(encode(scheme.parameterName()) + "=" + encode(options.apiKey())); break;
        default: cookies.append(scheme.parameterName()).append('=').append(options.apiKey());
      }
    }
    if (cookies.length() > 0) builder.header("Cookie", cookies.toString());

    String path = expandPath(request);
    String q = query.toString();
    builder.uri(URI.create(options.baseURL() + path + (q.isEmpty() ? "" : "?" + q)));
    if (request.accept != null) builder.header("Accept", request.accept);
    if (options.userAgent() != null) builder.header("User-Agent", options.userAgent());
    request.headers.forEach(builder::header);
    // R3.6: one fresh UUID v4 per call where the operation declares the header; built once per
    // call, so every attempt carries the same key.
    if (request.declaredHeaders.contains(IDEMPOTENCY_KEY)
        && request.headers.keySet().stream().noneMatch(IDEMPOTENCY_KEY::equalsIgnoreCase)) {
      builder.header(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
    }

    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    switch (request.bodyKind) {
      case JSON:
        if (request.jsonBody != null) {
          body = HttpRequest.BodyPublishers.ofByteArray(json.write(request.jsonBody));
          builder.header("Content-Type", request.contentType != null ? request.contentType : "application/json");
        }
        break;
      case MULTIPART:
        Multipart multipart = Multipart.of(request.formParts, json);
        body = HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray());
        builder.header("Content-Type", multipart.contentType());
        break;
      case FORM:
        StringJoiner form = new StringJoiner("&");
        request.formParts.forEach(e -> form.add(encode(e.getKey()) + "=" + encode(ParameterFormat.format(e.getValue()))));
        body = HttpRequest.BodyPublishers.ofString(form.toString());
        builder.header("Content-Type", "application/x-www-form-urlencoded");
        break;
      default:
        break;
    }
    return builder.method(request.method, body).build();
  }

  private boolean hasCredentials(AuthScheme scheme) {
    String credential = scheme.isBearer() ? options.bearerToken() : options.apiKey();
    return credential != null && !credential.isEmpty();
  }

  private static String expandPath(ApiRequest request) {
    String path = request.pathTemplate;
    for (Map.Entry<String, Object> e : request.pathParams.entrySet()) {
      path = path.replace("{" + e.getKey() + "}", encode(ParameterFormat.format(e.getValue())));
    }
    return path;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static boolean isJson(String contentType) {
    String type = contentType.toLowerCase(java.util.Locale.ROOT);
    return type.contains("/json") || type.contains("+json");
  }
}
