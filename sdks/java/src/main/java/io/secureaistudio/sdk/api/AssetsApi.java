// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.Asset;
import java.io.File;
import io.secureaistudio.sdk.model.Problem;
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
 * Operations tagged {@code Assets}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#assets()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class AssetsApi {
  private final Transport transport;

  public AssetsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public AssetsApi withOptions(RequestOptions options) {
    return new AssetsApi(transport.withOptions(options));
  }

  /**
   * Download asset content
   * <p>Downloads an asset&#39;s bytes. Send &#x60;Range: bytes&#x3D;start-end&#x60; for part of it (answered &#x60;206&#x60; with &#x60;Content-Range&#x60;); a range outside the content answers &#x60;416&#x60;. 
   *
   * @param assetId The asset&#39;s ID.
   * @param range A single byte range (RFC 9110), for example &#x60;bytes&#x3D;0-1023&#x60;. (optional)
   * @return the response body as bytes
   */
  public byte[] downloadAssetContent(String assetId, String range) {
    return downloadAssetContentWithHttpInfo(assetId, range).getData();
  }

  /**
   * Download asset content, with the response status and headers.
   *
   * @param assetId The asset&#39;s ID.
   * @param range A single byte range (RFC 9110), for example &#x60;bytes&#x3D;0-1023&#x60;. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<byte[]> downloadAssetContentWithHttpInfo(String assetId, String range) {
    ApiRequest request = downloadAssetContentRequest(assetId, range);
    return transport.executeBytes(request);
  }


  /**
   * Download asset content, streaming the body instead of buffering it.
   *
   * @param assetId The asset&#39;s ID.
   * @param range A single byte range (RFC 9110), for example &#x60;bytes&#x3D;0-1023&#x60;. (optional)
   * @return the open response body; close it when done
   */
  public InputStream downloadAssetContentAsStream(String assetId, String range) {
    return transport.executeStream(downloadAssetContentRequest(assetId, range)).getData();
  }

  /**
   * Download asset content, with status, content type, length and the parsed
   * {@code Content-Range} (a 206 is {@code isPartial()}); build a {@code Range} value with
   * {@code ByteRange.of(start, end)}.
   *
   * @param assetId The asset&#39;s ID.
   * @param range A single byte range (RFC 9110), for example &#x60;bytes&#x3D;0-1023&#x60;. (optional)
   * @return the download; read {@code bytes()} or {@code stream()} once
   */
  public BinaryResponse downloadAssetContentAsBinary(String assetId, String range) {
    return transport.executeBinary(downloadAssetContentRequest(assetId, range));
  }

  private ApiRequest downloadAssetContentRequest(String assetId, String range) {
    return ApiRequest.of("downloadAssetContent", "GET", "/assets/{assetId}/content")
        .require("assetId", assetId)
        .pathParam("assetId", assetId)
        .header("Range", range)
        .accept("image/png, video/mp4, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get asset metadata
   * <p>Returns an asset&#39;s metadata. Download its bytes with &#x60;downloadAssetContent&#x60;.
   *
   * @param assetId The asset&#39;s ID.
   * @return Asset
   */
  public Asset getAsset(String assetId) {
    return getAssetWithHttpInfo(assetId).getData();
  }

  /**
   * Get asset metadata, with the response status and headers.
   *
   * @param assetId The asset&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Asset> getAssetWithHttpInfo(String assetId) {
    ApiRequest request = getAssetRequest(assetId);
    return transport.execute(request, new TypeReference<Asset>() {});
  }


  private ApiRequest getAssetRequest(String assetId) {
    return ApiRequest.of("getAsset", "GET", "/assets/{assetId}")
        .require("assetId", assetId)
        .pathParam("assetId", assetId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Upload a reference image
   * <p>Uploads an image (PNG, JPEG or WebP, at most 20 MiB) to guide video generation or as an image-to-image source.
   *
   * @param _file The image bytes (PNG, JPEG or WebP, at most 20 MiB).
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @param description A free-text description. (optional)
   * @return Asset
   */
  public Asset uploadReferenceImage(File _file, String idempotencyKey, String description) {
    return uploadReferenceImageWithHttpInfo(_file, idempotencyKey, description).getData();
  }

  /**
   * Upload a reference image, with the response status and headers.
   *
   * @param _file The image bytes (PNG, JPEG or WebP, at most 20 MiB).
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @param description A free-text description. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Asset> uploadReferenceImageWithHttpInfo(File _file, String idempotencyKey, String description) {
    ApiRequest request = uploadReferenceImageRequest(_file, idempotencyKey, description);
    return transport.execute(request, new TypeReference<Asset>() {});
  }


  private ApiRequest uploadReferenceImageRequest(File _file, String idempotencyKey, String description) {
    return ApiRequest.of("uploadReferenceImage", "POST", "/assets")
        .require("file", _file)
        .header("Idempotency-Key", idempotencyKey)
        .form(true)
        .formField("file", _file)
        .formField("description", description)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
