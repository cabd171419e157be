// Hand-written NUnit tests of openapi.yaml's own surface (generators/csharp/tests/api, not shipped): requests the generated operations
// send and how responses and failures come back, against a real local HTTP server.
using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using SecureAiStudio.Sdk.Models;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class TransportTests
    {
        private static readonly byte[] Png = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0x00 };

        private static SecureAIStudioClient Client(TestServer server, string apiKey = "sk_test_key", string bearer = null, TimeSpan? timeout = null, int maxRetries = 2)
        {
            var options = new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = apiKey, BearerToken = bearer, MaxRetries = maxRetries };
            if (timeout.HasValue) options.Timeout = timeout.Value;
            return new SecureAIStudioClient(options);
        }

        private static T Run<T>(Task<T> task)
        {
            return task.GetAwaiter().GetResult();
        }

        [Test]
        public void CreateImageJobSendsJsonBodyApiKeyAndIdempotencyKey()
        {
            using (var server = new TestServer(r => new ScriptedResponse
            {
                Status = 202,
                Body = Encoding.UTF8.GetBytes(SerializationTests.ImageJobJson),
                Headers = { { "Location", "/api/v1/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F" }, { "X-Request-Id", "req_1" } },
            }))
            using (var client = Client(server))
            {
                var response = Run(client.WithRawResponse.Jobs.CreateImageAsync(new ImageJobRequest { Prompt = "A lighthouse", Width = 512 }, new RequestOptions { IdempotencyKey = "idem-42" }));

                var request = server.Single();
                Assert.AreEqual("POST", request.Method);
                Assert.AreEqual("/api/v1/generate/image", request.Path);
                Assert.AreEqual("sk_test_key", request.Headers["X-API-Key"]);
                Assert.IsNull(request.Headers["Authorization"]);
                Assert.AreEqual("idem-42", request.Headers["Idempotency-Key"]);
                StringAssert.StartsWith("application/json", request.ContentType);
                StringAssert.StartsWith("SecureAiStudio.Sdk/", request.Headers["User-Agent"]);
                var body = JObject.Parse(request.BodyText);
                Assert.AreEqual("A lighthouse", (string)body["prompt"]);
                Assert.AreEqual(512, (int)body["width"]);
                Assert.AreEqual(2, body.Count, "only the properties that were set are sent");

                Assert.AreEqual(202, response.StatusCode);
                Assert.AreEqual("/api/v1/jobs/job_01JD8K2M4P6R8T0V2X4Z6B8D0F", response.Location);
                Assert.AreEqual("req_1", response.RequestId);
                Assert.AreEqual("job_01JD8K2M4P6R8T0V2X4Z6B8D0F", response.Data.Id);
            }
        }

        [Test]
        public void QueryAndPathParametersAreFormattedAndEscaped()
        {
            using (var server = new TestServer(r => r.Path.EndsWith("/jobs")
                ? ScriptedResponse.Json(200, @"{""data"":[],""nextCursor"":""next/2""}")
                : ScriptedResponse.Json(200, SerializationTests.VideoJobJson)))
            using (var client = Client(server))
            {
                var page = Run(client.Jobs.ListAsync(new JobListParams { Cursor = "c/1 +", Limit = 5, Status = JobStatus.Running, Type = JobType.Video }));
                var job = Run(client.Jobs.RetrieveAsync("job_a b/c"));

                var requests = server.Requests;
                Assert.AreEqual("?cursor=c%2F1%20%2B&limit=5&status=running&type=video", requests[0].Query);
                Assert.AreEqual("next/2", page.NextCursor);
                Assert.AreEqual("/api/v1/jobs/job_a%20b%2Fc", requests[1].Path);
                Assert.IsInstanceOf<VideoJob>(job);
            }
        }

        [Test]
        public void BearerTokenIsUsedWhenNoApiKeyIsConfigured()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server, apiKey: null, bearer: "eyJ.token"))
            {
                Run(client.Jobs.RetrieveAsync("job_01JD8K2M4P6R8T0V2X4Z6B8D0F"));

                var request = server.Single();
                Assert.AreEqual("Bearer eyJ.token", request.Headers["Authorization"]);
                Assert.IsNull(request.Headers["X-API-Key"]);
            }
        }

        [Test]
        public void OperationsWithoutSecuritySendNoCredentials()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, @"{""accessToken"":""a"",""tokenType"":""Bearer"",""expiresIn"":3600}")))
            using (var client = Client(server, apiKey: "sk_test_key", bearer: "eyJ.token"))
            {
                Run(client.Auth.CreateTokenAsync(new PasswordGrant { Username = "ada@example.com", Password = "pw" }));

                var request = server.Single();
                Assert.IsNull(request.Headers["Authorization"]);
                Assert.IsNull(request.Headers["X-API-Key"]);
                Assert.AreEqual("password", (string)JObject.Parse(request.BodyText)["grantType"]);
            }
        }

        [Test]
        public void BinaryDownloadSendsRangeAndReturnsTheBytes()
        {
            using (var server = new TestServer(r => new ScriptedResponse
            {
                Status = 206,
                ContentType = "image/png",
                Body = Png.Take(8).ToArray(),
                Headers = { { "Content-Range", "bytes 0-7/18" } },
            }))
            using (var client = Client(server))
            {
                var bytes = Run(client.Assets.DownloadAsync("ast_01JD8K2M4P6R8T0V2X4Z6B8D0F", new AssetDownloadParams { Range = "bytes=0-7" }));
                byte[] streamed;
                string contentRange;
                int status;
                using (var stream = Run(client.Assets.DownloadAsStreamAsync("ast_01JD8K2M4P6R8T0V2X4Z6B8D0F", new AssetDownloadParams { Range = "bytes=0-7" })))
                {
                    var copy = new MemoryStream();
                    stream.Body.CopyTo(copy);
                    streamed = copy.ToArray();
                    contentRange = stream.ContentRange;
                    status = stream.StatusCode;
                }

                Assert.AreEqual("bytes=0-7", server.Requests[0].Headers["Range"]);
                StringAssert.Contains("image/png", server.Requests[0].Headers["Accept"]);
                CollectionAssert.AreEqual(Png.Take(8).ToArray(), bytes);
                CollectionAssert.AreEqual(Png.Take(8).ToArray(), streamed);
                Assert.AreEqual("bytes 0-7/18", contentRange);
                Assert.AreEqual(206, status);

                // R9.2: the range helper and the parsed Content-Range of the raw response.
                var response = Run(client.WithRawResponse.Assets.DownloadAsync("ast_01JD8K2M4P6R8T0V2X4Z6B8D0F", new AssetDownloadParams { Range = ByteRange.Of(0, 7) }));
                Assert.AreEqual("bytes=0-7", server.Requests[2].Headers["Range"]);
                Assert.IsTrue(response.IsPartial);
                Assert.AreEqual("image/png", response.ContentType);
                Assert.AreEqual(8, response.ContentLength);
                Assert.AreEqual("bytes", response.Range.Unit);
                Assert.AreEqual(0, response.Range.Start);
                Assert.AreEqual(7, response.Range.End);
                Assert.AreEqual(18, response.Range.Size);
            }
        }

        [Test]
        public void RangeHelpersFormatAndParseTheHeaders()
        {
            Assert.AreEqual("bytes=100-", ByteRange.Of(100));
            Assert.AreEqual("bytes=0-1023", ByteRange.Of(0, 1023));
            Assert.Throws<ArgumentOutOfRangeException>(() => ByteRange.Of(10, 5));
            Assert.IsNull(ContentRange.Parse("bytes 0-7/*").Size);
            Assert.IsNull(ContentRange.Parse("garbage"));
            Assert.IsNull(ContentRange.Parse(null));
        }

        [Test]
        public void MultipartUploadCarriesTheFileAndFields()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(201,
                @"{""id"":""ast_1"",""kind"":""reference"",""contentType"":""image/png"",""sizeBytes"":18,""sha256"":""" + new string('a', 64) + @""",""createdAt"":""2026-11-21T10:15:00Z""}")))
            using (var client = Client(server))
            {
                var asset = Run(client.Assets.UploadAsync(new AssetUploadParams { File = FileUpload.FromBytes(Png, "ref.png", "image/png"), Description = "cliff at dusk" }));

                var request = server.Single();
                StringAssert.StartsWith("multipart/form-data; boundary=", request.ContentType);
                var text = Encoding.GetEncoding("ISO-8859-1").GetString(request.Body);
                StringAssert.Contains("name=\"file\"; filename=\"ref.png\"", text);
                StringAssert.Contains("Content-Type: image/png", text);
                StringAssert.Contains("name=\"description\"", text);
                StringAssert.Contains("cliff at dusk", text);
                StringAssert.Contains(Encoding.GetEncoding("ISO-8859-1").GetString(Png), text, "file bytes are sent unchanged");
                Assert.AreEqual(18, asset.SizeBytes);
            }
        }

        [Test]
        public void AnUnnamedUploadIsSentAsFileNamedFile()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(201,
                @"{""id"":""ast_1"",""kind"":""reference"",""contentType"":""image/png"",""sizeBytes"":18,""sha256"":""" + new string('a', 64) + @""",""createdAt"":""2026-11-21T10:15:00Z""}")))
            using (var client = Client(server))
            {
                Run(client.Assets.UploadAsync(new AssetUploadParams { File = FileUpload.FromBytes(Png, contentType: "image/png") }));
                var text = Encoding.GetEncoding("ISO-8859-1").GetString(server.Single().Body);
                StringAssert.Contains("name=\"file\"; filename=\"file\"", text, "R9.3: filename 'file' when the caller gives none");
            }
        }

        [Test]
        public void IfMatchIsSentAndETagIsExposed()
        {
            using (var server = new TestServer(r => r.Method == "DELETE"
                ? new ScriptedResponse { Status = 204 }
                : new ScriptedResponse
                {
                    Body = Encoding.UTF8.GetBytes(TemplateJson),
                    Headers = { { "ETag", "\"v2\"" } },
                }))
            using (var client = Client(server))
            {
                var updated = Run(client.WithRawResponse.Templates.UpdateAsync("tpl_01JD8K2M4P6R8T0V", new TemplateUpdate { Name = "Renamed" }, new TemplateUpdateParams { IfMatch = "\"v1\"" }));
                var deleted = Run(client.WithRawResponse.Templates.DeleteAsync("tpl_01JD8K2M4P6R8T0V", new TemplateDeleteParams { IfMatch = "\"v2\"" }));

                Assert.AreEqual("PATCH", server.Requests[0].Method);
                Assert.AreEqual("\"v1\"", server.Requests[0].Headers["If-Match"]);
                Assert.AreEqual("\"v2\"", updated.ETag);
                Assert.AreEqual("Renamed", updated.Data.Name);
                Assert.AreEqual("DELETE", server.Requests[1].Method);
                Assert.AreEqual("\"v2\"", server.Requests[1].Headers["If-Match"]);
                Assert.AreEqual(204, deleted.StatusCode);
            }
        }

        [Test]
        public void JobEventsAreReadFromTheEventStreamAsTheyArrive()
        {
            const string stream =
                ": keep-alive\n\n" +
                "id: 1\nevent: job.progress\n" +
                "data: {\"event\":\"job.progress\",\"jobId\":\"job_01JD8K2M4P6R8T0V\",\"status\":\"running\",\"progress\":40,\"occurredAt\":\"2026-11-21T10:15:01Z\"}\n\n" +
                "id: 2\nevent: note\ndata: line one\ndata: line two\nretry: 1500\n\n" +
                "event: truncated\ndata: never terminated";
            using (var server = new TestServer(r => new ScriptedResponse { ContentType = "text/event-stream", Body = Encoding.UTF8.GetBytes(stream) }))
            using (var client = Client(server))
            using (var response = Run(client.Jobs.EventsAsStreamAsync("job_01JD8K2M4P6R8T0V", new JobEventsParams { LastEventId = "0" })))
            using (var events = new ServerSentEventReader(response.Body))
            {
                var first = Run(events.ReadAsync());
                var second = Run(events.ReadAsync());
                var end = Run(events.ReadAsync());

                Assert.AreEqual("0", server.Single().Headers["Last-Event-ID"]);
                StringAssert.Contains("text/event-stream", server.Single().Headers["Accept"]);
                Assert.AreEqual("job.progress", first.Event);
                Assert.AreEqual("1", first.Id);
                var data = first.DataAs<JobEvent>();
                Assert.AreEqual(JobStatus.Running, data.Status);
                Assert.AreEqual(40, data.Progress);
                Assert.AreEqual("note", second.Event);
                Assert.AreEqual("line one\nline two", second.Data);
                Assert.AreEqual("2", second.Id);
                Assert.AreEqual(1500, second.RetryMilliseconds);
                Assert.IsNull(end, "an event cut off before its blank line is not delivered");
            }
        }

        [Test]
        public void SlowResponsesTimeOut()
        {
            using (var server = new TestServer(r => new ScriptedResponse { Delay = TimeSpan.FromSeconds(3), Body = Encoding.UTF8.GetBytes("{}") }))
            using (var client = Client(server, timeout: TimeSpan.FromMilliseconds(300), maxRetries: 0))
            {
                var e = Assert.Throws<APIConnectionTimeoutException>(() => Run(client.Health.LivenessAsync()));

                StringAssert.Contains("timed out", e.Message);
            }
        }

        [Test]
        public void RefusedConnectionsAreConnectionErrors()
        {
            var options = new ClientOptions { BaseUrl = "http://127.0.0.1:" + TestServer.FreePort() + "/api/v1", ApiKey = "k", MaxRetries = 0 };
            using (var client = new SecureAIStudioClient(options))
            {
                var e = Assert.Throws<APIConnectionException>(() => Run(client.Health.LivenessAsync()));

                Assert.IsNotInstanceOf<APIConnectionTimeoutException>(e);
            }
        }

        [Test]
        public void InvalidOptionsAreRejectedWithTheOptionName()
        {
            var e = Assert.Throws<ArgumentException>(() => new SecureAIStudioClient(new ClientOptions { BaseUrl = "localhost:4010" }));
            var retries = Assert.Throws<ArgumentException>(() => new SecureAIStudioClient(new ClientOptions { BaseUrl = "http://127.0.0.1/api/v1", MaxRetries = -1 }));
            var timeout = Assert.Throws<ArgumentException>(() => new SecureAIStudioClient(new ClientOptions { BaseUrl = "http://127.0.0.1/api/v1", Timeout = TimeSpan.Zero }));

            StringAssert.Contains("ClientOptions.BaseUrl", e.Message);
            StringAssert.Contains("ClientOptions.MaxRetries must be >= 0 (got -1)", retries.Message);
            StringAssert.Contains("ClientOptions.Timeout", timeout.Message);
        }

        [Test]
        public void OptionsDefaultToTwoRetriesAndSixtySeconds()
        {
            var options = new ClientOptions();

            Assert.AreEqual(2, options.MaxRetries);
            Assert.AreEqual(TimeSpan.FromSeconds(60), options.Timeout);
        }

        private const string TemplateJson = @"{""id"":""tpl_01JD8K2M4P6R8T0V"",""name"":""Renamed"",""kind"":""image"",""description"":null,
            ""prompt"":""p"",""tags"":[],""visibility"":""team"",""version"":2,""createdAt"":""2026-11-21T10:15:00Z"",""updatedAt"":""2026-11-21T10:15:00Z""}";
    }
}
