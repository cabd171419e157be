// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk.Internal
{
    /// <summary>
    /// What the generated <c>QueryAsync</c> / <c>SubscribeAsync</c> of an operation with <c>x-graphql</c> send
    /// (R13): the GraphQL-over-HTTP body and the media types each asks for.
    /// </summary>
    internal static class GraphqlOverHttp
    {
        private static readonly JsonSerializer Serializer = JsonSerializer.Create(SecureAIStudioJson.Settings);

        /// <summary>
        /// The body <c>{query, variables, operationName}</c> with only the fields the caller gave (R13.1, R9.5),
        /// as the operation's body type. A missing document, or variables that are no JSON object, is an
        /// argument error naming the operation and the argument, raised before anything is sent.
        /// </summary>
        public static TBody Body<TBody>(string document, object variables, string operationName, string operationId)
        {
            if (document == null) throw new ArgumentNullException("document", operationId + ": the GraphQL document is required.");
            if (document.Trim().Length == 0) throw new ArgumentException(operationId + ": the GraphQL document is empty.", "document");
            var body = new JObject { { "query", document } };
            if (variables != null)
            {
                JToken json;
                try
                {
                    json = variables as JToken ?? JToken.FromObject(variables, Serializer);
                }
                catch (JsonException e)
                {
                    throw new ArgumentException(operationId + ": the variables (" + variables.GetType().Name + ") cannot be written as JSON: " + e.Message, "variables", e);
                }
                if (json.Type != JTokenType.Object)
                {
                    throw new ArgumentException(operationId + ": the variables must be a JSON object (a dictionary, a JObject or an object with properties), not "
                        + json.Type.ToString().ToLowerInvariant() + " (" + variables.GetType().Name + ").", "variables");
                }
                body["variables"] = json;
            }
            if (operationName != null) body["operationName"] = operationName;
            return body.ToObject<TBody>(Serializer);
        }

        /// <summary>R13.1: the GraphQL response type first, plain JSON for servers that predate it.</summary>
        public static void AcceptResult(ApiRequest request)
        {
            request.AcceptTypes.Clear();
            request.Accept("application/graphql-response+json");
            request.Accept("application/json;q=0.9");
        }

        /// <summary>R13.3: the subscription's results as GraphQL over SSE (errors still come back as JSON).</summary>
        public static void AcceptStream(ApiRequest request)
        {
            request.AcceptTypes.Clear();
            request.Accept("text/event-stream");
        }
    }
}
