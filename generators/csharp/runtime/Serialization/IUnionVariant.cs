// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using Newtonsoft.Json.Linq;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// Implemented by every oneOf/anyOf type. C# has one base class, so a variant is a subclass of at
    /// most one union (its allOf parent, else the first union that lists it); in any other union, and
    /// for variants that are not models (a string, a number, an array), the union holds it instead.
    /// </summary>
    public interface IUnionVariant
    {
        /// <summary>
        /// The decoded variant: the object itself when it is a variant's own class, the held variant
        /// otherwise, and null (value unions) or the object itself (object unions) for a variant this
        /// SDK does not know (R7.3).
        /// </summary>
        object Variant { get; }
    }

    /// <summary>How the converters hand a union instance the variant it holds and the JSON it came from.</summary>
    internal interface IUnionVariantHolder
    {
        void Hold(object variant, JToken json);
    }
}
