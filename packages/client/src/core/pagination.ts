import { APIPromise } from './api-promise.js';
import { SecureAIStudioError } from './errors.js';
import type { PaginationSpec } from '../internal/operation.js';

/**
 * R6.2: iteration continues while the next cursor is a non-empty string that differs from the
 * cursor that fetched this page (a repeated cursor would loop forever); empty pages continue.
 */
export function hasNextPage(nextCursor: unknown, requestedCursor: string | null | undefined): nextCursor is string {
  return typeof nextCursor === 'string' && nextCursor !== '' && nextCursor !== requestedCursor;
}

/**
 * One page of a cursor-paginated list (R6), which is also an async iterable over every item
 * of this page and all following pages.
 *
 * @example
 * ```ts
 * const page = await client.templates.list({ limit: 20 });
 * console.log(page.data.length, page.nextCursor);
 * for await (const template of page) console.log(template.id); // walks all pages
 * ```
 */
export class Page<Item> implements AsyncIterable<Item> {
  /** The items of this page (the field named by `x-pagination.itemsField`). */
  readonly data: Item[];
  /** The cursor of the next page, or null on the last page. */
  readonly nextCursor: string | null;

  constructor(
    /** The whole parsed response body. */
    readonly body: Record<string, unknown>,
    /** The raw response of this page. */
    readonly response: Response,
    pagination: PaginationSpec,
    private readonly requestedCursor: string | undefined,
    private readonly fetchPage: (cursor: string) => PagePromise<Item>,
  ) {
    const items = body[pagination.itemsField];
    this.data = Array.isArray(items) ? (items as Item[]) : [];
    const next = body[pagination.nextCursorField];
    this.nextCursor = hasNextPage(next, null) ? next : null;
  }

  /**
   * True when another page exists (R6.2): a non-empty `nextCursor` different from the cursor
   * that fetched this page (a repeated cursor would loop forever).
   *
   * @example
   * ```ts
   * if (page.hasNextPage()) page = await page.getNextPage();
   * ```
   */
  hasNextPage(): boolean {
    return hasNextPage(this.nextCursor, this.requestedCursor);
  }

  /**
   * Fetches the following page with the same filters and options.
   *
   * @example
   * ```ts
   * const second = await (await client.users.list()).getNextPage();
   * ```
   */
  getNextPage(): PagePromise<Item> {
    if (!this.hasNextPage()) {
      throw new SecureAIStudioError('No next page: check hasNextPage() before calling getNextPage().');
    }
    return this.fetchPage(this.nextCursor as string);
  }

  /**
   * Yields this page and every following page.
   *
   * @example
   * ```ts
   * for await (const p of (await client.jobs.list()).iterPages()) console.log(p.data.length);
   * ```
   */
  async *iterPages(): AsyncGenerator<Page<Item>, void, undefined> {
    let page: Page<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Yields every item of this page and of all following pages. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * The promise a `list` method returns: await it for the first {@link Page}, or iterate it
 * directly with `for await` to walk every item across pages (R6.1).
 *
 * @example
 * ```ts
 * for await (const user of client.users.list({ limit: 100 })) console.log(user.email);
 * ```
 */
export class PagePromise<Item> extends APIPromise<Page<Item>> implements AsyncIterable<Item> {
  /** Yields every item across all pages, fetching pages as needed. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const page = await this;
    yield* page;
  }
}
