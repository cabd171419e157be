// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using SecureAiStudio.Sdk.Internal;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// One page of items (R6), whatever the list body's type: what <c>client.Templates.ListAsync(…)</c>
    /// returns, seen without its body type (<c>Page&lt;Template&gt; page = await client.Templates.ListAsync();</c>).
    /// </summary>
    public abstract class Page<TItem>
    {
        /// <summary>The items of this page only.</summary>
        public IReadOnlyList<TItem> Data { get; protected set; }

        /// <summary>The cursor of the next page, or null on the last page.</summary>
        public string NextCursor { get; protected set; }

        /// <summary>True when another page follows (R6.2).</summary>
        public abstract bool HasNextPage();

        /// <summary>The next page, or null when <see cref="HasNextPage"/> is false.</summary>
        public Task<Page<TItem>> GetNextItemPageAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            return NextItemPageAsync(cancellationToken);
        }

        /// <summary>Fetches the next page for the untyped view.</summary>
        protected abstract Task<Page<TItem>> NextItemPageAsync(CancellationToken cancellationToken);

        /// <summary>
        /// Every item of this page and of all the following pages (R6.1), each page fetched when the items
        /// before it are used up, without blocking a thread:
        /// <c>var items = page.AutoPagingAsync(); while (await items.MoveNextAsync()) Use(items.Current);</c>
        /// </summary>
        public AsyncItems<TItem> AutoPagingAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            return new AsyncItems<TItem>(this, cancellationToken);
        }
    }

    /// <summary>
    /// The items of a page and of every following page, read with <see cref="MoveNextAsync"/> and
    /// <see cref="Current"/> (netstandard2.0 has no <c>IAsyncEnumerable</c>); each next page is requested
    /// only when the items before it are used up.
    /// </summary>
    public sealed class AsyncItems<TItem>
    {
        private readonly CancellationToken _cancellationToken;
        private Page<TItem> _page;
        private int _index = -1;

        internal AsyncItems(Page<TItem> first, CancellationToken cancellationToken)
        {
            _page = first;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The item the last <see cref="MoveNextAsync"/> reached.</summary>
        public TItem Current { get; private set; }

        /// <summary>Advances to the next item, fetching the next page when this one is used up; false after the last item.</summary>
        public async Task<bool> MoveNextAsync()
        {
            while (_page != null)
            {
                if (++_index < _page.Data.Count)
                {
                    Current = _page.Data[_index];
                    return true;
                }
                _page = _page.HasNextPage() ? await _page.GetNextItemPageAsync(_cancellationToken).ConfigureAwait(false) : null;
                _index = -1;
            }
            Current = default(TItem);
            return false;
        }
    }

    /// <summary>
    /// One page of a list operation that declares <c>x-pagination</c> (R6), returned by its
    /// <c>ListAsync</c>-style method (e.g. <c>client.Templates.ListAsync</c>). <see cref="Page{TItem}.Data"/>, <see cref="Page{TItem}.NextCursor"/>,
    /// <see cref="HasNextPage"/> and <see cref="GetNextPageAsync"/> work page by page; <see cref="Page{TItem}.AutoPagingAsync"/>
    /// yields every item of this page and of all the following ones without blocking, <see cref="AutoPaging"/>
    /// (and <c>foreach</c> over the page) does the same blocking on each page request.
    /// </summary>
    /// <example>
    /// <code>
    /// var page = await client.Templates.ListAsync(new TemplateListParams { Limit = 50 });
    /// var items = page.AutoPagingAsync();
    /// while (await items.MoveNextAsync()) Console.WriteLine(items.Current.Id);   // every template, all pages
    /// foreach (var template in client.Templates.List().AutoPaging()) Console.WriteLine(template.Id); // blocking
    /// </code>
    /// </example>
    [JsonConverter(typeof(PageJsonConverter))]
    public class Page<TList, TItem> : Page<TItem>, IEnumerable<TItem>, IPage
    {
        private readonly HttpTransport _transport;
        private readonly ApiRequest _request;
        private readonly string _cursorParam;
        private readonly Func<TList, IList<TItem>> _items;
        private readonly Func<TList, string> _nextCursor;
        private readonly CancellationToken _cancellationToken;

        internal Page(HttpTransport transport, ApiRequest request, ApiResponse<TList> response, string cursorParam,
            Func<TList, IList<TItem>> items, Func<TList, string> nextCursor, CancellationToken cancellationToken)
        {
            _transport = transport;
            _request = request;
            _cursorParam = cursorParam;
            _items = items;
            _nextCursor = nextCursor;
            _cancellationToken = cancellationToken;
            Response = response;
            var body = response.Data;
            var list = body == null ? null : items(body);
            Data = list == null ? (IReadOnlyList<TItem>)new TItem[0] : new List<TItem>(list);
            NextCursor = body == null ? null : nextCursor(body);
        }

        /// <summary>The raw response of this page: status, headers, request ID and the decoded body (R10).</summary>
        public ApiResponse<TList> Response { get; private set; }

        /// <summary>The decoded body of this page (e.g. <c>TemplateList</c>).</summary>
        public TList Body { get { return Response.Data; } }

        object IPage.Body { get { return Response.Data; } }

        /// <summary>
        /// True when another page follows (R6.2): the next cursor is neither null nor empty and differs
        /// from the cursor that fetched this page (a server repeating a cursor would loop forever).
        /// </summary>
        public override bool HasNextPage()
        {
            return !string.IsNullOrEmpty(NextCursor) && NextCursor != _request.GetQueryParameter(_cursorParam);
        }

        /// <summary>
        /// Fetches the next page with the same parameters and per-call options, the cursor parameter set
        /// to <see cref="Page{TItem}.NextCursor"/>; null when <see cref="HasNextPage"/> is false.
        /// </summary>
        public async Task<Page<TList, TItem>> GetNextPageAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            if (!HasNextPage()) return null;
            var next = _request.WithQueryParameter(_cursorParam, NextCursor);
            var response = await _transport.SendAsync<TList>(next, cancellationToken).ConfigureAwait(false);
            return new Page<TList, TItem>(_transport, next, response, _cursorParam, _items, _nextCursor, cancellationToken);
        }

        /// <inheritdoc />
        protected override async Task<Page<TItem>> NextItemPageAsync(CancellationToken cancellationToken)
        {
            return await GetNextPageAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Every item of this page and of all the following pages (R6.1), blocking on each page request.</summary>
        public IEnumerable<TItem> AutoPaging()
        {
            foreach (var page in Pages())
            {
                foreach (var item in page.Data) yield return item;
            }
        }

        /// <summary>This page and every following one, each fetched when the enumeration reaches it.</summary>
        public IEnumerable<Page<TList, TItem>> Pages()
        {
            for (var page = this; page != null; page = page.HasNextPage() ? page.GetNextPageAsync(_cancellationToken).GetAwaiter().GetResult() : null)
            {
                yield return page;
            }
        }

        /// <summary>Every item of this page and of all the following pages (R6.1), fetched lazily.</summary>
        public IEnumerator<TItem> GetEnumerator()
        {
            foreach (var page in Pages())
            {
                foreach (var item in page.Data) yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }
    }

    /// <summary>A page seen without its type arguments.</summary>
    internal interface IPage
    {
        object Body { get; }
    }

    /// <summary>Serialises a page as the list body it was decoded from (<c>{"data": [...], "nextCursor": ...}</c>), not as an array.</summary>
    internal sealed class PageJsonConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType)
        {
            return typeof(IPage).IsAssignableFrom(objectType);
        }

        public override bool CanRead { get { return false; } }

        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            throw new NotSupportedException("Pages are read from list responses, not deserialised.");
        }

        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            serializer.Serialize(writer, ((IPage)value).Body);
        }
    }
}
