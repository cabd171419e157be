// The C# port of test/conformance/lib/outcome.mjs: compares what the SDK produced with a contract's
// `expect` in plain JSON terms, with the same rules and the same reason wording, so the matrix
// reads alike for every SDK. Each method returns null on a match, else a one-line reason.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SecureAiStudio.Conformance
{
    /// <summary>What one call produced: exactly one of the members is set (Error when it raised).</summary>
    public sealed class Outcome
    {
        public ErrorOutcome Error;
        public JToken Result;
        public bool HasResult;
        public List<string> Items;
        public List<KeyValuePair<string, JToken>> Events;
        public long? BytesLength;
        public string BytesSha256;
        /// <summary>Set when the SDK cannot do the call at all (e.g. no auto-pagination yet).</summary>
        public string Unsupported;
    }

    public sealed class ErrorOutcome
    {
        public string Type;
        public int? Status;
        public string Code;
        public string RequestId;
        public string Message;
    }

    public static class OutcomeCheck
    {
        /// <summary>The C# name of a contract's error type: TypeScript's …Error is …Exception here.</summary>
        public static string CSharpErrorName(string typeScriptName)
        {
            return typeScriptName.EndsWith("Error", StringComparison.Ordinal)
                ? typeScriptName.Substring(0, typeScriptName.Length - "Error".Length) + "Exception"
                : typeScriptName;
        }

        public static string Show(JToken value)
        {
            var text = value == null ? "undefined" : value.ToString(Formatting.None);
            return text.Length > 80 ? text.Substring(0, 77) + "..." : text;
        }

        private static bool IsNumber(JToken t)
        {
            return t != null && (t.Type == JTokenType.Integer || t.Type == JTokenType.Float);
        }

        private static bool ScalarEquals(JToken expected, JToken actual)
        {
            // JSON has one number type: 1 and 1.0 are the same value.
            if (IsNumber(expected) && IsNumber(actual))
            {
                return Convert.ToDouble(((JValue)expected).Value, CultureInfo.InvariantCulture)
                    == Convert.ToDouble(((JValue)actual).Value, CultureInfo.InvariantCulture);
            }
            if (actual == null) return false;
            return JToken.DeepEquals(expected, actual);
        }

        private static string Pointer(string key)
        {
            return key.Replace("~", "~0").Replace("/", "~1");
        }

        /// <summary>
        /// Subset deep-equality: every member <paramref name="expected"/> lists must be in
        /// <paramref name="actual"/> with an equal value; extra members are ignored. Arrays must
        /// have the same length and match element by element.
        /// </summary>
        public static string SubsetMismatch(JToken expected, JToken actual, string at = "")
        {
            var where = at.Length == 0 ? "/" : at;
            if (expected == null || (expected.Type != JTokenType.Object && expected.Type != JTokenType.Array))
            {
                return ScalarEquals(expected, actual) ? null : where + ": expected " + Show(expected) + ", got " + Show(actual);
            }
            if (expected.Type == JTokenType.Array)
            {
                var list = actual as JArray;
                if (list == null) return where + ": expected an array, got " + Show(actual);
                var want = (JArray)expected;
                if (list.Count != want.Count) return where + ": expected " + want.Count + " items, got " + list.Count;
                for (var i = 0; i < want.Count; i++)
                {
                    var reason = SubsetMismatch(want[i], list[i], at + "/" + i);
                    if (reason != null) return reason;
                }
                return null;
            }
            var obj = actual as JObject;
            if (obj == null) return where + ": expected an object, got " + Show(actual);
            foreach (var member in (JObject)expected)
            {
                JToken got;
                if (!obj.TryGetValue(member.Key, StringComparison.Ordinal, out got))
                {
                    return at + "/" + Pointer(member.Key) + ": missing (expected " + Show(member.Value) + ")";
                }
                var reason = SubsetMismatch(member.Value, got, at + "/" + Pointer(member.Key));
                if (reason != null) return reason;
            }
            return null;
        }

        /// <summary>Checks an outcome against the contract's <c>expect</c>.</summary>
        public static string OutcomeMismatch(JObject expect, Outcome outcome)
        {
            if (outcome.Unsupported != null) return outcome.Unsupported;
            var error = expect["error"] as JObject;
            if (error != null)
            {
                var wantedType = CSharpErrorName((string)error["type"]);
                if (outcome.Error == null) return "expected " + wantedType + ", but the call succeeded";
                var got = outcome.Error;
                if (wantedType != got.Type)
                {
                    return "error type: expected " + Quote(wantedType) + ", got " + Quote(got.Type)
                        + (string.IsNullOrEmpty(got.Message) ? "" : ": " + got.Message);
                }
                var raised = " (raised " + got.Type + ")";
                if (error["status"] != null && !ScalarEquals(error["status"], got.Status.HasValue ? new JValue(got.Status.Value) : null))
                {
                    return "error status: expected " + Show(error["status"]) + ", got " + (got.Status.HasValue ? got.Status.Value.ToString(CultureInfo.InvariantCulture) : "undefined") + raised;
                }
                if (error["code"] != null && (string)error["code"] != got.Code)
                {
                    return "error code: expected " + Show(error["code"]) + ", got " + (got.Code == null ? "undefined" : Quote(got.Code)) + raised;
                }
                if (error["requestId"] != null && (string)error["requestId"] != got.RequestId)
                {
                    return "error requestId: expected " + Show(error["requestId"]) + ", got " + (got.RequestId == null ? "undefined" : Quote(got.RequestId)) + raised;
                }
                return null;
            }
            if (outcome.Error != null) return ("raised " + outcome.Error.Type + ": " + (outcome.Error.Message ?? "")).Trim();
            if (expect["result"] != null)
            {
                var reason = SubsetMismatch(expect["result"], outcome.HasResult ? outcome.Result : null);
                return reason == null ? null : "result " + reason;
            }
            if (expect["items"] is JArray)
            {
                var want = ((JArray)expect["items"]).Select(t => (string)t).ToList();
                var got = outcome.Items ?? new List<string>();
                if (!want.SequenceEqual(got))
                {
                    return "items: expected [" + string.Join(", ", want) + "], got [" + string.Join(", ", got) + "]";
                }
                return null;
            }
            if (expect["events"] is JArray)
            {
                var want = (JArray)expect["events"];
                var got = outcome.Events ?? new List<KeyValuePair<string, JToken>>();
                if (got.Count != want.Count)
                {
                    return "events: expected " + want.Count + " (" + string.Join(", ", want.Select(e => (string)e["event"])) + "), got "
                        + got.Count + " (" + string.Join(", ", got.Select(e => e.Key)) + ")";
                }
                for (var i = 0; i < got.Count; i++)
                {
                    var wantName = (string)want[i]["event"];
                    if (got[i].Key != wantName) return "events/" + i + "/event: expected " + Quote(wantName) + ", got " + Quote(got[i].Key);
                    var reason = SubsetMismatch(want[i]["data"], got[i].Value, "/" + i + "/data");
                    if (reason != null) return "events" + reason;
                }
                return null;
            }
            if (expect["bytes"] is JObject)
            {
                var length = (long)expect["bytes"]["length"];
                var sha = (string)expect["bytes"]["sha256"];
                if (outcome.BytesLength != length) return "bytes: expected " + length + " bytes, got " + (outcome.BytesLength.HasValue ? outcome.BytesLength.Value.ToString(CultureInfo.InvariantCulture) : "undefined");
                if (outcome.BytesSha256 != sha) return "bytes: expected sha256 " + sha + ", got " + outcome.BytesSha256;
                return null;
            }
            return "expect holds nothing this driver knows: " + string.Join(", ", expect.Properties().Select(p => p.Name));
        }

        /// <summary>The verdict from the outcome check and the mock server's session report.</summary>
        public static string Verdict(string outcomeReason, JObject session)
        {
            var reasons = new List<string>();
            if (outcomeReason != null) reasons.Add("outcome: " + outcomeReason);
            var mismatches = session["mismatches"] as JArray;
            if (mismatches != null && mismatches.Count > 0)
            {
                reasons.Add("traffic: " + string.Join("; ", mismatches.Select(m => (string)m)));
            }
            else if (!(bool)session["complete"])
            {
                reasons.Add("traffic: sent " + session["received"] + " of " + session["expected"] + " recorded requests");
            }
            return reasons.Count == 0 ? null : string.Join(" | ", reasons);
        }

        private static string Quote(string text)
        {
            return JsonConvert.ToString(text);
        }
    }
}
