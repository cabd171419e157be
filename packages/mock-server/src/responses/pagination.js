import { deref } from '../spec/operations.js';
import { toPayload } from '../http/payload.js';

/**
 * Spec-mode pagination, so a client that follows `nextCursor` stops: a list operation whose
 * default example has a next cursor answers a request that carries any cursor with its last
 * page: the first other example of that response whose next cursor is `null` (this repo's
 * `lastPage`), else the default example with no items and a `null` next cursor. The page is
 * chosen by the cursor's presence, not its value, so it is the same on every run.
 *
 * The cursor parameter and the fields come from `x-pagination` (`cursorParam`, `itemsField`,
 * `nextCursorField`), else a query parameter `cursor` and the fields `data` / `nextCursor`.
 *
 * @returns {{ cursorParam: string, content: object, lastPage: object } | null} `content` is the
 *   compiled content the last page replaces; `lastPage` its payload
 */
export function compilePagination(op, doc, responses) {
  const x = op.operation?.['x-pagination'] ?? {};
  const cursorParam = x.cursorParam ?? 'cursor';
  const itemsField = x.itemsField ?? 'data';
  const nextField = x.nextCursorField ?? 'nextCursor';
  if (!op.parameters.some((p) => p.in === 'query' && p.name === cursorParam)) return null;
  const success = responses.defaultSuccess;
  const content = success?.contents.find((c) => c.kind === 'json');
  if (!content) return null;
  const media = deref(doc, deref(doc, op.responses[success.key])?.content?.[content.mediaType]);
  const values = exampleValues(media, doc);
  const first = values[0];
  if (!isPage(first, nextField) || first[nextField] === null || first[nextField] === undefined) return null;
  const last = values.slice(1).find((v) => isPage(v, nextField) && v[nextField] === null)
    ?? { ...first, [itemsField]: [], [nextField]: null };
  return { cursorParam, content, lastPage: toPayload(Buffer.from(JSON.stringify(last)), 'json', last) };
}

// The default example first (as compile-responses serves it), then the named ones in order.
function exampleValues(media, doc) {
  if (!media) return [];
  const named = Object.values(media.examples ?? {}).map((e) => deref(doc, e)?.value).filter((v) => v !== undefined);
  return media.example !== undefined ? [media.example, ...named] : named;
}

function isPage(value, nextField) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && nextField in value;
}
