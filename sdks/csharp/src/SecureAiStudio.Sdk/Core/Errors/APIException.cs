// Hand-written runtime (generators/csharp/templates/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// The server answered with a non-success status. Problem-details fields
    /// (<c>application/problem+json</c>) are exposed when the body carries them.
    /// </summary>
    public class APIException : SecureAIStudioException
    {
        /// <summary>Creates the exception from a response.</summary>
        public APIException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(BuildMessage(statusCode, body))
        {
            StatusCode = statusCode;
            Headers = headers ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            Body = body;
            Problem = TryParseObject(body);
            if (Problem != null)
            {
                Type = Text(Problem, "type");
                Title = Text(Problem, "title");
                Detail = Text(Problem, "detail");
                Instance = Text(Problem, "instance");
                Code = Text(Problem, "code");
                RequestId = Text(Problem, "requestId");
            }
            IReadOnlyList<string> ids;
            if (RequestId == null && Headers.TryGetValue("X-Request-Id", out ids) && ids.Count > 0)
            {
                RequestId = ids[0];
            }
        }

        /// <summary>HTTP status code.</summary>
        public int StatusCode { get; private set; }

        /// <summary>Response headers (case-insensitive names).</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; private set; }

        /// <summary>Raw response body.</summary>
        public string Body { get; private set; }

        /// <summary>The body as a JSON object, or null when it is not one.</summary>
        public JObject Problem { get; private set; }

        /// <summary>Problem <c>type</c> URI.</summary>
        public string Type { get; private set; }

        /// <summary>Problem <c>title</c>.</summary>
        public string Title { get; private set; }

        /// <summary>Problem <c>detail</c>.</summary>
        public string Detail { get; private set; }

        /// <summary>Problem <c>instance</c>.</summary>
        public string Instance { get; private set; }

        /// <summary>Machine-readable error code.</summary>
        public string Code { get; private set; }

        /// <summary>Request id from the problem body or the <c>X-Request-Id</c> header.</summary>
        public string RequestId { get; private set; }

        private static string BuildMessage(int statusCode, string body)
        {
            var problem = TryParseObject(body);
            var title = problem == null ? null : Text(problem, "title");
            var detail = problem == null ? null : Text(problem, "detail");
            var message = "HTTP " + statusCode;
            if (title != null) message += ": " + title;
            if (detail != null) message += " - " + detail;
            if (problem == null && !string.IsNullOrEmpty(body))
            {
                message += ": " + (body.Length > 200 ? body.Substring(0, 200) + "..." : body);
            }
            return message;
        }

        private static JObject TryParseObject(string body)
        {
            if (string.IsNullOrWhiteSpace(body)) return null;
            try
            {
                return JToken.Parse(body) as JObject;
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }

        private static string Text(JObject obj, string name)
        {
            var token = obj[name];
            return token == null || token.Type == JTokenType.Null ? null : token.ToString();
        }
    }
}
