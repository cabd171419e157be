package io.secureaistudio.sdk.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The requests of the GraphQL methods (rulebook R13) that the generated resource of an operation
 * with {@code x-graphql} has beside the operation's own method: {@code query} and
 * {@code subscribe} post {@code {query, variables, operationName}} as GraphQL over HTTP says.
 */
public final class GraphqlOverHttp {
  /** The {@code Accept} header of {@code query} (R13.1): the GraphQL media type first, JSON after it. */
  public static final String QUERY_ACCEPT = "application/graphql-response+json, application/json;q=0.9";
  /** The {@code Accept} header of {@code subscribe} (R13.3): GraphQL over SSE. */
  public static final String SUBSCRIBE_ACCEPT = "text/event-stream";

  /** The SSE event whose data is one execution result (GraphQL over SSE, distinct connections). */
  static final String NEXT = "next";
  /** The SSE event that ends the subscription. */
  static final String COMPLETE = "complete";

  private GraphqlOverHttp() {}

  /**
   * The SDK's JSON settings, except that a map keeps its null values: a variable given as null
   * is sent as {@code null} (GraphQL tells an explicit null from an absent variable), where the
   * SDK's own mapper leaves nulls out.
   */
  private static final class Variables {
    static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new Json().mapper().copy();

    static {
      MAPPER.configOverride(Map.class).setInclude(com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
          com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS, com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS));
    }
  }

  private static Object variablesTree(String operationId, Map<String, ?> variables) {
    try {
      return Variables.MAPPER.valueToTree(variables);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(operationId + ": the GraphQL variables (argument 'variables') cannot be written as JSON: "
          + e.getMessage(), e);
    }
  }

  /**
   * The {@code POST} of a GraphQL document to {@code path}, its JSON body holding only the fields
   * given (R9.5); the caller adds the operation's security.
   *
   * @param operationId the operation's ID in the API document (named in errors)
   * @param path the operation's path template
   * @param document the GraphQL document (required, not blank)
   * @param variables the variables, or null to send none
   * @param operationName which operation of the document to run, or null
   * @param accept {@link #QUERY_ACCEPT} or {@link #SUBSCRIBE_ACCEPT}
   * @return the request
   * @throws IllegalArgumentException when {@code document} is null or blank
   */
  public static ApiRequest request(String operationId, String path, String document, Map<String, ?> variables,
      String operationName, String accept) {
    if (document == null || document.isBlank()) {
      throw new IllegalArgumentException(operationId + ": the GraphQL document (argument 'document') is "
          + (document == null ? "null" : "blank") + "; give the query, mutation or subscription text");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", document);
    if (variables != null) body.put("variables", variablesTree(operationId, variables));
    if (operationName != null) body.put("operationName", operationName);
    ApiRequest request = ApiRequest.of(operationId, "POST", path).jsonBody(body, "application/json").accept(accept);
    request.idempotencyKeyWhenGiven = true;
    return request;
  }
}
