// The C# SDK's conformance driver (docs/contracts.md, Drivers): one NUnit test per contract of
// the bundle. Each opens a mock-server session, calls SecureAiStudio.Sdk as the contract says,
// compares the outcome with `expect`, reads the session's verdict on the traffic, and records
// pass/fail with a reason in SAIS_RESULTS for the matrix.
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
        // A contract that hangs (an SDK without timeouts, a stream that never ends) fails instead
        // of holding up the whole run.
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
            string reason;
            try
            {
                reason = RunAsync(contract).GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                reason = "driver: " + e.Message;
            }
            var result = new JObject { { "status", reason == null ? "pass" : "fail" } };
            if (reason != null) result["reason"] = reason;
            lock (Results)
            {
                Results[id] = result;
                WriteResults();
            }
            if (reason != null) Assert.Fail(reason);
        }

        private static async Task<string> RunAsync(JObject contract)
        {
            var root = Env("SAIS_REPO_ROOT");
            using (var sessions = new MockSessions(Env("SAIS_MOCK_URL")))
            using (var deadline = new CancellationTokenSource(ContractDeadline))
            {
                var opened = await sessions.OpenAsync((string)contract["id"]).ConfigureAwait(false);
                var invoker = new ContractInvoker(root);
                Outcome outcome;
                using (var client = invoker.BuildClient(contract, opened.Item2))
                {
                    var call = invoker.PerformAsync(client, contract, deadline.Token);
                    if (await Task.WhenAny(call, Task.Delay(ContractDeadline + TimeSpan.FromSeconds(1))).ConfigureAwait(false) != call)
                    {
                        throw new TimeoutException("the call did not finish within " + ContractDeadline.TotalSeconds + " s");
                    }
                    outcome = await call.ConfigureAwait(false);
                }
                var outcomeReason = OutcomeCheck.OutcomeMismatch((JObject)contract["expect"], outcome);
                var reason = OutcomeCheck.Verdict(outcomeReason, await sessions.ReadAsync(opened.Item1).ConfigureAwait(false));
                if (reason != null && invoker.MissingOptions.Count > 0) reason += " | client: " + string.Join("; ", invoker.MissingOptions);
                return reason;
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
