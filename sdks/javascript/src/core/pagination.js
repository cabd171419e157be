// Hand-written runtime: cursor pagination driven by the operation's x-pagination
// (docs/sdk-behavior.md R6). A list method returns a PagePromise: await it for the first Page,
// or iterate it with `for await` to walk every item of every page, fetched lazily.

/** The next cursor a page body names: a non-empty string, else null. */
function nextCursorOf(body, nextCursorField) {
    const next = body?.[nextCursorField];
    return typeof next === 'string' && next !== '' ? next : null;
}

/**
 * R6.2: fetch another page when the body names a non-empty next cursor that differs from the
 * cursor that fetched it (a repeated cursor would loop forever); an empty page with a new cursor
 * continues.
 * @param {string|null|undefined} requestCursor the cursor that fetched this page (none for the first)
 * @param {Object} body the page body
 * @param {string} [nextCursorField]
 */
export function shouldFetchNextPage(requestCursor, body, nextCursorField = 'nextCursor') {
    const next = nextCursorOf(body, nextCursorField);
    return next !== null && next !== (requestCursor ?? null);
}

/**
 * One page of a cursor-paginated list; also an async iterable over the items of this page and
 * of every following page.
 */
export class Page {
    /**
     * @param {Object} body the decoded response body (the list model)
     * @param {Response} response the raw response of this page
     * @param {{itemsField: string, nextCursorField: string}} pagination from x-pagination
     * @param {string|undefined} requestedCursor the cursor that fetched this page
     * @param {function(string): PagePromise} fetchPage fetches the page at a cursor with the same parameters
     */
    constructor(body, response, pagination, requestedCursor, fetchPage) {
        /** The decoded response body (the list model), as received. */
        this.body = body;
        /** The raw response of this page (R10). */
        this.response = response;
        const items = body?.[pagination.itemsField];
        /** The items of this page. */
        this.data = Array.isArray(items) ? items : [];
        /** The cursor of the next page, or null on the last page. */
        this.nextCursor = nextCursorOf(body, pagination.nextCursorField);
        Object.defineProperty(this, 'requestedCursor', {value: requestedCursor});
        Object.defineProperty(this, 'nextCursorField', {value: pagination.nextCursorField});
        Object.defineProperty(this, 'fetchPage', {value: fetchPage});
    }

    /** The X-Request-Id of this page's response, or null. */
    get requestId() {
        return this.response?.headers?.get('x-request-id') ?? null;
    }

    /**
     * R6.2: another page exists when nextCursor is non-empty and differs from the cursor that
     * fetched this page (a repeated cursor would loop forever).
     */
    hasNextPage() {
        return shouldFetchNextPage(this.requestedCursor, this.body, this.nextCursorField);
    }

    /** Fetches the following page with the same parameters and options. */
    getNextPage() {
        if (!this.hasNextPage()) {
            throw new Error('No next page: check hasNextPage() before calling getNextPage().');
        }
        return this.fetchPage(this.nextCursor);
    }

    /** Yields this page and every following page. */
    async* iterPages() {
        let page = this;
        yield page;
        while (page.hasNextPage()) {
            page = await page.getNextPage();
            yield page;
        }
    }

    /** Yields every item of this page and of all following pages. */
    async* [Symbol.asyncIterator]() {
        for await (const page of this.iterPages()) {
            yield* page.data;
        }
    }

    /** JSON form: the body as received. */
    toJSON() {
        return this.body;
    }
}

/**
 * What a list method returns: a Promise of the first {@link Page} that can also be iterated
 * directly with `for await` over every item across pages.
 */
export class PagePromise extends Promise {
    // then/catch/finally return plain Promises, not PagePromises built with an executor.
    static get [Symbol.species]() {
        return Promise;
    }

    async* [Symbol.asyncIterator]() {
        yield* await this;
    }

    /** Resolves to `{data, response, requestId}` with `data` the first {@link Page} (R10.1). */
    withResponse() {
        return this.then((page) => ({data: page, response: page.response, requestId: page.requestId}));
    }

    /** Resolves to the first page's fetch Response (its body already read and decoded). */
    asResponse() {
        return this.then((page) => page.response);
    }
}

/**
 * Fetches the page at `cursor` (undefined for the first) and wraps it.
 * @param {function(string|undefined): Promise<{data: Object, response: Response}>} fetch one page
 * @param {{itemsField: string, nextCursorField: string}} pagination
 * @param {string|undefined} cursor
 * @return {PagePromise}
 */
export function requestPage(fetch, pagination, cursor) {
    const fetchPage = (next) => requestPage(fetch, pagination, next);
    return new PagePromise((resolve, reject) => {
        fetch(cursor).then(({data, response}) => resolve(new Page(data, response, pagination, cursor, fetchPage)), reject);
    });
}
