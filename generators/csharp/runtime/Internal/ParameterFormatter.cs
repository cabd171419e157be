// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
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

        private const string Unreserved = "-_.!~*'()";

        /// <summary>
        /// R9.1: one path segment with <c>encodeURIComponent</c> semantics (UTF-8, everything but
        /// <c>A-Z a-z 0-9 - _ . ! ~ * ' ( )</c> percent-encoded with upper-case hex). Null when the value
        /// cannot be a segment: empty, <c>.</c> or <c>..</c> (URL parsers and proxies resolve dot
        /// segments, even percent-encoded, so the call would reach another endpoint), or text with a
        /// lone surrogate (not encodable as UTF-8).
        /// </summary>
        public static string EncodePathSegment(string value)
        {
            if (string.IsNullOrEmpty(value) || value == "." || value == "..") return null;
            var result = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || Unreserved.IndexOf(c) >= 0)
                {
                    result.Append(c);
                    continue;
                }
                int length;
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return null;
                    length = 2;
                }
                else if (char.IsLowSurrogate(c))
                {
                    return null;
                }
                else
                {
                    length = 1;
                }
                foreach (var b in Utf8.GetBytes(value.Substring(i, length)))
                {
                    result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
                i += length - 1;
            }
            return result.ToString();
        }

        private static readonly Encoding Utf8 = new UTF8Encoding(false, true);

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
