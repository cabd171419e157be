/**
 * Parses a text/event-stream body into `{ id, event, data }` events (WHATWG rules: CR, LF or
 * CRLF line ends, `:` comments, one optional space after the colon, `data` lines joined with
 * LF, events dispatched on a blank line). Small enough not to add eventsource-parser to the
 * mock server's dependencies.
 */
export function parseSse(text) {
  const events = [];
  let data = null;
  let event = '';
  let id;
  let lastId;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '') {
      if (data !== null) events.push({ ...(lastId !== undefined ? { id: lastId } : {}), event: event || 'message', data });
      data = null;
      event = '';
      continue;
    }
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data = data === null ? value : `${data}\n${value}`;
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) {
      id = value;
      lastId = id;
    }
  }
  return events;
}
