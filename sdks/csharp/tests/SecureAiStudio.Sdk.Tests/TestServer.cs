// Hand-written test support (generators/csharp/tests/runtime): a real HTTP server on 127.0.0.1
// (System.Net.HttpListener) that records each request and answers with a scripted response.
using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SecureAiStudio.Sdk.Tests
{
    public sealed class RecordedRequest
    {
        public string Method;
        /// <summary>The request target as sent (still percent-encoded), without the query.</summary>
        public string Path;
        public string Query;
        public NameValueCollection Headers;
        public byte[] Body;
        public string ContentType;

        public string BodyText { get { return Encoding.UTF8.GetString(Body); } }
    }

    public sealed class ScriptedResponse
    {
        public int Status = 200;
        public string ContentType = "application/json";
        public byte[] Body = new byte[0];
        public Dictionary<string, string> Headers = new Dictionary<string, string>();
        public TimeSpan Delay = TimeSpan.Zero;

        public static ScriptedResponse Json(int status, string json)
        {
            return new ScriptedResponse { Status = status, Body = Encoding.UTF8.GetBytes(json) };
        }
    }

    public sealed class TestServer : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly Func<RecordedRequest, ScriptedResponse> _handler;
        private readonly List<RecordedRequest> _requests = new List<RecordedRequest>();
        private readonly Task _loop;

        public TestServer(Func<RecordedRequest, ScriptedResponse> handler)
        {
            _handler = handler;
            var port = FreePort();
            Root = "http://127.0.0.1:" + port + "/";
            _listener.Prefixes.Add(Root);
            _listener.Start();
            _loop = Task.Run(() => Serve());
        }

        /// <summary>Base URL to give the client (the API root below the listener).</summary>
        public string BaseUrl { get { return Root + "api/v1"; } }

        public string Root { get; private set; }

        public IList<RecordedRequest> Requests
        {
            get { lock (_requests) return new List<RecordedRequest>(_requests); }
        }

        public RecordedRequest Single()
        {
            var all = Requests;
            if (all.Count != 1) throw new InvalidOperationException("expected exactly one request, got " + all.Count);
            return all[0];
        }

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception)
                {
                    return; // listener stopped
                }
#pragma warning disable 4014 // each request is served on its own task, deliberately not awaited
                Task.Run(() => Handle(context));
#pragma warning restore 4014
            }
        }

        private async Task Handle(HttpListenerContext context)
        {
            var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body).ConfigureAwait(false);
            var recorded = new RecordedRequest
            {
                Method = context.Request.HttpMethod,
                Path = context.Request.RawUrl.Split('?')[0],
                Query = context.Request.Url.Query,
                Headers = context.Request.Headers,
                Body = body.ToArray(),
                ContentType = context.Request.ContentType,
            };
            lock (_requests) _requests.Add(recorded);
            var response = _handler(recorded);
            try
            {
                if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay).ConfigureAwait(false);
                context.Response.StatusCode = response.Status;
                context.Response.ContentType = response.ContentType;
                foreach (var header in response.Headers) context.Response.Headers[header.Key] = header.Value;
                context.Response.ContentLength64 = response.Body.Length;
                await context.Response.OutputStream.WriteAsync(response.Body, 0, response.Body.Length).ConfigureAwait(false);
                context.Response.Close();
            }
            catch (Exception)
            {
                // the client went away (e.g. the timeout test); nothing to answer
            }
        }

        public static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
