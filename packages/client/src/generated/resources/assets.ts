// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { BinaryResponse } from '../../core/binary.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { Uploadable } from '../../core/uploads.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Multipart request body of `uploadReferenceImage`; file parts take a Blob, File or bytes. */
export type UploadReferenceImageBody = Omit<NonNullable<operations["uploadReferenceImage"]['requestBody']>['content']['multipart/form-data'], "file"> & {
  /** The image bytes (PNG, JPEG or WebP, at most 20 MiB). A Blob, File or bytes (see `toFile`). */
  file: Uploadable;
};

/** Response body of `uploadReferenceImage` (HTTP 201). */
export type UploadReferenceImageResponse = operations["uploadReferenceImage"]['responses'][201]['content']['application/json'];

/** Response body of `getAsset` (HTTP 200). */
export type GetAssetResponse = operations["getAsset"]['responses'][200]['content']['application/json'];

/** Query and header parameters of `downloadAssetContent`. */
export interface AssetDownloadParams {
  /** `Range` header: A single byte range (RFC 9110), for example `bytes=0-1023`. */
  range?: NonNullable<operations["downloadAssetContent"]['parameters']['header']>["Range"];
}

/**
 * Operations tagged `assets`: Generated media and uploaded reference images, with binary download.
 * Generated base of the hand-written resource class; reach it as
 * `client.assets`.
 */
export class AssetsBase extends APIResource {
  /**
   * Upload a reference image.
   *
   * Uploads an image (PNG, JPEG or WebP, at most 20 MiB) to guide video generation or as an image-to-image source.
   *
   * `POST /assets` (operation `uploadReferenceImage`, sends an Idempotency-Key).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.assets.upload({ file: toFile(pngBytes, 'reference.png', 'image/png') });
   * ```
   */
  upload(body: UploadReferenceImageBody, options?: RequestOptions): APIPromise<UploadReferenceImageResponse> {
    return this._client.request<UploadReferenceImageResponse>(ops.uploadReferenceImage, { body }, options);
  }

  /**
   * Get asset metadata.
   *
   * Returns an asset's metadata. Download its bytes with `downloadAssetContent`.
   *
   * `GET /assets/{assetId}` (operation `getAsset`).
   * @param assetId - The asset's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.assets.retrieve('ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G');
   * ```
   */
  retrieve(assetId: string, options?: RequestOptions): APIPromise<GetAssetResponse> {
    return this._client.request<GetAssetResponse>(ops.getAsset, { path: { assetId } }, options);
  }

  /**
   * Download asset content.
   *
   * Downloads an asset's bytes. Send `Range: bytes=start-end` for part of it (answered `206`
   * with `Content-Range`); a range outside the content answers `416`.
   *
   * `GET /assets/{assetId}/content` (operation `downloadAssetContent`).
   * @param assetId - The asset's ID.
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const content = await client.assets.download('ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G');
   * const bytes = await content.bytes();
   * ```
   */
  download(assetId: string, params?: AssetDownloadParams, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client.requestBinary(ops.downloadAssetContent, { path: { assetId }, params }, options);
  }
}
