// Hand-written NUnit tests of openapi.yaml's own surface (generators/csharp/tests/api, not shipped): the shared SDK shape of issue 14:
// short verbs from x-sdk-method, one params class per operation, services users can mock, raw
// responses, WithOptions, non-blocking paging and events, required properties checked before
// sending, and properties that keep the spec's names.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Newtonsoft.Json;
using NUnit.Framework;
using SecureAiStudio.Sdk.Models;
using SecureAiStudio.Sdk.Services;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class SurfaceTests
    {
        private const string TemplateJson = @"{""id"":""tpl_1"",""name"":""Drone"",""kind"":""video"",""description"":null,
            ""prompt"":""p"",""tags"":[],""visibility"":""private"",""version"":7,""createdAt"":""2026-11-21T10:00:00Z"",""updatedAt"":""2026-11-21T10:00:00Z""}";

        private static SecureAIStudioClient Client(TestServer server, int maxRetries = 0)
        {
            return new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_surface", MaxRetries = maxRetries });
        }

        private static T Run<T>(Task<T> task)
        {
            return task.GetAwaiter().GetResult();
        }

        private static string Page(string nextCursor, params string[] ids)
        {
            var items = ids.Select(id => TemplateJson.Replace(@"""tpl_1""", @"""" + id + @""""));
            return @"{""data"":[" + string.Join(",", items) + @"],""nextCursor"":" + nextCursor + "}";
        }

        private static IEnumerable<PropertyInfo> Resources()
        {
            return typeof(SecureAIStudioClient).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType.Namespace == typeof(TemplatesService).Namespace);
        }

        // ---- names ---------------------------------------------------------------------------

        [Test]
        public void MethodsAreTheShortVerbsOfXSdkMethodWithTheAsyncSuffix()
        {
            Assert.IsNotNull(typeof(TemplatesService).GetMethod("ListAsync"));
            Assert.IsNotNull(typeof(TemplatesService).GetMethod("RetrieveAsync"));
            Assert.IsNotNull(typeof(JobsService).GetMethod("CreateImageAsync"));
            Assert.IsNotNull(typeof(JobsService).GetMethod("WaitForAsync"));
            Assert.IsNotNull(typeof(JobsService).GetMethod("EventsAsync"));
            Assert.IsNotNull(typeof(AssetsService).GetMethod("DownloadAsync"));
            Assert.IsNotNull(typeof(BackupsService).GetMethod("ListPoliciesAsync"));
            // The stock names repeated the resource; they are gone.
            var stock = new[] { "GetTemplateAsync", "ListTemplatesAsync", "CreateImageJobAsync", "GetJobAsync", "StreamJobEventsAsync",
                "WaitForJobAsync", "DownloadAssetContentAsync", "ListBackupPoliciesAsync", "GetCurrentPrincipalAsync" };
            var names = Resources().SelectMany(r => r.PropertyType.GetMethods()).Select(m => m.Name).ToList();
            CollectionAssert.IsEmpty(stock.Intersect(names));
        }

        [Test]
        public void NoStockApiClassIsPublic()
        {
            var stock = typeof(SecureAIStudioClient).Assembly.GetExportedTypes().Where(t => t.Name.EndsWith("Api", StringComparison.Ordinal)).ToList();
            CollectionAssert.IsEmpty(stock.Select(t => t.FullName));
            Assert.IsNull(typeof(TemplatesService).GetMethod("ListTemplatesAsync"));
            Assert.IsNull(typeof(TemplatesService).GetMethod("GetTemplateWithResponseAsync"));
        }

        [Test]
        public void EveryOperationHasOneMethodOnItsResourceAndItsRawTwin()
        {
            var operations = Resources().SelectMany(r => r.PropertyType.GetMethods())
                .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
                .Select(m => m.GetCustomAttribute<OperationAttribute>()).Where(o => o != null).Select(o => o.OperationId).ToList();
            Assert.AreEqual(operations.Count, operations.Distinct().Count(), "one …Async method per operation");
            Assert.AreEqual(51, operations.Count, "every operation of openapi.yaml");
            var raw = typeof(SecureAIStudioRawClient).GetProperties().SelectMany(p => p.PropertyType.GetMethods())
                .Select(m => m.GetCustomAttribute<OperationAttribute>()).Where(o => o != null).Select(o => o.OperationId).ToList();
            CollectionAssert.AreEquivalent(operations.Where(o => o != "streamJobEvents"), raw, "every operation but the event stream has a raw twin");
        }

        [Test]
        public void APropertyKeepsItsSpecNameEvenWhenTheStockGeneratorReservesIt()
        {
            Assert.IsNotNull(typeof(Template).GetProperty("Version"));
            Assert.IsNull(typeof(Template).GetProperty("VarVersion"));
            Assert.IsNotNull(typeof(HealthStatus).GetProperty("Version"));
            var template = JsonConvert.DeserializeObject<Template>(TemplateJson, Serialization.SecureAIStudioJson.Settings);
            Assert.AreEqual(7, template.Version);
            StringAssert.Contains(@"""version"":7", Serialization.SecureAIStudioJson.Serialize(template));
        }

        // ---- params classes --------------------------------------------------------------------

        [Test]
        public void QueryAndHeaderParametersGoInTheOperationsParamsClass()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, Page("null", "tpl_1"))))
            using (var client = Client(server))
            {
                Page<Template> page = Run(client.Templates.ListAsync(new TemplateListParams { Kind = JobType.Image, Limit = 5 }));
                Assert.AreEqual("tpl_1", page.Data[0].Id);
                StringAssert.Contains("limit=5", server.Single().Query);
                StringAssert.Contains("kind=image", server.Single().Query);
            }
            Assert.AreEqual(typeof(TemplateListParams).Namespace, typeof(Template).Namespace, "params classes live with the models");
        }

        [Test]
        public void ParamsClassesAreNamedByTheSharedRuleNotAfterTheOperationId()
        {
            var models = typeof(Template).Assembly;
            var ns = typeof(Template).Namespace + ".";
            foreach (var name in new[] { "TemplateListParams", "BackupListPoliciesParams", "JobEventsParams", "AssetUploadParams", "MetricUsageParams" })
                Assert.IsNotNull(models.GetType(ns + name), name);
            foreach (var old in new[] { "ListTemplatesParams", "ListBackupPoliciesParams", "StreamJobEventsParams", "UploadReferenceImageParams", "GetUsageMetricsParams" })
                Assert.IsNull(models.GetType(ns + old), old + " is the operationId's name, gone before 1.0");
        }

        [Test]
        public void AMissingRequiredQueryParameterIsAnArgumentErrorNamingItBeforeSending()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, "{}")))
            using (var client = Client(server))
            {
                var e = Assert.Throws<ArgumentException>(() => Run(client.Metrics.UsageAsync(new MetricUsageParams { From = DateTimeOffset.UtcNow })));
                StringAssert.Contains("query parameter 'to' (MetricUsageParams.To) is required", e.Message);
                Assert.AreEqual("parameters", e.ParamName);
                var none = Assert.Throws<ArgumentNullException>(() => Run(client.Metrics.UsageAsync(null)));
                Assert.AreEqual("parameters", none.ParamName);
                Assert.AreEqual(0, server.Requests.Count, "nothing was sent");
            }
        }

        [Test]
        public void AMissingRequiredBodyPropertyIsAnArgumentErrorNamingItBeforeSending()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(202, "{}")))
            using (var client = Client(server))
            {
                var e = Assert.Throws<ArgumentException>(() => Run(client.Jobs.CreateImageAsync(new ImageJobRequest { Width = 512 })));
                Assert.AreEqual("imageJobRequest", e.ParamName);
                StringAssert.Contains("createImageJob: required property '/prompt' (ImageJobRequest.Prompt)", e.Message);

                var nested = Assert.Throws<ArgumentException>(() => Run(client.Templates.CreateAsync(new TemplateCreate { Kind = JobType.Image, Prompt = "p" })));
                StringAssert.Contains("'/name' (TemplateCreate.Name)", nested.Message);
                Assert.AreEqual(0, server.Requests.Count, "nothing was sent");
            }
        }

        // ---- mocking, disposal -------------------------------------------------------------------

        private sealed class FakeTemplates : TemplatesService
        {
            public override Task<Template> RetrieveAsync(string templateId, RequestOptions requestOptions = null, System.Threading.CancellationToken cancellationToken = default(System.Threading.CancellationToken))
            {
                return Task.FromResult(new Template { Id = templateId, Version = 3 });
            }
        }

        [Test]
        public void ResourceServicesCanBeReplacedInTests()
        {
            ITemplatesService templates = new FakeTemplates();
            Assert.AreEqual(3, Run(templates.RetrieveAsync("tpl_x")).Version);
            foreach (var resource in Resources())
            {
                var type = resource.PropertyType;
                Assert.IsFalse(type.IsSealed, type.Name);
                Assert.IsTrue(type.GetInterfaces().Any(i => i.Name == "I" + type.Name), type.Name + " implements I" + type.Name);
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    Assert.IsTrue(method.IsVirtual && !method.IsFinal, type.Name + "." + method.Name + " is virtual");
                }
            }
            Assert.IsTrue(typeof(IDisposable).IsAssignableFrom(typeof(SecureAIStudioClient)));
        }

        // ---- raw responses, WithOptions ----------------------------------------------------------

        [Test]
        public void WithRawResponseReturnsStatusHeadersRequestIdAndTheBody()
        {
            using (var server = new TestServer(r => new ScriptedResponse
            {
                Status = 200,
                Body = System.Text.Encoding.UTF8.GetBytes(TemplateJson),
                Headers = { { "X-Request-Id", "req_raw_1" }, { "ETag", "\"v7\"" } },
            }))
            using (var client = Client(server))
            {
                ApiResponse<Template> raw = Run(client.WithRawResponse.Templates.RetrieveAsync("tpl_1"));
                Assert.AreEqual(200, raw.StatusCode);
                Assert.AreEqual("req_raw_1", raw.RequestId);
                Assert.AreEqual("\"v7\"", raw.Headers["ETag"][0]);
                Assert.AreEqual(7, raw.Deserialize().Version);
                Assert.AreEqual("/api/v1/templates/tpl_1", server.Single().Path);
            }
        }

        [Test]
        public void WithOptionsMakesAClientWithChangedOptionsAndLeavesTheOriginalAlone()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(500, @"{""type"":""about:blank"",""title"":""x"",""status"":500}")))
            using (var client = Client(server, maxRetries: 2))
            {
                client.Options.DefaultHeaders["X-Team"] = "a";
                client.Transport.Sleep = (delay, token) => Task.FromResult(0);
                using (var fast = client.WithOptions(o => { o.MaxRetries = 0; o.DefaultHeaders["X-Team"] = "b"; }))
                {
                    Assert.Throws<InternalServerException>(() => Run(fast.Templates.RetrieveAsync("tpl_1")));
                    Assert.AreEqual(1, server.Requests.Count, "no retries on the new client");
                    Assert.AreEqual("b", server.Requests[0].Headers["X-Team"]);
                }
                Assert.AreEqual(2, client.Options.MaxRetries);
                Assert.AreEqual("a", client.Options.DefaultHeaders["X-Team"]);
                Assert.Throws<InternalServerException>(() => Run(client.Templates.RetrieveAsync("tpl_1")));
                Assert.AreEqual(4, server.Requests.Count, "the original still retries twice, with its HttpClient open");
                Assert.Throws<ArgumentNullException>(() => client.WithOptions(null));
            }
        }

        // ---- paging and events without blocking ---------------------------------------------------

        [Test]
        public void AutoPagingAsyncAndAutoPagingYieldEveryItemOfEveryPage()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, r.Query.Contains("cursor=c2") ? Page("null", "tpl_3") : Page(@"""c2""", "tpl_1", "tpl_2"))))
            using (var client = Client(server))
            {
                var items = Run(client.Templates.ListAsync()).AutoPagingAsync();
                var ids = new List<string>();
                while (Run(items.MoveNextAsync())) ids.Add(items.Current.Id);
                Assert.AreEqual(new[] { "tpl_1", "tpl_2", "tpl_3" }, ids.ToArray());
                Assert.AreEqual(2, server.Requests.Count);

                Assert.AreEqual(new[] { "tpl_1", "tpl_2", "tpl_3" }, client.Templates.List().AutoPaging().Select(t => t.Id).ToArray());
                Assert.AreEqual(4, server.Requests.Count);
            }
        }

        [Test]
        public void EventsAreReadWithMoveNextAsync()
        {
            const string body = "id: 1\nevent: job.progress\ndata: {\"event\":\"job.progress\",\"jobId\":\"job_1\",\"status\":\"running\",\"progress\":40,\"occurredAt\":\"2026-11-21T10:15:10Z\"}\n\n";
            using (var server = new TestServer(r => new ScriptedResponse { Status = 200, ContentType = "text/event-stream", Body = System.Text.Encoding.UTF8.GetBytes(body) }))
            using (var client = Client(server))
            using (var events = Run(client.Jobs.EventsAsync("job_1", new JobEventsParams { LastEventId = "0" })))
            {
                Assert.IsTrue(Run(events.MoveNextAsync()));
                Assert.AreEqual("job.progress", events.Current.Event);
                Assert.AreEqual(40, ((JobEvent)events.Current.Value).Progress);
                Assert.IsFalse(Run(events.MoveNextAsync()));
                Assert.IsNull(events.Current);
                Assert.AreEqual("0", server.Single().Headers["Last-Event-ID"]);
            }
        }
    }
}
