// Hand-written NUnit tests of openapi.yaml's own surface (generators/csharp/tests/api, not shipped): R8.4 typed server-sent events.
// The WHATWG line parser (ServerSentEventReader) is fed a body one byte per read, so events split
// across network chunks anywhere; the typed stream (EventStream) runs against a real local server.
using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using SecureAiStudio.Sdk.Models;

namespace SecureAiStudio.Sdk.Tests
{
    [TestFixture]
    public class EventTests
    {
        private const string Body =
            ": keep-alive comment\n" +
            "retry: 5000\n" +
            "id: 1\n" +
            "event: job.progress\n" +
            "data: {\"event\":\"job.progress\",\"jobId\":\"job_1\",\"status\":\"running\",\n" +
            "data:  \"progress\":40,\"occurredAt\":\"2026-11-21T10:15:10Z\",\"extra\":\"kept\"}\r\n" +
            "\r\n" +
            "id: 2\r" +
            "event: job.completed\r" +
            "data: {\"event\":\"job.completed\",\"jobId\":\"job_1\",\"status\":\"brand_new_state\",\"progress\":100,\"occurredAt\":\"2026-11-21T10:15:42Z\"}\r" +
            "\r" +
            "data: no event name\n" +
            "\n";

        /// <summary>A stream that hands out one byte per read, like a slow network.</summary>
        private sealed class TrickleStream : MemoryStream
        {
            public TrickleStream(byte[] bytes) : base(bytes) { }

            public override int Read(byte[] buffer, int offset, int count)
            {
                return base.Read(buffer, offset, Math.Min(count, 1));
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                return base.ReadAsync(buffer, offset, Math.Min(count, 1), cancellationToken);
            }
        }

        [Test]
        public void TheReaderFollowsTheEventStreamFormatAcrossChunks()
        {
            using (var reader = new ServerSentEventReader(new TrickleStream(Encoding.UTF8.GetBytes(Body))))
            {
                var first = reader.ReadAsync().GetAwaiter().GetResult();
                Assert.AreEqual("job.progress", first.Event);
                Assert.AreEqual("1", first.Id);
                Assert.AreEqual(5000, first.RetryMilliseconds);
                StringAssert.Contains(",\n \"progress\":40", first.Data, "data lines joined with \\n, one leading space removed");
                var second = reader.ReadAsync().GetAwaiter().GetResult();
                Assert.AreEqual("job.completed", second.Event);
                Assert.AreEqual("2", second.Id);
                var third = reader.ReadAsync().GetAwaiter().GetResult();
                Assert.AreEqual("message", third.Event, "no event: field means 'message'");
                Assert.AreEqual("no event name", third.Data);
                Assert.IsNull(reader.ReadAsync().GetAwaiter().GetResult());
            }
        }

        private static ScriptedResponse EventBody(string body)
        {
            return new ScriptedResponse { Status = 200, ContentType = "text/event-stream", Body = Encoding.UTF8.GetBytes(body) };
        }

        [Test]
        public void TheTypedStreamDecodesEachEventAsTheEventSchema()
        {
            var json = Body.Replace("data: no event name\n\n", "");
            using (var server = new TestServer(r => EventBody(json)))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key" }))
            using (var events = client.Jobs.EventsAsync("job_1", new JobEventsParams { LastEventId = "0" }).GetAwaiter().GetResult())
            {
                var all = events.ToList();
                Assert.AreEqual(new[] { "job.progress", "job.completed" }, all.Select(e => e.Event).ToArray());
                var progress = (JobEvent)all[0].Value;
                Assert.AreEqual(40, progress.Progress);
                var completed = (JobEvent)all[1].Value;
                Assert.AreEqual("brand_new_state", completed.Status.ToString(), "R7.3: an unknown enum value keeps its text");
                Assert.AreEqual(typeof(JobEvent), events.DataType);
                Assert.Throws<InvalidOperationException>(() => events.ToList(), "a stream is read once");
                var request = server.Single();
                Assert.AreEqual("text/event-stream", request.Headers["Accept"]);
                Assert.AreEqual("0", request.Headers["Last-Event-ID"]);
            }
        }

        [Test]
        public void DataThatIsNotJsonRaisesResponseValidation()
        {
            using (var server = new TestServer(r => EventBody("event: job.status\ndata: not json\n\n")))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key" }))
            using (var events = client.Jobs.EventsAsync("job_1").GetAwaiter().GetResult())
            {
                var e = Assert.Throws<ResponseValidationException>(() => events.ReadAsync().GetAwaiter().GetResult());
                Assert.AreEqual("streamJobEvents", e.OperationId);
                Assert.AreEqual("", e.Issues[0].Path);
                StringAssert.StartsWith("the body is not valid JSON", e.Issues[0].Message);
            }
        }

        // R8.4: the operation's own method returns the typed events; no method reads the stream into one string.
        [Test]
        public void AnEventStreamOperationsAsyncMethodReturnsTheTypedEventsAndNoStringVariantExists()
        {
            var jobs = typeof(Services.JobsService);
            Assert.AreEqual(typeof(Task<EventStream>), jobs.GetMethod("EventsAsync").ReturnType);
            Assert.AreEqual(typeof(Task<StreamResponse>), jobs.GetMethod("EventsAsStreamAsync").ReturnType, "the raw stream stays");
            Assert.IsNull(typeof(Services.JobsRawService).GetMethod("EventsAsync"), "status and headers are EventStream.Response");
        }

        [Test]
        public void TheEventStreamCarriesTheResponseStatusAndHeaders()
        {
            using (var server = new TestServer(r =>
            {
                var response = EventBody("event: job.status\ndata: {\"event\":\"job.status\",\"jobId\":\"job_1\",\"status\":\"running\",\"progress\":5,\"occurredAt\":\"2026-11-21T10:15:10Z\"}\n\n");
                response.Headers["X-Request-Id"] = "req_events_1";
                return response;
            }))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key" }))
            using (var events = client.Jobs.EventsAsync("job_1").GetAwaiter().GetResult())
            {
                Assert.AreEqual(200, events.Response.StatusCode);
                Assert.AreEqual("req_events_1", events.Response.RequestId);
                var evt = events.ReadAsync().GetAwaiter().GetResult();
                Assert.AreEqual(5, ((JobEvent)evt.Value).Progress);
                Assert.IsNull(events.ReadAsync().GetAwaiter().GetResult(), "the stream ends when the server closes it");
                StringAssert.EndsWith("/jobs/job_1/events", server.Single().Path);
            }
        }

        [Test]
        public void AnErrorAnswerToTheEventsCallIsATypedApiError()
        {
            const string problem = @"{""type"":""about:blank"",""title"":""Not Found"",""status"":404,""code"":""job_not_found"",""requestId"":""req_404""}";
            using (var server = new TestServer(r => new ScriptedResponse { Status = 404, ContentType = "application/problem+json", Body = Encoding.UTF8.GetBytes(problem) }))
            using (var client = new SecureAIStudioClient(new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_key" }))
            {
                var e = Assert.Throws<NotFoundException>(() => client.Jobs.EventsAsync("job_missing").GetAwaiter().GetResult());
                Assert.AreEqual("job_not_found", e.Code);
                Assert.AreEqual(1, server.Requests.Count, "a 404 is not retried");
            }
        }
    }
}
