// GraphQL over SSE (distinct connections) ends its stream with a `complete` event that carries no
// result (its `data` is empty), unlike every other event of an `x-event-schema` stream. The spec
// check, the contract loader and the SDKs' subscribe iterators all skip it for the same reason:
// it is the protocol's end marker, not a payload.

/** The protocol's end-of-stream event name. */
export const COMPLETE_EVENT = 'complete';

/**
 * Whether an SSE event of `op`'s stream carries a payload to check against `x-event-schema`:
 * every event does, but the `complete` marker of an operation that serves GraphQL
 * (`x-graphql-schema`).
 * @param {object} op the operation object
 * @param {{event?: string}} event one parsed SSE event
 */
export function carriesPayload(op, event) {
  return !(op?.['x-graphql-schema'] !== undefined && event.event === COMPLETE_EVENT);
}
