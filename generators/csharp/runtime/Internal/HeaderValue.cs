// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>
    /// R9.4: what may go into a request header. HttpClient's TryAddWithoutValidation (which the
    /// transport must use for values like ETags) passes a bare LF through and silently drops a value
    /// with CR LF, so every caller-given name and value is checked here, before anything is sent.
    /// </summary>
    internal static class HeaderValue
    {
        /// <summary>True when every character is visible ASCII (0x21-0x7E), a space or a horizontal tab.</summary>
        public static bool IsValid(string value)
        {
            if (value == null) return true;
            foreach (var c in value)
            {
                if (c == ' ' || c == '\t') continue;
                if (c < 0x21 || c > 0x7E) return false;
            }
            return true;
        }

        /// <summary>True for an RFC 9110 token (the characters a header name may have).</summary>
        public static bool IsValidName(string name)
        {
            if (string.IsNullOrEmpty(name)) return false;
            foreach (var c in name)
            {
                var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
                if (!ok) return false;
            }
            return true;
        }

        /// <summary>
        /// Throws an <see cref="ArgumentException"/> naming <paramref name="what"/> and <paramref name="paramName"/>
        /// when the value cannot be sent. The value itself is not quoted: it may be a credential.
        /// </summary>
        public static void Check(string value, string what, string paramName)
        {
            if (IsValid(value)) return;
            var at = 0;
            while (at < value.Length && (value[at] == ' ' || value[at] == '\t' || (value[at] >= 0x21 && value[at] <= 0x7E))) at++;
            throw new ArgumentException(what + " has a character that cannot be sent in an HTTP header (U+" + ((int)value[at]).ToString("X4")
                + " at index " + at + "; only visible ASCII, space and tab are allowed).", paramName);
        }

        /// <summary>Like <see cref="Check"/> for a header name.</summary>
        public static void CheckName(string name, string what, string paramName)
        {
            if (!IsValidName(name)) throw new ArgumentException(what + " is not a valid HTTP header name (a token of letters, digits and !#$%&'*+-.^_`|~).", paramName);
        }
    }
}
