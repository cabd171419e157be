// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
namespace SecureAiStudio.Sdk
{
    /// <summary>One entry of a problem body's <c>errors</c> array: which input was wrong and why.</summary>
    public sealed class ProblemFieldError
    {
        /// <summary>Creates an entry.</summary>
        public ProblemFieldError(string location, string name, string message)
        {
            Location = location;
            Name = name;
            Message = message;
        }

        /// <summary>Where the bad input was: <c>body</c>, <c>query</c>, <c>path</c> or <c>header</c>.</summary>
        public string Location { get; private set; }

        /// <summary>The field name or JSON pointer of the bad input.</summary>
        public string Name { get; private set; }

        /// <summary>Why the input was rejected.</summary>
        public string Message { get; private set; }
    }
}
