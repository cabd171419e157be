// Hand-written runtime (generators/csharp/runtime): copied verbatim into every generated SDK.
using System;

namespace SecureAiStudio.Sdk
{
    /// <summary>
    /// The OpenAPI operation a service method calls (<c>[Operation("listTemplates")]</c> on
    /// <c>TemplatesService.ListAsync</c>), for tools that start from an operationId, such as the
    /// project's conformance driver.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class OperationAttribute : Attribute
    {
        /// <summary>Marks a method as calling the operation with this operationId.</summary>
        public OperationAttribute(string operationId)
        {
            OperationId = operationId;
        }

        /// <summary>The operationId as the OpenAPI document spells it.</summary>
        public string OperationId { get; private set; }
    }
}
