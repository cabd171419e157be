// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>
    /// Decodes a successful JSON body (or an SSE event's data) into its model under the validation mode
    /// of R7.1. What the models check is what is validated: JSON that does not fit the model (a missing
    /// required property, a wrong type) and enum values the SDK does not know. Unknown properties are
    /// never an issue (R7.3). Data is never changed: in Warn/Off modes a mismatching body is decoded
    /// leniently (the fields that fit), unknown enum values keep their text.
    /// </summary>
    internal static class ResponseValidator
    {
        private static readonly JsonSerializer Lenient = CreateLenient();

        public static object Decode(string body, Type type, string operationId, string requestId, int status,
            ValidationMode mode, Action<string, Exception> logger, Redactor redactor = null)
        {
            // R5.5: what the error shows (issue texts quoting values, the body, Newtonsoft's messages) is redacted.
            var redact = redactor ?? new Redactor();
            Func<IReadOnlyList<ValidationIssue>, Exception, ResponseValidationException> fail = (found, inner) =>
                new ResponseValidationException(operationId, found.Select(i => new ValidationIssue(i.Path, redact.Redact(i.Message))).ToList(),
                    requestId, status, redact.Redact(body), redact.RedactChain(inner));
            try
            {
                using (var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None })
                {
                    JToken.ReadFrom(reader);
                }
            }
            catch (JsonException e)
            {
                // R7.4: no data to return, so this is raised whatever the validation mode.
                throw fail(new[] { new ValidationIssue("", "the body is not valid JSON: " + e.Message) }, e);
            }
            object value;
            try
            {
                value = SecureAIStudioJson.Deserialize(body, type);
            }
            catch (JsonException e)
            {
                var error = fail(new[] { new ValidationIssue(JsonPointer.FromJsonPath(ErrorPath(e)), "does not match " + TypeName(type) + ": " + e.Message) }, e);
                if (mode == ValidationMode.Strict) throw error;
                if (mode == ValidationMode.Warn) Report(logger, error);
                return DecodeLeniently(body, type);
            }
            if (mode == ValidationMode.Off) return value;
            var issues = new List<ValidationIssue>();
            CollectUnknownEnums(value, "", issues, 0);
            if (issues.Count > 0)
            {
                var error = fail(issues, null);
                if (mode == ValidationMode.Strict) throw error;
                Report(logger, error);
            }
            return value;
        }

        private static void Report(Action<string, Exception> logger, ResponseValidationException error)
        {
            if (logger != null) logger(error.Message, error);
            else System.Diagnostics.Trace.TraceWarning(error.Message);
        }

        private static object DecodeLeniently(string body, Type type)
        {
            using (var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None })
            {
                return Lenient.Deserialize(reader, type);
            }
        }

        private static JsonSerializer CreateLenient()
        {
            var settings = new JsonSerializerSettings
            {
                DateParseHandling = SecureAIStudioJson.Settings.DateParseHandling,
                DateFormatHandling = SecureAIStudioJson.Settings.DateFormatHandling,
                DateTimeZoneHandling = SecureAIStudioJson.Settings.DateTimeZoneHandling,
                MissingMemberHandling = MissingMemberHandling.Ignore,
                FloatParseHandling = SecureAIStudioJson.Settings.FloatParseHandling,
                Culture = SecureAIStudioJson.Settings.Culture,
                Converters = SecureAIStudioJson.Settings.Converters,
                // Skip what does not fit (already reported) and keep the rest.
                Error = (sender, args) => args.ErrorContext.Handled = true,
            };
            return JsonSerializer.Create(settings);
        }

        /// <summary>
        /// R7.3: an enum value the SDK does not know is a validation issue (its text is kept), and so is a
        /// union value of a variant it does not know (kept whole as the union's base type).
        /// </summary>
        private static void CollectUnknownEnums(object value, string pointer, List<ValidationIssue> issues, int depth)
        {
            if (value == null || depth > 64) return;
            var extensible = value as IExtensibleEnum;
            if (extensible != null)
            {
                if (!extensible.IsKnown) Add(issues, new ValidationIssue(pointer, "'" + extensible.Value + "' is not one of the enum values this SDK knows"));
                return;
            }
            var type = value.GetType();
            if (type.GetTypeInfo().GetCustomAttribute<UnionTypeAttribute>(false) != null)
            {
                // A union instance holding a known variant (one that cannot be its subclass) is checked as that variant.
                var union = value as IUnionVariant;
                var variant = union == null ? null : union.Variant;
                if (variant == null || ReferenceEquals(variant, value)) Add(issues, UnknownVariant(value, type, pointer));
                else CollectUnknownEnums(variant, pointer, issues, depth + 1);
                if (value is IValueUnion) return;
            }
            if (value is string || value is JToken || type.GetTypeInfo().IsPrimitive || value is DateTimeOffset || value is DateTime || value is decimal) return;
            var dictionary = value as IDictionary;
            if (dictionary != null)
            {
                foreach (DictionaryEntry entry in dictionary) CollectUnknownEnums(entry.Value, pointer + "/" + Escape(Convert.ToString(entry.Key)), issues, depth + 1);
                return;
            }
            var list = value as IEnumerable;
            if (list != null)
            {
                var i = 0;
                foreach (var item in list) CollectUnknownEnums(item, pointer + "/" + i++, issues, depth + 1);
                return;
            }
            foreach (var property in type.GetRuntimeProperties())
            {
                var json = property.GetCustomAttribute<JsonPropertyAttribute>();
                if (json == null || property.GetIndexParameters().Length > 0) continue;
                CollectUnknownEnums(property.GetValue(value), pointer + "/" + Escape(json.PropertyName ?? property.Name), issues, depth + 1);
            }
        }

        /// <summary>One issue per JSON pointer: a union's common property is seen through the base and the variant.</summary>
        private static void Add(List<ValidationIssue> issues, ValidationIssue issue)
        {
            if (!issues.Exists(i => i.Path == issue.Path)) issues.Add(issue);
        }

        private static ValidationIssue UnknownVariant(object value, Type union, string pointer)
        {
            var known = string.Join(", ", union.GetTypeInfo().GetCustomAttributes<JsonSubtypeAttribute>(false)
                .Select(s => s.Value ?? s.Subtype.Name));
            var discriminator = union.GetTypeInfo().GetCustomAttribute<JsonDiscriminatorAttribute>(false);
            if (discriminator == null)
            {
                return new ValidationIssue(pointer, "matches none of the " + union.Name + " variants this SDK knows (" + known + "); kept as " + union.Name);
            }
            var token = JObject.FromObject(value, JsonSerializer.Create(SecureAIStudioJson.Settings))[discriminator.PropertyName];
            var text = token == null || token.Type == JTokenType.Null ? "no " + discriminator.PropertyName : "'" + token + "'";
            return new ValidationIssue(pointer + "/" + Escape(discriminator.PropertyName),
                text + " is not a " + union.Name + " variant this SDK knows (" + known + "); kept as " + union.Name);
        }

        private static string Escape(string token)
        {
            return token.Replace("~", "~0").Replace("/", "~1");
        }

        /// <summary>The JSON path Newtonsoft names in its message ("Path 'data[0].status'"), or "".</summary>
        private static string ErrorPath(JsonException e)
        {
            var match = System.Text.RegularExpressions.Regex.Match(e.Message, @"Path '((?:[^']|'(?!,))*)'");
            return match.Success ? match.Groups[1].Value : string.Empty;
        }

        private static string TypeName(Type type)
        {
            if (!type.IsGenericType) return type.Name;
            var name = type.Name.Substring(0, type.Name.IndexOf('`'));
            return name + "<" + string.Join(", ", Array.ConvertAll(type.GetGenericArguments(), TypeName)) + ">";
        }
    }
}
