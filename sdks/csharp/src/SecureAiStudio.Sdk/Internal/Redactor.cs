// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>
    /// R5.5: keeps secrets out of what an error exposes. Every configured secret (4 characters or
    /// longer) becomes <c>[REDACTED]</c>, so does URL user-info (<c>http://u:KEY@host</c>), the values of
    /// credential headers are replaced whole, and a connection error's causes are rebuilt redacted.
    /// </summary>
    internal sealed class Redactor
    {
        public const string Mask = "[REDACTED]";

        // scheme "://" userinfo "@": the user-info stops at the first '/', '?', '#' or space, so an '@'
        // in a path (http://host/a@b) or an e-mail address is left alone.
        private static readonly Regex UserInfo = new Regex(@"\b([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#@\s]+@", RegexOptions.CultureInvariant);

        /// <summary>Headers whose value is a credential whatever it holds.</summary>
        private static readonly HashSet<string> CredentialHeaders = new HashSet<string>(
            new[] { "Authorization", "Proxy-Authorization", "X-API-Key", "Cookie", "Set-Cookie" }, StringComparer.OrdinalIgnoreCase);

        private readonly string[] _secrets;

        public Redactor(params string[] secrets)
        {
            // Longest first, so a secret containing another is masked whole.
            _secrets = secrets.Where(s => s != null && s.Length >= 4).Distinct().OrderByDescending(s => s.Length).ToArray();
        }

        /// <summary>A redactor that also masks the given secrets (new tokens after a refresh).</summary>
        public Redactor With(params string[] more)
        {
            return new Redactor(_secrets.Concat(more).ToArray());
        }

        /// <summary>The text with every secret and any URL user-info masked.</summary>
        public string Redact(string text)
        {
            if (string.IsNullOrEmpty(text)) return text;
            foreach (var secret in _secrets)
            {
                text = text.Replace(secret, Mask);
            }
            return RedactUserInfo(text);
        }

        /// <summary>URL user-info masked (<c>http://u:p@host</c> → <c>http://[REDACTED]@host</c>), secrets or not.</summary>
        public static string RedactUserInfo(string text)
        {
            return string.IsNullOrEmpty(text) ? text : UserInfo.Replace(text, "$1" + Mask + "@");
        }

        /// <summary>A redacted copy of response headers: credential headers whole, secrets in any other value.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> RedactHeaders(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
        {
            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            if (headers == null) return result;
            foreach (var header in headers)
            {
                var whole = CredentialHeaders.Contains(header.Key);
                result[header.Key] = header.Value.Select(v => whole ? Mask : Redact(v)).ToList();
            }
            return result;
        }

        /// <summary>
        /// The connection error (or its timeout subclass) for a failed attempt: its message redacted and
        /// its cause chain rebuilt with redacted messages, so no secret or user-info survives in
        /// <c>InnerException</c> either.
        /// </summary>
        public APIConnectionException ConnectionError(string message, Exception cause, bool timeout)
        {
            var inner = RedactChain(cause);
            return timeout ? new APIConnectionTimeoutException(Redact(message), inner) : new APIConnectionException(Redact(message), inner);
        }

        /// <summary>
        /// The exception chain with every message redacted. An exception whose message and causes need
        /// no change is kept as is (type and stack trace); any other becomes a
        /// <see cref="RedactedException"/> naming the original type.
        /// </summary>
        public Exception RedactChain(Exception e)
        {
            if (e == null) return null;
            var inner = RedactChain(e.InnerException);
            var message = Redact(e.Message);
            if (ReferenceEquals(inner, e.InnerException) && message == e.Message && !(e is AggregateException)) return e;
            return new RedactedException(e.GetType().FullName, message, inner);
        }
    }

    /// <summary>Stands in for an exception whose message held a secret (R5.5); <see cref="OriginalType"/> names what it was.</summary>
    internal sealed class RedactedException : Exception
    {
        public RedactedException(string originalType, string message, Exception inner) : base(message, inner)
        {
            OriginalType = originalType;
        }

        /// <summary>Full name of the replaced exception's type.</summary>
        public string OriginalType { get; private set; }
    }
}
