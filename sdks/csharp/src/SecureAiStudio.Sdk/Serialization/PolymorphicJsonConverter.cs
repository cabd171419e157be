// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// Deserialises an abstract union model (oneOf/anyOf) into the concrete subtype named by its
    /// <see cref="JsonDiscriminatorAttribute"/> and <see cref="JsonSubtypeAttribute"/>s, or, without a
    /// discriminator, into the first subtype the JSON fits. Writing uses the default contract of the
    /// runtime type, so subtypes serialise their own properties (including the discriminator).
    /// </summary>
    public sealed class PolymorphicJsonConverter : JsonConverter
    {
        private sealed class UnionInfo
        {
            public string DiscriminatorProperty;
            public List<JsonSubtypeAttribute> Subtypes;
        }

        private static readonly ConcurrentDictionary<Type, UnionInfo> Cache = new ConcurrentDictionary<Type, UnionInfo>();

        /// <inheritdoc />
        public override bool CanWrite { get { return false; } }

        /// <inheritdoc />
        public override bool CanConvert(Type objectType)
        {
            return Describe(objectType).Subtypes.Count > 0;
        }

        /// <inheritdoc />
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            throw new NotSupportedException("PolymorphicJsonConverter only reads; writing uses the runtime type's contract.");
        }

        /// <inheritdoc />
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null) return null;
            var path = reader.Path;
            var token = JToken.Load(reader);
            var obj = token as JObject;
            if (obj == null)
            {
                throw new JsonSerializationException(string.Format(CultureInfo.InvariantCulture,
                    "Expected a JSON object for {0} at '{1}', got {2}.", objectType.Name, path, token.Type));
            }

            var info = Describe(objectType);
            if (info.Subtypes.Count == 0)
            {
                // A concrete subtype inherits the converter attribute from its abstract base:
                // fill it with the default contract (Populate does not re-enter this converter).
                return PopulateNew(objectType, obj, serializer);
            }
            if (info.DiscriminatorProperty != null)
            {
                return AsUnion(objectType, PopulateNew(ChooseByDiscriminator(objectType, info, obj, path), obj, serializer), obj);
            }
            var failures = new List<string>();
            foreach (var candidate in info.Subtypes)
            {
                try
                {
                    // A failed attempt leaves error state in the serializer it ran on, so each
                    // attempt gets a fresh one with the SDK's settings.
                    return AsUnion(objectType, PopulateNew(candidate.Subtype, obj, JsonSerializer.Create(SecureAIStudioJson.Settings)), obj);
                }
                catch (JsonException e)
                {
                    failures.Add(candidate.Subtype.Name + ": " + e.Message);
                }
            }
            // A union base type stands for a variant this SDK does not know: kept whole, and reported
            // by the response validator (R7.3), never decoded to null.
            if (!objectType.IsAbstract) return PopulateNew(objectType, obj, JsonSerializer.Create(SecureAIStudioJson.Settings));
            throw new JsonSerializationException(string.Format(CultureInfo.InvariantCulture,
                "The object at '{0}' matches none of the {1} variants ({2}).", path, objectType.Name, string.Join("; ", failures)));
        }

        private static Type ChooseByDiscriminator(Type objectType, UnionInfo info, JObject obj, string path)
        {
            var token = obj[info.DiscriminatorProperty];
            var known = string.Join(", ", info.Subtypes.Select(s => "'" + s.Value + "'"));
            // A concrete base stands for itself when no known subtype is named: allOf inheritance, or a
            // union's base type for a variant this SDK does not know (the validator reports that, R7.3).
            var fallback = objectType.IsAbstract ? null : objectType;
            if ((token == null || token.Type == JTokenType.Null) && fallback != null) return fallback;
            if (token == null || token.Type == JTokenType.Null)
            {
                throw new JsonSerializationException(string.Format(CultureInfo.InvariantCulture,
                    "Missing discriminator '{0}' for {1} at '{2}' (expected one of {3}).", info.DiscriminatorProperty, objectType.Name, path, known));
            }
            var value = token.Type == JTokenType.String ? (string)token : token.ToString(Formatting.None);
            foreach (var subtype in info.Subtypes)
            {
                if (string.Equals(subtype.Value, value, StringComparison.Ordinal)) return subtype.Subtype;
            }
            if (fallback != null) return fallback;
            throw new JsonSerializationException(string.Format(CultureInfo.InvariantCulture,
                "Unknown {0} '{1}' = '{2}' at '{3}' (this SDK knows {4}); a newer SDK version may support it.",
                objectType.Name, info.DiscriminatorProperty, value, path, known));
        }

        /// <summary>
        /// A variant that is not a subclass of the union (C# has one base class: it subclasses its allOf parent
        /// or another union) comes back held by an instance of the union, which keeps the common properties and
        /// the other fields (so it writes the same JSON back) and exposes the variant as <c>Variant</c>.
        /// </summary>
        private static object AsUnion(Type union, object variant, JObject obj)
        {
            if (union.GetTypeInfo().IsAssignableFrom(variant.GetType().GetTypeInfo())) return variant;
            var holder = PopulateNew(union, obj, JsonSerializer.Create(SecureAIStudioJson.Settings));
            var held = holder as IUnionVariantHolder;
            if (held == null)
            {
                throw new JsonSerializationException(string.Format(CultureInfo.InvariantCulture,
                    "{0} cannot hold its variant {1}.", union.Name, variant.GetType().Name));
            }
            held.Hold(variant, obj);
            return holder;
        }

        private static object PopulateNew(Type type, JObject obj, JsonSerializer serializer)
        {
            var target = Activator.CreateInstance(type);
            using (var reader = obj.CreateReader())
            {
                serializer.Populate(reader, target);
            }
            return target;
        }

        private static UnionInfo Describe(Type type)
        {
            return Cache.GetOrAdd(type, t =>
            {
                var discriminator = (JsonDiscriminatorAttribute)Attribute.GetCustomAttribute(t, typeof(JsonDiscriminatorAttribute), false);
                return new UnionInfo
                {
                    DiscriminatorProperty = discriminator == null ? null : discriminator.PropertyName,
                    Subtypes = t.GetCustomAttributes(typeof(JsonSubtypeAttribute), false).Cast<JsonSubtypeAttribute>().ToList(),
                };
            });
        }
    }
}
