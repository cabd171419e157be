// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
namespace SecureAiStudio.Sdk
{
    /// <summary>One mismatch between a response body and its schema.</summary>
    public sealed class ValidationIssue
    {
        /// <summary>Creates an issue.</summary>
        public ValidationIssue(string path, string message)
        {
            Path = path;
            Message = message;
        }

        /// <summary>RFC 6901 JSON pointer into the body, e.g. <c>/data/0/status</c>; <c>""</c> for the root.</summary>
        public string Path { get; private set; }

        /// <summary>What was wrong there.</summary>
        public string Message { get; private set; }
    }
}
