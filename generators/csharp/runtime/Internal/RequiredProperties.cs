// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Newtonsoft.Json;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>
    /// Checks a request body before it is sent: a property the spec marks required and not nullable
    /// (<c>[JsonProperty(Required = Required.Always)]</c>) that is null would otherwise fail inside
    /// Newtonsoft's serializer with a <c>JsonSerializationException</c> deep in the send path.
    /// This raises an <see cref="ArgumentException"/> naming the JSON path instead (R9: bad input is
    /// reported before anything is sent).
    /// </summary>
    internal static class RequiredProperties
    {
        public static void Check(object body, string operationId, string paramName)
        {
            Walk(body, "", operationId, paramName, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }

        private static void Walk(object value, string path, string operationId, string paramName, HashSet<object> seen)
        {
            if (value == null || value is string || value.GetType().GetTypeInfo().IsPrimitive || !seen.Add(value)) return;
            var dictionary = value as IDictionary;
            if (dictionary != null)
            {
                foreach (DictionaryEntry entry in dictionary) Walk(entry.Value, path + "/" + entry.Key, operationId, paramName, seen);
                return;
            }
            var list = value as IEnumerable;
            if (list != null)
            {
                var i = 0;
                foreach (var item in list) Walk(item, path + "/" + i++, operationId, paramName, seen);
                return;
            }
            var type = value.GetType();
            if (type.Namespace == null || !type.Namespace.StartsWith(typeof(RequiredProperties).Namespace.Replace(".Internal", ""), StringComparison.Ordinal)) return;
            foreach (var property in type.GetRuntimeProperties())
            {
                var json = property.GetCustomAttribute<JsonPropertyAttribute>();
                if (json == null || property.GetIndexParameters().Length > 0 || property.GetMethod == null || !property.GetMethod.IsPublic) continue;
                var name = json.PropertyName ?? property.Name;
                var current = property.GetValue(value);
                if (current == null && json.Required == Required.Always)
                {
                    throw new ArgumentException(operationId + ": required property '" + path + "/" + name + "' (" + type.Name + "." + property.Name
                        + ") of the request body is not set.", paramName);
                }
                Walk(current, path + "/" + name, operationId, paramName, seen);
            }
        }

        /// <summary>Reference identity, so a model overriding Equals cannot hide a cycle or be skipped.</summary>
        private sealed class ReferenceEqualityComparer : IEqualityComparer<object>
        {
            public static readonly ReferenceEqualityComparer Instance = new ReferenceEqualityComparer();

            bool IEqualityComparer<object>.Equals(object x, object y)
            {
                return ReferenceEquals(x, y);
            }

            public int GetHashCode(object obj)
            {
                return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
            }
        }
    }
}
