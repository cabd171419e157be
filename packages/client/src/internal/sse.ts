import { createParser, type EventSourceMessage } from 'eventsource-parser';

/**
 * Decodes a `text/event-stream` body into messages with eventsource-parser (R8.4), yielding
 * each message as soon as its terminating blank line arrives.
 */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<EventSourceMessage> {
  const queue: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => queue.push(message) });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      while (queue.length > 0) yield queue.shift() as EventSourceMessage;
    }
    parser.feed(decoder.decode());
    while (queue.length > 0) yield queue.shift() as EventSourceMessage;
  } finally {
    // Not awaited: a cancel can wait on the network; the caller must not hang on `break`.
    reader.cancel().catch(() => undefined);
  }
}
