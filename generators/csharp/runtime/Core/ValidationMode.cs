// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
namespace SecureAiStudio.Sdk
{
    /// <summary>What the SDK does when a successful response does not match the spec (R7.1).</summary>
    public enum ValidationMode
    {
        /// <summary>Default: report the mismatch to <see cref="ClientOptions.Logger"/> and return the data.</summary>
        Warn = 0,

        /// <summary>Throw <see cref="ResponseValidationException"/>.</summary>
        Strict = 1,

        /// <summary>Skip the check (a body that is not JSON still throws, R7.4).</summary>
        Off = 2,
    }
}
