/**
 * What `.withResponse()` resolves to: the parsed data plus the raw HTTP response (R10).
 *
 * @example
 * ```ts
 * const { data, response, requestId } = await client.templates.retrieve('tpl_1').withResponse();
 * console.log(response.headers.get('etag'), requestId);
 * ```
 */
export interface WithResponse<T> {
  /** The parsed, typed result, the same value awaiting the promise gives. */
  data: T;
  /** The raw `fetch` Response (its body has already been read into `data`). */
  response: Response;
  /** The `X-Request-Id` response header, or null when the server sent none. */
  requestId: string | null;
}

/**
 * A Promise for a call's parsed result that can also expose the raw response (R10). The request
 * starts when the method is called; the body is parsed only when the promise is awaited.
 *
 * @example
 * ```ts
 * const template = await client.templates.retrieve('tpl_1');        // parsed data
 * const raw = await client.templates.retrieve('tpl_1').asResponse(); // unread Response
 * ```
 */
export class APIPromise<T> extends Promise<T> {
  private parsed: Promise<T> | undefined;

  constructor(
    private readonly responsePromise: Promise<Response>,
    private readonly parseResponse: (response: Response) => Promise<T>,
  ) {
    super((resolve) => resolve(null as T));
    // The caller may only ever use the parsed chain; don't report this branch as unhandled.
    responsePromise.catch(() => undefined);
  }

  /**
   * Resolves with the raw Response without reading its body.
   *
   * @example
   * ```ts
   * const response = await client.health.liveness().asResponse();
   * console.log(response.status);
   * ```
   */
  asResponse(): Promise<Response> {
    return this.responsePromise;
  }

  /**
   * Resolves with the parsed data, the raw Response and its request id.
   *
   * @example
   * ```ts
   * const { data, requestId } = await client.jobs.retrieve('job_1').withResponse();
   * ```
   */
  async withResponse(): Promise<WithResponse<T>> {
    const [data, response] = await Promise.all([this.parse(), this.asResponse()]);
    return { data, response, requestId: response.headers.get('x-request-id') };
  }

  private parse(): Promise<T> {
    this.parsed ??= this.responsePromise.then(this.parseResponse);
    return this.parsed;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.parse().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.parse().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.parse().finally(onfinally);
  }
}
