// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// Marks the base type of a oneOf/anyOf. An instance of exactly this type is a variant the SDK
    /// does not know (R7.3): kept whole, and a validation issue for <see cref="Internal.ResponseValidator"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    internal sealed class UnionTypeAttribute : Attribute
    {
    }
}
