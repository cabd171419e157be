// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System.Text;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>Turns Newtonsoft's JSON paths (<c>data[0].status</c>, <c>['a.b']</c>) into RFC 6901 pointers (<c>/data/0/status</c>).</summary>
    internal static class JsonPointer
    {
        public static string FromJsonPath(string path)
        {
            var pointer = new StringBuilder();
            var i = 0;
            while (i < path.Length)
            {
                var c = path[i];
                if (c == '.')
                {
                    i++;
                }
                else if (c == '[' && i + 1 < path.Length && path[i + 1] == '\'')
                {
                    var end = path.IndexOf("']", i + 2, System.StringComparison.Ordinal);
                    if (end < 0) end = path.Length;
                    Append(pointer, path.Substring(i + 2, end - i - 2));
                    i = end + 2;
                }
                else if (c == '[')
                {
                    var end = path.IndexOf(']', i);
                    if (end < 0) end = path.Length;
                    Append(pointer, path.Substring(i + 1, end - i - 1));
                    i = end + 1;
                }
                else
                {
                    var end = i;
                    while (end < path.Length && path[end] != '.' && path[end] != '[') end++;
                    Append(pointer, path.Substring(i, end - i));
                    i = end;
                }
            }
            return pointer.ToString();
        }

        private static void Append(StringBuilder pointer, string token)
        {
            pointer.Append('/').Append(token.Replace("~", "~0").Replace("/", "~1"));
        }
    }
}
