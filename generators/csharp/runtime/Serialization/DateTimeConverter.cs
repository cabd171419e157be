// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Globalization;
using Newtonsoft.Json;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// <c>format: date-time</c> as RFC 3339 text. UTC is written with <c>Z</c> and fractions without
    /// trailing zeros, the way servers commonly send them, so a decoded model re-serialises to the
    /// text it was read from (R7.3) instead of Newtonsoft's <c>+00:00</c>.
    /// </summary>
    public sealed class DateTimeConverter : JsonConverter
    {
        private const string Fraction = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF";

        /// <inheritdoc />
        public override bool CanConvert(Type objectType)
        {
            var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
            return type == typeof(DateTimeOffset);
        }

        /// <inheritdoc />
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                if (Nullable.GetUnderlyingType(objectType) != null) return null;
                throw new JsonSerializationException("Null is not a valid date-time at '" + reader.Path + "'.");
            }
            if (reader.Value is DateTimeOffset) return (DateTimeOffset)reader.Value;
            if (reader.Value is DateTime) return new DateTimeOffset((DateTime)reader.Value);
            var text = reader.Value as string;
            DateTimeOffset value;
            if (text == null || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value))
            {
                throw new JsonSerializationException("Expected an RFC 3339 date-time at '" + reader.Path + "', got '" + reader.Value + "'.");
            }
            return value;
        }

        /// <inheritdoc />
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            writer.WriteValue(Format((DateTimeOffset)value));
        }

        /// <summary>RFC 3339: <c>2026-11-21T10:15:00Z</c>, or with the offset when it is not UTC.</summary>
        public static string Format(DateTimeOffset value)
        {
            var text = value.ToString(Fraction, CultureInfo.InvariantCulture);
            return value.Offset == TimeSpan.Zero ? text + "Z" : text + value.ToString("zzz", CultureInfo.InvariantCulture);
        }
    }
}
