// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// A successful response whose body does not match the OpenAPI document (R7): not valid JSON
    /// (R7.4, path <c>""</c>) or not of the declared schema. Not an <see cref="APIException"/>; never retried.
    /// </summary>
    /// <example><code>catch (ResponseValidationException e) { Console.WriteLine(e.OperationId + " " + e.Issues[0].Path + " " + e.RequestId); }</code></example>
    public class ResponseValidationException : SecureAIStudioException
    {
        /// <summary>Creates the exception.</summary>
        public ResponseValidationException(string operationId, IReadOnlyList<ValidationIssue> issues, string requestId,
            int statusCode, string body, Exception innerException = null)
            : base(BuildMessage(operationId, issues), innerException)
        {
            OperationId = operationId;
            Issues = issues ?? new ValidationIssue[0];
            RequestId = requestId;
            StatusCode = statusCode;
            Body = body;
        }

        /// <summary>The operationId whose response failed validation.</summary>
        public string OperationId { get; private set; }

        /// <summary>Every mismatch found, with its JSON pointer.</summary>
        public IReadOnlyList<ValidationIssue> Issues { get; private set; }

        /// <summary>The <c>X-Request-Id</c> of the response, or null.</summary>
        public string RequestId { get; private set; }

        /// <summary>HTTP status code of the response.</summary>
        public int StatusCode { get; private set; }

        /// <summary>The raw response body.</summary>
        public string Body { get; private set; }

        private static string BuildMessage(string operationId, IReadOnlyList<ValidationIssue> issues)
        {
            var message = "Response of " + operationId + " does not match openapi.yaml";
            if (issues != null && issues.Count > 0)
            {
                message += " at " + (issues[0].Path.Length == 0 ? "/" : issues[0].Path) + ": " + issues[0].Message;
                if (issues.Count > 1) message += " (and " + (issues.Count - 1) + " more)";
            }
            return message;
        }
    }
}
