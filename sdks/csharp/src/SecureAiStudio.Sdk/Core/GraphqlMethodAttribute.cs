// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// Marks the GraphQL methods a resource has for an operation with <c>x-graphql</c> (R13):
    /// <c>[GraphqlMethod("executeGraphql", "query")]</c> on <c>GraphqlService.QueryAsync</c>, <c>"subscribe"</c> on
    /// <c>SubscribeAsync</c>, so tools that start from an operationId (the project's conformance driver) find them.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class GraphqlMethodAttribute : Attribute
    {
        /// <summary>Marks a method as the <paramref name="kind"/> (<c>query</c> or <c>subscribe</c>) of the operation <paramref name="operationId"/>.</summary>
        public GraphqlMethodAttribute(string operationId, string kind)
        {
            OperationId = operationId;
            Kind = kind;
        }

        /// <summary>The operationId of the GraphQL operation the method sends, e.g. <c>executeGraphql</c>.</summary>
        public string OperationId { get; private set; }

        /// <summary>Which GraphQL method it is: <c>query</c> (one result) or <c>subscribe</c> (a stream of results).</summary>
        public string Kind { get; private set; }
    }
}
