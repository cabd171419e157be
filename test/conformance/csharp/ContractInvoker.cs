// Calls the C# SDK the way a contract says, for any operation: the operationId is looked up by
// reflection on SecureAIStudioClient (one property per tag, each operation `<OperationId>Async`
// plus `…AsStreamAsync`), and the contract's input is matched to the method's parameters by
// name (spec names and C# names compared without case or punctuation: `If-Match` = `ifMatch`).
// Values are converted with the SDK's own JSON settings. Adding a contract needs no code here.
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
            var api = FindApi(client, operationId);
            var pascal = char.ToUpperInvariant(operationId[0]) + operationId.Substring(1);
            try
            {
                switch (call)
                {
                    case "paginate":
                        return await PaginateAsync(api, pascal, operationId, contract, cancel).ConfigureAwait(false);
                    case "events":
                        return await ReadEventsAsync(api, pascal, contract, cancel).ConfigureAwait(false);
                    case "download":
                    {
                        var method = Method(api, pascal + "Async");
                        var bytes = await InvokeAsync(api, method, contract, cancel).ConfigureAwait(false) as byte[];
                        if (bytes == null && method.ReturnType != typeof(Task<byte[]>))
                        {
                            throw new DriverException(method.Name + " returns " + method.ReturnType + ", not Task<byte[]>");
                        }
                        return Bytes(bytes ?? new byte[0]);
                    }
                    case "wait":
                        return await WaitAsync(api, operationId, contract, cancel).ConfigureAwait(false);
                    case "call":
                    case "upload":
                    {
                        var result = await InvokeAsync(api, Method(api, pascal + "Async"), contract, cancel).ConfigureAwait(false);
                        return new JObject { { "result", AsJson(result) } };
                    }
                    default:
                        throw new DriverException("call '" + call + "' is none this driver knows (call, paginate, events, download, upload, wait)");
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

        private static object FindApi(SecureAIStudioClient client, string operationId)
        {
            var name = char.ToUpperInvariant(operationId[0]) + operationId.Substring(1) + "Async";
            foreach (var property in typeof(SecureAIStudioClient).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType.GetMethods().Any(m => m.Name == name)) return property.GetValue(client);
            }
            throw new DriverException("the C# SDK has no operation '" + operationId + "' (no " + name + " on any API of SecureAIStudioClient)");
        }

        private static MethodInfo Method(object api, string name)
        {
            var found = api.GetType().GetMethods().Where(m => m.Name == name).ToList();
            if (found.Count != 1) throw new DriverException(api.GetType().Name + " has " + found.Count + " methods named " + name + ", expected one");
            return found[0];
        }

        /// <summary>Calls the method with the contract's input and awaits it; returns Task&lt;T&gt;'s result (null for Task).</summary>
        private async Task<object> InvokeAsync(object api, MethodInfo method, JObject contract, CancellationToken cancel)
        {
            var task = StartTask(method, api, Arguments(method, contract, cancel));
            await task.ConfigureAwait(false);
            // The declared type, not the runtime one: an async Task method runs as Task<VoidTaskResult>.
            return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty("Result").GetValue(task) : null;
        }

        /// <summary>Invokes an async SDK method; an exception it throws before returning its Task surfaces as itself, not wrapped by reflection.</summary>
        private static Task StartTask(MethodInfo method, object target, object[] args)
        {
            try
            {
                return (Task)method.Invoke(target, args);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException;
            }
        }

        private static string Normalize(string name)
        {
            return new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        }

        /// <summary>The method's arguments for the contract's input; an input that fits no parameter is a DriverException.</summary>
        private object[] Arguments(MethodInfo method, JObject contract, CancellationToken cancel)
        {
            var parameters = method.GetParameters();
            var values = new object[parameters.Length];
            var filled = new bool[parameters.Length];
            var signature = method.Name + "(" + string.Join(", ", parameters.Select(p => p.Name)) + ")";
            Func<string, int> find = name => Array.FindIndex(parameters, p => Normalize(p.Name) == Normalize(name));
            var input = contract["input"] as JObject ?? new JObject();

            foreach (var section in new[] { "path", "query", "headers" })
            {
                var members = input[section] as JObject;
                if (members == null) continue;
                foreach (var member in members)
                {
                    var i = find(member.Key);
                    if (i < 0) throw new DriverException("input." + section + "." + member.Key + " fits no parameter of " + signature);
                    values[i] = Convert(member.Value, parameters[i].ParameterType, "input." + section + "." + member.Key);
                    filled[i] = true;
                }
            }

            if ((string)contract["call"] == "upload")
            {
                var file = input["file"] as JObject;
                if (file == null) throw new DriverException("an upload contract needs input.file");
                var i = Array.FindIndex(parameters, p => p.ParameterType == typeof(FileUpload));
                if (i < 0) throw new DriverException(signature + " takes no FileUpload");
                values[i] = FileUpload.FromFile(Path.Combine(_root, (string)file["path"]), (string)file["contentType"]);
                filled[i] = true;
            }

            var body = input["body"];
            if (body != null && body.Type != JTokenType.Null)
            {
                // A JSON body is the one parameter of a model type; form fields are parameters of their own.
                var model = Enumerable.Range(0, parameters.Length).Where(i => !filled[i] && IsModel(parameters[i].ParameterType)).ToList();
                if (model.Count == 1)
                {
                    values[model[0]] = Convert(body, parameters[model[0]].ParameterType, "input.body");
                    filled[model[0]] = true;
                }
                else if (model.Count == 0 && body is JObject)
                {
                    foreach (var member in (JObject)body)
                    {
                        var i = find(member.Key);
                        if (i < 0 || filled[i]) throw new DriverException("input.body." + member.Key + " fits no parameter of " + signature);
                        values[i] = Convert(member.Value, parameters[i].ParameterType, "input.body." + member.Key);
                        filled[i] = true;
                    }
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
        /// Events through the SDK's typed stream when it has one, else its own reader: <c>…AsStreamAsync</c> + <see cref="ServerSentEventReader"/>,
        /// each event's data decoded by <see cref="ServerSentEvent.DataAs{T}"/> as JSON.
        /// </summary>
        private async Task<JObject> ReadEventsAsync(object api, string pascal, JObject contract, CancellationToken cancel)
        {
            // The SDK's typed events (R8.4): the operation's `<Operation>Async` returning an EventStream,
            // each event's Value decoded as the operation's x-event-schema model.
            var typed = api.GetType().GetMethods().Where(m => m.Name == pascal + "Async" && m.ReturnType == typeof(Task<EventStream>)).ToList();
            if (typed.Count == 1)
            {
                var list = new JArray();
                using (var stream = (EventStream)await InvokeAsync(api, typed[0], contract, cancel).ConfigureAwait(false))
                {
                    foreach (var evt in stream) list.Add(new JObject { { "event", evt.Event }, { "data", AsJson(evt.Value) } });
                }
                return new JObject { { "events", list } };
            }
            var method = Method(api, pascal + "AsStreamAsync");
            var response = (StreamResponse)await InvokeAsync(api, method, contract, cancel).ConfigureAwait(false);
            var events = new JArray();
            using (response)
            using (var reader = new ServerSentEventReader(response.Body))
            {
                ServerSentEvent evt;
                while ((evt = await reader.ReadAsync(cancel).ConfigureAwait(false)) != null)
                {
                    JToken data;
                    try
                    {
                        data = evt.DataAs<JToken>();
                    }
                    catch (JsonException)
                    {
                        data = new JValue(evt.Data);
                    }
                    events.Add(new JObject { { "event", evt.Event }, { "data", data } });
                }
            }
            return new JObject { { "events", events } };
        }

        /// <summary>
        /// Auto-pagination: the operation's <c>…Async</c> method when it returns an enumerable page, else any
        /// other public method named after the operation (e.g. <c>ListTemplatesAutoPagingAsync</c>) whose result is an <see cref="IEnumerable"/>, or
        /// offers <c>GetAsyncEnumerator()</c> with <c>MoveNextAsync()</c>/<c>Current</c>. The driver
        /// never follows nextCursor itself: without such a method the SDK has no auto-pagination.
        /// </summary>
        private async Task<JObject> PaginateAsync(object api, string pascal, string operationId, JObject contract, CancellationToken cancel)
        {
            var plain = new[] { pascal + "Async", pascal + "WithResponseAsync", pascal + "AsStreamAsync" };
            var pagers = api.GetType().GetMethods().Where(m => m.Name.StartsWith(pascal, StringComparison.Ordinal) && !plain.Contains(m.Name)).ToList();
            // R6.1: the list method itself may return the first page, enumerable over every item.
            var main = Method(api, pascal + "Async");
            var returned = main.ReturnType.IsGenericType ? main.ReturnType.GetGenericArguments()[0] : null;
            if (pagers.Count == 0 && returned != null && typeof(IEnumerable).IsAssignableFrom(returned) && returned != typeof(string)) pagers.Add(main);
            if (pagers.Count == 0)
            {
                return new JObject
                {
                    { "unsupported", "the SDK has no auto-pagination yet (" + api.GetType().Name + " offers only "
                        + string.Join(", ", plain) + " for " + operationId + ")" },
                };
            }
            if (pagers.Count > 1) throw new DriverException(api.GetType().Name + " has several pagination methods for " + operationId + ": " + string.Join(", ", pagers.Select(m => m.Name)));
            var pager = pagers[0];
            var args = Arguments(pager, contract, cancel);
            object result;
            try
            {
                result = pager.Invoke(api, args);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException;
            }
            var task = result as Task;
            if (task != null)
            {
                await task.ConfigureAwait(false);
                result = pager.ReturnType.IsGenericType ? pager.ReturnType.GetProperty("Result").GetValue(task) : null;
            }
            var items = new List<string>();
            var asyncEnumerator = result == null ? null : result.GetType().GetMethod("GetAsyncEnumerator", Type.EmptyTypes);
            if (result is IEnumerable)
            {
                foreach (var item in (IEnumerable)result) items.Add(IdOf(item));
            }
            else if (asyncEnumerator != null)
            {
                var enumerator = asyncEnumerator.Invoke(result, null);
                var moveNext = enumerator.GetType().GetMethod("MoveNextAsync", Type.EmptyTypes);
                var current = enumerator.GetType().GetProperty("Current");
                if (moveNext == null || current == null || moveNext.ReturnType != typeof(Task<bool>))
                {
                    throw new DriverException(pager.Name + "'s enumerator has no Task<bool> MoveNextAsync() and Current");
                }
                while (await ((Task<bool>)moveNext.Invoke(enumerator, null)).ConfigureAwait(false)) items.Add(IdOf(current.GetValue(enumerator)));
            }
            else
            {
                throw new DriverException(pager.Name + " returns " + pager.ReturnType + ", which is neither IEnumerable nor async-enumerable");
            }
            return new JObject { { "items", new JArray(items.Cast<object>().ToArray()) } };
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
