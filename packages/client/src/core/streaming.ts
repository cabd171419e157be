import { SecureAIStudioError } from './errors.js';
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
      for await (const message of readServerSentEvents(this.response.body)) {
        yield { event: message.event, id: message.id, data: this.decode(message.data, message.event) };
      }
    } catch (error) {
      if (this.controller.signal.aborted) return;
      throw error;
    } finally {
      this.controller.abort();
    }
  }
}
