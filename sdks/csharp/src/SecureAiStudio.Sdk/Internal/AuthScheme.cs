// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>Where an API key travels.</summary>
    internal enum AuthLocation
    {
        Header,
        Query,
        Cookie,
    }

    /// <summary>The kinds of credential the transport can apply.</summary>
    internal enum AuthKind
    {
        ApiKey,
        Bearer,
        Basic,
    }

    /// <summary>One security scheme an operation accepts (from the spec's security requirements).</summary>
    internal sealed class AuthScheme
    {
        private AuthScheme(AuthKind kind, string name, string parameterName, AuthLocation location)
        {
            Kind = kind;
            Name = name;
            ParameterName = parameterName;
            Location = location;
        }

        public AuthKind Kind { get; private set; }
        public string Name { get; private set; }
        public string ParameterName { get; private set; }
        public AuthLocation Location { get; private set; }

        public static AuthScheme ApiKey(string name, string parameterName, AuthLocation location)
        {
            return new AuthScheme(AuthKind.ApiKey, name, parameterName, location);
        }

        public static AuthScheme Bearer(string name)
        {
            return new AuthScheme(AuthKind.Bearer, name, "Authorization", AuthLocation.Header);
        }

        public static AuthScheme Basic(string name)
        {
            return new AuthScheme(AuthKind.Basic, name, "Authorization", AuthLocation.Header);
        }
    }
}
