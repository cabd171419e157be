import { http } from 'msw';
import { describe, expect, test } from 'vitest';
import { Page, SecureAIStudioError } from '../../src/index.js';
import { example } from '../helpers/spec.js';
import { BASE_URL, json, makeClient, server, useServer } from '../helpers/server.js';

useServer();

const base = example('listTemplates').data[0];
const item = (n: number) => ({ ...base, id: `tpl_PAGEITEM${String(n).padStart(4, '0')}` });

/** Three pages of templates (2 + 2 + 1) chained by cursor, recording each query string. */
function threePages() {
  const queries: URLSearchParams[] = [];
  const pages: Record<string, { data: unknown[]; nextCursor: string | null }> = {
    first: { data: [item(1), item(2)], nextCursor: 'c_page2' },
    c_page2: { data: [item(3), item(4)], nextCursor: 'c_page3' },
    c_page3: { data: [item(5)], nextCursor: null },
  };
  server.use(
    http.get(`${BASE_URL}/templates`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      return json(pages[query.get('cursor') ?? 'first']);
    }),
  );
  return queries;
}

describe('R6 pagination driven by x-pagination', () => {
  test('awaiting list gives the first page with data and nextCursor', async () => {
    threePages();
    const page = await makeClient().templates.list({ limit: 2 });
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((t) => t.id)).toEqual(['tpl_PAGEITEM0001', 'tpl_PAGEITEM0002']);
    expect(page.nextCursor).toBe('c_page2');
    expect(page.hasNextPage()).toBe(true);
    expect(page.response.status).toBe(200);
  });

  test('R6.1 for await over list() walks every item across pages, keeping the filters', async () => {
    const queries = threePages();
    const ids: string[] = [];
    for await (const t of makeClient().templates.list({ limit: 2, kind: 'image' })) ids.push(t.id);
    expect(ids).toEqual([1, 2, 3, 4, 5].map((n) => item(n).id));
    expect(queries.map((q) => q.toString())).toEqual(['limit=2&kind=image', 'cursor=c_page2&limit=2&kind=image', 'cursor=c_page3&limit=2&kind=image']);
  });

  test('getNextPage and iterPages; the last page has no next page', async () => {
    threePages();
    const first = await makeClient().templates.list();
    const second = await first.getNextPage();
    expect(second.data.map((t) => t.id)).toEqual([item(3).id, item(4).id]);
    const sizes: number[] = [];
    for await (const p of first.iterPages()) sizes.push(p.data.length);
    expect(sizes).toEqual([2, 2, 1]);
    const last = await (await second.getNextPage());
    expect(last.hasNextPage()).toBe(false);
    expect(() => last.getNextPage()).toThrow(SecureAIStudioError);
  });

  test('R6.2 a page repeating the cursor that fetched it ends the iteration', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/templates`, ({ request }) => {
        calls++;
        const cursor = new URL(request.url).searchParams.get('cursor');
        return json({ data: [item(calls)], nextCursor: cursor ?? 'c_same' });
      }),
    );
    const ids: string[] = [];
    for await (const t of makeClient().templates.list()) ids.push(t.id);
    expect(ids).toHaveLength(2);
    expect(calls).toBe(2);
  });

  test('iterating the page object itself also covers all pages', async () => {
    threePages();
    const page = await makeClient().templates.list();
    const ids: string[] = [];
    for await (const t of page) ids.push(t.id);
    expect(ids).toHaveLength(5);
  });
});
