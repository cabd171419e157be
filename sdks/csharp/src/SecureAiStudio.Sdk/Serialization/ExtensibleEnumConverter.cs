// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Globalization;
using Newtonsoft.Json;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>Reads and writes <see cref="IExtensibleEnum"/> structs as their raw wire value.</summary>
    public sealed class ExtensibleEnumConverter : JsonConverter
    {
        /// <inheritdoc />
        public override bool CanConvert(Type objectType)
        {
            var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
            return typeof(IExtensibleEnum).IsAssignableFrom(type);
        }

        /// <inheritdoc />
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            var underlying = Nullable.GetUnderlyingType(objectType);
            if (reader.TokenType == JsonToken.Null)
            {
                if (underlying != null) return null;
                throw new JsonSerializationException(string.Format(CultureInfo.InvariantCulture,
                    "Null is not a valid {0} value at '{1}'.", objectType.Name, reader.Path));
            }
            string raw;
            switch (reader.TokenType)
            {
                case JsonToken.String:
                case JsonToken.Integer:
                case JsonToken.Float:
                    raw = Convert.ToString(reader.Value, CultureInfo.InvariantCulture);
                    break;
                case JsonToken.Boolean:
                    raw = (bool)reader.Value ? "true" : "false";
                    break;
                default:
                    throw new JsonSerializationException(string.Format(CultureInfo.InvariantCulture,
                        "Expected a string or number for {0} at '{1}', got {2}.", objectType.Name, reader.Path, reader.TokenType));
            }
            return Activator.CreateInstance(underlying ?? objectType, raw);
        }

        /// <inheritdoc />
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            var e = (IExtensibleEnum)value;
            if (e.IsNumeric)
            {
                long whole;
                double real;
                if (long.TryParse(e.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out whole))
                {
                    writer.WriteValue(whole);
                    return;
                }
                if (double.TryParse(e.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out real))
                {
                    writer.WriteValue(real);
                    return;
                }
            }
            writer.WriteValue(e.Value);
        }
    }
}
