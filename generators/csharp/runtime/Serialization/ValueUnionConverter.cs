// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// Reads and writes a oneOf/anyOf type with a member that is not a model (<c>oneOf: [string,
    /// integer]</c>, an array, a free-form object). Such a member cannot be a subclass, so the union
    /// instance keeps the JSON as received (written back unchanged) and the first member of its
    /// <see cref="JsonSubtypeAttribute"/>s whose JSON type fits and that decodes, as its Variant.
    /// </summary>
    public sealed class ValueUnionConverter : JsonConverter
    {
        /// <inheritdoc />
        public override bool CanConvert(Type objectType)
        {
            return typeof(IUnionVariantHolder).GetTypeInfo().IsAssignableFrom(objectType.GetTypeInfo());
        }

        /// <inheritdoc />
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null) return null;
            var token = JToken.Load(reader);
            var target = Activator.CreateInstance(objectType);
            ((IUnionVariantHolder)target).Hold(Decode(objectType, token), token);
            return target;
        }

        /// <inheritdoc />
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            var json = value == null ? null : ((IValueUnion)value).Json;
            if (json == null) writer.WriteNull();
            else json.WriteTo(writer);
        }

        /// <summary>The first member that fits the token, decoded; null when none does (a variant this SDK does not know).</summary>
        internal static object Decode(Type union, JToken token)
        {
            foreach (var subtype in union.GetTypeInfo().GetCustomAttributes<JsonSubtypeAttribute>(false).Select(s => s.Subtype))
            {
                if (!Fits(token.Type, subtype)) continue;
                try
                {
                    // A fresh serializer per attempt: a failed one keeps error state.
                    return token.ToObject(subtype, JsonSerializer.Create(SecureAIStudioJson.Settings));
                }
                catch (JsonException)
                {
                }
                catch (FormatException)
                {
                }
            }
            return null;
        }

        // Newtonsoft converts loosely (the number 1 to the string "1"); a union member must match the JSON type.
        private static bool Fits(JTokenType json, Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(object)) return true;
            if (type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid)
                || typeof(IExtensibleEnum).GetTypeInfo().IsAssignableFrom(type.GetTypeInfo())) return json == JTokenType.String;
            if (type == typeof(bool)) return json == JTokenType.Boolean;
            if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)) return json == JTokenType.Integer;
            if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return json == JTokenType.Integer || json == JTokenType.Float;
            if (typeof(IDictionary).GetTypeInfo().IsAssignableFrom(type.GetTypeInfo())) return json == JTokenType.Object;
            if (typeof(IEnumerable).GetTypeInfo().IsAssignableFrom(type.GetTypeInfo())) return json == JTokenType.Array;
            return json == JTokenType.Object;
        }
    }

    /// <summary>A union holding its value as JSON (<see cref="ValueUnionConverter"/>).</summary>
    internal interface IValueUnion
    {
        JToken Json { get; }
    }

    /// <summary>Builds union values from a variant, for requests.</summary>
    public static class UnionValues
    {
        /// <summary>
        /// <paramref name="variant"/> as a <typeparamref name="TUnion"/>: itself when it already is one (a
        /// variant's own class), else decoded from its JSON as a response would be.
        /// </summary>
        public static TUnion Wrap<TUnion>(object variant) where TUnion : class
        {
            var union = variant as TUnion;
            if (union != null) return union;
            var serializer = JsonSerializer.Create(SecureAIStudioJson.Settings);
            var json = variant == null ? JValue.CreateNull() : JToken.FromObject(variant, serializer);
            return json.ToObject<TUnion>(serializer);
        }
    }
}
