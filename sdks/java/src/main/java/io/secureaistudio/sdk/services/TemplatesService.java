// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.JobType;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.Template;
import io.secureaistudio.sdk.model.TemplateCreate;
import io.secureaistudio.sdk.model.TemplateList;
import io.secureaistudio.sdk.model.TemplateUpdate;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiOperation;
import io.secureaistudio.sdk.runtime.ApiParam;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AsyncCalls;
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
 * parameters go in the operation's immutable params class ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class TemplatesService {
  private final Transport transport;
  private final WithRawResponse raw;

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

  /** The same methods returning the decoded body with status code and headers ({@link HttpResponseFor}). */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Create a template ({@code POST /templates}, operation {@code createTemplate}).
   * <p>Adds a template to the library.
   *
   * @param templateCreate the request body
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
  public void delete(@ApiParam(in = "path", name = "templateId") String templateId, DeleteParams params) {
    raw.delete(templateId, params);
  }

  /**
   * Get a template ({@code GET /templates/{templateId}}, operation {@code getTemplate}).
   * <p>Returns a template. Its &#x60;ETag&#x60; header is what &#x60;updateTemplate&#x60; and &#x60;deleteTemplate&#x60; take as &#x60;If-Match&#x60;.
   *
   * @param templateId The template&#39;s ID.
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
   */
  @ApiOperation("listTemplates")
  public TemplateList.DataPage list(ListParams params) {
    return new TemplateList.DataPage(transport, listRequest(params),
        "cursor", TemplateList::getNextCursor);
  }

  /**
   * List templates, without optional parameters.
   *
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
   */
  @ApiOperation("updateTemplate")
  public Template update(@ApiParam(in = "path", name = "templateId") String templateId, @ApiParam(in = "body") TemplateUpdate templateUpdate, UpdateParams params) {
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

    /** Create a template, with status and headers. */
    public HttpResponseFor<Template> create(@ApiParam(in = "body") TemplateCreate templateCreate) {
      ApiRequest request = createRequest(templateCreate);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Template>() {}));
    }

    /** Delete a template, with status and headers. */
    public HttpResponseFor<Void> delete(@ApiParam(in = "path", name = "templateId") String templateId, DeleteParams params) {
      ApiRequest request = deleteRequest(templateId, params);
      return HttpResponseFor.of(transport.executeVoid(request));
    }

    /** Get a template, with status and headers. */
    public HttpResponseFor<Template> retrieve(@ApiParam(in = "path", name = "templateId") String templateId) {
      ApiRequest request = retrieveRequest(templateId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Template>() {}));
    }

    /** List templates, with status and headers. */
    public HttpResponseFor<TemplateList> list(ListParams params) {
      ApiRequest request = listRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<TemplateList>() {}));
    }

    /** List templates, without optional parameters, with status and headers. */
    public HttpResponseFor<TemplateList> list() {
      return list(null);
    }

    /** Update a template, with status and headers. */
    public HttpResponseFor<Template> update(@ApiParam(in = "path", name = "templateId") String templateId, @ApiParam(in = "body") TemplateUpdate templateUpdate, UpdateParams params) {
      ApiRequest request = updateRequest(templateId, templateUpdate, params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Template>() {}));
    }
  }

  /**
   * The methods of {@link TemplatesService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}.
   */
  public static final class Async {
    private final TemplatesService sync;
    private final Executor executor;

    public Async(TemplatesService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** This resource with per-call options (R2.2), as for {@link TemplatesService#withOptions}. */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /** Create a template: see {@link TemplatesService#create}. */
    public CompletableFuture<Template> create(@ApiParam(in = "body") TemplateCreate templateCreate) {
      return AsyncCalls.run(executor, () -> sync.create(templateCreate));
    }

    /** Delete a template: see {@link TemplatesService#delete}. */
    public CompletableFuture<Void> delete(@ApiParam(in = "path", name = "templateId") String templateId, DeleteParams params) {
      return AsyncCalls.run(executor, () -> { sync.delete(templateId, params); return null; });
    }

    /** Get a template: see {@link TemplatesService#retrieve}. */
    public CompletableFuture<Template> retrieve(@ApiParam(in = "path", name = "templateId") String templateId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(templateId));
    }

    /** List templates: see {@link TemplatesService#list}. */
    public CompletableFuture<TemplateList.DataPage> list(ListParams params) {
      return AsyncCalls.run(executor, () -> sync.list(params));
    }

    /** List templates, without optional parameters. */
    public CompletableFuture<TemplateList.DataPage> list() {
      return list(null);
    }

    /** Update a template: see {@link TemplatesService#update}. */
    public CompletableFuture<Template> update(@ApiParam(in = "path", name = "templateId") String templateId, @ApiParam(in = "body") TemplateUpdate templateUpdate, UpdateParams params) {
      return AsyncCalls.run(executor, () -> sync.update(templateId, templateUpdate, params));
    }
  }

  /**
   * The parameters of {@link TemplatesService#delete} besides the path
   * ({@code deleteTemplate}): immutable; build one with {@link #builder()}, change a copy with
   * {@link #toBuilder()}.
   */
  public static final class DeleteParams {
    private final String ifMatch;

    private DeleteParams(Builder b) {
      this.ifMatch = b.ifMatch;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
      return new Builder();
    }

    /** @return a builder preset with these parameters */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.ifMatch = ifMatch;
      return b;
    }

    /** @return The ETag the change is based on, from the last read of the resource. (null when not set) */
    public String ifMatch() {
      return ifMatch;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) return true;
      if (!(o instanceof DeleteParams)) return false;
      DeleteParams other = (DeleteParams) o;
      return true
          && Objects.equals(ifMatch, other.ifMatch);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ifMatch, getClass());
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("DeleteParams{");
      if (ifMatch != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("ifMatch=").append(ifMatch);
      return s.append('}').toString();
    }

    /** Builds {@link DeleteParams}; {@link #build()} checks the required parameters. */
    public static final class Builder {
      private String ifMatch;

      private Builder() {}

      /**
       * @param ifMatch The ETag the change is based on, from the last read of the resource.
       * @return this builder
       */
      @ApiParam(in = "header", name = "If-Match")
      public Builder ifMatch(String ifMatch) {
        this.ifMatch = ifMatch;
        return this;
      }

      /**
       * @return the parameters
       * @throws IllegalArgumentException when a required parameter is not set
       */
      public DeleteParams build() {
        if (ifMatch == null) {
          throw new IllegalArgumentException("the header parameter 'If-Match' of deleteTemplate is required");
        }
        return new DeleteParams(this);
      }
    }
  }

  /**
   * The parameters of {@link TemplatesService#list} besides the path
   * ({@code listTemplates}): immutable; build one with {@link #builder()}, change a copy with
   * {@link #toBuilder()}.
   */
  public static final class ListParams {
    private final String cursor;
    private final Integer limit;
    private final JobType kind;
    private final String tag;

    private ListParams(Builder b) {
      this.cursor = b.cursor;
      this.limit = b.limit;
      this.kind = b.kind;
      this.tag = b.tag;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
      return new Builder();
    }

    /** @return a builder preset with these parameters */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.cursor = cursor;
      b.limit = limit;
      b.kind = kind;
      b.tag = tag;
      return b;
    }

    /** @return The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (null when not set) */
    public String cursor() {
      return cursor;
    }

    /** @return The largest number of items a page holds. (null when not set) */
    public Integer limit() {
      return limit;
    }

    /** @return Only templates of this kind. (null when not set) */
    public JobType kind() {
      return kind;
    }

    /** @return Only templates carrying this tag. (null when not set) */
    public String tag() {
      return tag;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) return true;
      if (!(o instanceof ListParams)) return false;
      ListParams other = (ListParams) o;
      return true
          && Objects.equals(cursor, other.cursor)
          && Objects.equals(limit, other.limit)
          && Objects.equals(kind, other.kind)
          && Objects.equals(tag, other.tag);
    }

    @Override
    public int hashCode() {
      return Objects.hash(cursor, limit, kind, tag, getClass());
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("ListParams{");
      if (cursor != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("cursor=").append(cursor);
      if (limit != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("limit=").append(limit);
      if (kind != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("kind=").append(kind);
      if (tag != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("tag=").append(tag);
      return s.append('}').toString();
    }

    /** Builds {@link ListParams}; {@link #build()} checks the required parameters. */
    public static final class Builder {
      private String cursor;
      private Integer limit;
      private JobType kind;
      private String tag;

      private Builder() {}

      /**
       * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "cursor")
      public Builder cursor(String cursor) {
        this.cursor = cursor;
        return this;
      }

      /**
       * @param limit The largest number of items a page holds. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "limit")
      public Builder limit(Integer limit) {
        this.limit = limit;
        return this;
      }

      /**
       * @param kind Only templates of this kind. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "kind")
      public Builder kind(JobType kind) {
        this.kind = kind;
        return this;
      }

      /**
       * @param tag Only templates carrying this tag. (null: not sent)
       * @return this builder
       */
      @ApiParam(in = "query", name = "tag")
      public Builder tag(String tag) {
        this.tag = tag;
        return this;
      }

      /**
       * @return the parameters
       * @throws IllegalArgumentException when a required parameter is not set
       */
      public ListParams build() {
        return new ListParams(this);
      }
    }
  }

  /**
   * The parameters of {@link TemplatesService#update} besides the path and the body
   * ({@code updateTemplate}): immutable; build one with {@link #builder()}, change a copy with
   * {@link #toBuilder()}.
   */
  public static final class UpdateParams {
    private final String ifMatch;

    private UpdateParams(Builder b) {
      this.ifMatch = b.ifMatch;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
      return new Builder();
    }

    /** @return a builder preset with these parameters */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.ifMatch = ifMatch;
      return b;
    }

    /** @return The ETag the change is based on, from the last read of the resource. (null when not set) */
    public String ifMatch() {
      return ifMatch;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) return true;
      if (!(o instanceof UpdateParams)) return false;
      UpdateParams other = (UpdateParams) o;
      return true
          && Objects.equals(ifMatch, other.ifMatch);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ifMatch, getClass());
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("UpdateParams{");
      if (ifMatch != null) s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append("ifMatch=").append(ifMatch);
      return s.append('}').toString();
    }

    /** Builds {@link UpdateParams}; {@link #build()} checks the required parameters. */
    public static final class Builder {
      private String ifMatch;

      private Builder() {}

      /**
       * @param ifMatch The ETag the change is based on, from the last read of the resource.
       * @return this builder
       */
      @ApiParam(in = "header", name = "If-Match")
      public Builder ifMatch(String ifMatch) {
        this.ifMatch = ifMatch;
        return this;
      }

      /**
       * @return the parameters
       * @throws IllegalArgumentException when a required parameter is not set
       */
      public UpdateParams build() {
        if (ifMatch == null) {
          throw new IllegalArgumentException("the header parameter 'If-Match' of updateTemplate is required");
        }
        return new UpdateParams(this);
      }
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

  private static ApiRequest deleteRequest(@ApiParam(in = "path", name = "templateId") String templateId, DeleteParams params) {
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

  private static ApiRequest listRequest(ListParams params) {
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

  private static ApiRequest updateRequest(@ApiParam(in = "path", name = "templateId") String templateId, @ApiParam(in = "body") TemplateUpdate templateUpdate, UpdateParams params) {
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
