// Hand-written runtime (generators/csharp/templates/runtime): copied verbatim into every generated SDK.
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
    /// One page of a list operation that declares <c>x-pagination</c> (R6), returned by its
    /// <c>…Async</c> method (e.g. <c>ListTemplatesAsync</c>). <see cref="Data"/>, <see cref="NextCursor"/>,
    /// <see cref="HasNextPage"/> and <see cref="GetNextPageAsync"/> work page by page; enumerating the
    /// page itself (<c>foreach</c>, LINQ) yields every item of this page and of all the following
    /// ones, fetching each next page lazily when the items before it are used up.
    /// </summary>
    /// <remarks>
    /// Enumeration is synchronous (netstandard2.0 has no <c>IAsyncEnumerable</c>): it blocks on each
    /// page request, so prefer <see cref="GetNextPageAsync"/> in code that must not block a thread.
    /// </remarks>
    /// <example>
    /// <code>
    /// var page = await client.Templates.ListTemplatesAsync(limit: 50);
    /// foreach (var template in page) Console.WriteLine(template.Id);   // every template, all pages
    /// </code>
    /// </example>
    [JsonConverter(typeof(PageJsonConverter))]
    public class Page<TList, TItem> : IEnumerable<TItem>, IPage
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

        /// <summary>The items of this page only.</summary>
        public IReadOnlyList<TItem> Data { get; private set; }

        /// <summary>The cursor of the next page, or null on the last page.</summary>
        public string NextCursor { get; private set; }

        /// <summary>
        /// True when another page follows (R6.2): the next cursor is neither null nor empty and differs
        /// from the cursor that fetched this page (a server repeating a cursor would loop forever).
        /// </summary>
        public bool HasNextPage()
        {
            return !string.IsNullOrEmpty(NextCursor) && NextCursor != _request.GetQueryParameter(_cursorParam);
        }

        /// <summary>
        /// Fetches the next page with the same parameters and per-call options, the cursor parameter set
        /// to <see cref="NextCursor"/>; null when <see cref="HasNextPage"/> is false.
        /// </summary>
        public async Task<Page<TList, TItem>> GetNextPageAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            if (!HasNextPage()) return null;
            var next = _request.WithQueryParameter(_cursorParam, NextCursor);
            var response = await _transport.SendAsync<TList>(next, cancellationToken).ConfigureAwait(false);
            return new Page<TList, TItem>(_transport, next, response, _cursorParam, _items, _nextCursor, cancellationToken);
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
