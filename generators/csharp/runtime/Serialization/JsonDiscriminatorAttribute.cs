// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>Names the JSON property whose value selects the subtype of an abstract union model.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class JsonDiscriminatorAttribute : Attribute
    {
        /// <summary>Declares the discriminator property.</summary>
        public JsonDiscriminatorAttribute(string propertyName)
        {
            if (propertyName == null) throw new ArgumentNullException("propertyName");
            PropertyName = propertyName;
        }

        /// <summary>The JSON property name, e.g. <c>type</c>.</summary>
        public string PropertyName { get; private set; }
    }
}
