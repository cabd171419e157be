// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// The server answered with a non-success status (after retries). Subclasses name the status
    /// (<see cref="NotFoundException"/>, ...); other statuses (405, 416, ...) are a plain APIException.
    /// Problem-details members (<c>application/problem+json</c>) are exposed as properties; a GraphQL request
    /// error (<c>{"errors": [{"message": …}]}</c>, R13.2) gives <see cref="Detail"/> and <see cref="Code"/> from its errors.
    /// </summary>
    /// <example>
    /// <code>
    /// try { await client.Jobs.RetrieveAsync("job_x"); }
    /// catch (APIException e) { Console.WriteLine(e.StatusCode + " " + e.Code + " " + e.RequestId); }
    /// </code>
    /// </example>
    public class APIException : SecureAIStudioException
    {
        private const int MaxDetailLength = 500;

        /// <summary>Creates the exception from a response; <paramref name="body"/> is the raw (already redacted) body.</summary>
        public APIException(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
            : base(BuildMessage(statusCode, body))
        {
            StatusCode = statusCode;
            Headers = headers ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            Body = body;
            Problem = TryParseObject(body);
            var errors = new List<ProblemFieldError>();
            if (Problem != null)
            {
                Type = Text(Problem, "type");
                Title = Text(Problem, "title");
                Detail = ProblemDetail(Problem);
                Instance = Text(Problem, "instance");
                Code = ProblemCode(Problem);
                var list = Problem["errors"] as JArray;
                if (list != null)
                {
                    foreach (var item in list)
                    {
                        var entry = item as JObject;
                        if (entry != null) errors.Add(new ProblemFieldError(Text(entry, "location"), Text(entry, "name"), Text(entry, "message")));
                    }
                }
            }
            else
            {
                Detail = NonJsonDetail(body);
            }
            Errors = errors;
            // R5.3: the X-Request-Id header wins over the problem's requestId.
            IReadOnlyList<string> ids;
            RequestId = Headers.TryGetValue("X-Request-Id", out ids) && ids.Count > 0 && !string.IsNullOrEmpty(ids[0])
                ? ids[0]
                : (Problem == null ? null : Text(Problem, "requestId"));
        }

        /// <summary>
        /// Builds the subclass that matches the status (R5.2): 400 <see cref="BadRequestException"/>,
        /// 401 <see cref="AuthenticationException"/>, 403 <see cref="PermissionDeniedException"/>,
        /// 404 <see cref="NotFoundException"/>, 409 <see cref="ConflictException"/>,
        /// 412 <see cref="PreconditionFailedException"/>, 422 <see cref="UnprocessableEntityException"/>,
        /// 429 <see cref="RateLimitException"/>, 5xx <see cref="InternalServerException"/>, else APIException.
        /// </summary>
        public static APIException Create(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string body)
        {
            switch (statusCode)
            {
                case 400: return new BadRequestException(statusCode, headers, body);
                case 401: return new AuthenticationException(statusCode, headers, body);
                case 403: return new PermissionDeniedException(statusCode, headers, body);
                case 404: return new NotFoundException(statusCode, headers, body);
                case 409: return new ConflictException(statusCode, headers, body);
                case 412: return new PreconditionFailedException(statusCode, headers, body);
                case 422: return new UnprocessableEntityException(statusCode, headers, body);
                case 429: return new RateLimitException(statusCode, headers, body);
            }
            return statusCode >= 500 && statusCode < 600
                ? new InternalServerException(statusCode, headers, body)
                : new APIException(statusCode, headers, body);
        }

        /// <summary>HTTP status code.</summary>
        public int StatusCode { get; private set; }

        /// <summary>Response headers (case-insensitive names).</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; private set; }

        /// <summary>Raw response body (secrets replaced by <c>[REDACTED]</c>).</summary>
        public string Body { get; private set; }

        /// <summary>The body as a JSON object, or null when it is not one.</summary>
        public JObject Problem { get; private set; }

        /// <summary>Problem <c>type</c> URI.</summary>
        public string Type { get; private set; }

        /// <summary>Problem <c>title</c>.</summary>
        public string Title { get; private set; }

        /// <summary>
        /// Problem <c>detail</c>; for a body that is not JSON, its first 500 characters; for a GraphQL request error,
        /// its errors' messages joined by <c>"; "</c>.
        /// </summary>
        public string Detail { get; private set; }

        /// <summary>Problem <c>instance</c>.</summary>
        public string Instance { get; private set; }

        /// <summary>
        /// Machine-readable error code, e.g. <c>etag_mismatch</c>; for a GraphQL request error, its first error's
        /// <c>extensions.code</c> (<c>GRAPHQL_VALIDATION_FAILED</c>).
        /// </summary>
        public string Code { get; private set; }

        /// <summary>Per-field problems (<c>errors</c> of the problem body); empty when none.</summary>
        public IReadOnlyList<ProblemFieldError> Errors { get; private set; }

        /// <summary>The <c>X-Request-Id</c> response header, else the problem's <c>requestId</c>.</summary>
        public string RequestId { get; private set; }

        /// <summary>R5.3: <c>"&lt;status&gt; &lt;code&gt;: &lt;detail or title&gt;"</c>, parts left out when absent.</summary>
        internal static string BuildMessage(int statusCode, string body)
        {
            var problem = TryParseObject(body);
            var code = problem == null ? null : ProblemCode(problem);
            var text = problem == null ? NonJsonDetail(body) : (ProblemDetail(problem) ?? Text(problem, "title"));
            var head = string.IsNullOrEmpty(code) ? statusCode.ToString() : statusCode + " " + code;
            return string.IsNullOrEmpty(text) ? head + " status code (no problem details)" : head + ": " + text;
        }

        /// <summary>The problem's <c>detail</c>; for a GraphQL request error (R13.2), its messages joined by "; ".</summary>
        private static string ProblemDetail(JObject problem)
        {
            var detail = Text(problem, "detail");
            if (detail != null || Text(problem, "title") != null) return detail;
            var errors = GraphqlErrors(problem);
            return errors == null ? null : string.Join("; ", errors.Select(e => (string)e["message"]));
        }

        /// <summary>The problem's <c>code</c>; for a GraphQL request error, the first error's <c>extensions.code</c> when it is text.</summary>
        private static string ProblemCode(JObject problem)
        {
            var code = Text(problem, "code");
            if (code != null || Text(problem, "detail") != null || Text(problem, "title") != null) return code;
            var errors = GraphqlErrors(problem);
            var extensions = errors == null ? null : errors[0]["extensions"] as JObject;
            var first = extensions == null ? null : extensions["code"];
            return first != null && first.Type == JTokenType.String ? (string)first : null;
        }

        /// <summary>
        /// The <c>errors</c> of a GraphQL request error (R5.3: a body without <c>detail</c> and <c>title</c> whose
        /// <c>errors</c> are objects, each with a text <c>message</c>), else null: anything else is no GraphQL error.
        /// </summary>
        private static List<JObject> GraphqlErrors(JObject problem)
        {
            var list = problem["errors"] as JArray;
            if (list == null || list.Count == 0) return null;
            var errors = new List<JObject>();
            foreach (var item in list)
            {
                var entry = item as JObject;
                var message = entry == null ? null : entry["message"];
                if (message == null || message.Type != JTokenType.String) return null;
                errors.Add(entry);
            }
            return errors;
        }

        private static string NonJsonDetail(string body)
        {
            if (string.IsNullOrEmpty(body)) return null;
            return body.Length > MaxDetailLength ? body.Substring(0, MaxDetailLength) : body;
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
