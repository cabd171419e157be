package io.secureaistudio.sdk.runtime;

/**
 * What a resource's {@code withRawResponse()} methods return: the decoded body of type {@code T}
 * with the response's status code and headers ({@code client.templates().withRawResponse().retrieve(id)}).
 *
 * @param <T> type of the decoded body ({@link Void} when the operation returns none)
 */
public final class HttpResponseFor<T> extends ApiResponse<T> {
  private HttpResponseFor(ApiResponse<T> response) {
    super(response.getStatusCode(), response.getHeaders(), response.getData(), response.getJson());
  }

  /**
   * The same response, typed for the raw views.
   *
   * @param <T> type of the decoded body
   * @param response the transport's response
   * @return {@code response} itself when it is one already, else a copy
   */
  @SuppressWarnings("unchecked") // an HttpResponseFor of T is returned as it is
  public static <T> HttpResponseFor<T> of(ApiResponse<T> response) {
    return response instanceof HttpResponseFor ? (HttpResponseFor<T>) response : new HttpResponseFor<>(response);
  }
}
