// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace SecureAiStudio.Sdk.Serialization
{
    /// <summary>
    /// The common properties a oneOf/anyOf base type (<c>Job</c>) declares for every variant
    /// (<c>job.Id</c>, <c>job.Status</c>). A variant's own file declares the same properties (it does not
    /// know its unions), hiding the base's; so on a variant instance the base property reads and writes
    /// the variant's, and only an instance of the base type itself (a variant this SDK does not know,
    /// R7.3) uses the base's own storage. Inline enums are exposed as their wire string on the base.
    /// </summary>
    internal static class UnionMembers
    {
        private static readonly ConcurrentDictionary<Tuple<Type, string>, PropertyInfo> Cache = new ConcurrentDictionary<Tuple<Type, string>, PropertyInfo>();

        /// <summary>The variant's property <paramref name="name"/> converted to <typeparamref name="T"/>; <paramref name="stored"/> on the base type itself.</summary>
        public static T Get<T>(object self, Type union, string name, T stored)
        {
            var property = Find(self.GetType(), union, name);
            return property == null ? stored : (T)Convert(property.GetValue(self), typeof(T));
        }

        /// <summary>Sets the variant's property; false on the base type itself (the caller stores the value).</summary>
        public static bool Set<T>(object self, Type union, string name, T value)
        {
            var property = Find(self.GetType(), union, name);
            if (property == null) return false;
            property.SetValue(self, Convert(value, property.PropertyType));
            return true;
        }

        private static PropertyInfo Find(Type type, Type union, string name)
        {
            if (type == union) return null;
            return Cache.GetOrAdd(Tuple.Create(type, name), key =>
            {
                for (var t = key.Item1; t != null && t != union; t = t.GetTypeInfo().BaseType)
                {
                    var found = t.GetTypeInfo().GetDeclaredProperty(key.Item2);
                    if (found != null) return found;
                }
                return null;
            });
        }

        private static object Convert(object value, Type target)
        {
            if (value == null) return null;
            var type = Nullable.GetUnderlyingType(target) ?? target;
            if (type.GetTypeInfo().IsAssignableFrom(value.GetType().GetTypeInfo())) return value;
            // An inline enum of a variant (ImageJob.TypeEnum) is its wire string on the base type, and back.
            var extensible = value as IExtensibleEnum;
            if (extensible != null && type == typeof(string)) return extensible.Value;
            var text = value as string;
            if (text != null && typeof(IExtensibleEnum).GetTypeInfo().IsAssignableFrom(type.GetTypeInfo())) return Activator.CreateInstance(type, text);
            return value;
        }
    }
}
