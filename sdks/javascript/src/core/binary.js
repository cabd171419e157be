// Hand-written runtime: binary downloads (docs/sdk-behavior.md R9.2). A binary operation resolves
// to a BinaryResponse whose body is read once, as bytes or as a stream, with the status, type,
// length and parsed Content-Range of the answer.

/**
 * `Range` header value for bytes `start` to the inclusive `end` (or to the end of the content):
 * `byteRange(0, 1023)` -> `bytes=0-1023`, `byteRange(512)` -> `bytes=512-`.
 */
export function byteRange(start, end) {
    if (!Number.isSafeInteger(start) || start < 0 || (end !== undefined && (!Number.isSafeInteger(end) || end < start))) {
        throw new RangeError(`byteRange: expected integers 0 <= start <= end, got start=${start}, end=${end}`);
    }
    return `bytes=${start}-${end ?? ''}`;
}

const CONTENT_RANGE = /^([A-Za-z][\w.-]*) (?:(\d+)-(\d+)|\*)\/(\d+|\*)$/;

/**
 * R9.2: a Content-Range value as `{unit, start, end, size}`: `size` absent for `bytes 0-9/*`,
 * `start`/`end` absent for `bytes *\/100`; null when it is not a valid Content-Range (both
 * parts unknown, start > end, end beyond the size, junk).
 */
export function parseContentRange(value) {
    const match = CONTENT_RANGE.exec(value ?? '');
    if (!match) {
        return null;
    }
    const [, unit, first, last, total] = match;
    const range = {unit};
    if (first !== undefined) {
        range.start = Number(first);
        range.end = Number(last);
        if (range.start > range.end) {
            return null;
        }
    }
    if (total !== '*') {
        range.size = Number(total);
        if (range.end !== undefined && range.end >= range.size) {
            return null;
        }
    } else if (first === undefined) {
        return null; // "bytes */*" says nothing
    }
    return range;
}

/** The body of a binary response, unread until `bytes()` or `stream()` is called. */
export class BinaryResponse {
    /** @param {Response} response */
    constructor(response) {
        /** The raw response (R10). */
        this.response = response;
    }

    get status() {
        return this.response.status;
    }

    /** True for a 206 answer to a `Range` request. */
    get partial() {
        return this.response.status === 206;
    }

    get contentType() {
        return this.response.headers.get('content-type');
    }

    /** Content-Length as a number, or undefined when not sent. */
    get contentLength() {
        const value = this.response.headers.get('content-length');
        return value === null ? undefined : Number(value);
    }

    /** The parsed Content-Range `{unit, start, end, size}` (see {@link parseContentRange}), or undefined. */
    get contentRange() {
        return parseContentRange(this.response.headers.get('content-range')) ?? undefined;
    }

    get requestId() {
        return this.response.headers.get('x-request-id') ?? null;
    }

    /** The body as a web ReadableStream (readable once). */
    stream() {
        if (!this.response.body || this.response.bodyUsed) {
            throw new Error('The response body has already been read.');
        }
        return this.response.body;
    }

    /** The whole body as a Buffer (a Uint8Array; readable once). */
    async bytes() {
        if (this.response.bodyUsed) {
            throw new Error('The response body has already been read.');
        }
        return Buffer.from(await this.response.arrayBuffer());
    }
}
