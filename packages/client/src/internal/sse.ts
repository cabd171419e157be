import { createParser } from 'eventsource-parser';

/** One dispatched SSE message: `event` defaults to `message`; `id` only when this message set one. */
export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

/**
 * Decodes a `text/event-stream` body into messages with eventsource-parser (R8.4), yielding
 * each message as soon as its terminating blank line arrives.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const queue: SseMessage[] = [];
  // An empty `event:` means `message` too (WHATWG), hence `||`, not `??`.
  const parser = createParser({
    onEvent: ({ event, data, id }) => queue.push({ event: event || 'message', data, ...(id === undefined ? {} : { id }) }),
  });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      while (queue.length > 0) yield queue.shift() as SseMessage;
    }
    parser.feed(decoder.decode());
    while (queue.length > 0) yield queue.shift() as SseMessage;
  } finally {
    // Not awaited: a cancel can wait on the network; the caller must not hang on `break`.
    reader.cancel().catch(() => undefined);
  }
}
