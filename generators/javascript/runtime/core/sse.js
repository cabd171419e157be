// Hand-written runtime: the server-sent event stream of a `text/event-stream` operation as typed
// events (docs/sdk-behavior.md R8.4). The WHATWG line parsing (comments, retry:, multi-line data,
// events split across chunks) is eventsource-parser's, the parser the TypeScript client uses.
import {createParser} from 'eventsource-parser';
import {APIConnectionError, APIUserAbortError, ResponseValidationError} from './errors.js';

/**
 * R8.4: the WHATWG framing of an event stream, fed bytes as they arrive (split anywhere, even
 * inside a UTF-8 character or between CR and LF). `push(bytes)` and `end()` return the messages
 * completed so far as `{event, data, id?}`: `event` defaults to `message`, `data` is the raw
 * text, `id` is present only when that message set one. A leading BOM is dropped (TextDecoder);
 * an unterminated last message is discarded.
 */
export function createSseDecoder() {
    const ready = [];
    const parser = createParser({
        onEvent: ({event, data, id}) => ready.push(id === undefined ? {event: event || 'message', data} : {event: event || 'message', data, id}),
    });
    const decoder = new TextDecoder('utf-8');
    const drain = () => ready.splice(0, ready.length);
    return {
        push(bytes) {
            parser.feed(decoder.decode(bytes, {stream: true}));
            return drain();
        },
        end() {
            parser.feed(decoder.decode());
            return drain();
        },
    };
}

/**
 * An async iterable of `{event, id, data}`: `event` is the SSE event name (`message` if none),
 * `id` the SSE id (or undefined), `data` the message's data parsed as JSON. It can be iterated
 * once; leaving the loop early closes the connection. The stream ends when the server closes it.
 */
export class EventStream {
    /**
     * @param {Response} response the open response; its body is read lazily
     * @param {string} operationId for ResponseValidationError
     * @param {Object} [options]
     * @param {function(): void} [options.onClose] called once when the stream is done or abandoned
     * @param {AbortSignal} [options.signal] the caller's signal: aborting it ends the stream (R2.3)
     * @param {function(*): Promise} [options.validate] checks each event's data (R7.1 under the call's mode)
     * @param {function(string, *): APIConnectionError} [options.connectionError] builds the error
     *     for a broken connection (the client's, which redacts secrets, R5.5)
     */
    constructor(response, operationId, {onClose, signal, validate, connectionError} = {}) {
        /** The raw response (R10). */
        this.response = response;
        Object.defineProperty(this, 'operationId', {value: operationId});
        Object.defineProperty(this, 'onClose', {value: onClose ?? (() => undefined)});
        Object.defineProperty(this, 'signal', {value: signal});
        Object.defineProperty(this, 'validate', {value: validate});
        Object.defineProperty(this, 'connectionError', {
            value: connectionError ?? ((message, cause) => new APIConnectionError(message, {cause})),
        });
        Object.defineProperty(this, 'consumed', {value: false, writable: true});
    }

    /** The X-Request-Id of the response, or null. */
    get requestId() {
        return this.response.headers.get('x-request-id') ?? null;
    }

    async* [Symbol.asyncIterator]() {
        for await (const message of this.messages()) {
            const event = this.decode(message);
            await this.validate?.(event.data);
            yield event;
        }
    }

    /**
     * The stream's messages as framed, `{event, data, id?}` with `data` the raw text (see
     * createSseDecoder), for a reader with its own protocol over SSE (GraphQL's `next` and
     * `complete`, core/graphql.js). Marks the stream as iterated; leaving early closes it.
     */
    async* messages() {
        if (this.consumed) {
            throw new Error('This event stream has already been iterated; call the operation again for a new stream.');
        }
        this.consumed = true;
        const framing = createSseDecoder();
        const reader = this.response.body.getReader();
        try {
            for (;;) {
                let chunk;
                try {
                    chunk = await reader.read();
                } catch (err) {
                    throw this.signal?.aborted
                        ? new APIUserAbortError('Request was aborted.', {cause: err})
                        : this.connectionError(`Connection error while reading the event stream: ${err?.message}`, err);
                }
                const {done, value} = chunk;
                yield* done ? framing.end() : framing.push(value);
                if (done) {
                    break;
                }
            }
        } finally {
            // Not awaited: cancelling can wait on the network and `break` must not hang.
            reader.cancel().catch(() => undefined);
            this.onClose();
        }
    }

    /** One parsed message as a typed event; data that is not JSON is a validation error (R8.4). */
    decode(message) {
        return {event: message.event, id: message.id, data: parseEventData(message.data, this.operationId, this.requestId)};
    }
}

/**
 * An event's data text as JSON; text that is not JSON is a ResponseValidationError at path ""
 * (R8.4), there being no data to return.
 */
export function parseEventData(text, operationId, requestId) {
    try {
        return JSON.parse(text);
    } catch (err) {
        throw new ResponseValidationError(operationId,
            [{path: '', message: `the event data is not valid JSON (${err.message})`}], requestId ?? undefined);
    }
}
