// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// Implemented by the generated enum structs: a wire value that may be one the SDK does not
    /// know yet (a newer server), so it is kept instead of failing deserialisation.
    /// </summary>
    public interface IExtensibleEnum
    {
        /// <summary>The raw wire value.</summary>
        string Value { get; }

        /// <summary>True when the value is one the spec lists (false: a value from a newer server).</summary>
        bool IsKnown { get; }

        /// <summary>True when the schema's type is a number (the value is written as a JSON number).</summary>
        bool IsNumeric { get; }
    }
}
