// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.Asset;
import java.io.File;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.params.AssetDownloadParams;
import io.secureaistudio.sdk.params.AssetUploadParams;
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
 * The {@code assets} resource.
 *
 * <p>Get it from {@code client.assets()}; {@code client.async().assets()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class AssetsService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code assets} resource over {@code transport}; the client creates it ({@code client.assets()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public AssetsService(Transport transport) {
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
  public AssetsService withOptions(RequestOptions options) {
    return new AssetsService(transport.withOptions(options));
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
   * Download asset content ({@code GET /assets/{assetId}/content}, operation {@code downloadAssetContent}).
   * <p>Downloads an asset&#39;s bytes. Send &#x60;Range: bytes&#x3D;start-end&#x60; for part of it (answered &#x60;206&#x60; with &#x60;Content-Range&#x60;); a range outside the content answers &#x60;416&#x60;. 
   *
   * @param assetId The asset&#39;s ID.
   * @param params the operation's other parameters (may be null)
   * @return the decoded response body
   */
  @ApiOperation("downloadAssetContent")
  public byte[] download(@ApiParam(in = "path", name = "assetId") String assetId, AssetDownloadParams params) {
    return raw.download(assetId, params).getData();
  }

  /**
   * Download asset content, without optional parameters.
   *
   * @param assetId The asset&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("downloadAssetContent")
  public byte[] download(@ApiParam(in = "path", name = "assetId") String assetId) {
    return download(assetId, null);
  }

  /**
   * Download asset content, streaming the body instead of buffering it.
   *
   * @param assetId The asset&#39;s ID.
   * @param params the operation's other parameters (may be null)
   * @return the open response body; close it when done
   */
  public InputStream downloadAsStream(@ApiParam(in = "path", name = "assetId") String assetId, AssetDownloadParams params) {
    return transport.executeStream(downloadRequest(assetId, params)).getData();
  }

  /**
   * Download asset content, with status, content type, length and the parsed
   * {@code Content-Range} (a 206 is {@code isPartial()}); build a {@code Range} value with
   * {@code ByteRange.of(start, end)}.
   *
   * @param assetId The asset&#39;s ID.
   * @param params the operation's other parameters (may be null)
   * @return the download; read {@code bytes()} or {@code stream()} once
   */
  public BinaryResponse downloadAsBinary(@ApiParam(in = "path", name = "assetId") String assetId, AssetDownloadParams params) {
    return transport.executeBinary(downloadRequest(assetId, params));
  }

  /**
   * Get asset metadata ({@code GET /assets/{assetId}}, operation {@code getAsset}).
   * <p>Returns an asset&#39;s metadata. Download its bytes with &#x60;downloadAssetContent&#x60;.
   *
   * @param assetId The asset&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getAsset")
  public Asset retrieve(@ApiParam(in = "path", name = "assetId") String assetId) {
    return raw.retrieve(assetId).getData();
  }

  /**
   * Upload a reference image ({@code POST /assets}, operation {@code uploadReferenceImage}).
   * <p>Uploads an image (PNG, JPEG or WebP, at most 20 MiB) to guide video generation or as an image-to-image source.
   *
   * @param params the form fields
   * @return the decoded response body
   */
  @ApiOperation("uploadReferenceImage")
  public Asset upload(AssetUploadParams params) {
    return raw.upload(params).getData();
  }

  /**
   * The methods of {@link AssetsService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Download asset content, with status and headers.
     *
     * @param assetId The asset&#39;s ID.
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and the body's bytes
     */
    public HttpResponseFor<byte[]> download(@ApiParam(in = "path", name = "assetId") String assetId, AssetDownloadParams params) {
      ApiRequest request = downloadRequest(assetId, params);
      return HttpResponseFor.of(transport.executeBytes(request));
    }

    /**
     * Download asset content, without optional parameters, with status and headers.
     *
     * @param assetId The asset&#39;s ID.
     * @return the status code, headers and the body's bytes
     */
    public HttpResponseFor<byte[]> download(@ApiParam(in = "path", name = "assetId") String assetId) {
      return download(assetId, null);
    }

    /**
     * Get asset metadata, with status and headers.
     *
     * @param assetId The asset&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Asset> retrieve(@ApiParam(in = "path", name = "assetId") String assetId) {
      ApiRequest request = retrieveRequest(assetId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Asset>() {}));
    }

    /**
     * Upload a reference image, with status and headers.
     *
     * @param params the form fields
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Asset> upload(AssetUploadParams params) {
      ApiRequest request = uploadRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Asset>() {}));
    }
  }

  /**
   * The methods of {@link AssetsService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final AssetsService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().assets()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(AssetsService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link AssetsService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Download asset content: see {@link AssetsService#download}.
     *
     * @param assetId The asset&#39;s ID.
     * @param params the operation's other parameters (may be null)
     * @return a future of the body's bytes
     */
    public CompletableFuture<byte[]> download(@ApiParam(in = "path", name = "assetId") String assetId, AssetDownloadParams params) {
      return AsyncCalls.run(executor, () -> sync.download(assetId, params));
    }

    /**
     * Download asset content, without optional parameters.
     *
     * @param assetId The asset&#39;s ID.
     * @return a future of the body's bytes
     */
    public CompletableFuture<byte[]> download(@ApiParam(in = "path", name = "assetId") String assetId) {
      return download(assetId, null);
    }

    /**
     * Download asset content: see {@link AssetsService#downloadAsBinary}.
     *
     * @param assetId The asset&#39;s ID.
     * @param params the operation's other parameters (may be null)
     * @return a future of the download; read {@code bytes()} or {@code stream()} once
     */
    public CompletableFuture<BinaryResponse> downloadAsBinary(@ApiParam(in = "path", name = "assetId") String assetId, AssetDownloadParams params) {
      return AsyncCalls.run(executor, () -> sync.downloadAsBinary(assetId, params));
    }

    /**
     * Get asset metadata: see {@link AssetsService#retrieve}.
     *
     * @param assetId The asset&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<Asset> retrieve(@ApiParam(in = "path", name = "assetId") String assetId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(assetId));
    }

    /**
     * Upload a reference image: see {@link AssetsService#upload}.
     *
     * @param params the form fields
     * @return a future of the decoded response body
     */
    public CompletableFuture<Asset> upload(AssetUploadParams params) {
      return AsyncCalls.run(executor, () -> sync.upload(params));
    }
  }

  private static ApiRequest downloadRequest(@ApiParam(in = "path", name = "assetId") String assetId, AssetDownloadParams params) {
    return ApiRequest.of("downloadAssetContent", "GET", "/assets/{assetId}/content")
        .require("assetId", assetId)
        .pathParam("assetId", assetId)
        .header("Range", params == null ? null : params.range())
        .accept("image/png, video/mp4, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest retrieveRequest(@ApiParam(in = "path", name = "assetId") String assetId) {
    return ApiRequest.of("getAsset", "GET", "/assets/{assetId}")
        .require("assetId", assetId)
        .pathParam("assetId", assetId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest uploadRequest(AssetUploadParams params) {
    return ApiRequest.of("uploadReferenceImage", "POST", "/assets")
        .header("Idempotency-Key", null)
        .form(true)
        .require("file", params == null ? null : params.file())
        .formField("file", params == null ? null : params.file())
        .formField("description", params == null ? null : params.description())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
