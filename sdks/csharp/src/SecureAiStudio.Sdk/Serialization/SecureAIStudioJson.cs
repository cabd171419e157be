// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>The JSON settings the SDK uses; public so callers can (de)serialise models the same way.</summary>
    public static class SecureAIStudioJson
    {
        /// <summary>
        /// Shared settings: dates stay strings unless the target type is a date (so free-form
        /// objects keep their text), unknown properties are ignored (servers may add fields).
        /// </summary>
        public static readonly JsonSerializerSettings Settings = new JsonSerializerSettings
        {
            DateParseHandling = DateParseHandling.None,
            DateFormatHandling = DateFormatHandling.IsoDateFormat,
            DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
            MissingMemberHandling = MissingMemberHandling.Ignore,
            FloatParseHandling = FloatParseHandling.Double,
            Culture = CultureInfo.InvariantCulture,
            Formatting = Formatting.None,
            Converters = { new DateTimeConverter() },
        };

        private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

        /// <summary>Serialises a value to compact JSON.</summary>
        public static string Serialize(object value)
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            Serializer.Serialize(writer, value);
            return writer.ToString();
        }

        private static readonly JsonSerializer Display = JsonSerializer.Create(new JsonSerializerSettings
        {
            DateParseHandling = Settings.DateParseHandling,
            DateFormatHandling = Settings.DateFormatHandling,
            DateTimeZoneHandling = Settings.DateTimeZoneHandling,
            Culture = Settings.Culture,
            Formatting = Formatting.None,
            Converters = Settings.Converters,
            ContractResolver = new MaskingContractResolver(),
        });

        /// <summary>
        /// The JSON a model's <c>ToString</c> shows: like <see cref="Serialize"/>, except that properties the
        /// spec declares <c>format: password</c> come out as <c>[REDACTED]</c> (R5.5).
        /// </summary>
        internal static string ToDisplayString(object value)
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            Display.Serialize(writer, value);
            return writer.ToString();
        }

        /// <summary>Deserialises JSON into <typeparamref name="T"/> (abstract union types pick their subtype).</summary>
        public static T Deserialize<T>(string json)
        {
            return (T)Deserialize(json, typeof(T));
        }

        /// <summary>Deserialises JSON into the given type.</summary>
        public static object Deserialize(string json, Type type)
        {
            if (json == null) throw new ArgumentNullException("json");
            using (var reader = new JsonTextReader(new StringReader(json)))
            {
                reader.DateParseHandling = DateParseHandling.None;
                return Serializer.Deserialize(reader, type);
            }
        }
    }
}
