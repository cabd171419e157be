// Hand-written runtime (generators/csharp/templates/runtime): copied verbatim into every generated SDK.
using System;
using System.Collections.Generic;
using System.Linq;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>R5.5: replaces every configured secret (4 characters or longer) in error text with <c>[REDACTED]</c>.</summary>
    internal sealed class Redactor
    {
        public const string Mask = "[REDACTED]";

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

        public string Redact(string text)
        {
            if (string.IsNullOrEmpty(text)) return text;
            foreach (var secret in _secrets)
            {
                text = text.Replace(secret, Mask);
            }
            return text;
        }
    }
}
