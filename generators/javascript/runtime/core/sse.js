// Hand-written runtime: the server-sent event stream of a `text/event-stream` operation as typed
// events (docs/sdk-behavior.md R8.4). The WHATWG line parsing (comments, retry:, multi-line data,
// events split across chunks) is eventsource-parser's, the parser the TypeScript client uses.
import {createParser} from 'eventsource-parser';
import {APIConnectionError, APIUserAbortError, ResponseValidationError} from './errors.js';

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
     */
    constructor(response, operationId, {onClose, signal, validate} = {}) {
        /** The raw response (R10). */
        this.response = response;
        Object.defineProperty(this, 'operationId', {value: operationId});
        Object.defineProperty(this, 'onClose', {value: onClose ?? (() => undefined)});
        Object.defineProperty(this, 'signal', {value: signal});
        Object.defineProperty(this, 'validate', {value: validate});
        Object.defineProperty(this, 'consumed', {value: false, writable: true});
    }

    /** The X-Request-Id of the response, or null. */
    get requestId() {
        return this.response.headers.get('x-request-id') ?? null;
    }

    async* [Symbol.asyncIterator]() {
        if (this.consumed) {
            throw new Error('This event stream has already been iterated; call the operation again for a new stream.');
        }
        this.consumed = true;
        const queue = [];
        const parser = createParser({onEvent: (message) => queue.push(message)});
        const decoder = new TextDecoder();
        const reader = this.response.body.getReader();
        try {
            for (;;) {
                let chunk;
                try {
                    chunk = await reader.read();
                } catch (err) {
                    throw this.signal?.aborted
                        ? new APIUserAbortError('Request was aborted.', {cause: err})
                        : new APIConnectionError(`Connection error while reading the event stream: ${err.message}`, {cause: err});
                }
                const {done, value} = chunk;
                parser.feed(done ? decoder.decode() : decoder.decode(value, {stream: true}));
                while (queue.length > 0) {
                    const event = this.decode(queue.shift());
                    await this.validate?.(event.data);
                    yield event;
                }
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
        let data;
        try {
            data = JSON.parse(message.data);
        } catch (err) {
            throw new ResponseValidationError(this.operationId,
                [{path: '', message: `the event data is not valid JSON (${err.message})`}], this.requestId ?? undefined);
        }
        return {event: message.event || 'message', id: message.id, data};
    }
}
