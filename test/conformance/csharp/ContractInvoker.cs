// Calls the C# SDK the way a contract says, for any operation, through its public surface: the
// operationId is looked up by reflection on SecureAIStudioClient's services (client.Templates, …)
// via the [Operation("<operationId>")] each generated method carries (its name is x-sdk-method:
// ListAsync), and the contract's input is placed in the call shape (path parameters, the JSON body,
// the operation's params class for query/header/form parameters, RequestOptions), matched by name
// without case or punctuation (`If-Match` = `IfMatch`). Values are converted with the SDK's own JSON
// settings. Adding a contract needs no code here.
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using SecureAiStudio.Sdk;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Conformance
{
    /// <summary>A contract the driver cannot apply to this SDK (bad input, missing method): reported as "driver: …".</summary>
    public sealed class DriverException : Exception
    {
        public DriverException(string message) : base(message) { }
    }

    public sealed class ContractInvoker
    {
        /// <summary>Credentials every driver uses (docs/contracts.md, Drivers).</summary>
        public const string ApiKey = "sk_test_contract";
        public const string AccessToken = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl";
        public const string RefreshToken = "rt_contractrefreshtoken0001";

        private static readonly JsonSerializer Sdk = JsonSerializer.Create(SecureAIStudioJson.Settings);

        private readonly string _root;

        public ContractInvoker(string root)
        {
            _root = root;
        }

        /// <summary>
        /// Client options the contract asks for that this SDK has no setting for; the driver
        /// names them in a failure's reason so the gap is visible.
        /// </summary>
        public List<string> MissingOptions { get; private set; }

        public SecureAIStudioClient BuildClient(JObject contract, string baseUrl)
        {
            MissingOptions = new List<string>();
            var client = contract["client"] as JObject ?? new JObject();
            var options = new ClientOptions { BaseUrl = baseUrl };
            var auth = (string)client["auth"];
            if (auth == "apiKey") options.ApiKey = ApiKey;
            if (auth == "bearer" || auth == "bearerWithRefresh") options.BearerToken = AccessToken;
            if (auth == "bearerWithRefresh") SetOption(options, "RefreshToken", new JValue(RefreshToken), "refresh token");
            // An SDK without retries already behaves as maxRetries: 0, so only other values need the option.
            var maxRetries = client["maxRetries"];
            if (maxRetries != null && (typeof(ClientOptions).GetProperty("MaxRetries") != null || (int)maxRetries != 0))
            {
                SetOption(options, "MaxRetries", maxRetries, "maxRetries: " + maxRetries);
            }
            if (client["timeoutMs"] != null) options.Timeout = TimeSpan.FromMilliseconds((double)client["timeoutMs"]);
            return new SecureAIStudioClient(options);
        }

        private void SetOption(ClientOptions options, string name, JToken value, string asked)
        {
            var property = typeof(ClientOptions).GetProperty(name);
            if (property == null || !property.CanWrite)
            {
                MissingOptions.Add("the SDK has no ClientOptions." + name + " (the contract asks for " + asked + ")");
                return;
            }
            property.SetValue(options, value.ToObject(property.PropertyType, Sdk));
        }

        /// <summary>Performs the contract's <c>call</c> and reports what came back or was raised.</summary>
        public async Task<JObject> PerformAsync(SecureAIStudioClient client, JObject contract, CancellationToken cancel)
        {
            var operationId = (string)contract["operation"];
            var call = (string)contract["call"] ?? "call";
            var found = FindOperation(client, operationId);
            var api = found.Key;
            var method = found.Value;
            try
            {
                switch (call)
                {
                    case "paginate":
                        return await PaginateAsync(api, method, contract, cancel).ConfigureAwait(false);
                    case "events":
                        return await ReadEventsAsync(api, method, contract, cancel).ConfigureAwait(false);
                    case "download":
                    {
                        if (method.ReturnType != typeof(Task<byte[]>))
                        {
                            throw new DriverException(method.Name + " returns " + method.ReturnType + ", not Task<byte[]>");
                        }
                        var bytes = await InvokeAsync(api, method, contract, cancel).ConfigureAwait(false) as byte[];
                        return Bytes(bytes ?? new byte[0]);
                    }
                    case "wait":
                        return await WaitAsync(api, operationId, contract, cancel).ConfigureAwait(false);
                    case "query":
                        return await GraphqlQueryAsync(api, operationId, contract, cancel).ConfigureAwait(false);
                    case "subscribe":
                        return await GraphqlSubscribeAsync(api, operationId, contract, cancel).ConfigureAwait(false);
                    case "call":
                    case "upload":
                    {
                        var result = await InvokeAsync(api, method, contract, cancel).ConfigureAwait(false);
                        return new JObject { { "result", AsJson(result) } };
                    }
                    default:
                        throw new DriverException("call '" + call + "' is none this driver knows (call, paginate, events, download, upload, wait, query, subscribe)");
                }
            }
            catch (DriverException)
            {
                throw;
            }
            catch (Exception e)
            {
                return new JObject { { "error", Describe(e) } };
            }
        }

        /// <summary>
        /// The resource service and its <c>…Async</c> method for an operation: the SDK marks each generated
        /// method with <see cref="OperationAttribute"/> (its name is the spec's <c>x-sdk-method</c>, e.g.
        /// <c>listTemplates</c> → <c>client.Templates.ListAsync</c>).
        /// </summary>
        private static KeyValuePair<object, MethodInfo> FindOperation(SecureAIStudioClient client, string operationId)
        {
            foreach (var property in typeof(SecureAIStudioClient).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var methods = property.PropertyType.GetMethods()
                    .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && typeof(Task).IsAssignableFrom(m.ReturnType))
                    .Where(m => m.GetCustomAttributes(typeof(OperationAttribute), true).Cast<OperationAttribute>().Any(a => a.OperationId == operationId))
                    .ToList();
                if (methods.Count > 1) throw new DriverException(property.PropertyType.Name + " has " + methods.Count + " [Operation(\"" + operationId + "\")] …Async methods, expected one");
                if (methods.Count == 1) return new KeyValuePair<object, MethodInfo>(property.GetValue(client), methods[0]);
            }
            throw new DriverException("the C# SDK has no operation '" + operationId + "' (no [Operation(\"" + operationId + "\")] …Async method on any service of SecureAIStudioClient)");
        }

        /// <summary>Calls the method with the contract's input and awaits it; returns Task&lt;T&gt;'s result (null for Task).</summary>
        private async Task<object> InvokeAsync(object api, MethodInfo method, JObject contract, CancellationToken cancel)
        {
            var task = StartTask(method, api, Arguments(method, contract, cancel));
            await task.ConfigureAwait(false);
            // The declared type, not the runtime one: an async Task method runs as Task<VoidTaskResult>.
            return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty("Result").GetValue(task) : null;
        }

        /// <summary>Invokes an SDK method; an exception it throws before returning surfaces as itself, not wrapped by reflection.</summary>
        private static object Start(MethodInfo method, object target, object[] args)
        {
            try
            {
                return method.Invoke(target, args);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException;
            }
        }

        private static Task StartTask(MethodInfo method, object target, object[] args)
        {
            return (Task)Start(method, target, args);
        }

        private static string Normalize(string name)
        {
            return new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        }

        /// <summary>The operation's params class argument (<c>TemplateListParams</c>, …): query, header and form parameters.</summary>
        private static bool IsParams(Type type)
        {
            return type.Namespace == typeof(SecureAIStudioClient).Namespace + ".Models" && type.Name.EndsWith("Params", StringComparison.Ordinal);
        }

        /// <summary>
        /// The method's arguments for the contract's input, in the SDK's call shape: path parameters by name,
        /// the JSON body as the model parameter, query/header/form parameters as properties of the params
        /// class (spec names and C# names compared without case or punctuation: <c>If-Match</c> = <c>IfMatch</c>),
        /// <c>Idempotency-Key</c> as <c>RequestOptions.IdempotencyKey</c>. An input that fits nothing is a DriverException.
        /// </summary>
        private object[] Arguments(MethodInfo method, JObject contract, CancellationToken cancel)
        {
            var parameters = method.GetParameters();
            var values = new object[parameters.Length];
            var filled = new bool[parameters.Length];
            var signature = method.DeclaringType.Name + "." + method.Name + "(" + string.Join(", ", parameters.Select(p => p.ParameterType.Name + " " + p.Name)) + ")";
            Func<string, int> find = name => Array.FindIndex(parameters, p => Normalize(p.Name) == Normalize(name));
            var paramsIndex = Array.FindIndex(parameters, p => IsParams(p.ParameterType));
            var optionsIndex = Array.FindIndex(parameters, p => p.ParameterType == typeof(RequestOptions));
            Action<string, JToken, string> setParam = (name, value, where) =>
            {
                if (paramsIndex < 0) throw new DriverException(where + " fits no parameter of " + signature + " (it has no params class)");
                var type = parameters[paramsIndex].ParameterType;
                var property = type.GetProperties().FirstOrDefault(p => Normalize(p.Name) == Normalize(name));
                if (property == null) throw new DriverException(where + " fits no property of " + type.Name + " (" + signature + ")");
                if (values[paramsIndex] == null) values[paramsIndex] = Activator.CreateInstance(type);
                filled[paramsIndex] = true;
                property.SetValue(values[paramsIndex], value == null ? null : Convert(value, property.PropertyType, where));
            };
            var input = contract["input"] as JObject ?? new JObject();

            var path = input["path"] as JObject;
            if (path != null)
            {
                foreach (var member in path)
                {
                    var i = find(member.Key);
                    if (i < 0) throw new DriverException("input.path." + member.Key + " fits no parameter of " + signature);
                    values[i] = Convert(member.Value, parameters[i].ParameterType, "input.path." + member.Key);
                    filled[i] = true;
                }
            }
            foreach (var section in new[] { "query", "headers" })
            {
                var members = input[section] as JObject;
                if (members == null) continue;
                foreach (var member in members)
                {
                    var where = "input." + section + "." + member.Key;
                    if (section == "headers" && Normalize(member.Key) == "idempotencykey")
                    {
                        if (optionsIndex < 0) throw new DriverException(where + ": " + signature + " takes no RequestOptions");
                        var options = (RequestOptions)values[optionsIndex] ?? new RequestOptions();
                        options.IdempotencyKey = (string)Convert(member.Value, typeof(string), where);
                        values[optionsIndex] = options;
                        filled[optionsIndex] = true;
                        continue;
                    }
                    setParam(member.Key, member.Value, where);
                }
            }

            if ((string)contract["call"] == "upload")
            {
                var file = input["file"] as JObject;
                if (file == null) throw new DriverException("an upload contract needs input.file");
                if (paramsIndex < 0) throw new DriverException(signature + " takes no params class for its form fields");
                var type = parameters[paramsIndex].ParameterType;
                var property = type.GetProperties().FirstOrDefault(p => p.PropertyType == typeof(FileUpload));
                if (property == null) throw new DriverException(type.Name + " has no FileUpload property");
                if (values[paramsIndex] == null) values[paramsIndex] = Activator.CreateInstance(type);
                filled[paramsIndex] = true;
                property.SetValue(values[paramsIndex], FileUpload.FromFile(Path.Combine(_root, (string)file["path"]), (string)file["contentType"]));
            }

            var body = input["body"];
            if (body != null && body.Type != JTokenType.Null)
            {
                // A JSON body is the one parameter of a model type; form fields are properties of the params class.
                var model = Enumerable.Range(0, parameters.Length).Where(i => !filled[i] && i != paramsIndex && IsModel(parameters[i].ParameterType)).ToList();
                if (model.Count == 1)
                {
                    values[model[0]] = Convert(body, parameters[model[0]].ParameterType, "input.body");
                    filled[model[0]] = true;
                }
                else if (model.Count == 0 && body is JObject)
                {
                    foreach (var member in (JObject)body) setParam(member.Key, member.Value, "input.body." + member.Key);
                }
                else
                {
                    throw new DriverException(signature + " has " + model.Count + " body parameters, cannot place input.body");
                }
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                if (filled[i]) continue;
                var p = parameters[i];
                if (p.ParameterType == typeof(CancellationToken)) values[i] = cancel;
                else if (p.IsOptional) values[i] = p.DefaultValue is DBNull || p.DefaultValue == null ? Default(p.ParameterType) : p.DefaultValue;
                // A required params class the contract gives nothing for: an empty one, so the SDK names what is missing.
                else if (i == paramsIndex) values[i] = Activator.CreateInstance(p.ParameterType);
                else throw new DriverException("the contract's input gives no value for " + p.Name + ", required by " + signature);
            }
            return values;
        }

        private static bool IsModel(Type type)
        {
            return !type.IsValueType && type != typeof(string) && type != typeof(FileUpload) && type != typeof(RequestOptions) && type != typeof(WaitOptions);
        }

        private static object Default(Type type)
        {
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        private static object Convert(JToken value, Type type, string where)
        {
            // Text parameters take the value as text, the way it goes on the wire (true, not True).
            if (type == typeof(string) && value is JValue && value.Type != JTokenType.String && value.Type != JTokenType.Null)
            {
                return value.ToString(Formatting.None).Trim('"');
            }
            try
            {
                return value.ToObject(type, Sdk);
            }
            catch (JsonException e)
            {
                throw new DriverException(where + " does not convert to " + type.Name + ": " + e.Message);
            }
        }

        /// <summary>The SDK's decoded value as JSON, with the SDK's settings.</summary>
        private static JToken AsJson(object value)
        {
            if (value == null) return JValue.CreateNull();
            var text = JsonConvert.SerializeObject(value, ResultSettings);
            using (var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None })
            {
                return JToken.ReadFrom(reader);
            }
        }

        // The SDK's settings, except that null optional properties are written: a C# model cannot
        // tell an absent optional field from a null one, and a contract may expect the null.
        private static readonly JsonSerializerSettings ResultSettings = new JsonSerializerSettings
        {
            DateParseHandling = SecureAIStudioJson.Settings.DateParseHandling,
            DateFormatHandling = SecureAIStudioJson.Settings.DateFormatHandling,
            DateTimeZoneHandling = SecureAIStudioJson.Settings.DateTimeZoneHandling,
            FloatParseHandling = SecureAIStudioJson.Settings.FloatParseHandling,
            Culture = SecureAIStudioJson.Settings.Culture,
            Converters = SecureAIStudioJson.Settings.Converters,
            ContractResolver = new NullsIncludedResolver(),
        };

        private sealed class NullsIncludedResolver : DefaultContractResolver
        {
            protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
            {
                var property = base.CreateProperty(member, memberSerialization);
                property.NullValueHandling = NullValueHandling.Include;
                return property;
            }
        }

        private static JObject Bytes(byte[] bytes)
        {
            using (var sha = SHA256.Create())
            {
                var hex = string.Concat(sha.ComputeHash(bytes).Select(b => b.ToString("x2")));
                return new JObject { { "bytes", new JObject { { "length", bytes.LongLength }, { "sha256", hex } } } };
            }
        }

        /// <summary>
        /// Events through the SDK's typed stream (R8.4): the operation's method returns an <see cref="EventStream"/>,
        /// read with <c>MoveNextAsync()</c> / <c>Current</c>, each event's <c>Value</c> decoded as the x-event-schema model.
        /// </summary>
        private async Task<JObject> ReadEventsAsync(object api, MethodInfo method, JObject contract, CancellationToken cancel)
        {
            if (method.ReturnType != typeof(Task<EventStream>))
            {
                throw new DriverException(method.Name + " returns " + method.ReturnType + ", not Task<EventStream>");
            }
            var list = new JArray();
            using (var stream = (EventStream)await InvokeAsync(api, method, contract, cancel).ConfigureAwait(false))
            {
                while (await stream.MoveNextAsync(cancel).ConfigureAwait(false))
                {
                    list.Add(new JObject { { "event", stream.Current.Event }, { "data", AsJson(stream.Current.Value) } });
                }
            }
            return new JObject { { "events", list } };
        }

        /// <summary>
        /// Auto-pagination (R6.1) through the SDK's own: the list method's first page, then its
        /// <c>AutoPagingAsync()</c> (<c>MoveNextAsync()</c> / <c>Current</c>), which fetches each next page
        /// itself. The driver never follows nextCursor: without that method the SDK has no auto-pagination.
        /// </summary>
        private async Task<JObject> PaginateAsync(object api, MethodInfo method, JObject contract, CancellationToken cancel)
        {
            var page = await InvokeAsync(api, method, contract, cancel).ConfigureAwait(false);
            var auto = page == null ? null : page.GetType().GetMethod("AutoPagingAsync", new[] { typeof(CancellationToken) });
            if (auto == null)
            {
                return new JObject { { "unsupported", "the SDK has no auto-pagination (" + method.ReturnType + " has no AutoPagingAsync)" } };
            }
            var items = Start(auto, page, new object[] { cancel });
            var moveNext = items.GetType().GetMethod("MoveNextAsync", Type.EmptyTypes);
            var current = items.GetType().GetProperty("Current");
            if (moveNext == null || current == null || moveNext.ReturnType != typeof(Task<bool>))
            {
                throw new DriverException("AutoPagingAsync's result has no Task<bool> MoveNextAsync() and Current");
            }
            var ids = new List<string>();
            while (await ((Task<bool>)Start(moveNext, items, null)).ConfigureAwait(false)) ids.Add(IdOf(current.GetValue(items)));
            return new JObject { { "items", new JArray(ids.Cast<object>().ToArray()) } };
        }

        /// <summary>
        /// Waiters: the SDK marks each generated <c>WaitFor…Async</c> with <see cref="WaiterAttribute"/>
        /// naming the operation it polls (from x-long-running); input.wait becomes its WaitOptions.
        /// </summary>
        private async Task<JObject> WaitAsync(object api, string operationId, JObject contract, CancellationToken cancel)
        {
            var waiters = api.GetType().GetMethods()
                .Where(m => m.GetCustomAttributes(typeof(WaiterAttribute), false).Cast<WaiterAttribute>().Any(a => a.PollOperationId == operationId))
                .ToList();
            if (waiters.Count != 1)
            {
                throw new DriverException(api.GetType().Name + " has " + waiters.Count + " [Waiter(\"" + operationId + "\")] methods, expected one");
            }
            var waiter = waiters[0];
            var args = Arguments(waiter, contract, cancel);
            var index = Array.FindIndex(waiter.GetParameters(), p => p.ParameterType == typeof(WaitOptions));
            var wait = (contract["input"] as JObject ?? new JObject())["wait"] as JObject;
            if (index >= 0 && wait != null)
            {
                var options = new WaitOptions();
                if (wait["intervalMs"] != null) options.Interval = TimeSpan.FromMilliseconds((double)wait["intervalMs"]);
                if (wait["maxIntervalMs"] != null) options.MaxInterval = TimeSpan.FromMilliseconds((double)wait["maxIntervalMs"]);
                if (wait["timeoutMs"] != null) options.Timeout = TimeSpan.FromMilliseconds((double)wait["timeoutMs"]);
                args[index] = options;
            }
            var task = StartTask(waiter, api, args);
            await task.ConfigureAwait(false);
            return new JObject { { "result", AsJson(waiter.ReturnType.GetProperty("Result").GetValue(task)) } };
        }

        /// <summary>
        /// The GraphQL method of an operation (R13): the SDK marks the generated <c>QueryAsync</c> / <c>SubscribeAsync</c>
        /// with <see cref="GraphqlMethodAttribute"/> naming the operation and the kind (from its derived x-graphql).
        /// </summary>
        private static MethodInfo GraphqlMethod(object api, string operationId, string kind)
        {
            var methods = api.GetType().GetMethods()
                .Where(m => m.GetCustomAttributes(typeof(GraphqlMethodAttribute), true).Cast<GraphqlMethodAttribute>().Any(a => a.OperationId == operationId && a.Kind == kind))
                .ToList();
            if (methods.Count != 1)
            {
                throw new DriverException(api.GetType().Name + " has " + methods.Count + " [GraphqlMethod(\"" + operationId + "\", \"" + kind + "\")] methods, expected one");
            }
            return methods[0];
        }

        /// <summary>
        /// The arguments of a GraphQL method from input.body (docs/contracts.md, call: query): <c>query</c> is the
        /// document, <c>variables</c> and <c>operationName</c> go to the parameters of those names, each only when given.
        /// </summary>
        private static object[] GraphqlArguments(MethodInfo method, JObject contract, CancellationToken cancel)
        {
            var parameters = method.GetParameters();
            var values = parameters.Select(p => p.ParameterType == typeof(CancellationToken) ? (object)cancel
                : p.IsOptional ? (p.DefaultValue is DBNull ? Default(p.ParameterType) : p.DefaultValue) : null).ToArray();
            var body = (contract["input"] as JObject ?? new JObject())["body"] as JObject ?? new JObject();
            foreach (var member in body)
            {
                var name = member.Key == "query" ? "document" : member.Key;
                var index = Array.FindIndex(parameters, p => p.Name == name);
                if (index < 0) throw new DriverException("input.body." + member.Key + " fits no parameter of " + method.DeclaringType.Name + "." + method.Name);
                // Variables go as the JSON object they are; the SDK takes any JSON object.
                values[index] = parameters[index].ParameterType == typeof(string) ? Convert(member.Value, typeof(string), "input.body." + member.Key) : member.Value;
            }
            return values;
        }

        private async Task<JObject> GraphqlQueryAsync(object api, string operationId, JObject contract, CancellationToken cancel)
        {
            var method = GraphqlMethod(api, operationId, "query");
            var task = StartTask(method, api, GraphqlArguments(method, contract, cancel));
            await task.ConfigureAwait(false);
            return new JObject { { "result", AsJson(method.ReturnType.GetProperty("Result").GetValue(task)) } };
        }

        /// <summary>
        /// A subscription read to its end through the SDK's own stream (<c>GraphqlSubscription&lt;T&gt;</c>:
        /// <c>MoveNextAsync(CancellationToken)</c> / <c>Current</c>), one <c>next</c> event per result.
        /// </summary>
        private async Task<JObject> GraphqlSubscribeAsync(object api, string operationId, JObject contract, CancellationToken cancel)
        {
            var method = GraphqlMethod(api, operationId, "subscribe");
            var task = StartTask(method, api, GraphqlArguments(method, contract, cancel));
            await task.ConfigureAwait(false);
            var results = method.ReturnType.GetProperty("Result").GetValue(task);
            var moveNext = results.GetType().GetMethod("MoveNextAsync", new[] { typeof(CancellationToken) });
            var current = results.GetType().GetProperty("Current");
            if (moveNext == null || current == null || moveNext.ReturnType != typeof(Task<bool>))
            {
                throw new DriverException(method.Name + "'s result (" + results.GetType().Name + ") has no Task<bool> MoveNextAsync(CancellationToken) and Current");
            }
            var events = new JArray();
            using ((IDisposable)results)
            {
                while (await ((Task<bool>)Start(moveNext, results, new object[] { cancel })).ConfigureAwait(false))
                {
                    events.Add(new JObject { { "event", "next" }, { "data", AsJson(current.GetValue(results)) } });
                }
            }
            return new JObject { { "events", events } };
        }

        private static string IdOf(object item)
        {
            var json = AsJson(item) as JObject;
            return json == null || json["id"] == null ? null : (string)json["id"];
        }

        /// <summary>
        /// What was raised, as the driver protocol reports it (docs/contracts.md, Driver results): the class
        /// name and its ancestors' (the runner maps them to neutral names), StatusCode, Code, RequestId and
        /// Message when it has them, the response headers, the inner exceptions' messages and its other
        /// string properties (the runner checks none holds a secret, R5.5).
        /// </summary>
        public static JObject Describe(Exception e)
        {
            var aggregate = e as AggregateException;
            if (aggregate != null && aggregate.InnerExceptions.Count == 1) e = aggregate.InnerExceptions[0];
            var type = e.GetType();
            Func<string, object> read = name =>
            {
                var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
                return property == null || property.GetIndexParameters().Length > 0 ? null : property.GetValue(e);
            };
            var ancestors = new JArray();
            for (var t = type.BaseType; t != null && t != typeof(object); t = t.BaseType) ancestors.Add(t.Name);
            var report = new JObject { { "type", type.Name }, { "ancestors", ancestors }, { "message", e.Message } };
            var status = read("StatusCode") ?? read("Status");
            if (status is int) report["status"] = (int)status;
            var code = read("Code") as string;
            if (code != null) report["code"] = code;
            var requestId = read("RequestId") as string;
            if (requestId != null) report["requestId"] = requestId;
            var headers = read("Headers") as IEnumerable;
            if (headers != null)
            {
                var record = new JObject();
                foreach (var entry in headers)
                {
                    var key = entry.GetType().GetProperty("Key");
                    var value = entry.GetType().GetProperty("Value");
                    if (key == null || value == null) continue;
                    var values = value.GetValue(entry);
                    record[key.GetValue(entry).ToString()] = values is string || !(values is IEnumerable)
                        ? System.Convert.ToString(values, System.Globalization.CultureInfo.InvariantCulture)
                        : string.Join(", ", ((IEnumerable)values).Cast<object>());
                }
                report["headers"] = record;
            }
            var causes = new JArray();
            for (var inner = e.InnerException; inner != null && causes.Count < 10; inner = inner.InnerException) causes.Add(inner.Message);
            report["causes"] = causes;
            var fields = new JObject();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.Name == "Message" || property.Name == "Headers" || property.Name == "StackTrace") continue;
                object value;
                try
                {
                    value = property.GetValue(e);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }
                if (value is string || value is JToken) fields[property.Name] = value.ToString();
            }
            report["fields"] = fields;
            return report;
        }
    }
}
