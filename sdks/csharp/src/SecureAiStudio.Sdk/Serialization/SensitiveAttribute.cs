// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// Marks a model property the spec declares <c>format: password</c> (a new key's <c>secret</c>, a
    /// password): the property returns its value, but a model's <c>ToString</c> shows <c>[REDACTED]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = true)]
    internal sealed class SensitiveAttribute : Attribute
    {
    }

    /// <summary>
    /// The contract of <see cref="SecureAIStudioJson.ToDisplayString"/>: JSON as the SDK writes it, with each
    /// <see cref="SensitiveAttribute"/> property that has a value written as <c>[REDACTED]</c>, at any depth.
    /// </summary>
    internal sealed class MaskingContractResolver : DefaultContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member.GetCustomAttribute<SensitiveAttribute>(true) != null)
            {
                property.ValueProvider = new MaskedValue(property.ValueProvider);
                property.PropertyType = typeof(string);
                property.Converter = null;
                property.MemberConverter = null;
            }
            return property;
        }

        private sealed class MaskedValue : IValueProvider
        {
            private readonly IValueProvider _inner;

            public MaskedValue(IValueProvider inner)
            {
                _inner = inner;
            }

            public object GetValue(object target)
            {
                return _inner.GetValue(target) == null ? null : Internal.Redactor.Mask;
            }

            public void SetValue(object target, object value)
            {
                throw new NotSupportedException("The display contract only writes.");
            }
        }
    }
}
