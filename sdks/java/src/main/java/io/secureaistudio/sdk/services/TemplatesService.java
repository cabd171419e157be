// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.JobType;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.Template;
import io.secureaistudio.sdk.model.TemplateCreate;
import io.secureaistudio.sdk.model.TemplateList;
import io.secureaistudio.sdk.model.TemplateUpdate;
import io.secureaistudio.sdk.params.TemplateDeleteParams;
import io.secureaistudio.sdk.params.TemplateListParams;
import io.secureaistudio.sdk.params.TemplateUpdateParams;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiOperation;
import io.secureaistudio.sdk.runtime.ApiParam;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AsyncCalls;
import io.secureaistudio.sdk.runtime.AsyncEventStream;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.HttpResponseFor;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.Transport;
import io.secureaistudio.sdk.runtime.UploadFile;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
import io.secureaistudio.sdk.runtime.Waiter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The {@code templates} resource.
 *
 * <p>Get it from {@code client.templates()}; {@code client.async().templates()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class TemplatesService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code templates} resource over {@code transport}; the client creates it ({@code client.templates()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public TemplatesService(Transport transport) {
    this.transport = transport;
    this.raw = new WithRawResponse(transport);
  }

  /**
   * This resource with per-call options (rulebook R2.2): {@code timeout}, {@code maxRetries},
   * {@code idempotencyKey} and extra headers. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this resource whose calls use {@code options}
   */
  public TemplatesService withOptions(RequestOptions options) {
    return new TemplatesService(transport.withOptions(options));
  }

  /**
   * The same methods returning the decoded body with status code and headers ({@link HttpResponseFor}).
   *
   * @return the raw-response view of this resource
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Create a template ({@code POST /templates}, operation {@code createTemplate}).
   * <p>Adds a template to the library.
   *
   * @param templateCreate the request body
   * @return the decoded response body
   */
  @ApiOperation("createTemplate")
  public Template create(@ApiParam(in = "body") TemplateCreate templateCreate) {
    return raw.create(templateCreate).getData();
  }

  /**
   * Delete a template ({@code DELETE /templates/{templateId}}, operation {@code deleteTemplate}).
   * <p>Deletes a template. &#x60;If-Match&#x60; must carry its current ETag (412 otherwise). Jobs made from it are kept.
   *
   * @param templateId The template&#39;s ID.
   * @param params the operation's other parameters
   */
  @ApiOperation("deleteTemplate")
  public void delete(@ApiParam(in = "path", name = "templateId") String templateId, TemplateDeleteParams params) {
    raw.delete(templateId, params);
  }

  /**
   * Get a template ({@code GET /templates/{templateId}}, operation {@code getTemplate}).
   * <p>Returns a template. Its &#x60;ETag&#x60; header is what &#x60;updateTemplate&#x60; and &#x60;deleteTemplate&#x60; take as &#x60;If-Match&#x60;.
   *
   * @param templateId The template&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getTemplate")
  public Template retrieve(@ApiParam(in = "path", name = "templateId") String templateId) {
    return raw.retrieve(templateId).getData();
  }

  /**
   * List templates ({@code GET /templates}, operation {@code listTemplates}).
   * <p>Lists templates in the library, newest first, optionally filtered by kind and tag.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listTemplates")
  public TemplateList.DataPage list(TemplateListParams params) {
    return new TemplateList.DataPage(transport, listRequest(params),
        "cursor", TemplateList::getNextCursor);
  }

  /**
   * List templates, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listTemplates")
  public TemplateList.DataPage list() {
    return list(null);
  }

  /**
   * Update a template ({@code PATCH /templates/{templateId}}, operation {@code updateTemplate}).
   * <p>Changes a template. &#x60;If-Match&#x60; must carry the template&#39;s current ETag; if somebody changed it since, the update is refused with 412 and nothing changes. 
   *
   * @param templateId The template&#39;s ID.
   * @param templateUpdate the request body
   * @param params the operation's other parameters
   * @return the decoded response body
   */
  @ApiOperation("updateTemplate")
  public Template update(@ApiParam(in = "path", name = "templateId") String templateId, @ApiParam(in = "body") TemplateUpdate templateUpdate, TemplateUpdateParams params) {
    return raw.update(templateId, templateUpdate, params).getData();
  }

  /**
   * The methods of {@link TemplatesService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Create a template, with status and headers.
     *
     * @param templateCreate the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Template> create(@ApiParam(in = "body") TemplateCreate templateCreate) {
      ApiRequest request = createRequest(templateCreate);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Template>() {}));
    }

    /**
     * Delete a template, with status and headers.
     *
     * @param templateId The template&#39;s ID.
     * @param params the operation's other parameters
     * @return the status code, headers and no body ({@code getData()} is null)
     */
    public HttpResponseFor<Void> delete(@ApiParam(in = "path", name = "templateId") String templateId, TemplateDeleteParams params) {
      ApiRequest request = deleteRequest(templateId, params);
      return HttpResponseFor.of(transport.executeVoid(request));
    }

    /**
     * Get a template, with status and headers.
     *
     * @param templateId The template&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Template> retrieve(@ApiParam(in = "path", name = "templateId") String templateId) {
      ApiRequest request = retrieveRequest(templateId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Template>() {}));
    }

    /**
     * List templates, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<TemplateList> list(TemplateListParams params) {
      ApiRequest request = listRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<TemplateList>() {}));
    }

    /**
     * List templates, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<TemplateList> list() {
      return list(null);
    }

    /**
     * Update a template, with status and headers.
     *
     * @param templateId The template&#39;s ID.
     * @param templateUpdate the request body
     * @param params the operation's other parameters
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Template> update(@ApiParam(in = "path", name = "templateId") String templateId, @ApiParam(in = "body") TemplateUpdate templateUpdate, TemplateUpdateParams params) {
      ApiRequest request = updateRequest(templateId, templateUpdate, params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Template>() {}));
    }
  }

  /**
   * The methods of {@link TemplatesService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final TemplatesService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().templates()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(TemplatesService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link TemplatesService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Create a template: see {@link TemplatesService#create}.
     *
     * @param templateCreate the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<Template> create(@ApiParam(in = "body") TemplateCreate templateCreate) {
      return AsyncCalls.run(executor, () -> sync.create(templateCreate));
    }

    /**
     * Delete a template: see {@link TemplatesService#delete}.
     *
     * @param templateId The template&#39;s ID.
     * @param params the operation's other parameters
     * @return a future completing with null once the call succeeded
     */
    public CompletableFuture<Void> delete(@ApiParam(in = "path", name = "templateId") String templateId, TemplateDeleteParams params) {
      return AsyncCalls.run(executor, () -> { sync.delete(templateId, params); return null; });
    }

    /**
     * Get a template: see {@link TemplatesService#retrieve}.
     *
     * @param templateId The template&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<Template> retrieve(@ApiParam(in = "path", name = "templateId") String templateId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(templateId));
    }

    /**
     * List templates: see {@link TemplatesService#list}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<TemplateList.DataAsyncPage> list(TemplateListParams params) {
      return TemplateList.DataAsyncPage.first(sync.transport, listRequest(params),
          "cursor", TemplateList::getNextCursor);
    }

    /**
     * List templates, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<TemplateList.DataAsyncPage> list() {
      return list(null);
    }

    /**
     * Update a template: see {@link TemplatesService#update}.
     *
     * @param templateId The template&#39;s ID.
     * @param templateUpdate the request body
     * @param params the operation's other parameters
     * @return a future of the decoded response body
     */
    public CompletableFuture<Template> update(@ApiParam(in = "path", name = "templateId") String templateId, @ApiParam(in = "body") TemplateUpdate templateUpdate, TemplateUpdateParams params) {
      return AsyncCalls.run(executor, () -> sync.update(templateId, templateUpdate, params));
    }
  }

  private static ApiRequest createRequest(@ApiParam(in = "body") TemplateCreate templateCreate) {
    return ApiRequest.of("createTemplate", "POST", "/templates")
        .header("Idempotency-Key", null)
        .require("TemplateCreate", templateCreate)
        .jsonBody(templateCreate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest deleteRequest(@ApiParam(in = "path", name = "templateId") String templateId, TemplateDeleteParams params) {
    return ApiRequest.of("deleteTemplate", "DELETE", "/templates/{templateId}")
        .require("templateId", templateId)
        .pathParam("templateId", templateId)
        .require("If-Match", params == null ? null : params.ifMatch())
        .header("If-Match", params == null ? null : params.ifMatch())
        .accept("application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest retrieveRequest(@ApiParam(in = "path", name = "templateId") String templateId) {
    return ApiRequest.of("getTemplate", "GET", "/templates/{templateId}")
        .require("templateId", templateId)
        .pathParam("templateId", templateId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listRequest(TemplateListParams params) {
    return ApiRequest.of("listTemplates", "GET", "/templates")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .queryParam("kind", params == null ? null : params.kind())
        .queryParam("tag", params == null ? null : params.tag())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest updateRequest(@ApiParam(in = "path", name = "templateId") String templateId, @ApiParam(in = "body") TemplateUpdate templateUpdate, TemplateUpdateParams params) {
    return ApiRequest.of("updateTemplate", "PATCH", "/templates/{templateId}")
        .require("templateId", templateId)
        .pathParam("templateId", templateId)
        .require("If-Match", params == null ? null : params.ifMatch())
        .header("If-Match", params == null ? null : params.ifMatch())
        .require("TemplateUpdate", templateUpdate)
        .jsonBody(templateUpdate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
