import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { RequestOptions } from '../core/request-options.js';
import { AssetsBase } from '../generated/resources/assets.js';

/**
 * Generated media and reference images: `client.assets`. `download` returns a
 * {@link BinaryResponse} readable as a stream or as bytes; `upload` sends multipart/form-data.
 *
 * @example
 * ```ts
 * const asset = await client.assets.upload({ file: toFile(pngBytes, 'ref.png', 'image/png') });
 * const content = await client.assets.download(asset.id);
 * const bytes = await content.bytes();
 * ```
 */
export class Assets extends AssetsBase {
  /**
   * Downloads bytes `start` to `end` (inclusive; to the end of the file when `end` is omitted)
   * with a `Range: bytes=start-end` header; the server answers 206 (R9.2).
   *
   * @param assetId - The asset's ID.
   * @param start - First byte offset (0-based).
   * @param end - Last byte offset, inclusive.
   * @example
   * ```ts
   * const head = await client.assets.downloadRange('ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G', 0, 1023);
   * console.log(head.partial, head.contentRange);
   * ```
   */
  downloadRange(assetId: string, start: number, end?: number, options?: RequestOptions): APIPromise<BinaryResponse> {
    if (!Number.isInteger(start) || start < 0 || (end !== undefined && (!Number.isInteger(end) || end < start))) {
      throw new RangeError(`downloadRange: expected 0 <= start <= end integers, got start=${start}, end=${end}`);
    }
    return this.download(assetId, { range: `bytes=${start}-${end ?? ''}` }, options);
  }
}
