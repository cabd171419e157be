// Hand-written NUnit tests (generators/csharp/tests/runtime), shipped into every generated SDK: the
// hand-written transport (requests, auth, typed errors, retries, pages, waiters, event streams) driven
// directly with ApiRequest against a local HTTP server. The types decoded here are fixtures declared in
// this file, so the tests compile and pass for an SDK generated from any OpenAPI document.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using NUnit.Framework;
using SecureAiStudio.Sdk.Internal;

namespace SecureAiStudio.Sdk.Tests
{
    /// <summary>A fixture resource (not a model of any API).</summary>
    public sealed class FixtureWidget
    {
        [JsonProperty("id")]
        public string Id { get; set; }

        [JsonProperty("status", NullValueHandling = NullValueHandling.Ignore)]
        public string Status { get; set; }
    }

    /// <summary>A fixture page body: items under <c>data</c>, the next cursor under <c>next_cursor</c>.</summary>
    public sealed class FixtureWidgetList
    {
        [JsonProperty("data")]
        public List<FixtureWidget> Data { get; set; }

        [JsonProperty("next_cursor")]
        public string NextCursor { get; set; }
    }

    [TestFixture]
    public class TransportRuntimeTests
    {
        private const string ApiKey = "sk_test_runtime_secret_42";

        private static HttpTransport Transport(TestServer server, List<TimeSpan> waits = null, int maxRetries = 2)
        {
            var transport = new HttpTransport(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = ApiKey, MaxRetries = maxRetries });
            transport.Sleep = (delay, token) =>
            {
                if (waits != null) waits.Add(delay);
                return Task.FromResult(0);
            };
            transport.Random = () => 0.0;
            return transport;
        }

        private static ApiRequest Get(string path, string operationId = "getWidget")
        {
            var request = new ApiRequest("GET", path, operationId);
            request.Accept("application/json");
            request.AllowAuth(AuthScheme.ApiKey("apiKey", "X-API-Key", AuthLocation.Header));
            return request;
        }

        private static TestServer Sequence(params ScriptedResponse[] responses)
        {
            var n = 0;
            return new TestServer(r => responses[Math.Min(Interlocked.Increment(ref n) - 1, responses.Length - 1)]);
        }

        private static T Run<T>(Task<T> task)
        {
            return task.GetAwaiter().GetResult();
        }

        [Test]
        public void SendsThePathParametersQueryAndApiKeyAndDecodesTheBody()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, @"{""id"":""w 1/2"",""status"":""ready""}")))
            using (var transport = Transport(server))
            {
                var request = Get("/widgets/{widgetId}");
                request.SetPathParameter("widgetId", "w 1/2");
                request.AddQueryParameter("tags", new List<string> { "a", "b c" }, true);

                var widget = Run(transport.SendAsync<FixtureWidget>(request, CancellationToken.None)).Data;

                Assert.AreEqual("w 1/2", widget.Id);
                var sent = server.Single();
                Assert.AreEqual("GET", sent.Method);
                Assert.AreEqual("/api/v1/widgets/w%201%2F2", sent.Path);
                Assert.AreEqual("?tags=a&tags=b%20c", sent.Query);
                Assert.AreEqual(ApiKey, sent.Headers["X-API-Key"]);
            }
        }

        [TestCase(400, typeof(BadRequestException))]
        [TestCase(401, typeof(AuthenticationException))]
        [TestCase(404, typeof(NotFoundException))]
        [TestCase(409, typeof(ConflictException))]
        [TestCase(422, typeof(UnprocessableEntityException))]
        [TestCase(500, typeof(InternalServerException))]
        [TestCase(418, typeof(APIException))]
        public void AnErrorStatusRaisesItsExceptionClassWithoutTheApiKey(int status, Type expected)
        {
            using (var server = new TestServer(r => new ScriptedResponse
            {
                Status = status,
                ContentType = "application/problem+json",
                Body = Encoding.UTF8.GetBytes(@"{""title"":""t"",""status"":" + status + @",""detail"":""bad widget""}"),
            }))
            using (var transport = Transport(server, maxRetries: 0))
            {
                var e = Assert.Throws(expected, () => Run(transport.SendAsync<FixtureWidget>(Get("/widgets/w1"), CancellationToken.None)));

                Assert.AreEqual(expected, e.GetType());
                Assert.AreEqual(status, ((APIException)e).StatusCode);
                StringAssert.Contains("bad widget", e.Message);
                StringAssert.DoesNotContain(ApiKey, e.ToString());
            }
        }

        [Test]
        public void A503IsRetriedWithBackoffAndRetryAfterWins()
        {
            var waits = new List<TimeSpan>();
            var busy = new ScriptedResponse { Status = 503 };
            var later = new ScriptedResponse { Status = 429 };
            later.Headers["Retry-After"] = "2";
            using (var server = Sequence(busy, later, ScriptedResponse.Json(200, @"{""id"":""w1""}")))
            using (var transport = Transport(server, waits))
            {
                var widget = Run(transport.SendAsync<FixtureWidget>(Get("/widgets/w1"), CancellationToken.None)).Data;

                Assert.AreEqual("w1", widget.Id);
                Assert.AreEqual(3, server.Requests.Count);
                CollectionAssert.AreEqual(new[] { 500.0, 2000.0 }, waits.Select(w => w.TotalMilliseconds).ToArray());
            }
        }

        [Test]
        public void APostWithAnIdempotencyKeyIsRetriedWithTheSameKey()
        {
            using (var server = Sequence(new ScriptedResponse { Status = 503 }, ScriptedResponse.Json(201, @"{""id"":""w2""}")))
            using (var transport = Transport(server))
            {
                var request = new ApiRequest("POST", "/widgets", "createWidget");
                request.AddHeader("Idempotency-Key", null, "requestOptions");
                request.SetJsonBody(new FixtureWidget { Id = "w2" });

                Run(transport.SendAsync<FixtureWidget>(request, CancellationToken.None));

                Assert.AreEqual(2, server.Requests.Count);
                var first = server.Requests[0].Headers["Idempotency-Key"];
                Assert.IsNotNullOrEmpty(first);
                Assert.AreEqual(first, server.Requests[1].Headers["Idempotency-Key"]);
                Assert.AreEqual(@"{""id"":""w2""}", server.Requests[1].BodyText);
            }
        }

        [Test]
        public void APageFetchesTheNextOneWithItsCursorUntilTheLast()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, (r.Query ?? "").Contains("cursor=c2")
                ? @"{""data"":[{""id"":""w3""}],""next_cursor"":null}"
                : @"{""data"":[{""id"":""w1""},{""id"":""w2""}],""next_cursor"":""c2""}")))
            using (var transport = Transport(server))
            {
                var request = Get("/widgets", "listWidgets");
                var response = Run(transport.SendAsync<FixtureWidgetList>(request, CancellationToken.None));
                var page = new Page<FixtureWidgetList, FixtureWidget>(transport, request, response, "cursor", b => b.Data, b => b.NextCursor, CancellationToken.None);

                CollectionAssert.AreEqual(new[] { "w1", "w2", "w3" }, page.AutoPaging().Select(w => w.Id).ToArray());
                Assert.AreEqual(2, server.Requests.Count);
                Assert.AreEqual("?cursor=c2", server.Requests[1].Query);
            }
        }

        [Test]
        public void AWaiterPollsUntilATerminalStateWithGrowingPauses()
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(ScriptedResponse.Json(200, @"{""id"":""w1"",""status"":""queued""}"),
                ScriptedResponse.Json(200, @"{""id"":""w1"",""status"":""running""}"),
                ScriptedResponse.Json(200, @"{""id"":""w1"",""status"":""done""}")))
            using (var transport = Transport(server, waits))
            {
                var spec = new LongRunningSpec("status", "done", "failed");

                var widget = Run(Waiter.PollAsync<FixtureWidget>(transport, Get("/widgets/w1"), spec, null, CancellationToken.None));

                Assert.AreEqual("done", widget.Status);
                Assert.AreEqual(3, server.Requests.Count);
                Assert.AreEqual(2, waits.Count);
                Assert.That(waits[1], Is.GreaterThanOrEqualTo(waits[0]));
            }
        }

        [Test]
        public void AnEventStreamYieldsEachEventSplitAcrossLines()
        {
            var body = "event: progress\ndata: {\"id\":\"w1\",\ndata: \"status\":\"running\"}\nid: 1\n\n: comment\n\nevent: done\ndata: {}\n\n";
            using (var server = new TestServer(r => new ScriptedResponse { ContentType = "text/event-stream", Body = Encoding.UTF8.GetBytes(body) }))
            using (var transport = Transport(server))
            {
                var request = Get("/widgets/w1/events", "widgetEvents");
                request.AcceptTypes.Clear();
                request.Accept("text/event-stream");
                var response = Run(transport.SendForStreamAsync(request, CancellationToken.None));
                using (var events = new EventStream(transport, request, response, "widgetEvents", null, CancellationToken.None))
                {
                    var all = events.ToList();

                    CollectionAssert.AreEqual(new[] { "progress", "done" }, all.Select(e => e.Event).ToArray());
                    Assert.AreEqual("running", all[0].DataAs<FixtureWidget>().Status);
                    Assert.AreEqual("1", all[0].Id);
                }
            }
        }

        [Test]
        public void PrintedOptionsNeverShowTheApiKey()
        {
            var options = new ClientOptions { BaseUrl = "http://127.0.0.1:1/api", ApiKey = ApiKey };

            StringAssert.DoesNotContain(ApiKey, options.ToString());
        }
    }
}
