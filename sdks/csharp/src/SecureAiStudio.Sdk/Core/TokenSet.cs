// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// Tokens returned by the refresh endpoint after a transparent refresh (R1.4), handed to
    /// <see cref="ClientOptions.OnTokenRefresh"/> so callers can persist them.
    /// </summary>
    public sealed class TokenSet
    {
        /// <summary>The tokens a refresh returned: the new access token and the (possibly rotated) refresh token.</summary>
        public TokenSet(string accessToken, string refreshToken)
        {
            AccessToken = accessToken;
            RefreshToken = refreshToken;
        }

        /// <summary>The new access token (JWT).</summary>
        public string AccessToken { get; private set; }

        /// <summary>The new refresh token when the server rotated it, else null.</summary>
        public string RefreshToken { get; private set; }

        /// <summary>Never prints the tokens themselves (R5.5).</summary>
        public override string ToString()
        {
            return "TokenSet { AccessToken = [REDACTED], RefreshToken = " + (RefreshToken == null ? "null" : "[REDACTED]") + " }";
        }
    }
}
