// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Globalization;
using Newtonsoft.Json;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// Reads and writes <c>format: date</c> properties as <c>yyyy-MM-dd</c>. The generated models
    /// type them as <see cref="DateTimeOffset"/> (midnight UTC), as netstandard2.0 has no DateOnly.
    /// </summary>
    public sealed class DateOnlyConverter : JsonConverter
    {
        private const string Format = "yyyy-MM-dd";

        /// <inheritdoc />
        public override bool CanConvert(Type objectType)
        {
            var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
            return type == typeof(DateTimeOffset) || type == typeof(DateTime);
        }

        /// <inheritdoc />
        public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
        {
            var type = Nullable.GetUnderlyingType(objectType);
            if (reader.TokenType == JsonToken.Null)
            {
                if (type != null) return null;
                throw new JsonSerializationException("Null is not a valid date at '" + reader.Path + "'.");
            }
            DateTime date;
            if (reader.TokenType == JsonToken.Date)
            {
                date = reader.Value is DateTimeOffset ? ((DateTimeOffset)reader.Value).Date : ((DateTime)reader.Value).Date;
            }
            else
            {
                var text = reader.Value as string;
                if (text == null || !DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                {
                    throw new JsonSerializationException("Expected a date (yyyy-MM-dd) at '" + reader.Path + "', got '" + reader.Value + "'.");
                }
            }
            if ((type ?? objectType) == typeof(DateTime)) return DateTime.SpecifyKind(date, DateTimeKind.Unspecified);
            return new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Unspecified), TimeSpan.Zero);
        }

        /// <inheritdoc />
        public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
        {
            var text = value is DateTimeOffset
                ? ((DateTimeOffset)value).ToString(Format, CultureInfo.InvariantCulture)
                : ((DateTime)value).ToString(Format, CultureInfo.InvariantCulture);
            writer.WriteValue(text);
        }
    }
}
