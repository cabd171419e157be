// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.JobType;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.Template;
import io.secureaistudio.sdk.model.TemplateCreate;
import io.secureaistudio.sdk.model.TemplateList;
import io.secureaistudio.sdk.model.TemplateUpdate;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
import io.secureaistudio.sdk.runtime.Waiter;
import io.secureaistudio.sdk.runtime.Transport;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operations tagged {@code Templates}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#templates()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class TemplatesApi {
  private final Transport transport;

  public TemplatesApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public TemplatesApi withOptions(RequestOptions options) {
    return new TemplatesApi(transport.withOptions(options));
  }

  /**
   * Create a template
   * <p>Adds a template to the library.
   *
   * @param templateCreate TemplateCreate
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return Template
   */
  public Template createTemplate(TemplateCreate templateCreate, String idempotencyKey) {
    return createTemplateWithHttpInfo(templateCreate, idempotencyKey).getData();
  }

  /**
   * Create a template, with the response status and headers.
   *
   * @param templateCreate TemplateCreate
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Template> createTemplateWithHttpInfo(TemplateCreate templateCreate, String idempotencyKey) {
    ApiRequest request = createTemplateRequest(templateCreate, idempotencyKey);
    return transport.execute(request, new TypeReference<Template>() {});
  }


  private ApiRequest createTemplateRequest(TemplateCreate templateCreate, String idempotencyKey) {
    return ApiRequest.of("createTemplate", "POST", "/templates")
        .require("TemplateCreate", templateCreate)
        .header("Idempotency-Key", idempotencyKey)
        .jsonBody(templateCreate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Delete a template
   * <p>Deletes a template. &#x60;If-Match&#x60; must carry its current ETag (412 otherwise). Jobs made from it are kept.
   *
   * @param templateId The template&#39;s ID.
   * @param ifMatch The ETag the change is based on, from the last read of the resource.
   */
  public void deleteTemplate(String templateId, String ifMatch) {
    deleteTemplateWithHttpInfo(templateId, ifMatch);
  }

  /**
   * Delete a template, with the response status and headers.
   *
   * @param templateId The template&#39;s ID.
   * @param ifMatch The ETag the change is based on, from the last read of the resource.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Void> deleteTemplateWithHttpInfo(String templateId, String ifMatch) {
    ApiRequest request = deleteTemplateRequest(templateId, ifMatch);
    return transport.executeVoid(request);
  }


  private ApiRequest deleteTemplateRequest(String templateId, String ifMatch) {
    return ApiRequest.of("deleteTemplate", "DELETE", "/templates/{templateId}")
        .require("templateId", templateId)
        .require("If-Match", ifMatch)
        .pathParam("templateId", templateId)
        .header("If-Match", ifMatch)
        .accept("application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get a template
   * <p>Returns a template. Its &#x60;ETag&#x60; header is what &#x60;updateTemplate&#x60; and &#x60;deleteTemplate&#x60; take as &#x60;If-Match&#x60;.
   *
   * @param templateId The template&#39;s ID.
   * @return Template
   */
  public Template getTemplate(String templateId) {
    return getTemplateWithHttpInfo(templateId).getData();
  }

  /**
   * Get a template, with the response status and headers.
   *
   * @param templateId The template&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Template> getTemplateWithHttpInfo(String templateId) {
    ApiRequest request = getTemplateRequest(templateId);
    return transport.execute(request, new TypeReference<Template>() {});
  }


  private ApiRequest getTemplateRequest(String templateId) {
    return ApiRequest.of("getTemplate", "GET", "/templates/{templateId}")
        .require("templateId", templateId)
        .pathParam("templateId", templateId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List templates
   * <p>Lists templates in the library, newest first, optionally filtered by kind and tag.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param kind Only templates of this kind. (optional)
   * @param tag Only templates carrying this tag. (optional)
   * @return TemplateList
   */
  public TemplateList listTemplates(String cursor, Integer limit, JobType kind, String tag) {
    return listTemplatesWithHttpInfo(cursor, limit, kind, tag).getData();
  }

  /**
   * List templates, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param kind Only templates of this kind. (optional)
   * @param tag Only templates carrying this tag. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<TemplateList> listTemplatesWithHttpInfo(String cursor, Integer limit, JobType kind, String tag) {
    ApiRequest request = listTemplatesRequest(cursor, limit, kind, tag);
    return transport.execute(request, new TypeReference<TemplateList>() {});
  }

  /**
   * List templates: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code for (var item : api.listTemplatesAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param kind Only templates of this kind. (optional)
   * @param tag Only templates carrying this tag. (optional)
   * @return the first page, a {@code Page} of the items in {@code TemplateList.data}
   */
  public TemplateList.DataPage listTemplatesAutoPaging(String cursor, Integer limit, JobType kind, String tag) {
    return new TemplateList.DataPage(transport, listTemplatesRequest(cursor, limit, kind, tag),
        "cursor", TemplateList::getNextCursor);
  }


  private ApiRequest listTemplatesRequest(String cursor, Integer limit, JobType kind, String tag) {
    return ApiRequest.of("listTemplates", "GET", "/templates")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .queryParam("kind", kind)
        .queryParam("tag", tag)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Update a template
   * <p>Changes a template. &#x60;If-Match&#x60; must carry the template&#39;s current ETag; if somebody changed it since, the update is refused with 412 and nothing changes. 
   *
   * @param templateId The template&#39;s ID.
   * @param ifMatch The ETag the change is based on, from the last read of the resource.
   * @param templateUpdate TemplateUpdate
   * @return Template
   */
  public Template updateTemplate(String templateId, String ifMatch, TemplateUpdate templateUpdate) {
    return updateTemplateWithHttpInfo(templateId, ifMatch, templateUpdate).getData();
  }

  /**
   * Update a template, with the response status and headers.
   *
   * @param templateId The template&#39;s ID.
   * @param ifMatch The ETag the change is based on, from the last read of the resource.
   * @param templateUpdate TemplateUpdate
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Template> updateTemplateWithHttpInfo(String templateId, String ifMatch, TemplateUpdate templateUpdate) {
    ApiRequest request = updateTemplateRequest(templateId, ifMatch, templateUpdate);
    return transport.execute(request, new TypeReference<Template>() {});
  }


  private ApiRequest updateTemplateRequest(String templateId, String ifMatch, TemplateUpdate templateUpdate) {
    return ApiRequest.of("updateTemplate", "PATCH", "/templates/{templateId}")
        .require("templateId", templateId)
        .require("If-Match", ifMatch)
        .require("TemplateUpdate", templateUpdate)
        .pathParam("templateId", templateId)
        .header("If-Match", ifMatch)
        .jsonBody(templateUpdate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
