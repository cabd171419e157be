// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// Declares a concrete subtype of an abstract union model (oneOf/anyOf), optionally with the
    /// discriminator value that selects it. Read by <see cref="PolymorphicJsonConverter"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class JsonSubtypeAttribute : Attribute
    {
        /// <summary>A subtype chosen by trying it (no discriminator).</summary>
        public JsonSubtypeAttribute(Type subtype) : this(null, subtype)
        {
        }

        /// <summary>A subtype chosen when the discriminator equals <paramref name="value"/>.</summary>
        public JsonSubtypeAttribute(string value, Type subtype)
        {
            if (subtype == null) throw new ArgumentNullException("subtype");
            Value = value;
            Subtype = subtype;
        }

        /// <summary>The discriminator value, or null.</summary>
        public string Value { get; private set; }

        /// <summary>The concrete subtype.</summary>
        public Type Subtype { get; private set; }
    }
}
