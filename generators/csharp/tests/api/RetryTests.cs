// Hand-written NUnit tests of openapi.yaml's own surface (generators/csharp/tests/api, not shipped): retries of rulebook R3 and the
// MaxRetries/Timeout options of R2/R4. The pure rules are checked directly; the transport is run
// against a real local HTTP server with its sleep replaced by a recorder, so no test waits out a backoff.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using SecureAiStudio.Sdk.Internal;
using SecureAiStudio.Sdk.Models;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class RetryTests
    {
        private static readonly Regex UuidV4 = new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

        private const string TemplateJson = @"{""id"":""tpl_01JD5B7N8P9Q0R1S2T3V4W5X6Y"",""name"":""Drone"",""kind"":""video"",""description"":null,
            ""prompt"":""p"",""tags"":[],""visibility"":""private"",""version"":1,""createdAt"":""2026-11-21T10:00:00Z"",""updatedAt"":""2026-11-21T10:00:00Z""}";

        /// <summary>A client whose waits are recorded instead of slept, with jitter U fixed at <paramref name="random"/>.</summary>
        private static SecureAIStudioClient Client(string baseUrl, List<TimeSpan> waits, int maxRetries = 2, double random = 0, TimeSpan? timeout = null)
        {
            var options = new ClientOptions { BaseUrl = baseUrl, ApiKey = "sk_test_key", MaxRetries = maxRetries };
            if (timeout.HasValue) options.Timeout = timeout.Value;
            var client = new SecureAIStudioClient(options);
            client.Transport.Sleep = (delay, token) =>
            {
                lock (waits) waits.Add(delay);
                return Task.FromResult(0);
            };
            client.Transport.Random = () => random;
            return client;
        }

        /// <summary>A server answering the scripted responses in order, then the last one again.</summary>
        private static TestServer Sequence(params ScriptedResponse[] responses)
        {
            var next = -1;
            return new TestServer(r => responses[Math.Min(Interlocked.Increment(ref next), responses.Length - 1)]);
        }

        private static ScriptedResponse Status(int status, string code = null, string retryAfter = null)
        {
            var json = code == null ? @"{""status"":" + status + "}" : @"{""status"":" + status + @",""code"":""" + code + @"""}";
            var response = new ScriptedResponse { Status = status, ContentType = "application/problem+json", Body = Encoding.UTF8.GetBytes(json) };
            response.Headers["X-Request-Id"] = "req_" + status;
            if (retryAfter != null) response.Headers["Retry-After"] = retryAfter;
            return response;
        }

        private static T Run<T>(Task<T> task)
        {
            return task.GetAwaiter().GetResult();
        }

        // --- pure rules ---------------------------------------------------------------------

        [TestCase(408, null, true)]
        [TestCase(429, null, true)]
        [TestCase(500, null, true)]
        [TestCase(502, null, true)]
        [TestCase(503, null, true)]
        [TestCase(504, null, true)]
        [TestCase(599, null, true)]
        [TestCase(409, "resource_locked", true)]
        [TestCase(409, "lock_conflict", true)]
        [TestCase(409, "duplicate", false)]
        [TestCase(409, null, false)]
        [TestCase(501, null, false)]
        [TestCase(505, null, false)]
        [TestCase(400, null, false)]
        [TestCase(401, null, false)]
        [TestCase(403, null, false)]
        [TestCase(404, null, false)]
        [TestCase(412, null, false)]
        [TestCase(416, null, false)]
        [TestCase(422, null, false)]
        public void RetryableStatuses(int status, string code, bool retryable)
        {
            Assert.AreEqual(retryable, RetryPolicy.IsStatusRetryable(status, code));
        }

        [TestCase("GET", false, true)]
        [TestCase("HEAD", false, true)]
        [TestCase("OPTIONS", false, true)]
        [TestCase("PUT", false, true)]
        [TestCase("DELETE", false, true)]
        [TestCase("POST", false, false)]
        [TestCase("PATCH", false, false)]
        [TestCase("POST", true, true)]
        [TestCase("PATCH", true, true)]
        public void MethodGate(string method, bool hasIdempotencyKey, bool retryable)
        {
            Assert.AreEqual(retryable, RetryPolicy.IsMethodRetryable(method, hasIdempotencyKey));
        }

        [TestCase(1, 0.0, 500)]
        [TestCase(1, 0.999999, 375.0001)]
        [TestCase(2, 0.0, 1000)]
        [TestCase(2, 0.5, 875)]
        [TestCase(3, 0.0, 2000)]
        [TestCase(4, 0.0, 4000)]
        [TestCase(5, 0.0, 8000)]
        [TestCase(5, 0.999999, 6000.002)]
        [TestCase(9, 0.0, 8000)]
        public void BackoffDoublesFrom500MsToAnEightSecondCapWithJitter(int retry, double random, double expectedMs)
        {
            Assert.AreEqual(expectedMs, RetryPolicy.Backoff(retry, random).TotalMilliseconds, 0.01);
        }

        [TestCase("3", 3000.0)]
        [TestCase(" 1.5 ", 1500.0)]
        [TestCase("0", 0.0)]
        [TestCase("120", 60000.0)]
        [TestCase("Sat, 21 Nov 2026 10:00:07 GMT", 7000.0)]
        [TestCase("Sat, 21 Nov 2026 09:59:00 GMT", 0.0)]
        [TestCase("Sat, 21 Nov 2026 11:00:00 GMT", 60000.0)]
        [TestCase("-1", null)]
        [TestCase("", null)]
        [TestCase("soon", null)]
        [TestCase("3s", null)]
        public void RetryAfterIsDeltaSecondsOrAnHttpDateClampedToSixtySeconds(string value, double? expectedMs)
        {
            var now = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

            var parsed = RetryPolicy.ParseRetryAfter(value, now);

            Assert.AreEqual(expectedMs, parsed.HasValue ? (double?)parsed.Value.TotalMilliseconds : null);
        }

        [Test]
        public void IdempotencyKeysAreFreshLowerCaseUuidV4s()
        {
            var keys = Enumerable.Range(0, 50).Select(i => ApiRequest.NewIdempotencyKey()).ToList();

            foreach (var key in keys) StringAssert.IsMatch(UuidV4.ToString(), key);
            Assert.AreEqual(keys.Count, keys.Distinct().Count());
        }

        // --- against a local server -----------------------------------------------------------

        [Test]
        public void A503IsRetriedWithExponentialBackoffUntilItSucceeds()
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(503), Status(502), ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server.BaseUrl, waits, random: 0.5))
            {
                var job = Run(client.Jobs.RetrieveAsync("job_1"));

                Assert.AreEqual("job_01JD8K2M4P6R8T0V2X4Z6B8D0F", ((ImageJob)job).Id);
                Assert.AreEqual(3, server.Requests.Count);
                CollectionAssert.AreEqual(new[] { 437.5, 875.0 }, waits.Select(w => w.TotalMilliseconds).ToArray());
            }
        }

        [Test]
        public void WhenRetriesAreExhaustedTheLastFailureIsRaised()
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(500), Status(504), Status(503)))
            using (var client = Client(server.BaseUrl, waits, maxRetries: 2))
            {
                var e = Assert.Throws<InternalServerException>(() => Run(client.Jobs.RetrieveAsync("job_1")));

                Assert.AreEqual(3, server.Requests.Count, "maxRetries + 1 attempts");
                Assert.AreEqual(503, e.StatusCode);
                Assert.AreEqual("req_503", e.RequestId);
                Assert.AreEqual(2, waits.Count);
            }
        }

        [Test]
        public void MaxRetriesZeroMakesOneAttempt()
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(503), ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server.BaseUrl, waits, maxRetries: 0))
            {
                Assert.Throws<InternalServerException>(() => Run(client.Jobs.RetrieveAsync("job_1")));

                Assert.AreEqual(1, server.Requests.Count);
                Assert.AreEqual(0, waits.Count);
            }
        }

        [TestCase(400)]
        [TestCase(404)]
        [TestCase(412)]
        [TestCase(422)]
        [TestCase(501)]
        [TestCase(505)]
        public void NonRetryableStatusesAreRaisedAtOnce(int status)
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(status), ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server.BaseUrl, waits))
            {
                var e = Assert.Throws(Is.InstanceOf<APIException>(), () => Run(client.Jobs.RetrieveAsync("job_1")));

                Assert.AreEqual(status, ((APIException)e).StatusCode);
                Assert.AreEqual(1, server.Requests.Count);
            }
        }

        [TestCase("resource_locked", 2)]
        [TestCase("lock_conflict", 2)]
        [TestCase("version_conflict", 1)]
        public void A409IsRetriedOnlyForALockConflict(string code, int attempts)
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(409, code), ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server.BaseUrl, waits))
            {
                try
                {
                    Run(client.Jobs.RetrieveAsync("job_1"));
                }
                catch (ConflictException e)
                {
                    Assert.AreEqual(code, e.Code);
                }
                Assert.AreEqual(attempts, server.Requests.Count);
            }
        }

        [TestCase("2", 2000.0)]
        [TestCase("120", 60000.0)]
        [TestCase("junk", 500.0)]
        public void RetryAfterReplacesTheBackoff(string retryAfter, double expectedMs)
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(429, "rate_limited", retryAfter), ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server.BaseUrl, waits))
            {
                Run(client.Jobs.RetrieveAsync("job_1"));

                CollectionAssert.AreEqual(new[] { expectedMs }, waits.Select(w => w.TotalMilliseconds).ToArray());
            }
        }

        [Test]
        public void CreatingPostsSendOneGeneratedIdempotencyKeyOnEveryAttempt()
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(503), Status(503), ScriptedResponse.Json(201, TemplateJson)))
            using (var client = Client(server.BaseUrl, waits))
            {
                var body = new TemplateCreate { Name = "Drone fly-over", Kind = JobType.Video, Prompt = "Aerial" };
                var created = Run(client.Templates.CreateAsync(body));
                var second = Run(client.Templates.CreateAsync(body));

                var requests = server.Requests;
                Assert.AreEqual(4, requests.Count);
                var key = requests[0].Headers["Idempotency-Key"];
                StringAssert.IsMatch(UuidV4.ToString(), key);
                Assert.AreEqual(key, requests[1].Headers["Idempotency-Key"]);
                Assert.AreEqual(key, requests[2].Headers["Idempotency-Key"]);
                CollectionAssert.AreEqual(requests[0].Body, requests[2].Body, "the body is byte-identical on a retry");
                Assert.AreEqual(requests[0].Path + requests[0].Query, requests[2].Path + requests[2].Query);
                Assert.AreEqual(requests[0].Headers["X-API-Key"], requests[2].Headers["X-API-Key"]);
                Assert.AreNotEqual(key, requests[3].Headers["Idempotency-Key"], "each call gets a new key");
                Assert.AreEqual("tpl_01JD5B7N8P9Q0R1S2T3V4W5X6Y", created.Id);
                Assert.AreEqual("tpl_01JD5B7N8P9Q0R1S2T3V4W5X6Y", second.Id);
            }
        }

        [Test]
        public void ACallersIdempotencyKeyIsSentAsGivenOnEveryAttempt()
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(500), ScriptedResponse.Json(201, TemplateJson)))
            using (var client = Client(server.BaseUrl, waits))
            {
                Run(client.Templates.CreateAsync(new TemplateCreate { Name = "n", Kind = JobType.Image, Prompt = "p" }, new RequestOptions { IdempotencyKey = "my-key-1" }));

                Assert.AreEqual(new[] { "my-key-1", "my-key-1" }, server.Requests.Select(r => r.Headers["Idempotency-Key"]).ToArray());
            }
        }

        [Test]
        public void ARetriedUploadResendsTheSameFileFromAStream()
        {
            var waits = new List<TimeSpan>();
            var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x01, 0x02 };
            var asset = @"{""id"":""ast_1"",""kind"":""reference"",""contentType"":""image/png"",""sizeBytes"":10,""sha256"":""" + new string('a', 64) + @""",""createdAt"":""2026-11-21T10:15:00Z""}";
            using (var server = Sequence(Status(503), ScriptedResponse.Json(201, asset)))
            using (var client = Client(server.BaseUrl, waits))
            {
                var upload = new FileUpload(new System.IO.MemoryStream(png), "ref.png", "image/png");
                Run(client.Assets.UploadAsync(new AssetUploadParams { File = upload }));

                var requests = server.Requests;
                Assert.AreEqual(2, requests.Count);
                Assert.AreEqual(requests[0].Headers["Idempotency-Key"], requests[1].Headers["Idempotency-Key"]);
                var latin1 = Encoding.GetEncoding("ISO-8859-1");
                StringAssert.Contains(latin1.GetString(png), latin1.GetString(requests[1].Body), "the retry carries the file again");
                Assert.AreEqual(requests[0].Body.Length, requests[1].Body.Length);
            }
        }

        [Test]
        public void APostWithoutIdempotencyKeyIsNotRetried()
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(503), ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server.BaseUrl, waits))
            {
                Assert.Throws<InternalServerException>(() => Run(client.Jobs.CancelAsync("job_1")));

                Assert.AreEqual(1, server.Requests.Count);
                Assert.IsNull(server.Requests[0].Headers["Idempotency-Key"]);
            }
        }

        [Test]
        public void APatchWithoutIdempotencyKeyIsNotRetried()
        {
            var waits = new List<TimeSpan>();
            using (var server = Sequence(Status(503), ScriptedResponse.Json(200, TemplateJson)))
            using (var client = Client(server.BaseUrl, waits))
            {
                Assert.Throws<InternalServerException>(() => Run(client.Templates.UpdateAsync("tpl_1", new TemplateUpdate { Name = "x" }, new TemplateUpdateParams { IfMatch = "\"v1\"" })));

                Assert.AreEqual(1, server.Requests.Count);
            }
        }

        [Test]
        public void ConnectionErrorsAreRetriedWithBackoff()
        {
            var waits = new List<TimeSpan>();
            using (var client = Client("http://127.0.0.1:" + TestServer.FreePort() + "/api/v1", waits, maxRetries: 2))
            {
                Assert.Throws<APIConnectionException>(() => Run(client.Health.LivenessAsync()));

                CollectionAssert.AreEqual(new[] { 500.0, 1000.0 }, waits.Select(w => w.TotalMilliseconds).ToArray());
            }
        }

        [Test]
        public void AnAttemptThatTimesOutIsRetried()
        {
            var waits = new List<TimeSpan>();
            var slow = new ScriptedResponse { Delay = TimeSpan.FromSeconds(2), Body = Encoding.UTF8.GetBytes(SerializationTests.ImageJobJson) };
            using (var server = Sequence(slow, ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server.BaseUrl, waits, maxRetries: 1, timeout: TimeSpan.FromMilliseconds(200)))
            {
                var job = Run(client.Jobs.RetrieveAsync("job_1"));

                Assert.AreEqual("job_01JD8K2M4P6R8T0V2X4Z6B8D0F", ((ImageJob)job).Id);
                Assert.AreEqual(2, server.Requests.Count);
                Assert.AreEqual(1, waits.Count);
            }
        }

        [Test]
        public void CancellingDuringARetryWaitAborts()
        {
            using (var server = Sequence(Status(503)))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "k", MaxRetries = 2 }))
            using (var cancel = new CancellationTokenSource())
            {
                client.Transport.Sleep = (delay, token) =>
                {
                    cancel.Cancel();
                    return Task.Delay(delay, token);
                };

                Assert.Throws<APIUserAbortException>(() => Run(client.Jobs.RetrieveAsync("job_1", cancellationToken: cancel.Token)));
                Assert.AreEqual(1, server.Requests.Count);
            }
        }
    }
}
