package io.secureaistudio.sdk.runtime;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one operation call needs to become an HTTP request, built by generated API
 * methods and executed by {@link Transport}. Null parameter values are simply left out.
 */
public final class ApiRequest {
  /** Kind of request body. */
  public enum BodyKind {
    /** No body. */
    NONE,
    /** A JSON document ({@link #jsonBody}). */
    JSON,
    /** {@code multipart/form-data} fields and files ({@link #form}, {@link #formField}). */
    MULTIPART,
    /** {@code application/x-www-form-urlencoded} fields. */
    FORM
  }

  final String operationId;
  final String method;
  final String pathTemplate;
  final Map<String, Object> pathParams = new LinkedHashMap<>();
  final List<Map.Entry<String, String>> query = new ArrayList<>();
  final Map<String, String> headers = new LinkedHashMap<>();
  /** Header parameters the operation declares, given or not (R3.6 looks for Idempotency-Key). */
  final java.util.Set<String> declaredHeaders = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
  final List<AuthScheme> security = new ArrayList<>();
  final List<Map.Entry<String, Object>> formParts = new ArrayList<>();
  BodyKind bodyKind = BodyKind.NONE;
  Object jsonBody;
  String contentType;
  String accept;
  /** Sends {@code RequestOptions.idempotencyKey} when the caller gave one, though no header declares it (GraphQL, R13.1). */
  boolean idempotencyKeyWhenGiven;

  private ApiRequest(String operationId, String method, String pathTemplate) {
    this.operationId = operationId;
    this.method = method;
    this.pathTemplate = pathTemplate;
  }

  /**
   * Starts a request for {@code operationId}: {@code method pathTemplate}, e.g. GET /jobs/{jobId}.
   *
   * @param operationId the operation's ID in the API document (named in errors and logs)
   * @param method the HTTP method
   * @param pathTemplate the path relative to the base URL, with {@code {name}} placeholders
   * @return the request, with no parameters yet
   */
  public static ApiRequest of(String operationId, String method, String pathTemplate) {
    return new ApiRequest(operationId, method, pathTemplate);
  }

  /**
   * Fails with a clear message when a required parameter is missing.
   *
   * @param name the parameter's name in the API document
   * @param value its value
   * @return this request
   * @throws IllegalArgumentException when {@code value} is null
   */
  public ApiRequest require(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("Missing the required parameter '" + name + "' when calling " + operationId);
    }
    return this;
  }

  /**
   * Sets a path parameter; an empty one, or one that is exactly {@code .} or {@code ..} (a dot
   * segment would call another endpoint), is an argument error naming it (R9.1).
   *
   * @param name the placeholder's name in the path template
   * @param value its value (null: left unset)
   * @return this request
   * @throws IllegalArgumentException when the value is empty, {@code .} or {@code ..}
   */
  public ApiRequest pathParam(String name, Object value) {
    String text = value == null ? null : ParameterFormat.format(value);
    if (text != null && text.isEmpty()) {
      throw new IllegalArgumentException("The path parameter '" + name + "' of " + operationId + " must not be empty");
    }
    if (text != null && ParameterFormat.isForbiddenSegment(text)) {
      throw new IllegalArgumentException("The path parameter '" + name + "' of " + operationId
          + " must not be '" + text + "' (a dot segment would address another endpoint)");
    }
    pathParams.put(name, value);
    return this;
  }

  /**
   * Adds a query parameter; collections repeat the name (form style, explode=true).
   *
   * @param name the parameter's name
   * @param value its value (null: not sent)
   * @return this request
   */
  public ApiRequest queryParam(String name, Object value) {
    if (value instanceof Collection) {
      for (Object item : (Collection<?>) value) {
        if (item != null) query.add(Map.entry(name, ParameterFormat.format(item)));
      }
    } else if (value != null) {
      query.add(Map.entry(name, ParameterFormat.format(value)));
    }
    return this;
  }

  /**
   * Adds a header; collections are sent comma-separated (simple style).
   *
   * @param name the header's name
   * @param value its value (null: not sent, though still declared)
   * @return this request
   * @throws IllegalArgumentException when the value has a control or non-ASCII character
   */
  public ApiRequest header(String name, Object value) {
    declaredHeaders.add(name);
    if (value != null) {
      String text = ParameterFormat.format(value);
      HeaderValues.require("the header parameter '" + name + "' of " + operationId, text);
      headers.put(name, text);
    }
    return this;
  }

  /**
   * Sets a JSON body.
   *
   * @param body the value Jackson writes (null: the JSON {@code null} is not sent, no body)
   * @param contentType the body's media type, e.g. {@code application/json}
   * @return this request
   */
  public ApiRequest jsonBody(Object body, String contentType) {
    this.bodyKind = BodyKind.JSON;
    this.jsonBody = body;
    this.contentType = contentType;
    return this;
  }

  /**
   * Declares a form body: multipart/form-data when {@code multipart}, else urlencoded.
   *
   * @param multipart whether the body is multipart/form-data
   * @return this request
   */
  public ApiRequest form(boolean multipart) {
    bodyKind = multipart ? BodyKind.MULTIPART : BodyKind.FORM;
    return this;
  }

  /**
   * Adds a form field; in multipart bodies {@link File} and byte[] values become file parts.
   *
   * @param name the field's name
   * @param value its value (null: not sent)
   * @return this request
   */
  public ApiRequest formField(String name, Object value) {
    if (value != null) formParts.add(Map.entry(name, value));
    return this;
  }

  /**
   * Media types the operation can answer with, best first.
   *
   * @param accept the {@code Accept} header's value
   * @return this request
   */
  public ApiRequest accept(String accept) {
    this.accept = accept;
    return this;
  }

  /**
   * Security schemes the operation accepts (none for public operations).
   *
   * @param schemes the schemes, in the API document's order
   * @return this request
   */
  public ApiRequest security(AuthScheme... schemes) {
    Collections.addAll(security, schemes);
    return this;
  }

  /**
   * A copy of this request with query parameter {@code name} set to {@code value} alone (the
   * next page of a list, rulebook R6.2: same parameters, new cursor).
   *
   * @param name the query parameter's name
   * @param value its new value (null: removed)
   * @return the copy; this request is unchanged
   */
  public ApiRequest withQueryParam(String name, String value) {
    ApiRequest copy = new ApiRequest(operationId, method, pathTemplate);
    copy.pathParams.putAll(pathParams);
    query.stream().filter(e -> !e.getKey().equals(name)).forEach(copy.query::add);
    if (value != null) copy.query.add(Map.entry(name, value));
    copy.headers.putAll(headers);
    copy.declaredHeaders.addAll(declaredHeaders);
    copy.security.addAll(security);
    copy.formParts.addAll(formParts);
    copy.bodyKind = bodyKind;
    copy.jsonBody = jsonBody;
    copy.contentType = contentType;
    copy.accept = accept;
    copy.idempotencyKeyWhenGiven = idempotencyKeyWhenGiven;
    return copy;
  }

  /**
   * The first value of query parameter {@code name}.
   *
   * @param name the query parameter's name
   * @return its first value as sent, or null
   */
  public String queryValue(String name) {
    return query.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /** @return the operation's ID in the API document */
  public String operationId() { return operationId; }
  /** @return the HTTP method */
  public String method() { return method; }
}
