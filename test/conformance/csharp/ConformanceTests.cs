// The C# SDK's conformance driver (docs/contracts.md, Drivers): one NUnit test per contract of
// the bundle. Each calls SecureAiStudio.Sdk as the contract says, against the session baseURL
// the runner put in the bundle, and records what the SDK produced in SAIS_RESULTS. The runner
// (test/conformance/run.mjs) takes the verdict; a test here fails only when the driver could not
// apply the contract.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace SecureAiStudio.Conformance
{
    [TestFixture]
    public class ConformanceTests
    {
        // A contract that hangs (an SDK without timeouts, a stream that never ends) is reported
        // as a driver error instead of holding up the whole run.
        private static readonly TimeSpan ContractDeadline = TimeSpan.FromSeconds(30);

        private static readonly SortedDictionary<string, JObject> Results = new SortedDictionary<string, JObject>(StringComparer.Ordinal);

        private static string Env(string name)
        {
            var value = Environment.GetEnvironmentVariable(name);
            if (string.IsNullOrEmpty(value)) throw new InvalidOperationException(name + " is not set: run this driver through test/conformance/run.mjs");
            return value;
        }

        /// <summary>One test case per contract, named by its id.</summary>
        public static IEnumerable<TestCaseData> Contracts()
        {
            var text = File.ReadAllText(Env("SAIS_CONTRACTS_BUNDLE"));
            // Dates stay text: contracts compare JSON values, not parsed timestamps.
            using (var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None })
            {
                foreach (JObject contract in JArray.Load(reader))
                {
                    yield return new TestCaseData(contract).SetName((string)contract["id"]);
                }
            }
        }

        [TestCaseSource("Contracts")]
        public void Contract(JObject contract)
        {
            var id = (string)contract["id"];
            JObject result;
            try
            {
                result = RunAsync(contract).GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                result = new JObject { { "driverError", e.Message } };
            }
            lock (Results)
            {
                Results[id] = result;
                WriteResults();
            }
            if (result["driverError"] != null) Assert.Fail((string)result["driverError"]);
        }

        /// <summary><c>{outcome, notes?}</c> for one contract; a driver problem throws.</summary>
        private static async Task<JObject> RunAsync(JObject contract)
        {
            var invoker = new ContractInvoker(Env("SAIS_REPO_ROOT"));
            using (var deadline = new CancellationTokenSource(ContractDeadline))
            using (var client = invoker.BuildClient(contract, (string)contract["baseURL"]))
            {
                var call = invoker.PerformAsync(client, contract, deadline.Token);
                if (await Task.WhenAny(call, Task.Delay(ContractDeadline + TimeSpan.FromSeconds(1))).ConfigureAwait(false) != call)
                {
                    throw new TimeoutException("the call did not finish within " + ContractDeadline.TotalSeconds + " s");
                }
                var result = new JObject { { "outcome", await call.ConfigureAwait(false) } };
                if (invoker.MissingOptions.Count > 0) result["notes"] = new JArray(invoker.MissingOptions.Cast<object>().ToArray());
                return result;
            }
        }

        private static void WriteResults()
        {
            // Written after every contract, sorted, so a crash still leaves the finished ones.
            var all = new JObject();
            foreach (var pair in Results) all[pair.Key] = pair.Value;
            File.WriteAllText(Env("SAIS_RESULTS"), all.ToString(Formatting.Indented) + "\n");
        }
    }
}
