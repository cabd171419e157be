// Hand-written NUnit tests (generators/csharp/tests/runtime): every case of the project's shared
// behaviour vectors (test/vectors/*.json, one file per pure rule of docs/sdk-behavior.md) run through
// the SDK's own functions. Adding a case needs no code here; a file or a case shape this test does
// not know fails, and so does a run that cannot find the folder (never a skip).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using SecureAiStudio.Sdk.Internal;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class VectorTests
    {
        /// <summary>How each file's cases run: file name → (input, expected) check.</summary>
        private static readonly Dictionary<string, Action<JObject, JToken>> Runners = new Dictionary<string, Action<JObject, JToken>>
        {
            { "retry-after.json", RetryAfter },
            { "backoff.json", Backoff },
            { "retry-decision.json", RetryDecision },
            { "path-segment.json", PathSegment },
            { "header-value.json", HeaderValueCase },
            { "error-message.json", ErrorMessage },
            { "redaction.json", Redaction },
            { "content-range.json", ContentRangeCase },
            { "sse.json", Sse },
            { "graphql-sse.json", GraphqlSse },
            { "pagination.json", Pagination },
            { "upload-content-type.json", UploadContentTypeCase },
        };

        // ---- loading ------------------------------------------------------------------------

        /// <summary>SAIS_VECTORS, else the first test/vectors above the test assembly or the working directory.</summary>
        public static string VectorFolder()
        {
            var fromEnv = Environment.GetEnvironmentVariable("SAIS_VECTORS");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                if (!Directory.Exists(fromEnv)) throw new DirectoryNotFoundException("SAIS_VECTORS names '" + fromEnv + "', which is not a folder");
                return fromEnv;
            }
            var starts = new[] { Path.GetDirectoryName(typeof(VectorTests).Assembly.Location), Directory.GetCurrentDirectory() };
            foreach (var start in starts)
            {
                for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, "test", "vectors");
                    if (Directory.Exists(candidate)) return candidate;
                }
            }
            throw new DirectoryNotFoundException("no test/vectors folder: set SAIS_VECTORS or run from inside the repository (looked above " + string.Join(" and ", starts) + ")");
        }

        private static JToken Load(string path)
        {
            // Dates stay strings: "now" is parsed by the case itself.
            using (var reader = new JsonTextReader(new StreamReader(path, Encoding.UTF8)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double })
            {
                return JToken.ReadFrom(reader);
            }
        }

        public static IEnumerable<TestCaseData> Cases()
        {
            var cases = new List<TestCaseData>();
            try
            {
                foreach (var path in Directory.GetFiles(VectorFolder(), "*.json").OrderBy(p => p, StringComparer.Ordinal))
                {
                    var file = Path.GetFileName(path);
                    var doc = Load(path) as JObject;
                    var list = doc == null ? null : doc["cases"] as JArray;
                    if (list == null)
                    {
                        cases.Add(new TestCaseData(file, "(file)", null, null, "not an object with a cases array").SetName(file + " › (file)"));
                        continue;
                    }
                    foreach (var item in list)
                    {
                        var c = item as JObject;
                        var name = c == null ? null : (string)c["name"];
                        cases.Add(new TestCaseData(file, name, c == null ? null : c["input"] as JObject, c == null ? null : c["expected"], null)
                            .SetName(file + " › " + (name ?? "(unnamed)")));
                    }
                }
            }
            catch (Exception e)
            {
                cases.Add(new TestCaseData("(folder)", "(load)", null, null, e.GetType().Name + ": " + e.Message).SetName("vectors › loading"));
            }
            return cases;
        }

        [Test, TestCaseSource("Cases")]
        public void Vector(string file, string name, JObject input, JToken expected, string loadError)
        {
            if (loadError != null) Assert.Fail(file + ": " + loadError);
            Action<JObject, JToken> run;
            if (!Runners.TryGetValue(file, out run)) Assert.Fail(file + " is a vector file this test does not know: add its runner to VectorTests");
            Assert.IsNotNull(name, file + ": a case without a name");
            Assert.IsNotNull(input, file + " › " + name + ": input must be an object");
            run(input, expected);
        }

        [Test]
        public void EveryKnownFileIsPresent()
        {
            var present = Directory.GetFiles(VectorFolder(), "*.json").Select(Path.GetFileName).ToList();
            CollectionAssert.IsSubsetOf(Runners.Keys.ToList(), present, "a vector file this test runs is missing");
        }

        // ---- case shapes --------------------------------------------------------------------

        /// <summary>Fails unless the object has every required key and no key outside required + optional.</summary>
        private static void Shape(JObject obj, string what, string[] required, params string[] optional)
        {
            Assert.IsNotNull(obj, what + " must be an object");
            foreach (var key in required) Assert.IsTrue(obj.Properties().Any(p => p.Name == key), what + " lacks '" + key + "'");
            foreach (var p in obj.Properties())
            {
                Assert.IsTrue(required.Contains(p.Name) || optional.Contains(p.Name), what + " has '" + p.Name + "', which this test does not know");
            }
        }

        private static string[] Keys(params string[] keys)
        {
            return keys;
        }

        private static string Text(JToken token)
        {
            return token == null || token.Type == JTokenType.Null ? null : (string)token;
        }

        // ---- runners ------------------------------------------------------------------------

        private static void RetryAfter(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("value", "now"));
            Shape(expected as JObject, "expected", Keys("delayMs"));
            var now = DateTimeOffset.Parse((string)input["now"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var actual = RetryPolicy.ParseRetryAfter(Text(input["value"]), now);
            var delay = expected["delayMs"];
            if (delay.Type == JTokenType.Null)
            {
                Assert.IsNull(actual, "ignored: the backoff applies");
            }
            else
            {
                Assert.IsNotNull(actual, "a usable Retry-After");
                Assert.AreEqual((double)delay, actual.Value.TotalMilliseconds, 1.0);
            }
        }

        private static void Backoff(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("retry", "random"));
            Shape(expected as JObject, "expected", Keys("delayMs", "minMs", "maxMs"));
            var retry = (int)input["retry"];
            Assert.AreEqual((double)expected["delayMs"], RetryPolicy.Backoff(retry, (double)input["random"]).TotalMilliseconds, 1.0);
            // The bounds hold for any draw in [0, 1).
            foreach (var draw in new[] { 0.0, 0.25, 0.5, 0.75, 0.999999 })
            {
                var ms = RetryPolicy.Backoff(retry, draw).TotalMilliseconds;
                Assert.That(ms, Is.InRange((double)expected["minMs"] - 1, (double)expected["maxMs"] + 1), "draw " + draw);
            }
        }

        private static void RetryDecision(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("failure", "method", "idempotencyKey", "retriesLeft"));
            Shape(expected as JObject, "expected", Keys("retry"));
            var failure = input["failure"] as JObject;
            Assert.IsNotNull(failure, "input.failure must be an object");
            int? status = null;
            string code = null;
            if (failure["status"] != null)
            {
                Shape(failure, "input.failure", Keys("status"), "code");
                status = (int)failure["status"];
                code = Text(failure["code"]);
            }
            else if (failure["connectionError"] != null)
            {
                Shape(failure, "input.failure", Keys("connectionError"));
                Assert.IsTrue((bool)failure["connectionError"]);
            }
            else
            {
                Shape(failure, "input.failure", Keys("timeout"));
                Assert.IsTrue((bool)failure["timeout"]);
            }
            var actual = RetryPolicy.ShouldRetry(status, code, (string)input["method"], (bool)input["idempotencyKey"], (int)input["retriesLeft"]);
            Assert.AreEqual((bool)expected["retry"], actual);
        }

        private static void PathSegment(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("value"));
            var exp = expected as JObject;
            var request = new ApiRequest("GET", "/templates/{templateId}", "getTemplate");
            if (exp != null && exp["error"] != null)
            {
                Shape(exp, "expected", Keys("error"));
                Assert.IsTrue((bool)exp["error"]);
                var e = Assert.Throws<ArgumentException>(() => request.SetPathParameter("templateId", (string)input["value"], "templateId"));
                Assert.AreEqual("templateId", e.ParamName);
                StringAssert.Contains("getTemplate", e.Message);
                StringAssert.Contains("'templateId'", e.Message);
                return;
            }
            Shape(exp, "expected", Keys("encoded"));
            request.SetPathParameter("templateId", (string)input["value"], "templateId");
            Assert.AreEqual("/templates/" + (string)exp["encoded"], request.BuildRelativeUrl());
        }

        private static void HeaderValueCase(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("value"));
            Shape(expected as JObject, "expected", Keys("valid"));
            var value = (string)input["value"];
            var valid = (bool)expected["valid"];
            Assert.AreEqual(valid, HeaderValue.IsValid(value));
            // The generated operations go through AddHeader: an invalid value never reaches the request.
            var request = new ApiRequest("PUT", "/templates/{templateId}", "updateTemplate");
            if (valid)
            {
                request.AddHeader("If-Match", value, "ifMatch");
                Assert.AreEqual(value, request.Headers.Single().Value);
            }
            else
            {
                var e = Assert.Throws<ArgumentException>(() => request.AddHeader("If-Match", value, "ifMatch"));
                Assert.AreEqual("ifMatch", e.ParamName);
                StringAssert.Contains("updateTemplate: header 'If-Match'", e.Message);
                Assert.IsEmpty(request.Headers);
            }
        }

        private static void ErrorMessage(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("status", "headers", "body"));
            var exp = expected as JObject;
            Shape(exp, "expected", Keys("message"), "code", "requestId", "detail", "title", "errors");
            var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in ((JObject)input["headers"]).Properties()) headers[h.Name] = new[] { (string)h.Value };
            var error = APIException.Create((int)input["status"], headers, Text(input["body"]));
            Assert.AreEqual((string)exp["message"], error.Message, "message");
            if (exp["code"] != null) Assert.AreEqual(Text(exp["code"]), error.Code, "code");
            if (exp["requestId"] != null) Assert.AreEqual(Text(exp["requestId"]), error.RequestId, "requestId");
            if (exp["detail"] != null) Assert.AreEqual(Text(exp["detail"]), error.Detail, "detail");
            if (exp["title"] != null) Assert.AreEqual(Text(exp["title"]), error.Title, "title");
            if (exp["errors"] != null)
            {
                var want = ((JArray)exp["errors"]).Select(e => (string)e["location"] + "|" + (string)e["name"] + "|" + (string)e["message"]).ToList();
                CollectionAssert.AreEqual(want, error.Errors.Select(e => e.Location + "|" + e.Name + "|" + e.Message).ToList(), "errors");
            }
        }

        private static void Redaction(JObject input, JToken expected)
        {
            var kind = (string)input["kind"];
            var exp = expected as JObject;
            var secrets = input["secrets"] is JArray list ? list.Select(Text).ToArray() : null;
            Assert.IsNotNull(secrets, "input.secrets must be an array");
            var redactor = new Redactor(secrets);
            switch (kind)
            {
                case "text":
                    Shape(input, "input", Keys("kind", "secrets", "text"));
                    Shape(exp, "expected", Keys("text"));
                    Assert.AreEqual((string)exp["text"], redactor.Redact((string)input["text"]));
                    break;
                case "headers":
                    Shape(input, "input", Keys("kind", "secrets", "headers"));
                    Shape(exp, "expected", Keys("headers"));
                    var headers = ((JObject)input["headers"]).Properties().ToDictionary(p => p.Name, p => (IReadOnlyList<string>)new[] { (string)p.Value });
                    var redacted = redactor.RedactHeaders(headers);
                    var want = ((JObject)exp["headers"]).Properties().ToDictionary(p => p.Name, p => (string)p.Value);
                    CollectionAssert.AreEquivalent(want.Keys, redacted.Keys, "header names");
                    foreach (var h in want) Assert.AreEqual(h.Value, redacted[h.Key].Single(), h.Key);
                    break;
                case "causes":
                    Shape(input, "input", Keys("kind", "secrets", "messages"));
                    Shape(exp, "expected", Keys("messages"));
                    var messages = ((JArray)input["messages"]).Select(m => (string)m).ToList();
                    Exception cause = null;
                    for (var i = messages.Count - 1; i >= 1; i--) cause = new IOException(messages[i], cause);
                    var error = redactor.ConnectionError(messages[0], cause, false);
                    var exposed = new List<string>();
                    for (Exception e = error; e != null; e = e.InnerException) exposed.Add(e.Message);
                    CollectionAssert.AreEqual(((JArray)exp["messages"]).Select(m => (string)m).ToList(), exposed);
                    break;
                default:
                    Assert.Fail("input.kind '" + kind + "' is not text, headers or causes");
                    break;
            }
        }

        private static void ContentRangeCase(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("value"));
            var actual = ContentRange.Parse(Text(input["value"]));
            if (expected.Type == JTokenType.Null)
            {
                Assert.IsNull(actual, "not a valid Content-Range");
                return;
            }
            var exp = expected as JObject;
            Shape(exp, "expected", Keys("unit"), "start", "end", "size");
            Assert.IsNotNull(actual, "a valid Content-Range");
            Assert.AreEqual((string)exp["unit"], actual.Unit, "unit");
            Assert.AreEqual(exp["start"] == null ? (long?)null : (long)exp["start"], actual.Start, "start");
            Assert.AreEqual(exp["end"] == null ? (long?)null : (long)exp["end"], actual.End, "end");
            Assert.AreEqual(exp["size"] == null ? (long?)null : (long)exp["size"], actual.Size, "size");
        }

        private static void Sse(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("stream"));
            Shape(expected as JObject, "expected", Keys("events"));
            var want = ((JArray)expected["events"]).Select(e =>
            {
                Shape(e as JObject, "expected event", Keys("event", "data"), "id");
                return Describe((string)e["event"], (string)e["data"], e["id"] == null ? null : (string)e["id"]);
            }).ToList();
            var bytes = new UTF8Encoding(false).GetBytes((string)input["stream"]);
            // The same events whole, byte by byte, and split in two at every offset (R8.4 chunking).
            CollectionAssert.AreEqual(want, ReadEvents(new[] { bytes }), "one chunk");
            CollectionAssert.AreEqual(want, ReadEvents(bytes.Select(b => new[] { b }).ToArray()), "one byte at a time");
            for (var at = 1; at < bytes.Length; at++)
            {
                CollectionAssert.AreEqual(want, ReadEvents(new[] { bytes.Take(at).ToArray(), bytes.Skip(at).ToArray() }), "split at byte " + at);
            }
        }

        private static string Describe(string name, string data, string id)
        {
            return JsonConvert.SerializeObject(new object[] { name, data, id });
        }

        private static List<string> ReadEvents(byte[][] chunks)
        {
            var result = new List<string>();
            using (var reader = new ServerSentEventReader(new ChunkedStream(chunks)))
            {
                ServerSentEvent evt;
                while ((evt = reader.ReadAsync().GetAwaiter().GetResult()) != null) result.Add(Describe(evt.Event, evt.Data, evt.Id));
            }
            return result;
        }

        private static void GraphqlSse(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("stream"));
            Shape(expected as JObject, "expected", Keys("payloads"));
            var want = (JArray)expected["payloads"];
            var bytes = new UTF8Encoding(false).GetBytes((string)input["stream"]);
            // The SSE reader's framing whole and byte by byte, then what SubscribeAsync turns events into.
            SamePayloads(want, ReadPayloads(new[] { bytes }), "one chunk");
            SamePayloads(want, ReadPayloads(bytes.Select(b => new[] { b }).ToArray()), "one byte at a time");
        }

        private static void SamePayloads(JArray want, List<JToken> got, string how)
        {
            var wanted = string.Join(", ", want.Select(p => p.ToString(Formatting.None)));
            var actual = string.Join(", ", got.Select(p => p.ToString(Formatting.None)));
            Assert.AreEqual(want.Count, got.Count, how + ": payloads [" + actual + "], expected [" + wanted + "]");
            for (var i = 0; i < want.Count; i++)
            {
                Assert.IsTrue(JToken.DeepEquals(want[i], got[i]), how + ": payload " + i + " is " + got[i].ToString(Formatting.None) + ", expected " + want[i].ToString(Formatting.None));
            }
        }

        /// <summary>The payloads of a GraphQL-over-SSE body, read by the type SubscribeAsync returns (results as JSON).</summary>
        private static List<JToken> ReadPayloads(byte[][] chunks)
        {
            var payloads = new List<JToken>();
            var body = new ChunkedStream(chunks);
            using (var transport = new HttpTransport(new ClientOptions { BaseUrl = "http://127.0.0.1:9/api" }))
            {
                var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { { "Content-Type", new[] { "text/event-stream" } } };
                var response = new StreamResponse(new System.Net.Http.HttpResponseMessage(System.Net.HttpStatusCode.OK), headers, body);
                var request = new ApiRequest("POST", "/graphql", "graphql");
                using (var results = new GraphqlSubscription<JToken>(transport, request, response, "graphql", CancellationToken.None))
                {
                    while (results.MoveNextAsync().GetAwaiter().GetResult()) payloads.Add(results.Current);
                    Assert.IsTrue(body.Disposed, "the stream is closed once the subscription ends");
                }
            }
            return payloads;
        }

        private static void Pagination(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("requestCursor", "response"));
            Shape(expected as JObject, "expected", Keys("continue"));
            var body = input["response"] as JObject;
            Shape(body, "input.response", Keys("data"), "nextCursor");
            var request = new ApiRequest("GET", "/templates", "listTemplates");
            request.AddQueryParameter("cursor", Text(input["requestCursor"]), true);
            var response = new ApiResponse<JObject>(200, null, body);
            var page = new Page<JObject, JToken>(null, request, response, "cursor",
                b => ((JArray)b["data"]).ToList(), b => Text(b["nextCursor"]), CancellationToken.None);
            Assert.AreEqual((bool)expected["continue"], page.HasNextPage());
        }

        private static void UploadContentTypeCase(JObject input, JToken expected)
        {
            Shape(input, "input", Keys("filename", "bytesHex", "contentType"));
            var exp = expected as JObject;
            var hex = (string)input["bytesHex"];
            var bytes = Enumerable.Range(0, hex.Length / 2).Select(i => Convert.ToByte(hex.Substring(i * 2, 2), 16)).ToArray();
            var upload = FileUpload.FromBytes(bytes, Text(input["filename"]), Text(input["contentType"]));
            var request = new ApiRequest("POST", "/assets", "uploadReferenceImage");
            request.UseMultipartForm();
            if (exp != null && exp["error"] != null)
            {
                Shape(exp, "expected", Keys("error"));
                Shape(exp["error"] as JObject, "expected.error", Keys("option"));
                var e = Assert.Throws<ArgumentException>(() => request.AddFormFile("file", upload, "file"));
                Assert.AreEqual((string)exp["error"]["option"], e.ParamName);
                Assert.IsEmpty(request.FormFiles, "nothing to send");
                return;
            }
            Shape(exp, "expected", Keys("contentType"));
            request.AddFormFile("file", upload, "file");
            Assert.AreEqual((string)exp["contentType"], request.FormFiles.Single().Value.ResolveContentType());
        }

        /// <summary>A read-only stream that returns the given chunks one Read at a time, as a network does.</summary>
        private sealed class ChunkedStream : Stream
        {
            private readonly byte[][] _chunks;
            private int _chunk;
            private int _offset;

            public ChunkedStream(byte[][] chunks)
            {
                _chunks = chunks.Where(c => c.Length > 0).ToArray();
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (_chunk >= _chunks.Length) return 0;
                var current = _chunks[_chunk];
                var n = Math.Min(count, current.Length - _offset);
                Array.Copy(current, _offset, buffer, offset, n);
                _offset += n;
                if (_offset == current.Length)
                {
                    _chunk++;
                    _offset = 0;
                }
                return n;
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                return Task.FromResult(Read(buffer, offset, count));
            }

            public bool Disposed { get; private set; }

            protected override void Dispose(bool disposing)
            {
                Disposed = true;
                base.Dispose(disposing);
            }

            public override bool CanRead { get { return true; } }
            public override bool CanSeek { get { return false; } }
            public override bool CanWrite { get { return false; } }
            public override long Length { get { throw new NotSupportedException(); } }
            public override long Position { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException(); }
            public override void SetLength(long value) { throw new NotSupportedException(); }
            public override void Write(byte[] buffer, int offset, int count) { throw new NotSupportedException(); }
        }
    }
}
