import { SecureAIStudioError } from './errors.js';

/**
 * A parsed `Content-Range: bytes start-end/size` header, or of an unsatisfied range
 * (`bytes *` + `/size`, as a 416 answer carries).
 *
 * @example
 * ```ts
 * const r: ContentRange = { unit: 'bytes', start: 0, end: 1023, size: 4096 };
 * ```
 */
export interface ContentRange {
  /** The range unit, `bytes`. */
  unit: string;
  /** First byte offset of this part; absent for an unsatisfied range. */
  start?: number;
  /** Last byte offset of this part, inclusive; absent for an unsatisfied range. */
  end?: number;
  /** Total size; absent when the server sent `*`. */
  size?: number;
}

/**
 * R9.2: parses `<unit> <start>-<end>/<size or *>` or an unsatisfied range (`*` for start-end
 * and a known size), with start <= end < size
 * when the size is known; `undefined` for anything else.
 *
 * @example
 * ```ts
 * parseContentRange('bytes 0-9/*'); // { unit: 'bytes', start: 0, end: 9 }
 * ```
 */
export function parseContentRange(value: string | null): ContentRange | undefined {
  const m = /^([\w.-]+) (?:(\d+)-(\d+)|\*)\/(\d+|\*)$/.exec(value ?? '');
  if (!m) return undefined;
  const [, unit, start, end, total] = m;
  const size = total === '*' ? undefined : Number(total);
  if (start ? +start > Number(end) || (size !== undefined && Number(end) >= size) : size === undefined) return undefined;
  return { unit: unit as string, ...(start && { start: +start, end: Number(end) }), ...(size !== undefined && { size }) };
}

/**
 * A binary response body, readable once as a stream or as bytes (R9.2).
 *
 * @example
 * ```ts
 * const file = await client.assets.downloadContent('ast_1', { range: { start: 0, end: 1023 } });
 * console.log(file.partial, file.contentRange?.size);
 * const bytes = await file.bytes();
 * ```
 */
export class BinaryResponse {
  /** @param response The raw response, its body still unread. */
  constructor(readonly response: Response) {}

  /** HTTP status: 200 for the whole file, 206 for a range. */
  get status(): number {
    return this.response.status;
  }

  /** True for a 206 Partial Content answer to a `Range` request. */
  get partial(): boolean {
    return this.response.status === 206;
  }

  /** The `Content-Type` header, e.g. `image/png`. */
  get contentType(): string | null {
    return this.response.headers.get('content-type');
  }

  /** The `Content-Length` header as a number, when present. */
  get contentLength(): number | undefined {
    const value = this.response.headers.get('content-length');
    return value === null ? undefined : Number(value);
  }

  /** The parsed `Content-Range` header of a 206 response. */
  get contentRange(): ContentRange | undefined {
    return parseContentRange(this.response.headers.get('content-range'));
  }

  /**
   * The body as a web `ReadableStream` of bytes, for piping large files without buffering.
   *
   * @example
   * ```ts
   * import { Readable } from 'node:stream';
   * Readable.fromWeb(file.stream()).pipe(createWriteStream('out.mp4'));
   * ```
   */
  stream(): ReadableStream<Uint8Array> {
    if (!this.response.body || this.response.bodyUsed) {
      throw new SecureAIStudioError('The response body has already been read.');
    }
    return this.response.body;
  }

  /**
   * The whole body as bytes.
   *
   * @example
   * ```ts
   * const bytes = await file.bytes();
   * ```
   */
  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.response.arrayBuffer());
  }
}
