// Hand-written NUnit tests of openapi.yaml's own surface (generators/csharp/tests/api, not shipped): R13,
// client.Graphql.QueryAsync / SubscribeAsync (generated from the derived x-graphql of executeGraphql),
// against a real local server; the early-stop tests use a raw socket server that keeps the stream open
// and sees the client hang up.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using SecureAiStudio.Sdk.Models;
using SecureAiStudio.Sdk.Services;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class GraphqlTests
    {
        private const string Document = "query RecentJobs($limit: Int) { jobs(limit: $limit) { data { id status } nextCursor } }";
        private const string Subscription = "subscription Progress($jobId: ID!) { jobEvents(jobId: $jobId) { event status progress } }";
        private const string ValidationError = @"{""errors"":[{""message"":""Cannot query field \""title\"" on type \""Job\""."",""locations"":[{""line"":1,""column"":17}],""extensions"":{""code"":""GRAPHQL_VALIDATION_FAILED""}}]}";

        private static T Run<T>(Task<T> task)
        {
            return task.GetAwaiter().GetResult();
        }

        private static SecureAIStudioClient Client(string baseUrl, int maxRetries = 2)
        {
            var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = baseUrl, ApiKey = "sk_test_key", MaxRetries = maxRetries });
            client.Transport.Sleep = (delay, token) => Task.FromResult(0);
            return client;
        }

        private static ScriptedResponse Body(int status, string contentType, string body)
        {
            return new ScriptedResponse { Status = status, ContentType = contentType, Body = Encoding.UTF8.GetBytes(body) };
        }

        private static ScriptedResponse Result(string json)
        {
            return Body(200, "application/graphql-response+json", json);
        }

        // ---- QueryAsync (R13.1) -------------------------------------------------------------

        [Test]
        public void QuerySendsOnlyTheDocumentWhenNothingElseIsGiven()
        {
            using (var server = new TestServer(r => Result(@"{""data"":{""health"":{""status"":""ok""}}}")))
            using (var client = Client(server.BaseUrl))
            {
                var result = Run(client.Graphql.QueryAsync("{ health { status } }"));
                Assert.AreEqual("ok", (string)((JObject)result.Data)["health"]["status"]);
                var request = server.Single();
                Assert.AreEqual("POST", request.Method);
                StringAssert.EndsWith("/api/v1/graphql", request.Path);
                // Mono's HttpClient writes the parameter as "; q=0.9": the same header.
                Assert.AreEqual("application/graphql-response+json, application/json;q=0.9", request.Headers["Accept"].Replace("; ", ";"));
                StringAssert.StartsWith("application/json", request.ContentType);
                Assert.AreEqual(@"{""query"":""{ health { status } }""}", request.BodyText, "no variables, no operationName: the fields are left out, not null");
            }
        }

        [Test]
        public void QuerySendsTheVariablesAndOperationNameItIsGiven()
        {
            using (var server = new TestServer(r => Result(@"{""data"":{""jobs"":{""data"":[],""nextCursor"":null}}}")))
            using (var client = Client(server.BaseUrl))
            {
                Run(client.Graphql.QueryAsync(Document, new { limit = 1, after = (string)null }, "RecentJobs"));
                Run(client.Graphql.QueryAsync(Document, new Dictionary<string, object> { { "limit", 2 } }));
                Run(client.Graphql.QueryAsync(Document, operationName: "RecentJobs"));
                var bodies = server.Requests.Select(r => JObject.Parse(r.BodyText)).ToList();
                Assert.IsTrue(JToken.DeepEquals(JObject.Parse(@"{""query"":" + JsonConvert.ToString(Document) + @",""variables"":{""limit"":1,""after"":null},""operationName"":""RecentJobs""}"), bodies[0]), bodies[0].ToString());
                Assert.AreEqual(new[] { "query", "variables" }, bodies[1].Properties().Select(p => p.Name).ToArray());
                Assert.AreEqual(2, (int)bodies[1]["variables"]["limit"]);
                Assert.AreEqual(new[] { "query", "operationName" }, bodies[2].Properties().Select(p => p.Name).ToArray());
            }
        }

        [Test]
        public void FieldErrorsOfA2xxResultAreReturnedBesideTheData()
        {
            const string json = @"{""errors"":[{""message"":""getJob: No job job_1 exists."",""path"":[""jobs"",0,""job""],""extensions"":{""status"":404,""code"":""not_found""}}],""data"":{""job"":null,""systemMetrics"":{""queueDepth"":12}}}";
            using (var server = new TestServer(r => Result(json)))
            using (var client = Client(server.BaseUrl))
            {
                var result = Run(client.Graphql.QueryAsync("{ job(jobId: \"job_1\") { id } systemMetrics { queueDepth } }"));
                Assert.AreEqual(1, result.Errors.Count);
                Assert.AreEqual("getJob: No job job_1 exists.", result.Errors[0].Message);
                Assert.AreEqual(new object[] { "jobs", 0L, "job" }, result.Errors[0].Path.ToArray(), "path items are names and indexes");
                Assert.AreEqual("not_found", (string)((JObject)result.Errors[0].Extensions)["code"]);
                Assert.AreEqual(12, (int)((JObject)result.Data)["systemMetrics"]["queueDepth"]);
            }
        }

        [Test]
        public void APlainJsonAnswerDecodesLikeTheGraphqlMediaType()
        {
            using (var server = new TestServer(r => Body(200, "application/json", @"{""data"":{""x"":1}}")))
            using (var client = Client(server.BaseUrl))
            {
                Assert.AreEqual(1, (int)((JObject)Run(client.Graphql.QueryAsync("{ x }")).Data)["x"]);
            }
        }

        [Test]
        public void ADocumentThatDoesNotValidateRaisesBadRequestWithTheGraphqlMessage()
        {
            using (var server = new TestServer(r => Body(400, "application/graphql-response+json", ValidationError)))
            using (var client = Client(server.BaseUrl))
            {
                var e = Assert.Throws<BadRequestException>(() => Run(client.Graphql.QueryAsync("{ jobs { data { id title } } }")));
                Assert.AreEqual("400 GRAPHQL_VALIDATION_FAILED: Cannot query field \"title\" on type \"Job\".", e.Message);
                Assert.AreEqual("GRAPHQL_VALIDATION_FAILED", e.Code);
                Assert.AreEqual("Cannot query field \"title\" on type \"Job\".", e.Detail);
                Assert.AreEqual(1, ((JArray)e.Problem["errors"]).Count, "the problem is the GraphQL body");
                Assert.AreEqual("Cannot query field \"title\" on type \"Job\".", e.Errors.Single().Message);
                Assert.AreEqual(1, server.Requests.Count, "a 400 is not retried");
            }
        }

        [Test]
        public void AMutationIsRetriedOnlyWithAnIdempotencyKey()
        {
            const string mutation = "mutation { deleteTemplate(templateId: \"tpl_1\") }";
            var unavailable = Body(503, "application/problem+json", @"{""title"":""Service Unavailable"",""status"":503}");
            using (var server = new TestServer(r => unavailable))
            using (var client = Client(server.BaseUrl, maxRetries: 1))
            {
                Assert.Throws<InternalServerException>(() => Run(client.Graphql.QueryAsync(mutation)));
                Assert.AreEqual(1, server.Requests.Count, "a POST without Idempotency-Key is not retried (R3.2)");
                Assert.Throws<InternalServerException>(() => Run(client.Graphql.QueryAsync(mutation, requestOptions: new RequestOptions { IdempotencyKey = "gql-delete-1" })));
                var keyed = server.Requests.Skip(1).ToList();
                Assert.AreEqual(2, keyed.Count, "with the caller's key it is retried");
                Assert.IsTrue(keyed.All(r => r.Headers["Idempotency-Key"] == "gql-delete-1"));
            }
        }

        [Test]
        public void BadArgumentsAreRefusedBeforeAnythingIsSent()
        {
            using (var server = new TestServer(r => Result(@"{""data"":{}}")))
            using (var client = Client(server.BaseUrl))
            {
                var none = Assert.Throws<ArgumentNullException>(() => Run(client.Graphql.QueryAsync(null)));
                Assert.AreEqual("document", none.ParamName);
                StringAssert.Contains("executeGraphql", none.Message);
                Assert.AreEqual("document", Assert.Throws<ArgumentException>(() => Run(client.Graphql.QueryAsync("  "))).ParamName);
                var list = Assert.Throws<ArgumentException>(() => Run(client.Graphql.QueryAsync("{ x }", new[] { 1, 2 })));
                Assert.AreEqual("variables", list.ParamName);
                StringAssert.Contains("must be a JSON object", list.Message);
                Assert.AreEqual("variables", Assert.Throws<ArgumentException>(() => Run(client.Graphql.SubscribeAsync("subscription { x }", "limit=1"))).ParamName);
                Assert.AreEqual(0, server.Requests.Count);
            }
        }

        // ---- SubscribeAsync (R13.3) ---------------------------------------------------------

        private const string Stream =
            ": keep-alive\n\n" +
            "event: next\ndata: {\"data\":{\"jobEvents\":{\"event\":\"job.status\",\"status\":\"running\",\"progress\":0}}}\n\n" +
            "event: ping\ndata: {}\n\n" +
            "data: {\"data\":{\"unnamed\":true}}\n\n" +
            "event: next\ndata: {\"data\":{\"jobEvents\":{\"event\":\"job.completed\",\"status\":\"succeeded\",\"progress\":100}}}\n\n" +
            "event: complete\ndata:\n\n" +
            "event: next\ndata: {\"data\":{\"after\":\"complete\"}}\n\n";

        [Test]
        public void SubscribeAsksForTheEventStreamAndYieldsEachNextPayloadUntilComplete()
        {
            using (var server = new TestServer(r =>
            {
                var response = Body(200, "text/event-stream", Stream);
                response.Headers["X-Request-Id"] = "req_sub_1";
                return response;
            }))
            using (var client = Client(server.BaseUrl))
            using (var results = Run(client.Graphql.SubscribeAsync(Subscription, new { jobId = "job_1" })))
            {
                Assert.AreEqual(200, results.Response.StatusCode);
                Assert.AreEqual("req_sub_1", results.Response.RequestId);
                var progress = new List<int>();
                while (Run(results.MoveNextAsync()))
                {
                    Assert.IsInstanceOf<GraphqlResponse>(results.Current);
                    progress.Add((int)((JObject)results.Current.Data)["jobEvents"]["progress"]);
                }
                Assert.AreEqual(new[] { 0, 100 }, progress, "other events skipped, nothing read after complete");
                Assert.IsNull(results.Current);
                Assert.IsFalse(Run(results.MoveNextAsync()), "an ended subscription stays ended");
                var request = server.Single();
                Assert.AreEqual("text/event-stream", request.Headers["Accept"]);
                Assert.AreEqual(@"{""query"":" + JsonConvert.ToString(Subscription) + @",""variables"":{""jobId"":""job_1""}}", request.BodyText);
            }
        }

        [Test]
        public void ForeachReadsTheResultsOnce()
        {
            using (var server = new TestServer(r => Body(200, "text/event-stream", Stream)))
            using (var client = Client(server.BaseUrl))
            using (var results = Run(client.Graphql.SubscribeAsync(Subscription)))
            {
                Assert.AreEqual(2, results.ToList().Count);
                Assert.Throws<InvalidOperationException>(() => results.ToList(), "a subscription is read once");
            }
        }

        [Test]
        public void ResultsAreValidatedAsAnyResponse()
        {
            using (var server = new TestServer(r => Body(200, "text/event-stream",
                "event: next\ndata: {\"errors\":[{\"path\":[\"x\"]}]}\n\nevent: next\ndata: not json\n\n")))
            using (var client = Client(server.BaseUrl))
            {
                using (var results = Run(client.Graphql.SubscribeAsync(Subscription, requestOptions: new RequestOptions { Validation = ValidationMode.Strict })))
                {
                    var e = Assert.Throws<ResponseValidationException>(() => Run(results.MoveNextAsync()));
                    Assert.AreEqual("executeGraphql", e.OperationId);
                    StringAssert.Contains("message", e.Message, "the missing required GraphqlError.message is named");
                }
                using (var results = Run(client.Graphql.SubscribeAsync(Subscription)))
                {
                    Assert.IsTrue(Run(results.MoveNextAsync()), "Warn (the default) returns what fits");
                    Assert.AreEqual(new object[] { "x" }, results.Current.Errors.Single().Path.ToArray());
                    var e = Assert.Throws<ResponseValidationException>(() => Run(results.MoveNextAsync()), "data that is not JSON raises in every mode (R7.4)");
                    StringAssert.Contains("not valid JSON", e.Message);
                }
            }
        }

        [Test]
        public void AFailureAnswerRaisesBeforeTheFirstResult()
        {
            using (var server = new TestServer(r => Body(400, "application/json", ValidationError)))
            using (var client = Client(server.BaseUrl))
            {
                var e = Assert.Throws<BadRequestException>(() => Run(client.Graphql.SubscribeAsync("subscription { jobEvents { title } }")));
                Assert.AreEqual("GRAPHQL_VALIDATION_FAILED", e.Code);
            }
            using (var server = new TestServer(r => Body(401, "application/problem+json", @"{""title"":""Unauthorized"",""status"":401,""code"":""invalid_api_key""}")))
            using (var client = Client(server.BaseUrl))
            {
                Assert.Throws<AuthenticationException>(() => Run(client.Graphql.SubscribeAsync(Subscription)));
            }
        }

        [Test]
        public void DisposingASubscriptionEarlyClosesTheConnection()
        {
            using (var server = new OpenStreamServer())
            using (var client = Client(server.BaseUrl))
            {
                var results = Run(client.Graphql.SubscribeAsync(Subscription));
                Assert.IsTrue(Run(results.MoveNextAsync()));
                Assert.AreEqual(0, (int)((JObject)results.Current.Data)["jobEvents"]["progress"]);
                Assert.IsFalse(server.Closed.Wait(TimeSpan.FromMilliseconds(200)), "the server keeps the stream open while it is read");
                results.Dispose();
                Assert.IsTrue(server.Closed.Wait(TimeSpan.FromSeconds(10)), "the client closed the connection");
                Assert.IsFalse(Run(results.MoveNextAsync()), "a disposed subscription has no more results");
            }
        }

        [Test]
        public void LeavingAForeachEarlyClosesTheConnection()
        {
            using (var server = new OpenStreamServer())
            using (var client = Client(server.BaseUrl))
            using (var results = Run(client.Graphql.SubscribeAsync(Subscription)))
            {
                foreach (var result in results)
                {
                    Assert.IsNotNull(result.Data);
                    break;
                }
                Assert.IsTrue(server.Closed.Wait(TimeSpan.FromSeconds(10)), "the client closed the connection");
            }
        }

        [Test]
        public void CancellingAWaitingReadAbortsAndClosesTheConnection()
        {
            using (var server = new OpenStreamServer())
            using (var client = Client(server.BaseUrl))
            using (var results = Run(client.Graphql.SubscribeAsync(Subscription)))
            using (var cancel = new CancellationTokenSource())
            {
                Assert.IsTrue(Run(results.MoveNextAsync()));
                var waiting = results.MoveNextAsync(cancel.Token);
                cancel.CancelAfter(100);
                Assert.Throws<APIUserAbortException>(() => Run(waiting));
                Assert.IsTrue(server.Closed.Wait(TimeSpan.FromSeconds(10)), "the client closed the connection");
            }
        }

        // ---- surface ------------------------------------------------------------------------

        [Test]
        public void TheGraphqlMethodsComeFromXGraphqlAndAreMarkedForTools()
        {
            var query = typeof(GraphqlService).GetMethod("QueryAsync");
            var subscribe = typeof(GraphqlService).GetMethod("SubscribeAsync");
            Assert.AreEqual(typeof(Task<GraphqlResponse>), query.ReturnType);
            Assert.AreEqual(typeof(Task<GraphqlSubscription<GraphqlResponse>>), subscribe.ReturnType);
            Assert.AreEqual(new[] { "document", "variables", "operationName", "requestOptions", "cancellationToken" }, query.GetParameters().Select(p => p.Name).ToArray());
            var marks = new[] { query, subscribe }.Select(m => m.GetCustomAttribute<GraphqlMethodAttribute>()).ToList();
            Assert.AreEqual(new[] { "executeGraphql/query", "executeGraphql/subscribe" }, marks.Select(a => a.OperationId + "/" + a.Kind).ToArray());
            Assert.IsNull(query.GetCustomAttribute<OperationAttribute>(), "executeGraphql's own method stays ExecuteAsync");
            Assert.IsNotNull(typeof(IGraphqlService).GetMethod("QueryAsync"));
            Assert.IsNotNull(typeof(IGraphqlService).GetMethod("SubscribeAsync"));
            Assert.AreEqual(typeof(Task<GraphqlResponse>), typeof(GraphqlService).GetMethod("ExecuteAsync").ReturnType, "execute stays a plain JSON call");
        }

        /// <summary>
        /// A raw HTTP/1.1 server for one request: answers 200 text/event-stream with one <c>next</c> event and keeps
        /// the connection open (no length, no end), then reports when the client hangs up.
        /// </summary>
        private sealed class OpenStreamServer : IDisposable
        {
            private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
            private readonly Task _serving;
            private TcpClient _connection;

            public OpenStreamServer()
            {
                _listener.Start();
                BaseUrl = "http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/api/v1";
                Closed = new ManualResetEventSlim(false);
                _serving = Task.Run(() => Serve());
            }

            public string BaseUrl { get; private set; }

            /// <summary>Set once a read on the connection sees its end (or a reset).</summary>
            public ManualResetEventSlim Closed { get; private set; }

            private void Serve()
            {
                try
                {
                    _connection = _listener.AcceptTcpClient();
                    var stream = _connection.GetStream();
                    stream.ReadTimeout = 30000;
                    ReadRequest(stream);
                    var head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
                    var first = "event: next\ndata: {\"data\":{\"jobEvents\":{\"event\":\"job.status\",\"status\":\"running\",\"progress\":0}}}\n\n";
                    var bytes = Encoding.UTF8.GetBytes(head + first);
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush();
                    var buffer = new byte[256];
                    while (stream.Read(buffer, 0, buffer.Length) > 0)
                    {
                        // the client sends nothing more; only its hang-up ends this loop
                    }
                }
                catch (IOException)
                {
                    // a reset is a hang-up too
                }
                catch (SocketException)
                {
                }
                catch (ObjectDisposedException)
                {
                    return; // the test ended first
                }
                Closed.Set();
            }

            /// <summary>Reads the request head and its Content-Length body.</summary>
            private static void ReadRequest(NetworkStream stream)
            {
                var head = new List<byte>();
                while (head.Count < 4 || !(head[head.Count - 4] == '\r' && head[head.Count - 3] == '\n' && head[head.Count - 2] == '\r' && head[head.Count - 1] == '\n'))
                {
                    var b = stream.ReadByte();
                    if (b < 0) throw new IOException("the client closed before sending its request");
                    head.Add((byte)b);
                }
                var text = Encoding.ASCII.GetString(head.ToArray());
                var length = text.Split(new[] { "\r\n" }, StringSplitOptions.None)
                    .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    .Select(l => int.Parse(l.Substring("Content-Length:".Length).Trim())).FirstOrDefault();
                for (var i = 0; i < length; i++) stream.ReadByte();
            }

            public void Dispose()
            {
                _listener.Stop();
                if (_connection != null) _connection.Close();
                _serving.Wait(TimeSpan.FromSeconds(5));
            }
        }
    }
}
