// Hand-written NUnit tests of openapi.yaml's own surface (generators/csharp/tests/api, not shipped): the typed errors of rulebook R5,
// R7.4 and R2.3, raised by real calls against a local HTTP server.
using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SecureAiStudio.Sdk.Internal;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class ErrorTests
    {
        private const string ApiKey = "sk_test_secret_key_123";
        private const string Token = "eyJhbGciOiJFUzI1NiJ9.secret-token";

        private static SecureAIStudioClient Client(TestServer server, string apiKey = ApiKey, string bearer = null, int maxRetries = 0)
        {
            return new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = apiKey, BearerToken = bearer, MaxRetries = maxRetries });
        }

        private static T Run<T>(Task<T> task)
        {
            return task.GetAwaiter().GetResult();
        }

        private static ScriptedResponse Problem(int status, string json, string requestId = null)
        {
            var response = new ScriptedResponse { Status = status, ContentType = "application/problem+json", Body = Encoding.UTF8.GetBytes(json) };
            if (requestId != null) response.Headers["X-Request-Id"] = requestId;
            return response;
        }

        [TestCase(400, typeof(BadRequestException))]
        [TestCase(401, typeof(AuthenticationException))]
        [TestCase(403, typeof(PermissionDeniedException))]
        [TestCase(404, typeof(NotFoundException))]
        [TestCase(409, typeof(ConflictException))]
        [TestCase(412, typeof(PreconditionFailedException))]
        [TestCase(422, typeof(UnprocessableEntityException))]
        [TestCase(429, typeof(RateLimitException))]
        [TestCase(500, typeof(InternalServerException))]
        [TestCase(503, typeof(InternalServerException))]
        [TestCase(505, typeof(InternalServerException))]
        [TestCase(405, typeof(APIException))]
        [TestCase(416, typeof(APIException))]
        [TestCase(418, typeof(APIException))]
        public void EachStatusRaisesItsOwnExceptionClass(int status, Type expected)
        {
            using (var server = new TestServer(r => Problem(status, @"{""title"":""t"",""status"":" + status + "}")))
            using (var client = Client(server))
            {
                var e = Assert.Throws(expected, () => Run(client.Jobs.RetrieveAsync("job_1")));

                Assert.AreEqual(expected, e.GetType(), "exactly this class, not a subclass");
                Assert.AreEqual(status, ((APIException)e).StatusCode);
                Assert.IsInstanceOf<SecureAIStudioException>(e);
            }
        }

        [Test]
        public void ProblemDetailsAreExposedAndTheHeaderRequestIdWins()
        {
            using (var server = new TestServer(r => Problem(422,
                @"{""type"":""https://docs.secure-ai-studio.example/problems/validation"",""title"":""Unprocessable"",""status"":422,
                   ""detail"":""width is too large"",""instance"":""/api/v1/generate/image"",""code"":""validation_failed"",""requestId"":""req_body"",
                   ""errors"":[{""location"":""body"",""name"":""/width"",""message"":""must be <= 2048""}]}", "req_header")))
            using (var client = Client(server))
            {
                var e = Assert.Throws<UnprocessableEntityException>(() => Run(client.Jobs.RetrieveAsync("job_1")));

                Assert.AreEqual("422 validation_failed: width is too large", e.Message);
                Assert.AreEqual("https://docs.secure-ai-studio.example/problems/validation", e.Type);
                Assert.AreEqual("Unprocessable", e.Title);
                Assert.AreEqual("/api/v1/generate/image", e.Instance);
                Assert.AreEqual("validation_failed", e.Code);
                Assert.AreEqual("req_header", e.RequestId, "X-Request-Id beats the problem's requestId");
                Assert.AreEqual("req_body", (string)e.Problem["requestId"]);
                Assert.AreEqual(1, e.Errors.Count);
                Assert.AreEqual("body", e.Errors[0].Location);
                Assert.AreEqual("/width", e.Errors[0].Name);
                Assert.AreEqual("must be <= 2048", e.Errors[0].Message);
                Assert.AreEqual("application/problem+json", e.Headers["Content-Type"][0]);
            }
        }

        [Test]
        public void WithoutTheHeaderTheProblemRequestIdIsUsed()
        {
            using (var server = new TestServer(r => Problem(404, @"{""title"":""Not Found"",""status"":404,""code"":""not_found"",""requestId"":""req_9""}")))
            using (var client = Client(server))
            {
                var e = Assert.Throws<NotFoundException>(() => Run(client.Jobs.RetrieveAsync("job_x")));

                Assert.AreEqual("req_9", e.RequestId);
                Assert.AreEqual("404 not_found: Not Found", e.Message, "title stands in for a missing detail");
            }
        }

        [Test]
        public void MessagesFollowTheRulebookFormat()
        {
            var noCode = APIException.Create(404, null, @"{""detail"":""No job job_x""}");
            var nothing = APIException.Create(500, null, "");
            var emptyProblem = APIException.Create(502, null, "{}");
            var html = APIException.Create(502, null, "<html>" + new string('x', 600) + "</html>");

            Assert.AreEqual("404: No job job_x", noCode.Message);
            Assert.AreEqual("500 status code (no problem details)", nothing.Message);
            Assert.AreEqual("502 status code (no problem details)", emptyProblem.Message);
            Assert.IsNull(html.Problem);
            Assert.AreEqual(500, html.Detail.Length, "a non-JSON body becomes the detail, cut to 500 characters");
            StringAssert.StartsWith("<html>xxx", html.Detail);
            Assert.AreEqual("502: " + html.Detail, html.Message);
            Assert.IsNull(nothing.RequestId);
            Assert.AreEqual(0, nothing.Errors.Count);
        }

        [Test]
        public void SecretsNeverAppearInErrors()
        {
            using (var server = new TestServer(r => Problem(401,
                @"{""title"":""Unauthorized"",""status"":401,""code"":""invalid_token"",""detail"":""token " + Token + " and key " + ApiKey + @" rejected""}")))
            using (var client = Client(server, apiKey: ApiKey, bearer: Token))
            {
                var e = Assert.Throws<AuthenticationException>(() => Run(client.Jobs.RetrieveAsync("job_1")));

                Assert.AreEqual("401 invalid_token: token [REDACTED] and key [REDACTED] rejected", e.Message);
                Assert.AreEqual("token [REDACTED] and key [REDACTED] rejected", e.Detail);
                foreach (var text in new[] { e.ToString(), e.Body, e.Problem.ToString() })
                {
                    StringAssert.DoesNotContain(ApiKey, text);
                    StringAssert.DoesNotContain(Token, text);
                }
            }
        }

        [Test]
        public void ATruncatedJsonBodyIsAResponseValidationErrorThatIsNotRetried()
        {
            using (var server = new TestServer(r =>
            {
                var response = ScriptedResponse.Json(200, SerializationTests.ImageJobJson.Substring(0, 60));
                response.Headers["X-Request-Id"] = "req_trunc";
                return response;
            }))
            using (var client = Client(server, maxRetries: 2))
            {
                var e = Assert.Throws<ResponseValidationException>(() => Run(client.Jobs.RetrieveAsync("job_1")));

                Assert.AreEqual(1, server.Requests.Count, "R7.4: not retried");
                Assert.AreEqual("getJob", e.OperationId);
                Assert.AreEqual("req_trunc", e.RequestId);
                Assert.AreEqual(200, e.StatusCode);
                Assert.AreEqual(1, e.Issues.Count);
                Assert.AreEqual("", e.Issues[0].Path);
                StringAssert.StartsWith("the body is not valid JSON", e.Issues[0].Message);
                StringAssert.StartsWith("Response of getJob does not match openapi.yaml at /: the body is not valid JSON", e.Message);
                Assert.IsNotInstanceOf<APIException>(e);
                Assert.IsInstanceOf<SecureAIStudioException>(e);
            }
        }

        [Test]
        public void ABodyOfTheWrongShapeNamesTheJsonPointer()
        {
            var body = SerializationTests.ImageJobJson.Replace(@"""progress"":40", @"""progress"":""forty""");
            using (var server = new TestServer(r => ScriptedResponse.Json(200, body)))
            using (var client = Client(server))
            {
                // Strict: the default Warn mode would log the issue and return what fits (R7.1).
                var e = Assert.Throws<ResponseValidationException>(() => Run(client.Jobs.RetrieveAsync("job_1", new RequestOptions { Validation = ValidationMode.Strict })));

                Assert.AreEqual("/progress", e.Issues[0].Path);
                StringAssert.StartsWith("Response of getJob does not match openapi.yaml at /progress: does not match Job", e.Message);
            }
        }

        [TestCase("data[0].status", "/data/0/status")]
        [TestCase("", "")]
        [TestCase("['a.b'].c", "/a.b/c")]
        [TestCase("x['a/b~c']", "/x/a~1b~0c")]
        public void NewtonsoftPathsBecomeJsonPointers(string path, string pointer)
        {
            Assert.AreEqual(pointer, JsonPointer.FromJsonPath(path));
        }

        [Test]
        public void AnAlreadyCancelledTokenSendsNothing()
        {
            using (var server = new TestServer(r => ScriptedResponse.Json(200, SerializationTests.ImageJobJson)))
            using (var client = Client(server))
            using (var cancel = new CancellationTokenSource())
            {
                cancel.Cancel();

                Assert.Throws<APIUserAbortException>(() => Run(client.Jobs.RetrieveAsync("job_1", cancellationToken: cancel.Token)));
                Assert.AreEqual(0, server.Requests.Count);
            }
        }

        [Test]
        public void CancellingDuringAnAttemptAbortsWithoutRetrying()
        {
            using (var server = new TestServer(r => new ScriptedResponse { Delay = TimeSpan.FromSeconds(3), Body = Encoding.UTF8.GetBytes("{}") }))
            using (var client = Client(server, maxRetries: 2))
            using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
            {
                var e = Assert.Throws<APIUserAbortException>(() => Run(client.Jobs.RetrieveAsync("job_1", cancellationToken: cancel.Token)));

                Assert.IsInstanceOf<OperationCanceledException>(e.InnerException);
                Assert.AreEqual(1, server.Requests.Count, "a cancelled call is never retried");
            }
        }

        [Test]
        public void ConnectionErrorsAreNotApiErrors()
        {
            var options = new ClientOptions { BaseUrl = "http://127.0.0.1:" + TestServer.FreePort() + "/api/v1", ApiKey = ApiKey, MaxRetries = 0 };
            using (var client = new SecureAIStudioClient(options))
            {
                var e = Assert.Throws<APIConnectionException>(() => Run(client.Health.LivenessAsync()));

                Assert.IsNotNull(e.InnerException, "the cause is attached");
                Assert.IsFalse(typeof(APIException).IsAssignableFrom(e.GetType()));
                StringAssert.DoesNotContain(ApiKey, e.ToString());
            }
        }
    }
}
