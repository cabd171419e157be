// Hand-written NUnit tests of openapi.yaml's own surface (generators/csharp/tests/api, not shipped): the issue-6 behaviours beyond
// retries and errors, each against a real local HTTP server (TestServer): R1.4 token refresh,
// R6 auto-pagination, R8.2/R8.3 waiters (sleep and clock replaced, so waits are asserted, not
// slept), R2.2 per-call options, R7.3 dates and explicit nulls.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using SecureAiStudio.Sdk.Models;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class BehaviourTests
    {
        private const string OldToken = "eyJold.access.token";
        private const string NewToken = "eyJnew.access.token";
        private const string PrincipalJson = @"{""id"":""usr_1"",""kind"":""user"",""organizationId"":""org_1"",""email"":null,""displayName"":""Ada"",""roleIds"":[],""permissions"":[]}";

        private static T Run<T>(Task<T> task)
        {
            return task.GetAwaiter().GetResult();
        }

        private static ScriptedResponse Problem(int status, string code)
        {
            return new ScriptedResponse
            {
                Status = status,
                ContentType = "application/problem+json",
                Body = Encoding.UTF8.GetBytes(@"{""status"":" + status + @",""code"":""" + code + @""",""title"":""t""}"),
            };
        }

        private static string TemplateJson(string id)
        {
            return @"{""id"":""" + id + @""",""name"":""n"",""kind"":""image"",""description"":null,""prompt"":""p"",""tags"":[],""visibility"":""private"",""version"":1,""createdAt"":""2026-11-21T10:00:00Z"",""updatedAt"":""2026-11-21T10:00:00Z""}";
        }

        private static string Page(string cursorJson, params string[] ids)
        {
            return @"{""data"":[" + string.Join(",", ids.Select(TemplateJson)) + @"],""nextCursor"":" + cursorJson + "}";
        }

        // --- R1.4 transparent refresh ---------------------------------------------------------

        private static ScriptedResponse RefreshingServer(RecordedRequest r, string refreshAnswer)
        {
            if (r.Path.EndsWith("/auth/refresh")) return ScriptedResponse.Json(200, refreshAnswer);
            return r.Headers["Authorization"] == "Bearer " + NewToken ? ScriptedResponse.Json(200, PrincipalJson) : Problem(401, "token_expired");
        }

        [Test]
        public void A401RefreshesTheTokenOnceAndRepeatsTheCallWithIt()
        {
            var refreshed = new List<TokenSet>();
            using (var server = new TestServer(r => RefreshingServer(r, @"{""accessToken"":""" + NewToken + @""",""refreshToken"":""rt_rotated_0002""}")))
            using (var client = new SecureAIStudioClient(new ClientOptions
            {
                BaseUrl = server.BaseUrl, BearerToken = OldToken, RefreshToken = "rt_original_0001", MaxRetries = 0,
                OnTokenRefresh = t => refreshed.Add(t),
            }))
            {
                var principal = Run(client.Auth.MeAsync());
                Assert.AreEqual("usr_1", principal.Id);
                var requests = server.Requests;
                Assert.AreEqual(3, requests.Count, "401, refresh, repeat (the repeat is not a retry: MaxRetries = 0)");
                Assert.AreEqual("Bearer " + OldToken, requests[0].Headers["Authorization"]);
                Assert.AreEqual("POST", requests[1].Method);
                Assert.AreEqual("/api/v1/auth/refresh", requests[1].Path);
                Assert.IsNull(requests[1].Headers["Authorization"], "the refresh call carries no credentials");
                Assert.IsNull(requests[1].Headers["X-API-Key"]);
                Assert.AreEqual("rt_original_0001", (string)JObject.Parse(requests[1].BodyText)["refreshToken"]);
                Assert.AreEqual("Bearer " + NewToken, requests[2].Headers["Authorization"]);
                Assert.AreEqual(1, refreshed.Count);
                Assert.AreEqual(NewToken, refreshed[0].AccessToken);
                Assert.AreEqual("rt_rotated_0002", refreshed[0].RefreshToken);
                StringAssert.DoesNotContain(NewToken, refreshed[0].ToString());

                // The next call uses the new token straight away.
                Run(client.Auth.MeAsync());
                Assert.AreEqual(4, server.Requests.Count);
            }
        }

        [Test]
        public void ConcurrentCallsShareOneRefresh()
        {
            using (var server = new TestServer(r =>
            {
                if (!r.Path.EndsWith("/auth/refresh")) return RefreshingServer(r, null);
                var answer = ScriptedResponse.Json(200, @"{""accessToken"":""" + NewToken + @"""}");
                answer.Delay = TimeSpan.FromMilliseconds(300); // both 401s arrive while this refresh is in flight
                return answer;
            }))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, BearerToken = OldToken, RefreshToken = "rt_original_0001" }))
            {
                var calls = new[] { client.Auth.MeAsync(), client.Auth.MeAsync() };
                Task.WaitAll(calls);
                Assert.AreEqual(1, server.Requests.Count(r => r.Path.EndsWith("/auth/refresh")));
                Assert.AreEqual(2, server.Requests.Count(r => r.Headers["Authorization"] == "Bearer " + NewToken));
            }
        }

        [Test]
        public void A401OnTheRepeatedAttemptIsRaisedWithoutASecondRefresh()
        {
            using (var server = new TestServer(r => r.Path.EndsWith("/auth/refresh")
                ? ScriptedResponse.Json(200, @"{""accessToken"":""still-rejected-token""}")
                : Problem(401, "token_expired")))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, BearerToken = OldToken, RefreshToken = "rt_original_0001" }))
            {
                var e = Assert.Throws<AuthenticationException>(() => Run(client.Auth.MeAsync()));
                Assert.AreEqual("token_expired", e.Code);
                Assert.AreEqual(3, server.Requests.Count);
                Assert.AreEqual(1, server.Requests.Count(r => r.Path.EndsWith("/auth/refresh")));
            }
        }

        [Test]
        public void AFailedRefreshRaisesTheRefreshError()
        {
            using (var server = new TestServer(r => r.Path.EndsWith("/auth/refresh") ? Problem(401, "invalid_grant") : Problem(401, "token_expired")))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, BearerToken = OldToken, RefreshToken = "rt_original_0001" }))
            {
                var e = Assert.Throws<AuthenticationException>(() => Run(client.Auth.MeAsync()));
                Assert.AreEqual("invalid_grant", e.Code);
                Assert.AreEqual(2, server.Requests.Count);
            }
        }

        [Test]
        public void WithoutARefreshTokenA401IsRaisedAtOnce()
        {
            using (var server = new TestServer(r => Problem(401, "token_expired")))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, BearerToken = OldToken }))
            {
                Assert.Throws<AuthenticationException>(() => Run(client.Auth.MeAsync()));
                Assert.AreEqual(1, server.Requests.Count);
            }
        }

        // --- R6 auto-pagination ----------------------------------------------------------------

        [Test]
        public void EnumeratingAPageFollowsNextCursorLazilyWithTheSameFilters()
        {
            using (var server = new TestServer(r =>
            {
                if (!r.Query.Contains("cursor=")) return ScriptedResponse.Json(200, Page(@"""c2""", "tpl_1", "tpl_2"));
                if (r.Query.Contains("cursor=c2")) return ScriptedResponse.Json(200, Page(@"""c3""")); // empty page, cursor continues
                return ScriptedResponse.Json(200, Page("null", "tpl_3"));
            }))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key" }))
            {
                var perCall = new RequestOptions();
                perCall.Headers["X-Trace"] = "t-9";
                var page = Run(client.Templates.ListAsync(new TemplateListParams { Limit = 2, Tag = "city" }, requestOptions: perCall));
                StringAssert.StartsWith(@"{""data"":[{""id"":""tpl_1""", SecureAIStudioJson.Serialize(page), "a page serialises as its list body");
                Assert.AreEqual(1, server.Requests.Count, "only the first page is fetched up front");
                Assert.AreEqual(new[] { "tpl_1", "tpl_2" }, page.Data.Select(t => t.Id).ToArray());
                Assert.AreEqual("c2", page.NextCursor);
                Assert.IsTrue(page.HasNextPage());
                Assert.AreEqual(200, page.Response.StatusCode);

                var ids = new List<string>();
                foreach (var template in page)
                {
                    ids.Add(template.Id);
                    if (ids.Count == 2) Assert.AreEqual(1, server.Requests.Count, "the next page waits until the first is used up");
                }
                Assert.AreEqual(new[] { "tpl_1", "tpl_2", "tpl_3" }, ids.ToArray());
                Assert.AreEqual(3, server.Requests.Count);
                foreach (var request in server.Requests)
                {
                    StringAssert.Contains("limit=2", request.Query, "R6.3: limit passed through unchanged");
                    StringAssert.Contains("tag=city", request.Query, "R6.2: same filters");
                    Assert.AreEqual("t-9", request.Headers["X-Trace"], "R6.2: same per-call options");
                }
                StringAssert.Contains("cursor=c3", server.Requests[2].Query);
            }
        }

        [Test]
        public void ARepeatedCursorEndsTheIteration()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, Page(@"""same""", "tpl_1"))))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key" }))
            {
                var page = Run(client.Templates.ListAsync());
                Assert.AreEqual(2, page.Count(), "the page fetched with cursor 'same' answering 'same' is the last");
                Assert.AreEqual(2, server.Requests.Count);
                var second = Run(page.GetNextPageAsync());
                Assert.IsFalse(second.HasNextPage());
                Assert.IsNull(Run(second.GetNextPageAsync()));
            }
        }

        // R6.1: page types come from x-list-page (derived for the bodies of x-pagination operations):
        // every list method returns one, typed by the body's item schema, and no other model has one.
        [Test]
        public void OnlyListBodiesHavePageTypesAndEachIsReturnedByItsListMethod()
        {
            var returned = new Dictionary<Type, string>();
            foreach (var property in typeof(SecureAIStudioClient).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var method in property.PropertyType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    var result = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : null;
                    if (result != null && PageBase(result) != null) returned[result] = property.PropertyType.Name + "." + method.Name;
                }
            }
            var pages = typeof(SecureAIStudioClient).Assembly.GetTypes().Where(t => t.IsNestedPublic && PageBase(t) != null).ToList();
            Assert.AreEqual(10, pages.Count, "one page type per list body: " + string.Join(", ", pages.Select(t => t.DeclaringType.Name + "." + t.Name)));
            CollectionAssert.AreEquivalent(pages, returned.Keys, "every page type is returned by a list method, and every list method returns one");
            Assert.IsNull(typeof(Template).GetNestedType("TagsPage"), "a model that is no list body has no page type");
            Assert.IsNull(typeof(Problem).GetNestedType("ErrorsPage"));
            Assert.AreEqual(typeof(Page<TemplateList, Template>), typeof(TemplateList.DataPage).BaseType);
            Assert.AreEqual(typeof(Page<JobList, Job>), typeof(JobList.DataPage).BaseType, "items typed by x-list-page's itemSchema, a union here");
            Assert.AreEqual("TemplatesService.ListAsync", returned[typeof(TemplateList.DataPage)]);
        }

        private static Type PageBase(Type type)
        {
            for (var t = type.BaseType; t != null; t = t.BaseType)
            {
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Page<,>)) return t;
            }
            return null;
        }

        // --- R8 waiters ------------------------------------------------------------------------

        private static string JobJson(string status)
        {
            return @"{""id"":""job_1"",""type"":""image"",""status"":""" + status + @""",""progress"":0,""createdAt"":""2026-11-21T10:15:00Z"",""updatedAt"":""2026-11-21T10:15:00Z"",""completedAt"":null,""error"":null,""outputAssetIds"":[],""params"":{""prompt"":""p""}}";
        }

        /// <summary>A client whose waits advance a fake clock instead of sleeping.</summary>
        private static SecureAIStudioClient FakeTimeClient(string baseUrl, List<TimeSpan> waits)
        {
            var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = baseUrl, ApiKey = "sk_test_key" });
            var now = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
            client.Transport.Now = () => now;
            client.Transport.Sleep = (delay, token) =>
            {
                waits.Add(delay);
                now += delay;
                return Task.FromResult(0);
            };
            return client;
        }

        [Test]
        public void WaitForPollsWithGrowingIntervalsUntilATerminalState()
        {
            var states = new[] { "queued", "running", "running", "running", "succeeded" };
            var n = -1;
            var waits = new List<TimeSpan>();
            using (var server = new TestServer(r => ScriptedResponse.Json(200, JobJson(states[Interlocked.Increment(ref n)]))))
            using (var client = FakeTimeClient(server.BaseUrl, waits))
            {
                var job = Run(client.Jobs.WaitForAsync("job_1", new WaitOptions { Interval = TimeSpan.FromMilliseconds(100), MaxInterval = TimeSpan.FromMilliseconds(200) }));
                Assert.AreEqual("succeeded", ((ImageJob)job).Status.ToString());
                Assert.AreEqual(5, server.Requests.Count);
                Assert.AreEqual(new[] { 100.0, 150.0, 200.0, 200.0 }, waits.Select(w => w.TotalMilliseconds).ToArray(), "min(interval * 1.5^(n-1), maxInterval)");
            }
        }

        [Test]
        public void WaitForReturnsAFailedJobAndHonoursRetryAfter()
        {
            var n = -1;
            var waits = new List<TimeSpan>();
            using (var server = new TestServer(r =>
            {
                var response = ScriptedResponse.Json(200, JobJson(Interlocked.Increment(ref n) == 0 ? "running" : "failed"));
                response.Headers["Retry-After"] = "3";
                return response;
            }))
            using (var client = FakeTimeClient(server.BaseUrl, waits))
            {
                var job = Run(client.Jobs.WaitForAsync("job_1"));
                Assert.AreEqual("failed", ((ImageJob)job).Status.ToString());
                Assert.AreEqual(new[] { 3000.0 }, waits.Select(w => w.TotalMilliseconds).ToArray());
            }
        }

        [Test]
        public void WaitForRaisesWaitTimeoutWithTheLastStateWhenTheNextWaitWouldPassTheDeadline()
        {
            var waits = new List<TimeSpan>();
            using (var server = new TestServer(r => ScriptedResponse.Json(200, JobJson("queued"))))
            using (var client = FakeTimeClient(server.BaseUrl, waits))
            {
                var options = new WaitOptions { Interval = TimeSpan.FromMilliseconds(100), Timeout = TimeSpan.FromMilliseconds(240) };
                var e = Assert.Throws<WaitTimeoutException>(() => Run(client.Jobs.WaitForAsync("job_1", options)));
                Assert.AreEqual(2, server.Requests.Count, "poll at 0 ms, wait 100, poll; the next 150 ms wait would end at 250 > 240");
                Assert.AreEqual("queued", ((ImageJob)e.LastState).Status.ToString());
                Assert.IsInstanceOf<SecureAIStudioException>(e);
                Assert.IsNotInstanceOf<APIException>(e);
            }
        }

        [Test]
        public void CancellingAWaitStopsItWithAPIUserAbort()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, JobJson("running"))))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key" }))
            using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
            {
                var options = new WaitOptions { Interval = TimeSpan.FromSeconds(30), MaxInterval = TimeSpan.FromSeconds(30) };
                Assert.Throws<APIUserAbortException>(() => Run(client.Jobs.WaitForAsync("job_1", options, cancellationToken: cancel.Token)));
                Assert.AreEqual(1, server.Requests.Count);
            }
        }

        // R8.1: the api template emits a waiter only inside the section of an operation that carries
        // x-waiter (derived from x-long-running), named after x-waiter's name.
        [Test]
        public void EachPollOperationAndNoOtherHasAWaiterNamedAfterItsResource()
        {
            var found = new List<string>();
            foreach (var type in typeof(SecureAIStudioClient).Assembly.GetTypes().Where(t => t.IsPublic && !t.IsInterface))
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    var marks = method.GetCustomAttributes(typeof(WaiterAttribute), false).Cast<WaiterAttribute>().ToList();
                    if (!method.Name.StartsWith("WaitFor", StringComparison.Ordinal) && marks.Count == 0) continue;
                    Assert.AreEqual(1, marks.Count, method.Name + " must carry exactly one [Waiter]");
                    var poll = type.GetMethods().SingleOrDefault(m => m.Name.EndsWith("Async", StringComparison.Ordinal)
                        && m.GetCustomAttributes(typeof(OperationAttribute), false).Cast<OperationAttribute>().Any(o => o.OperationId == marks[0].PollOperationId));
                    Assert.IsNotNull(poll, type.Name + " has no method for the polled " + marks[0].PollOperationId);
                    Assert.AreEqual(poll.ReturnType, method.ReturnType, method.Name + " returns what its poll operation returns");
                    found.Add(type.Name + "." + method.Name + " polls " + marks[0].PollOperationId);
                }
            }
            found.Sort(StringComparer.Ordinal);
            Assert.AreEqual(new[]
            {
                "BackupsService.WaitForAsync polls getBackup",
                "ComplianceService.WaitForReportAsync polls getComplianceReport",
                "JobsService.WaitForAsync polls getJob",
            }, found.ToArray());
        }

        private static string BackupJson(string status)
        {
            return @"{""id"":""bkp_1"",""status"":""" + status + @""",""destination"":{""provider"":""gcs"",""bucket"":""b"",""location"":""europe-west4"",""prefix"":""manual/""},""scope"":[""templates""],""regions"":[""europe-west4""],""encryption"":{""algorithm"":""AES-256-GCM"",""keySource"":""platform_managed"",""kmsKeyId"":null},""policyId"":null,""sizeBytes"":null,""checksumSha256"":null,""description"":null,""createdAt"":""2026-11-21T10:30:00Z"",""completedAt"":null}";
        }

        private static string ReportJson(string status)
        {
            return @"{""id"":""rpt_1"",""framework"":""iso27001"",""status"":""" + status + @""",""periodStart"":""2026-01-01"",""periodEnd"":""2026-06-30"",""format"":""json"",""summary"":null,""downloadUrl"":null,""createdAt"":""2026-11-21T10:40:00Z"",""completedAt"":null}";
        }

        [Test]
        public void WaitForBackupPollsGetBackupUntilABackupTerminalState()
        {
            // "succeeded" ends a job but not a backup: each waiter uses its own x-waiter terminal states.
            var states = new[] { "pending", "succeeded", "running", "completed" };
            var n = -1;
            var waits = new List<TimeSpan>();
            using (var server = new TestServer(r => ScriptedResponse.Json(200, BackupJson(states[Interlocked.Increment(ref n)]))))
            using (var client = FakeTimeClient(server.BaseUrl, waits))
            {
                var backup = Run(client.Backups.WaitForAsync("bkp_1", new WaitOptions { Interval = TimeSpan.FromMilliseconds(10) },
                    new RequestOptions { Validation = ValidationMode.Off }));
                Assert.AreEqual("completed", backup.Status.ToString());
                Assert.AreEqual(4, server.Requests.Count);
                Assert.IsTrue(server.Requests.All(r => r.Method == "GET" && r.Path.EndsWith("/backups/bkp_1", StringComparison.Ordinal)));
                Assert.AreEqual(3, waits.Count);
            }
        }

        [Test]
        public void WaitForComplianceReportReturnsAFailedReport()
        {
            var states = new[] { "generating", "failed" };
            var n = -1;
            var waits = new List<TimeSpan>();
            using (var server = new TestServer(r => ScriptedResponse.Json(200, ReportJson(states[Interlocked.Increment(ref n)]))))
            using (var client = FakeTimeClient(server.BaseUrl, waits))
            {
                var report = Run(client.Compliance.WaitForReportAsync("rpt_1", null, new RequestOptions { Validation = ValidationMode.Strict }));
                Assert.AreEqual("failed", report.Status.ToString());
                Assert.AreEqual(2, server.Requests.Count);
                Assert.IsTrue(server.Requests.All(r => r.Method == "GET" && r.Path.EndsWith("/compliance/reports/rpt_1", StringComparison.Ordinal)));
                Assert.AreEqual(new[] { 1000.0 }, waits.Select(w => w.TotalMilliseconds).ToArray(), "the default 1 s interval");
            }
        }

        // --- R2.2 per-call options -------------------------------------------------------------

        [Test]
        public void PerCallMaxRetriesHeadersAndIdempotencyKeyOverrideTheClient()
        {
            using (var server = new TestServer(r => Problem(503, "unavailable")))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key", MaxRetries = 2 }))
            {
                var options = new RequestOptions { MaxRetries = 0, IdempotencyKey = "my-key-1" };
                options.Headers["X-Trace"] = "t-1";
                Assert.Throws<InternalServerException>(() => Run(client.Jobs.CancelAsync("job_1", options)));
                Assert.AreEqual(1, server.Requests.Count, "MaxRetries = 0 for this call only");
                Assert.AreEqual("t-1", server.Requests[0].Headers["X-Trace"]);
                Assert.AreEqual("my-key-1", server.Requests[0].Headers["Idempotency-Key"]);
            }
        }

        [Test]
        public void PerCallTimeoutBoundsEachAttempt()
        {
            using (var server = new TestServer(r => new ScriptedResponse { Status = 200, Body = Encoding.UTF8.GetBytes(JobJson("running")), Delay = TimeSpan.FromSeconds(2) }))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key" }))
            {
                var options = new RequestOptions { Timeout = TimeSpan.FromMilliseconds(100), MaxRetries = 0 };
                Assert.Throws<APIConnectionTimeoutException>(() => Run(client.Jobs.RetrieveAsync("job_1", options)));
                Assert.Throws<ArgumentException>(() => Run(client.Jobs.RetrieveAsync("job_1", new RequestOptions { MaxRetries = -1 })));
            }
        }

        // --- R7.1 validation modes -----------------------------------------------------------

        [Test]
        public void ValidationModesWarnStrictAndOff()
        {
            var body = JobJson("running").Replace(@"""status"":""running""", @"""status"":""paused_by_operator""");
            using (var server = new TestServer(r => ScriptedResponse.Json(200, body)))
            {
                var warnings = new List<string>();
                using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key", Logger = (m, e) => warnings.Add(m) }))
                {
                    var job = (ImageJob)Run(client.Jobs.RetrieveAsync("job_1"));
                    Assert.AreEqual("paused_by_operator", job.Status.ToString(), "Warn (default) returns the data unchanged");
                    Assert.AreEqual(1, warnings.Count);
                    StringAssert.StartsWith("Response of getJob does not match openapi.yaml at /status: ", warnings[0]);

                    var e = Assert.Throws<ResponseValidationException>(() => Run(client.Jobs.RetrieveAsync("job_1", new RequestOptions { Validation = ValidationMode.Strict })));
                    Assert.AreEqual("/status", e.Issues[0].Path);
                    Assert.AreEqual("getJob", e.OperationId);

                    Run(client.Jobs.RetrieveAsync("job_1", new RequestOptions { Validation = ValidationMode.Off }));
                    Assert.AreEqual(1, warnings.Count, "Off skips the check");
                }
            }
        }

        [Test]
        public void WarnModeDecodesWhatFitsWhenTheBodyDoesNotMatchTheModel()
        {
            var body = JobJson("running").Replace(@"""progress"":0", @"""progress"":""half""");
            using (var server = new TestServer(r => ScriptedResponse.Json(200, body)))
            {
                var warnings = new List<string>();
                using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key", Logger = (m, e) => warnings.Add(m) }))
                {
                    var job = (ImageJob)Run(client.Jobs.RetrieveAsync("job_1"));
                    Assert.AreEqual("job_1", job.Id);
                    Assert.AreEqual(1, warnings.Count);
                    StringAssert.Contains("/progress", warnings[0]);
                    var strict = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key", Validation = ValidationMode.Strict });
                    Assert.Throws<ResponseValidationException>(() => Run(strict.Jobs.RetrieveAsync("job_1")));
                    strict.Dispose();
                }
            }
        }

        // --- R7.3 data as received -------------------------------------------------------------

        [Test]
        public void DatesAndExplicitNullsRoundTripAsReceived()
        {
            var json = @"{""id"":""usr_1"",""kind"":""user"",""organizationId"":""org_1"",""email"":null,""displayName"":""Ada"",""roleIds"":[],""permissions"":[]}";
            var principal = SecureAIStudioJson.Deserialize<Principal>(json);
            Assert.IsTrue(JToken.DeepEquals(JObject.Parse(json), JObject.Parse(SecureAIStudioJson.Serialize(principal))), "explicit null kept");
            var fresh = new Principal { Id = "usr_2", Kind = principal.Kind, OrganizationId = "org_1", DisplayName = "B", RoleIds = new List<string>(), Permissions = new List<string>() };
            Assert.IsNull(JObject.Parse(SecureAIStudioJson.Serialize(fresh))["email"], "an optional property never set is omitted");

            var unknown = SecureAIStudioJson.Deserialize<Principal>(json.Replace(@"""kind"":""user""", @"""kind"":""robot"",""team"":{""name"":""x""}"));
            Assert.AreEqual("robot", unknown.Kind.ToString(), "an unknown enum value keeps its text");
            Assert.AreEqual("x", (string)unknown.AdditionalProperties["team"]["name"], "an unknown field stays visible");
            StringAssert.Contains(@"""team"":{""name"":""x""}", SecureAIStudioJson.Serialize(unknown));

            var job = SecureAIStudioJson.Deserialize<Job>(JobJson("running"));
            StringAssert.Contains(@"""createdAt"":""2026-11-21T10:15:00Z""", SecureAIStudioJson.Serialize(job), "UTC stays Z, not +00:00");
        }
    }
}
