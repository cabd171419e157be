// Hand-written runtime (generators/csharp/templates/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>Turns parameter values into the text OpenAPI's simple/form styles put on the wire.</summary>
    internal static class ParameterFormatter
    {
        /// <summary>Text of one scalar value; null for null.</summary>
        public static string Format(object value)
        {
            if (value == null) return null;
            var text = value as string;
            if (text != null) return text;
            if (value is bool b) return b ? "true" : "false";
            // format: date parameters are pre-formatted by FormatDate in the generated code.
            // R9.1: date-times go out as RFC 3339 UTC.
            if (value is DateTimeOffset dto) return Serialization.DateTimeConverter.Format(dto.ToUniversalTime());
            if (value is DateTime dt) return dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (value is IExtensibleEnum e) return e.Value;
            if (value is Guid g) return g.ToString("D");
            if (value is IFormattable f) return f.ToString(null, CultureInfo.InvariantCulture);
            if (value is Enum) return value.ToString();
            return SecureAIStudioJson.Serialize(value);
        }

        /// <summary>Text of a <c>format: date</c> parameter (yyyy-MM-dd); null for null.</summary>
        public static string FormatDate(DateTimeOffset? value)
        {
            return value.HasValue ? value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }

        /// <summary>Values of a parameter: the items of a collection, or the single value.</summary>
        public static IList<string> FormatAll(object value)
        {
            var result = new List<string>();
            if (value == null) return result;
            if (!(value is string) && value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    var formatted = Format(item);
                    if (formatted != null) result.Add(formatted);
                }
                return result;
            }
            result.Add(Format(value));
            return result;
        }
    }
}
