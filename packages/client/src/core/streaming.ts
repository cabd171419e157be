import { APIUserAbortError, SecureAIStudioError } from './errors.js';
import { readServerSentEvents } from '../internal/sse.js';

/**
 * One typed server-sent event (R8.4).
 *
 * @example
 * ```ts
 * const ev: ServerSentEvent<{ progress: number }> = { event: 'job.progress', id: '1', data: { progress: 50 } };
 * ```
 */
export interface ServerSentEvent<T> {
  /** The SSE `event:` name, e.g. `job.progress`; `message` when the server sent none. */
  event: string;
  /** The SSE `id:`; pass it as `lastEventId` to resume after a disconnect. */
  id: string | undefined;
  /** The `data:` payload parsed as JSON and checked against the spec's `x-event-schema`. */
  data: T;
}

/**
 * Picks the messages of an event stream to decode, in order; see {@link graphqlMessages}.
 *
 * @example
 * ```ts
 * const onlyProgress: SelectMessages = async function* (messages) {
 *   for await (const m of messages) if (m.event === 'job.progress') yield m;
 * };
 * ```
 */
export type SelectMessages = <M extends Pick<ServerSentEvent<unknown>, 'event'>>(messages: AsyncIterable<M>) => AsyncIterable<M>;

/**
 * A server-sent event stream, consumed once with `for await` (R8.4). Breaking out of the loop
 * or calling `abort()` closes the connection.
 *
 * @example
 * ```ts
 * const stream = await client.jobs.events('job_1');
 * for await (const ev of stream) {
 *   if (ev.event === 'job.completed') break;
 * }
 * ```
 */
export class Stream<T> implements AsyncIterable<ServerSentEvent<T>> {
  private consumed = false;

  constructor(
    /** The raw response whose body is the event stream. */
    readonly response: Response,
    private readonly decode: (data: string, event: string) => T,
    /** Aborting it closes the connection. */
    readonly controller: AbortController,
    /**
     * Picks the messages to decode, for a protocol on top of SSE (GraphQL's `next`/`complete`,
     * {@link graphqlMessages}); every message by default. Returning early stops the reading.
     */
    private readonly select: SelectMessages = (messages) => messages,
  ) {}

  /**
   * Closes the connection; a running `for await` loop ends.
   *
   * @example
   * ```ts
   * setTimeout(() => stream.abort(), 10_000);
   * ```
   */
  abort(): void {
    this.controller.abort();
  }

  /** Yields each event as it arrives; can be iterated once. */
  async *[Symbol.asyncIterator](): AsyncGenerator<ServerSentEvent<T>, void, undefined> {
    if (this.consumed) throw new SecureAIStudioError('This stream has already been consumed; open a new one.');
    this.consumed = true;
    if (!this.response.body) return;
    try {
      for await (const message of this.select(readServerSentEvents(this.response.body))) {
        yield { event: message.event, id: message.id, data: this.decode(message.data, message.event) };
      }
    } catch (error) {
      if (this.controller.signal.aborted) return;
      // The caller's signal fired mid-stream (R2.3); our own abort() ends quietly above.
      throw (error as Error)?.name === 'AbortError' ? new APIUserAbortError(undefined, { cause: error }) : error;
    } finally {
      this.controller.abort();
    }
  }
}

/**
 * GraphQL over SSE, distinct connections mode (R13.3): the `next` messages, in order, up to
 * `complete`, after which nothing more is read; messages of any other name are skipped.
 *
 * @example
 * ```ts
 * const stream = new Stream(response, (data) => JSON.parse(data), new AbortController(), graphqlMessages);
 * ```
 */
export async function* graphqlMessages<M extends Pick<ServerSentEvent<unknown>, 'event'>>(messages: AsyncIterable<M>): AsyncGenerator<M, void, undefined> {
  for await (const message of messages) {
    if (message.event === 'complete') return;
    if (message.event === 'next') yield message;
  }
}

/**
 * The results of a GraphQL subscription (R13.3), from `client.graphql.subscribe`: iterate it once
 * with `for await`, one execution result per `next` event, until the server's `complete`.
 * Breaking out of the loop, `abort()` or the call's `signal` closes the connection.
 *
 * @example
 * ```ts
 * const results = await client.graphql.subscribe('subscription { jobEvents(jobId: "job_1") { progress } }');
 * for await (const { data, errors } of results) console.log(data, errors);
 * ```
 */
export class GraphqlSubscription<T> implements AsyncIterable<T> {
  constructor(
    /** The event stream underneath, holding the raw `response`. */
    readonly stream: Stream<T>,
  ) {}

  /**
   * Closes the connection; a running `for await` loop ends.
   *
   * @example
   * ```ts
   * setTimeout(() => results.abort(), 10_000);
   * ```
   */
  abort(): void {
    this.stream.abort();
  }

  /** Yields each result as it arrives; can be iterated once. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const { data } of this.stream) yield data;
  }
}
