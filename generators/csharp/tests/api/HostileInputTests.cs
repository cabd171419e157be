// Hand-written NUnit tests of openapi.yaml's own surface (generators/csharp/tests/api, not shipped): inputs nobody had tried (issue 10)
// against a real local HTTP server: header injection, dot path segments, secrets in error headers,
// causes and printed options, a job type this SDK does not know, uploads without a content type,
// the obsolete Retry-After date forms and request bodies with unset defaults.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using SecureAiStudio.Sdk.Models;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class HostileInputTests
    {
        private const string ApiKey = "sk_test_4f9a2b7c1d8e3f6a5b0c9d2e7f1a4b8c";
        private const string RefreshToken = "rt_hostile_refresh_0001";
        private static readonly byte[] Png = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };

        private const string AudioJobJson = @"{""id"":""job_audio_1"",""type"":""audio"",""status"":""running"",""progress"":10,
            ""createdAt"":""2026-11-21T10:15:00Z"",""updatedAt"":""2026-11-21T10:15:00Z"",""completedAt"":null,""error"":null,
            ""outputAssetIds"":[],""params"":{""prompt"":""rain"",""voice"":""calm""},""sampleRate"":48000}";

        private const string AssetJson = @"{""id"":""ast_1"",""kind"":""reference_image"",""contentType"":""image/png"",""sizeBytes"":16,
            ""sha256"":""0000000000000000000000000000000000000000000000000000000000000000"",""width"":null,""height"":null,
            ""durationSeconds"":null,""jobId"":null,""description"":null,""createdAt"":""2026-11-21T10:00:00Z""}";

        private static SecureAIStudioClient Client(TestServer server, int maxRetries = 0, ValidationMode validation = ValidationMode.Warn, List<string> warnings = null)
        {
            return new SecureAIStudioClient(new ClientOptions
            {
                BaseUrl = server.BaseUrl,
                ApiKey = ApiKey,
                MaxRetries = maxRetries,
                Validation = validation,
                Logger = (message, e) => { if (warnings != null) lock (warnings) warnings.Add(message); },
            });
        }

        private static TestServer Ok(string json = "{}")
        {
            return new TestServer(r => ScriptedResponse.Json(200, json));
        }

        private static T Run<T>(Task<T> task)
        {
            return task.GetAwaiter().GetResult();
        }

        // ---- R9.4 header values --------------------------------------------------------------

        [TestCase("\"etag\"\r\nX-Injected: 1")]
        [TestCase("\"etag\"\nX-Injected: 1")]
        [TestCase("\"etag\"\r")]
        [TestCase("\"et\0ag\"")]
        [TestCase("\"été\"")]
        public void AnIfMatchThatCannotBeSentIsAnArgumentErrorBeforeSending(string ifMatch)
        {
            using (var server = Ok())
            using (var client = Client(server))
            {
                var e = Assert.Throws<ArgumentException>(() => Run(client.Templates.UpdateAsync("tpl_1", new TemplateUpdate { Name = "n" }, new TemplateUpdateParams { IfMatch = ifMatch })));

                Assert.AreEqual("parameters.IfMatch", e.ParamName);
                StringAssert.Contains("updateTemplate: header 'If-Match'", e.Message);
                Assert.AreEqual(0, server.Requests.Count, "nothing was sent");
            }
        }

        [Test]
        public void AnIdempotencyKeyWithALineFeedIsAnArgumentErrorBeforeSending()
        {
            using (var server = Ok())
            using (var client = Client(server))
            {
                var e = Assert.Throws<ArgumentException>(() => Run(client.Jobs.CreateImageAsync(new ImageJobRequest { Prompt = "p" }, new RequestOptions { IdempotencyKey = "key\nX-Injected: 1" })));
                Assert.AreEqual("requestOptions", e.ParamName);
                StringAssert.Contains("createImageJob: RequestOptions.IdempotencyKey", e.Message);

                var viaOptions = Assert.Throws<ArgumentException>(() => Run(client.Templates.RetrieveAsync("tpl_1", new RequestOptions { IdempotencyKey = "k\r\n" })));
                Assert.AreEqual("requestOptions", viaOptions.ParamName);
                StringAssert.Contains("RequestOptions.IdempotencyKey", viaOptions.Message);

                var options = new RequestOptions();
                options.Headers["X-Trace"] = "a\nb";
                var header = Assert.Throws<ArgumentException>(() => Run(client.Templates.RetrieveAsync("tpl_1", options)));
                StringAssert.Contains("RequestOptions.Headers['X-Trace']", header.Message);
                Assert.AreEqual(0, server.Requests.Count, "nothing was sent");
            }
        }

        [Test]
        public void ADefaultHeaderOrKeyThatCannotBeSentFailsAtConstruction()
        {
            var options = new ClientOptions { BaseUrl = "http://127.0.0.1:9/api/v1" };
            options.DefaultHeaders["X-Tenant"] = "acme\r\nX-Injected: 1";
            var e = Assert.Throws<ArgumentException>(() => new SecureAIStudioClient(options));
            StringAssert.Contains("ClientOptions.DefaultHeaders['X-Tenant']", e.Message);

            var key = Assert.Throws<ArgumentException>(() => new SecureAIStudioClient(new ClientOptions { BaseUrl = "http://127.0.0.1:9/api/v1", ApiKey = "sk_1\n" }));
            StringAssert.Contains("ClientOptions.ApiKey", key.Message);
            StringAssert.DoesNotContain("sk_1", key.Message, "the key itself is not quoted");
        }

        // ---- R9.1 path segments --------------------------------------------------------------

        [TestCase("..")]
        [TestCase(".")]
        [TestCase("")]
        public void ADotOrEmptyPathParameterIsAnArgumentErrorNamingOperationAndParameter(string templateId)
        {
            using (var server = Ok())
            using (var client = Client(server))
            {
                var e = Assert.Throws<ArgumentException>(() => Run(client.Templates.RetrieveAsync(templateId)));

                Assert.AreEqual("templateId", e.ParamName);
                StringAssert.Contains("getTemplate: path parameter 'templateId'", e.Message);
                Assert.AreEqual(0, server.Requests.Count, "GET /templates/ (the list) was not sent");
            }
        }

        [Test]
        public void DotsInsideAPathParameterAreSentAsOneSegment()
        {
            using (var server = Ok(@"{""id"":""usr_1""}"))
            using (var client = Client(server))
            {
                Assert.Throws<ArgumentException>(() => Run(client.Roles.AssignAsync("..", new RoleAssignment())));
                try { Run(client.Templates.RetrieveAsync("../admin")); } catch (ResponseValidationException) { }

                Assert.AreEqual("/api/v1/templates/..%2Fadmin", server.Single().Path);
            }
        }

        // ---- R8.4 event ids --------------------------------------------------------------------

        [Test]
        public void AnEventsIdIsItsOwnMessagesIdOnly()
        {
            const string body = "id: evt_1\nevent: job.progress\ndata: {\"jobId\":\"job_1\",\"status\":\"running\",\"progress\":0.5}\n\n"
                + "event: job.progress\ndata: {\"jobId\":\"job_1\",\"status\":\"running\",\"progress\":0.7}\n\n";
            using (var server = new TestServer(r => new ScriptedResponse { ContentType = "text/event-stream", Body = Encoding.UTF8.GetBytes(body) }))
            using (var client = Client(server))
            using (var events = Run(client.Jobs.EventsAsync("job_1")))
            {
                var all = events.ToList();

                Assert.AreEqual(2, all.Count);
                Assert.AreEqual("evt_1", all[0].Id);
                Assert.IsNull(all[1].Id, "the second message set no id (it used to repeat evt_1)");
            }
        }

        // ---- R5.5 secrets ----------------------------------------------------------------------

        [Test]
        public void ErrorHeadersAreRedacted()
        {
            using (var server = new TestServer(r => new ScriptedResponse
            {
                Status = 401,
                ContentType = "application/problem+json",
                Body = Encoding.UTF8.GetBytes(@"{""title"":""Unauthorized"",""status"":401,""code"":""invalid_api_key"",""detail"":""Key " + ApiKey + @" is revoked.""}"),
                Headers =
                {
                    { "WWW-Authenticate", "ApiKey realm=\"api\", key=\"" + ApiKey + "\"" },
                    { "Set-Cookie", "session=abc123; HttpOnly" },
                    { "X-Request-Id", "req_401" },
                },
            }))
            using (var client = Client(server))
            {
                var e = Assert.Throws<AuthenticationException>(() => Run(client.Templates.RetrieveAsync("tpl_1")));

                Assert.AreEqual("401 invalid_api_key: Key [REDACTED] is revoked.", e.Message);
                Assert.AreEqual("ApiKey realm=\"api\", key=\"[REDACTED]\"", e.Headers["WWW-Authenticate"].Single());
                Assert.AreEqual("[REDACTED]", e.Headers["Set-Cookie"].Single());
                Assert.AreEqual("req_401", e.Headers["X-Request-Id"].Single());
                Assert.AreEqual("req_401", e.RequestId);
                StringAssert.DoesNotContain(ApiKey, e.ToString());
            }
        }

        [Test]
        public void AConnectionErrorShowsNoUserInfoOrKeyAnywhereInItsChain()
        {
            var url = "http://admin:pa55word@127.0.0.1:" + TestServer.FreePort() + "/api/v1";
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = url, ApiKey = ApiKey, MaxRetries = 0 }))
            {
                var e = Assert.Throws<APIConnectionException>(() => Run(client.Templates.RetrieveAsync("tpl_1")));

                StringAssert.Contains("http://[REDACTED]@127.0.0.1:", e.Message);
                for (Exception x = e; x != null; x = x.InnerException)
                {
                    StringAssert.DoesNotContain("pa55word", x.Message);
                    StringAssert.DoesNotContain(ApiKey, x.Message);
                }
                StringAssert.DoesNotContain("pa55word", e.ToString());
            }
        }

        [Test]
        public void AValidationErrorShowsNoConfiguredSecret()
        {
            // A server echoing the key into a field of the wrong type: the issue quotes the value.
            using (var server = Ok(@"{""id"":""tpl_1"",""version"":""" + ApiKey + @"""}"))
            using (var client = Client(server, validation: ValidationMode.Strict))
            {
                var e = Assert.Throws<ResponseValidationException>(() => Run(client.Templates.RetrieveAsync("tpl_1")));

                StringAssert.DoesNotContain(ApiKey, e.ToString());
                StringAssert.DoesNotContain(ApiKey, e.Body);
                foreach (var issue in e.Issues) StringAssert.DoesNotContain(ApiKey, issue.Message);
                StringAssert.Contains("[REDACTED]", e.Body);
            }
        }

        [Test]
        public void OptionsNeverShowTheirSecrets()
        {
            var options = new ClientOptions { BaseUrl = "http://u:pa55word@127.0.0.1:9/api/v1", ApiKey = ApiKey, BearerToken = "eyJhbGciOiJIUzI1NiJ9.e30.c2ln", RefreshToken = RefreshToken, Password = "hunter22" };
            options.DefaultHeaders["Authorization"] = "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln";
            options.DefaultHeaders["X-Tenant"] = "acme";

            var texts = new[] { JsonConvert.SerializeObject(options), options.ToString(), JsonConvert.SerializeObject(new { options }) };
            using (var client = new SecureAIStudioClient(options))
            {
                texts = texts.Concat(new[] { JsonConvert.SerializeObject(client) }).ToArray();
            }
            foreach (var text in texts)
            {
                foreach (var secret in new[] { ApiKey, "eyJhbGciOiJIUzI1NiJ9.e30.c2ln", RefreshToken, "hunter22", "pa55word" })
                {
                    StringAssert.DoesNotContain(secret, text);
                }
                StringAssert.Contains("[REDACTED]", text);
                StringAssert.Contains("acme", text, "what is not a secret is still shown");
            }
            Assert.AreEqual("[REDACTED]", (string)JObject.Parse(texts[0])["apiKey"]);
            Assert.AreEqual(ApiKey, options.ApiKey, "the option itself keeps its value");
        }

        [Test]
        public void ANewKeysSecretIsMaskedInToStringButReturnedByItsProperty()
        {
            const string secret = "sk_live_new_0123456789abcdef0123456789ab";
            var json = @"{""id"":""key_1"",""name"":""ci"",""prefix"":""sk_live_new"",""scopes"":[""jobs:write""],""createdAt"":""2026-11-21T10:00:00Z"",
                ""lastUsedAt"":null,""expiresAt"":null,""secret"":""" + secret + @"""}";
            using (var server = new TestServer(r => ScriptedResponse.Json(201, json)))
            using (var client = Client(server))
            {
                var key = Run(client.ApiKeys.CreateAsync(new ApiKeyCreate { Name = "ci", Scopes = new List<string> { "jobs:write" } }));

                Assert.AreEqual(secret, key.Secret);
                StringAssert.DoesNotContain(secret, key.ToString());
                StringAssert.Contains("\"secret\":\"[REDACTED]\"", key.ToString());
                StringAssert.Contains("\"prefix\":\"sk_live_new\"", key.ToString(), "other fields are shown");
                Assert.AreEqual(secret, (string)JObject.Parse(JsonConvert.SerializeObject(key))["secret"], "serialisation keeps the value (it is data)");
            }
            var grant = new PasswordGrant { Username = "ada@acme.example", Password = "correct-horse" };
            StringAssert.DoesNotContain("correct-horse", grant.ToString());
            StringAssert.DoesNotContain("correct-horse", ((TokenRequest)grant).ToString());
        }

        // ---- R7.3 a job type this SDK does not know ---------------------------------------------

        [Test]
        public void AnUnknownJobTypeIsTheBaseTypeWithEveryFieldAndAWarning()
        {
            var warnings = new List<string>();
            using (var server = Ok(AudioJobJson))
            using (var client = Client(server, warnings: warnings))
            {
                Job job = Run(client.Jobs.RetrieveAsync("job_audio_1"));

                Assert.IsNotNull(job, "never null");
                Assert.AreEqual(typeof(Job), job.GetType());
                Assert.AreEqual("job_audio_1", job.Id);
                Assert.AreEqual("audio", job.Type);
                Assert.AreEqual(JobStatus.Running, job.Status);
                Assert.AreEqual(10, job.Progress);
                Assert.AreEqual("calm", (string)job.AdditionalProperties["params"]["voice"]);
                Assert.AreEqual(48000, (int)job.AdditionalProperties["sampleRate"]);
                Assert.IsTrue(JToken.DeepEquals(JObject.Parse(AudioJobJson), JObject.Parse(job.ToString())), "every field kept");
                Assert.AreEqual(1, warnings.Count, string.Join("\n", warnings));
                StringAssert.Contains("getJob", warnings[0]);
                StringAssert.Contains("/type", warnings[0]);
                StringAssert.Contains("'audio'", warnings[0]);
            }
        }

        [Test]
        public void AnUnknownJobTypeInAListKeepsItsPlace()
        {
            using (var server = Ok(@"{""data"":[" + SerializationTests.ImageJobJson + "," + AudioJobJson + @"],""nextCursor"":null}"))
            using (var client = Client(server))
            {
                var jobs = Run(client.Jobs.ListAsync()).Data;

                Assert.AreEqual(2, jobs.Count);
                Assert.IsInstanceOf<ImageJob>(jobs[0]);
                Assert.AreEqual("audio", jobs[1].Type);
                Assert.AreEqual("image", jobs[0].Type, "common properties read through the base type");
            }
        }

        [Test]
        public void AnUnknownJobTypeIsAResponseValidationErrorInStrictMode()
        {
            using (var server = Ok(AudioJobJson))
            using (var client = Client(server, validation: ValidationMode.Strict))
            {
                var e = Assert.Throws<ResponseValidationException>(() => Run(client.Jobs.RetrieveAsync("job_audio_1")));

                Assert.AreEqual("/type", e.Issues[0].Path);
            }
        }

        [Test]
        public void TheBaseJobTypeHasTheCommonProperties()
        {
            using (var server = Ok(SerializationTests.VideoJobJson))
            using (var client = Client(server))
            {
                Job job = Run(client.Jobs.RetrieveAsync("job_01JD8K2M4P6R8T0V2X4Z6B8D0G"));

                Assert.IsInstanceOf<VideoJob>(job);
                Assert.AreEqual("job_01JD8K2M4P6R8T0V2X4Z6B8D0G", job.Id);
                Assert.AreEqual("video", job.Type);
                Assert.AreEqual(JobStatus.Failed, job.Status);
                Assert.AreEqual("content_policy", job.Error.Code);
                Assert.AreEqual(new DateTimeOffset(2026, 11, 21, 10, 20, 0, TimeSpan.Zero), job.CompletedAt);
                CollectionAssert.AreEqual(new[] { "ast_1" }, job.OutputAssetIds);
                job.Progress = 99;
                Assert.AreEqual(99, ((VideoJob)job).Progress, "the base property writes the variant's");
            }
        }

        // ---- R9.3 upload content types ---------------------------------------------------------

        [Test]
        public void AFileUploadTakesItsContentTypeFromTheFileName()
        {
            var path = Path.Combine(Path.GetTempPath(), "sais-" + Guid.NewGuid().ToString("N") + ".png");
            File.WriteAllBytes(path, new byte[] { 1, 2, 3 });
            try
            {
                using (var server = new TestServer(r => ScriptedResponse.Json(201, AssetJson)))
                using (var client = Client(server))
                {
                    Run(client.Assets.UploadAsync(new AssetUploadParams { File = FileUpload.FromFile(path) }));

                    StringAssert.Contains("Content-Type: image/png", server.Single().BodyText);
                    StringAssert.DoesNotContain("application/octet-stream", server.Single().BodyText);
                }
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Test]
        public void BytesWithoutANameTakeTheirContentTypeFromTheMagicNumber()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(201, AssetJson)))
            using (var client = Client(server))
            {
                Run(client.Assets.UploadAsync(new AssetUploadParams { File = FileUpload.FromBytes(Png) }));
                Run(client.Assets.UploadAsync(new AssetUploadParams { File = new FileUpload(new MemoryStream(Png)) }));

                foreach (var request in server.Requests) StringAssert.Contains("Content-Type: image/png", request.BodyText);
            }
        }

        [Test]
        public void AnUploadWhoseContentTypeCannotBeToldIsAnArgumentErrorNamingFile()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(201, AssetJson)))
            using (var client = Client(server))
            {
                var e = Assert.Throws<ArgumentException>(() => Run(client.Assets.UploadAsync(new AssetUploadParams { File = FileUpload.FromBytes(new byte[] { 0, 1, 2, 3 }, "data.bin") })));

                Assert.AreEqual("parameters.File", e.ParamName);
                StringAssert.Contains("uploadReferenceImage", e.Message);
                Assert.AreEqual(0, server.Requests.Count, "nothing was sent");
            }
        }

        // ---- R3.5 Retry-After forms ------------------------------------------------------------

        [TestCase("Sat, 21 Nov 2026 10:00:07 +0000")]
        [TestCase("21 Nov 2026 10:00:07 GMT")]
        [TestCase("Saturday, 21-Nov-26 10:00:07 GMT")]
        [TestCase("Sat Nov 21 10:00:07 2026")]
        public void EveryHttpDateFormOfRetryAfterSetsTheWait(string retryAfter)
        {
            var waits = new List<TimeSpan>();
            var attempts = 0;
            using (var server = new TestServer(r => ++attempts == 1
                ? new ScriptedResponse { Status = 503, Headers = { { "Retry-After", retryAfter } } }
                : ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server, maxRetries: 1))
            {
                client.Transport.Now = () => new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
                client.Transport.Sleep = (delay, token) => { waits.Add(delay); return Task.FromResult(0); };

                Run(client.Jobs.RetrieveAsync("job_1"));

                CollectionAssert.AreEqual(new[] { TimeSpan.FromSeconds(7) }, waits, "the server's date, not the 375-500 ms backoff");
            }
        }

        // ---- R3.7 bodies carry what the caller set ---------------------------------------------

        [Test]
        public void ARequestBodyCarriesExactlyTheFieldsTheCallerSet()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(202, SerializationTests.ImageJobJson)))
            using (var client = Client(server))
            {
                Run(client.Jobs.CreateImageAsync(new ImageJobRequest { Prompt = "A lighthouse" }));
                try { Run(client.Jobs.CreateVideoAsync(new VideoJobRequest { Prompt = "Waves", DurationSeconds = 8 })); } catch (ResponseValidationException) { }

                var requests = server.Requests;
                Assert.AreEqual(@"{""prompt"":""A lighthouse""}", requests[0].BodyText, "no spec default (count, width, height) was added");
                Assert.AreEqual(@"{""prompt"":""Waves"",""durationSeconds"":8}", requests[1].BodyText, "no spec default (fps) was added");
            }
        }
    }
}
