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
import java.util.Map;
import java.util.StringJoiner;

/**
 * Sends {@link ApiRequest}s with {@code java.net.http} and decodes the answers. Every generated
 * operation goes through here, so cross-cutting behaviour (auth, errors, later retries) has
 * one home.
 */
public final class Transport {
  private final ClientOptions options;
  private final HttpClient http;
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

  /** Sends the request and decodes a JSON (or, for String, text) body into {@code type}. */
  public <T> ApiResponse<T> execute(ApiRequest request, TypeReference<T> type) {
    HttpResponse<byte[]> response = sendBuffered(request);
    byte[] body = response.body();
    if (body == null || body.length == 0) {
      return new ApiResponse<>(response.statusCode(), response.headers().map(), null);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    try {
      T data;
      if (type.getType() == String.class && !isJson(contentType)) {
        @SuppressWarnings("unchecked")
        T text = (T) new String(body, StandardCharsets.UTF_8);
        data = text;
      } else {
        data = json.read(body, type);
      }
      return new ApiResponse<>(response.statusCode(), response.headers().map(), data);
    } catch (IOException e) {
      throw new SecureAIStudioException(
          request.operationId + ": cannot decode the " + contentType + " response: " + e.getMessage(), e);
    }
  }

  /** Sends the request and returns the whole body as bytes (binary downloads). */
  public ApiResponse<byte[]> executeBytes(ApiRequest request) {
    HttpResponse<byte[]> response = sendBuffered(request);
    return new ApiResponse<>(response.statusCode(), response.headers().map(), response.body());
  }

  /** Sends the request and returns the open body stream; the caller must close it. */
  public ApiResponse<InputStream> executeStream(ApiRequest request) {
    HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() / 100 != 2) {
      try (InputStream in = response.body()) {
        throw error(request, response.statusCode(), response.headers().map(), in.readAllBytes());
      } catch (IOException e) {
        throw new APIConnectionException(request.operationId + ": reading the error body failed: " + e.getMessage(), e);
      }
    }
    return new ApiResponse<>(response.statusCode(), response.headers().map(), response.body());
  }

  /** Sends the request and discards any body. */
  public ApiResponse<Void> executeVoid(ApiRequest request) {
    HttpResponse<byte[]> response = sendBuffered(request);
    return new ApiResponse<>(response.statusCode(), response.headers().map(), null);
  }

  private HttpResponse<byte[]> sendBuffered(ApiRequest request) {
    HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() / 100 != 2) {
      throw error(request, response.statusCode(), response.headers().map(), response.body());
    }
    return response;
  }

  private static APIException error(ApiRequest request, int status, Map<String, java.util.List<String>> headers, byte[] body) {
    String text = body == null || body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
    return new APIException(request.operationId, status, headers, text);
  }

  private <B> HttpResponse<B> send(ApiRequest request, HttpResponse.BodyHandler<B> handler) {
    HttpRequest httpRequest = toHttpRequest(request);
    try {
      return http.send(httpRequest, handler);
    } catch (HttpTimeoutException e) {
      throw new APIConnectionTimeoutException(
          request.operationId + ": no response within " + options.timeout() + " from " + httpRequest.uri(), e);
    } catch (IOException e) {
      throw new APIConnectionException(request.operationId + ": cannot reach " + httpRequest.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new APIUserAbortException(request.operationId + ": interrupted while waiting for a response", e);
    }
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
